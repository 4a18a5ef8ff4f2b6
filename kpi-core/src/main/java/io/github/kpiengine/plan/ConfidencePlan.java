package io.github.kpiengine.plan;

import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The plan that reaches the target with a given chance, not just on average.
 *
 * <p>Every new opportunity is treated as an independent chance event that ends in a won deal with
 * probability {@code winProbability}, the product of the ratios from the new-opportunity stage down;
 * the number of wins from n opportunities is then binomial. The plan is the least n with
 * P(wins &ge; needed) &ge; level, found by an exact search over the binomial tail: {@link CountedConfidence}.
 * The search covers up to 1,000,000 wins needed; beyond that, or when the answer is more than can be
 * counted, the plan is {@link UncountedConfidence} with the reason, never an approximation.
 *
 * <pre>{@code
 * if (plan.confidence().orElseThrow() instanceof ConfidencePlan.CountedConfidence counted) {
 *     System.out.println(counted.newOpportunities() + " new opportunities for a 90% chance");
 * }
 * }</pre>
 */
public sealed interface ConfidencePlan permits ConfidencePlan.CountedConfidence, ConfidencePlan.UncountedConfidence {

    /**
     * Returns the wanted chance of reaching the target.
     *
     * @return the level
     */
    Ratio level();

    /**
     * Returns the chance that one new opportunity is won: the exact product of the ratios from the
     * new-opportunity stage down, to 16 significant digits.
     *
     * @return the win probability
     */
    BigDecimal winProbability();

    /**
     * Returns the expected-value plan's new opportunities, for comparison.
     *
     * @return the expected-value figure
     */
    long expectedValueNewOpportunities();

    /**
     * The least number of new opportunities that reaches the target with the wanted chance.
     * Immutable and thread-safe.
     *
     * @param level the wanted chance of reaching the target
     * @param winProbability the chance that one new opportunity is won
     * @param newOpportunities the least number of new opportunities that reaches the target with that
     *     chance, exactly; at least the expected-value figure
     * @param weekly {@code newOpportunities} over the opening weeks, rounded up on the exact fraction
     * @param expectedValueNewOpportunities the expected-value plan's figure, for comparison
     */
    record CountedConfidence(Ratio level, BigDecimal winProbability, long newOpportunities, long weekly,
            long expectedValueNewOpportunities) implements ConfidencePlan {

        /**
         * Checks the parts are present.
         *
         * @param level the level
         * @param winProbability the win probability
         * @param newOpportunities the new opportunities
         * @param weekly the new opportunities a week
         * @param expectedValueNewOpportunities the expected-value figure
         */
        public CountedConfidence {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(winProbability, "winProbability");
        }
    }

    /**
     * The least number could not be counted exactly: more wins are needed than the exact search
     * covers, or the answer is more than a {@code long} holds. Immutable and thread-safe.
     *
     * @param level the wanted chance of reaching the target
     * @param winProbability the chance that one new opportunity is won
     * @param expectedValueNewOpportunities the expected-value plan's figure, for comparison
     * @param reason why there is no figure, for the reader
     */
    record UncountedConfidence(Ratio level, BigDecimal winProbability, long expectedValueNewOpportunities, String reason)
            implements ConfidencePlan {

        /**
         * Checks the parts are present.
         *
         * @param level the level
         * @param winProbability the win probability
         * @param expectedValueNewOpportunities the expected-value figure
         * @param reason why
         */
        public UncountedConfidence {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(winProbability, "winProbability");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
