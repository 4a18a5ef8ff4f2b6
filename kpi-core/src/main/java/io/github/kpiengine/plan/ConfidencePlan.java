package io.github.kpiengine.plan;

import io.github.kpiengine.Ratio;
import java.math.BigDecimal;

/**
 * The plan that reaches the target with a given chance, not just on average.
 *
 * <p>Every new opportunity is treated as an independent chance event that ends in a won deal with
 * probability {@code winProbability}, the product of the ratios from the new-opportunity stage down;
 * the number of wins from n opportunities is then binomial. The plan is the least n with
 * P(wins &ge; needed) &ge; level. Immutable and thread-safe.
 *
 * @param level the wanted chance of reaching the target
 * @param winProbability the chance that one new opportunity is won
 * @param newOpportunities the least number of new opportunities that reaches the target with that
 *     chance; at least the expected-value figure
 * @param weekly {@code newOpportunities} over the opening weeks, rounded up
 * @param expectedValueNewOpportunities the expected-value plan's figure, for comparison
 */
public record ConfidencePlan(Ratio level, BigDecimal winProbability, long newOpportunities,
        long weekly, long expectedValueNewOpportunities) {
}
