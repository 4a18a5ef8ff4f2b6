package io.github.kpiengine.plan;

import java.math.BigDecimal;

/**
 * How many activities a stage of the funnel needs, whole and exact, in the period and per week.
 *
 * <p>The whole figure is rounded up at every stage (nobody holds 0.3 of a meeting); the exact
 * figure is the target divided through the same ratios without rounding, kept beside it. At 65 %
 * appointment-to-proposal, 80 proposals need 124 appointments whole and 123.0769… exactly.
 * Immutable and thread-safe.
 *
 * @param stage the stage's name
 * @param required the whole number needed in the period
 * @param exact the exact number, without rounding at any stage
 * @param weekly the whole number needed a week: {@code required} over the weeks, rounded up
 * @param weeklyExact {@code required} over the weeks, unrounded
 */
public record StageRequirement(String stage, long required, BigDecimal exact, long weekly,
        BigDecimal weeklyExact) {

    /**
     * Returns {@code "proposal 80 (exact 80, 2 a week)"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return stage + " " + required + " (exact " + exact.toPlainString() + ", " + weekly + " a week)";
    }
}
