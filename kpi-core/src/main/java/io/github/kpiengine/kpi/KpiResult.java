package io.github.kpiengine.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The figure a KPI gives for one scope: a {@link Defined} number with its unit, or an
 * {@link Undefined} value that says why there is no number.
 *
 * <p>A ratio keeps its numerator and denominator, so that callers can aggregate by parts; a ratio
 * over nothing is undefined with a reason ("no deals closed in the period"), never NaN and never a
 * silent zero. Immutable and thread-safe.
 */
public sealed interface KpiResult {

    /** The number of decimal places of a ratio's value, rounded half-even. */
    int SCALE = 10;

    /**
     * Returns the number of observations behind the figure, such as the deals closed for a win rate.
     *
     * @return the sample size, not negative
     */
    long sampleSize();

    /**
     * Tells whether the figure is a number.
     *
     * @return true for {@link Defined}
     */
    boolean isDefined();

    /**
     * Returns a figure that is not a ratio, such as a count.
     *
     * @param value the value
     * @param unit the unit
     * @param sampleSize the number of observations behind it
     * @return the defined figure, with no numerator or denominator
     */
    static KpiResult of(BigDecimal value, KpiUnit unit, long sampleSize) {
        return new Defined(value, unit, null, null, sampleSize);
    }

    /**
     * Returns the ratio of two parts, or an undefined figure when the denominator is zero.
     *
     * <p>The value is {@code numerator / denominator} rounded half-even to {@link #SCALE} decimal
     * places; the exact parts are kept beside it.
     *
     * @param numerator the numerator
     * @param denominator the denominator
     * @param unit the unit of the ratio
     * @param sampleSize the number of observations behind it
     * @param reasonIfZero the reason given when the denominator is zero
     * @return the ratio, or {@link Undefined} with {@code reasonIfZero}
     */
    static KpiResult ratio(BigDecimal numerator, BigDecimal denominator, KpiUnit unit, long sampleSize,
            String reasonIfZero) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(unit, "unit");
        Checks.notBlank("reasonIfZero", reasonIfZero);
        if (denominator.signum() == 0) {
            return new Undefined(reasonIfZero, sampleSize);
        }
        BigDecimal value = numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN);
        return new Defined(value, unit, numerator, denominator, sampleSize);
    }

    /**
     * Returns a figure that has no number.
     *
     * @param reason why there is no number
     * @param sampleSize the number of observations behind it
     * @return the undefined figure
     */
    static KpiResult undefined(String reason, long sampleSize) {
        return new Undefined(reason, sampleSize);
    }

    /**
     * A figure that is a number.
     *
     * <p>Immutable and thread-safe.
     *
     * @param value the value, in {@code unit}
     * @param unit the unit
     * @param numerator the numerator of a ratio, or null when the figure is not a ratio
     * @param denominator the denominator of a ratio, not zero, or null when the figure is not a ratio
     * @param sampleSize the number of observations behind it, not negative
     */
    record Defined(BigDecimal value, KpiUnit unit, BigDecimal numerator, BigDecimal denominator,
            long sampleSize) implements KpiResult {

        /**
         * Validates the components.
         *
         * @param value the value, in {@code unit}
         * @param unit the unit
         * @param numerator the numerator of a ratio, or null when the figure is not a ratio
         * @param denominator the denominator of a ratio, not zero, or null when not a ratio
         * @param sampleSize the number of observations behind it, not negative
         * @throws IllegalArgumentException if only one part is given, the denominator is zero or
         *         the sample size is negative
         */
        public Defined {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(unit, "unit");
            if (!((numerator == null) == (denominator == null))) {
                throw new IllegalArgumentException("numerator and denominator must be both given or both absent: " + numerator + "/"
                    + denominator);
            }
            if (!(denominator == null || denominator.signum() != 0)) {
                throw new IllegalArgumentException("denominator must not be zero: " + denominator);
            }
            Checks.nonNegative("sampleSize", sampleSize);
        }

        /**
         * Tells whether the figure is a ratio with a numerator and a denominator.
         *
         * @return true for a ratio
         */
        public boolean isRatio() {
            return denominator != null;
        }

        /**
         * Tells that the figure is a number.
         *
         * @return true
         */
        @Override
        public boolean isDefined() {
            return true;
        }
    }

    /**
     * A figure that has no number, with the reason.
     *
     * <p>Immutable and thread-safe.
     *
     * @param reason why there is no number, such as "no deals closed in the period"
     * @param sampleSize the number of observations behind it, not negative
     */
    record Undefined(String reason, long sampleSize) implements KpiResult {

        /**
         * Validates the components.
         *
         * @param reason why there is no number
         * @param sampleSize the number of observations behind it, not negative
         * @throws IllegalArgumentException if the reason is blank or the sample size negative
         */
        public Undefined {
            Checks.notBlank("reason", reason);
            Checks.nonNegative("sampleSize", sampleSize);
        }

        /**
         * Tells that the figure has no number.
         *
         * @return false
         */
        @Override
        public boolean isDefined() {
            return false;
        }
    }
}
