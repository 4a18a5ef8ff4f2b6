package io.github.kpiengine.review;

import io.github.kpiengine.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the planned period should bring if the rep keeps their recent pace: the new opportunities
 * that pace opens over the planned weeks, plus the open pipeline in hand, each won with the product
 * of the planning ratios from its stage down.
 *
 * <p>Every opportunity is an independent chance event; the wins are a sum of binomials (new
 * opportunities at one chance, the pipeline in hand at its stage's). The percentiles are those of
 * the wins times the revenue per sale: exact up to {@value WinDistribution#EXACT_TRIALS} trials,
 * by the normal approximation above. Immutable and thread-safe.
 *
 * @param newOpportunities the new opportunities at the recent pace: pace × the planned period's
 *     selling weeks, rounded half-even
 * @param inHand the open opportunities counted, every stage
 * @param expectedWins the expected wins, exact to 16 digits
 * @param expectedRevenue expected wins × revenue per sale, rounded half-even to the currency
 * @param p10 the revenue reached with a 90 % chance
 * @param p50 the median revenue
 * @param p90 the revenue reached with only a 10 % chance
 */
public record ReviewProjection(long newOpportunities, long inHand, BigDecimal expectedWins, Money expectedRevenue,
        Money p10, Money p50, Money p90) {

    /**
     * Checks the parts are present.
     *
     * @param newOpportunities the new opportunities
     * @param inHand the open opportunities
     * @param expectedWins the expected wins
     * @param expectedRevenue the expected revenue
     * @param p10 the 10th percentile
     * @param p50 the median
     * @param p90 the 90th percentile
     */
    public ReviewProjection {
        Checks.nonNegative("newOpportunities", newOpportunities);
        Checks.nonNegative("inHand", inHand);
        Objects.requireNonNull(expectedWins, "expectedWins");
        Objects.requireNonNull(expectedRevenue, "expectedRevenue");
        Objects.requireNonNull(p10, "p10");
        Objects.requireNonNull(p50, "p50");
        Objects.requireNonNull(p90, "p90");
    }
}
