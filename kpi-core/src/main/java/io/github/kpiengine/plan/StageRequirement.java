package io.github.kpiengine.plan;

import java.math.BigDecimal;

/**
 * How many activities a stage of the funnel needs, whole and exact, in the period and per week.
 *
 * <p>The whole figure is rounded up at every stage (nobody holds 0.3 of a meeting), each time the
 * exact ceiling of an exact fraction; the exact figure is the target divided through the same ratios
 * without rounding, the exact value rounded once to 16 significant digits, kept beside it. At 65 %
 * appointment-to-proposal, 80 proposals need 124 appointments whole and 123.0769230769231 exactly.
 * Immutable and thread-safe.
 *
 * @param stage the stage's name
 * @param displayName the stage as people read it, such as "Proposal/Price Quote"
 * @param required the whole number needed in the period
 * @param exact the exact number, without rounding at any stage, to 16 significant digits
 * @param weekly the whole number needed a week: {@code required} over the opening weeks, rounded up
 *     on the exact fraction
 * @param weeklyExact {@code required} over the opening weeks, to 16 significant digits
 */
public record StageRequirement(String stage, String displayName, long required, BigDecimal exact, long weekly,
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
