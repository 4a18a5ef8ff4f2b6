package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a given activity plan should produce: the forward direction of the funnel.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage the activity count was given at
 * @param count the activities at that stage
 * @param expectedWins count × the product of the ratios from that stage down (plus, for a plan's
 *     projection, the expected wins of its pipeline in hand): the exact value to 16 significant
 *     digits
 * @param wholeWins the wins when each stage passes only whole activities (rounded down at every
 *     stage), the inverse of the plan's rounding up
 * @param expectedRevenue expected wins × average deal, the exact value rounded once, half-even, to
 *     the currency
 * @param percentiles the revenue at the 10th, 50th and 90th percentiles of the wins, or why they
 *     were not counted
 */
public record Projection(String stage, long count, BigDecimal expectedWins, long wholeWins,
        Money expectedRevenue, Percentiles percentiles) {

    /**
     * Checks the parts are present.
     *
     * @param stage the stage
     * @param count the activities
     * @param expectedWins the expected wins
     * @param wholeWins the whole wins
     * @param expectedRevenue the expected revenue
     * @param percentiles the percentiles
     */
    public Projection {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(expectedWins, "expectedWins");
        Objects.requireNonNull(expectedRevenue, "expectedRevenue");
        Objects.requireNonNull(percentiles, "percentiles");
    }

    /**
     * The spread of the revenue: percentiles of binomial wins, exact, or why there are none.
     */
    public sealed interface Percentiles permits CountedPercentiles, UncountedPercentiles {
    }

    /**
     * The percentiles of the revenue, each the average deal × an exact binomial quantile of the wins.
     * Immutable and thread-safe.
     *
     * @param p10 the revenue reached with 90 % chance (the 10th percentile of the wins)
     * @param p50 the median revenue
     * @param p90 the revenue reached with only 10 % chance
     */
    public record CountedPercentiles(Money p10, Money p50, Money p90) implements Percentiles {

        /**
         * Checks the parts are present.
         *
         * @param p10 the 10th percentile
         * @param p50 the median
         * @param p90 the 90th percentile
         */
        public CountedPercentiles {
            Objects.requireNonNull(p10, "p10");
            Objects.requireNonNull(p50, "p50");
            Objects.requireNonNull(p90, "p90");
        }
    }

    /**
     * No percentiles: the count is beyond the exact search's limit (a tail of more than 1,000,000
     * terms), or the wins are not binomial. Immutable and thread-safe.
     *
     * @param reason why, for the reader
     */
    public record UncountedPercentiles(String reason) implements Percentiles {

        /**
         * Checks the reason is present.
         *
         * @param reason why
         */
        public UncountedPercentiles {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
