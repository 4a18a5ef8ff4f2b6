package io.github.kpiengine.review;

import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The activity barometer: new opportunities opened a week at the rep's recent pace over the
 * <em>exact</em> weekly need of the plan. Healthy at 100 % or more.
 *
 * <p>The need is the plan's new opportunities ÷ its opening weeks, unrounded
 * ({@link Plan.Reachable#magicNumberExact()}), not the magic number rounded up: 2.5 a week against a
 * need of 2.42 reads 103 %, on pace, where dividing by the magic number of 3 would read 83 %.
 * Immutable and thread-safe.
 *
 * @param actualPerWeek new opportunities opened a week in the pace window
 * @param weeklyNeed new opportunities a week the plan needs, exact
 * @param magicNumber the weekly need rounded up, for reading
 * @param percent actual ÷ need × 100, to one decimal place, half-even
 * @param healthy whether the actual pace meets the exact need
 */
public record ActivityBarometer(BigDecimal actualPerWeek, BigDecimal weeklyNeed, long magicNumber,
        BigDecimal percent, boolean healthy) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Checks the parts are present.
     *
     * @param actualPerWeek the pace
     * @param weeklyNeed the exact need
     * @param magicNumber the need rounded up
     * @param percent the reading
     * @param healthy whether on pace
     */
    public ActivityBarometer {
        Objects.requireNonNull(actualPerWeek, "actualPerWeek");
        Objects.requireNonNull(weeklyNeed, "weeklyNeed");
        Objects.requireNonNull(percent, "percent");
    }

    /**
     * Reads the barometer of a plan at a pace.
     *
     * @param actualPerWeek new opportunities opened a week, not negative
     * @param plan the plan
     * @return the barometer
     * @throws IllegalArgumentException if the pace is negative
     */
    public static ActivityBarometer of(BigDecimal actualPerWeek, Plan.Reachable plan) {
        Objects.requireNonNull(actualPerWeek, "actualPerWeek");
        Objects.requireNonNull(plan, "plan");
        if (actualPerWeek.signum() < 0) {
            throw new IllegalArgumentException("actualPerWeek must not be negative: " + actualPerWeek.toPlainString());
        }
        BigDecimal need = plan.magicNumberExact();
        BigDecimal percent = actualPerWeek.multiply(HUNDRED).divide(need, 1, RoundingMode.HALF_EVEN);
        return new ActivityBarometer(actualPerWeek, need, plan.magicNumber(), percent,
                actualPerWeek.compareTo(need) >= 0);
    }
}
