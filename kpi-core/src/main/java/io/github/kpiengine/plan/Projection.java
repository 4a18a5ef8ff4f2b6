package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import java.math.BigDecimal;

/**
 * What a given activity plan should produce: the forward direction of the funnel.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage the activity count was given at
 * @param count the activities at that stage
 * @param expectedWins count × the product of the ratios from that stage down, exact
 * @param wholeWins the wins when each stage passes only whole activities (rounded down at every
 *     stage), the inverse of the plan's rounding up
 * @param expectedRevenue expected wins × average deal, rounded half-even to the currency
 * @param p10 the revenue reached with 90 % chance (the 10th percentile of binomial wins)
 * @param p50 the median revenue
 * @param p90 the revenue reached with only 10 % chance
 */
public record Projection(String stage, long count, BigDecimal expectedWins, long wholeWins,
        Money expectedRevenue, Money p10, Money p50, Money p90) {
}
