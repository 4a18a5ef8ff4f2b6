package io.github.kpiengine.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A target for a KPI, with a red threshold and the sample it needs before it judges.
 *
 * <pre>{@code
 * // appointment -> proposal: 70 % is on target, below 65 % is red, judged after 20 appointments
 * Target target = Target.of(new BigDecimal("0.70"), new BigDecimal("0.65"), 20);
 * target.status(result, Direction.HIGHER_IS_BETTER);
 * }</pre>
 *
 * <p>For a KPI that is better when higher, a figure at or above {@code value} is
 * {@linkplain Status#GREEN green}, below {@code redThreshold} {@linkplain Status#RED red}, and
 * {@linkplain Status#AMBER amber} between; for one that is better when lower the comparisons turn
 * round (at or below the target is green, above the threshold red). An undefined figure, or one
 * resting on fewer than {@code minimumSample} observations, is {@linkplain Status#NOT_JUDGED not
 * judged}. Values are in the KPI's unit; percentages as fractions (0.65 for 65 %), held with the
 * fewest digits (0.70 is 0.7), so equal targets are {@code equals}. A definition carrying a target
 * ({@link Kpi#withTarget(Target)}) refuses one whose red threshold lies on the green side. Immutable
 * and thread-safe.
 *
 * @param value the target value
 * @param redThreshold the value beyond which the figure is red; on the far side of the target from
 *     green, or equal to the target for no amber band
 * @param minimumSample the observations a figure needs before it is judged, not negative
 */
public record Target(BigDecimal value, BigDecimal redThreshold, long minimumSample) {

    /**
     * Validates the target.
     *
     * @param value the target value
     * @param redThreshold the red threshold
     * @param minimumSample the minimum sample
     * @throws IllegalArgumentException if the minimum sample is negative
     */
    public Target {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(redThreshold, "redThreshold");
        Checks.nonNegative("minimumSample", minimumSample);
        value = Checks.normalised(value);
        redThreshold = Checks.normalised(redThreshold);
    }

    /**
     * Returns a target with a red threshold and a minimum sample.
     *
     * @param value the target value
     * @param redThreshold the value beyond which the figure is red
     * @param minimumSample the observations needed before judging
     * @return the target
     */
    public static Target of(BigDecimal value, BigDecimal redThreshold, long minimumSample) {
        return new Target(value, redThreshold, minimumSample);
    }

    /**
     * Returns a target with no amber band and no minimum sample: on target or red.
     *
     * @param value the target value
     * @return the target
     */
    public static Target of(BigDecimal value) {
        return new Target(value, value, 0);
    }

    /**
     * Checks that the red threshold lies on the far side of the target from green for a direction.
     *
     * @param direction which way the KPI improves
     * @throws IllegalArgumentException if the red threshold lies on the green side of the target
     *     (above it for a KPI that is better when higher, below it for one better when lower)
     */
    public void checkDirection(Direction direction) {
        Objects.requireNonNull(direction, "direction");
        int sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
        if (!(sign * redThreshold.compareTo(value) <= 0)) {
            throw new IllegalArgumentException("redThreshold must not be "
                + (sign > 0 ? "above" : "below") + " the target " + value.toPlainString() + " for a KPI that is "
                + (sign > 0 ? "better when higher" : "better when lower") + ": " + redThreshold.toPlainString());
        }
    }

    /**
     * Judges a figure.
     *
     * @param result the figure
     * @param direction which way the KPI improves
     * @return the status
     * @throws IllegalArgumentException if the red threshold lies on the green side of the target
     *     for this direction
     */
    public Status status(KpiResult result, Direction direction) {
        Objects.requireNonNull(result, "result");
        checkDirection(direction);
        int sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
        if (result.value().isEmpty() || result.sampleSize() < minimumSample) {
            return Status.NOT_JUDGED;
        }
        BigDecimal figure = result.value().get();
        if (sign * figure.compareTo(value) >= 0) {
            return Status.GREEN;
        }
        return sign * figure.compareTo(redThreshold) < 0 ? Status.RED : Status.AMBER;
    }

    /**
     * Returns how much of the target a figure achieves: value ÷ target, to ten decimal places.
     *
     * @param result the figure
     * @return the attainment, or empty when the figure is undefined or the target is zero
     */
    public Optional<BigDecimal> attainment(KpiResult result) {
        Objects.requireNonNull(result, "result");
        if (value.signum() == 0) {
            return Optional.empty();
        }
        return result.value().map(figure -> Checks.normalised(figure.divide(value, KpiResult.SCALE, RoundingMode.HALF_EVEN)));
    }

    /**
     * Returns the gap of a figure to the target: value − target, negative when short (for a KPI that
     * is better when higher).
     *
     * @param result the figure
     * @return the gap, or empty when the figure is undefined
     */
    public Optional<BigDecimal> gap(KpiResult result) {
        Objects.requireNonNull(result, "result");
        return result.value().map(figure -> Checks.normalised(figure.subtract(value)));
    }
}
