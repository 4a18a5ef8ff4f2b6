package io.github.kpiengine.kpi;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The figure a KPI gives for one scope: a {@link Defined} number with its unit, or an
 * {@link Undefined} value that says why there is no number.
 *
 * <pre>{@code
 * KpiResult winRate = result.result(ScopeKey.of("ann"), Kpis.winRate());
 * winRate.value();          // Optional[0.5]; empty with undefinedReason() when undefined
 * winRate.toRatio();        // 1/2, keeping both counts
 * perSale.toMoney();        // Optional[EUR 30000.00]
 * }</pre>
 *
 * <p>A ratio keeps its numerator and denominator, so that callers can aggregate by parts; a ratio
 * over nothing is undefined with a reason ("no deals closed in the period"), never NaN and never a
 * silent zero. Values, numerators and denominators are held with the fewest digits that hold them
 * ({@code 500}, never {@code 5E+2}; {@code 0.5}, never {@code 0.50}), so equal figures are
 * {@code equals}. A money figure knows its currency. Immutable and thread-safe.
 */
public sealed interface KpiResult {

    /** The number of decimal places a ratio's value is rounded to, half-even. */
    int SCALE = 10;

    /**
     * Returns the unit of the figure, whether or not it has a number.
     *
     * @return the unit
     */
    KpiUnit unit();

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
     * Returns the number.
     *
     * @return the value in the figure's unit, or empty when the figure is undefined
     */
    Optional<BigDecimal> value();

    /**
     * Returns why there is no number.
     *
     * @return the reason, or empty when the figure is defined
     */
    Optional<String> undefinedReason();

    /**
     * Returns the figure as a {@link Ratio}: counted (keeping the numerator and denominator) when
     * both parts are whole numbers, decimal otherwise, undefined with the reason when the figure is.
     *
     * @return the ratio
     * @throws IllegalStateException if the figure is not a percentage, or its value lies outside
     *         [0, 1] (a flow conversion above 100 %, a negative gap), which no ratio holds
     */
    Ratio toRatio();

    /**
     * Returns a money figure as {@link Money}, rounded half-even to its currency's digits.
     *
     * @return the amount, or empty when the figure is undefined or its currency is unknown (a log
     *         without any opportunity)
     * @throws IllegalStateException if the figure is not money
     */
    Optional<Money> toMoney();

    /**
     * Returns a figure that is not a ratio, such as a count.
     *
     * @param value the value
     * @param unit the unit
     * @param sampleSize the number of observations behind it
     * @return the defined figure, with no numerator or denominator
     */
    static KpiResult of(BigDecimal value, KpiUnit unit, long sampleSize) {
        return new Defined(value, unit, Optional.empty(), Optional.empty(), Optional.empty(), sampleSize);
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
            return new Undefined(reasonIfZero, unit, sampleSize);
        }
        BigDecimal quotient = numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN);
        return new Defined(quotient, unit, Optional.of(numerator), Optional.of(denominator), Optional.empty(),
                sampleSize);
    }

    /**
     * Returns a figure that has no number.
     *
     * @param reason why there is no number
     * @param unit the unit the figure would have
     * @param sampleSize the number of observations behind it
     * @return the undefined figure
     */
    static KpiResult undefined(String reason, KpiUnit unit, long sampleSize) {
        return new Undefined(reason, unit, sampleSize);
    }

    /**
     * Returns the same figure in another unit, or, for money, in a known currency.
     *
     * @param newUnit the unit
     * @param currency the currency of a money figure, if known
     * @return the figure
     */
    KpiResult in(KpiUnit newUnit, Optional<Currency> currency);

    /**
     * A figure that is a number.
     *
     * <p>Immutable and thread-safe.
     *
     * @param number the value, in {@code unit}
     * @param unit the unit
     * @param numerator the numerator of a ratio, empty when the figure is not a ratio
     * @param denominator the denominator of a ratio, not zero, empty when the figure is not a ratio
     * @param currency the currency of a money figure, when known; empty for other units
     * @param sampleSize the number of observations behind it, not negative
     */
    record Defined(BigDecimal number, KpiUnit unit, Optional<BigDecimal> numerator, Optional<BigDecimal> denominator,
            Optional<Currency> currency, long sampleSize) implements KpiResult {

        /**
         * Validates the components and normalises the numbers.
         *
         * @param number the value, in {@code unit}
         * @param unit the unit
         * @param numerator the numerator of a ratio, or empty
         * @param denominator the denominator of a ratio, not zero, or empty
         * @param currency the currency of a money figure, or empty
         * @param sampleSize the number of observations behind it, not negative
         * @throws IllegalArgumentException if only one part is given, the denominator is zero, a
         *         currency is given for a figure that is not money, or the sample size is negative
         */
        public Defined {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(currency, "currency");
            // Each message is built only on failure: an evaluation makes a figure for every scope and KPI.
            if (numerator.isPresent() != denominator.isPresent()) {
                throw new IllegalArgumentException("numerator and denominator must be both given or both absent: "
                        + numerator + "/" + denominator);
            }
            if (denominator.isPresent() && denominator.get().signum() == 0) {
                throw new IllegalArgumentException("denominator must not be zero: " + denominator.get().toPlainString());
            }
            if (currency.isPresent() && unit != KpiUnit.MONEY) {
                throw new IllegalArgumentException("currency must be absent for a figure in " + unit + ": "
                        + currency.get().getCurrencyCode());
            }
            Checks.nonNegative("sampleSize", sampleSize);
            number = Checks.normalised(number);
            numerator = numerator.map(Checks::normalised);
            denominator = denominator.map(Checks::normalised);
        }

        /**
         * Tells whether the figure is a ratio with a numerator and a denominator.
         *
         * @return true for a ratio
         */
        public boolean isRatio() {
            return denominator.isPresent();
        }

        @Override
        public boolean isDefined() {
            return true;
        }

        @Override
        public Optional<BigDecimal> value() {
            return Optional.of(number);
        }

        @Override
        public Optional<String> undefinedReason() {
            return Optional.empty();
        }

        @Override
        public Ratio toRatio() {
            if (unit != KpiUnit.PERCENT) {
                throw new IllegalStateException("unit must be PERCENT to read a figure as a ratio: " + unit);
            }
            if (number.signum() < 0 || number.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalStateException("value must lie in [0, 1] to read as a ratio: " + number.toPlainString());
            }
            if (numerator.isPresent()) {
                BigInteger n = whole(numerator.get());
                BigInteger d = whole(denominator.get());
                if (n != null && d != null && n.bitLength() < 64 && d.bitLength() < 64) {
                    return Ratio.of(n.longValueExact(), d.longValueExact());
                }
            }
            return Ratio.of(number);
        }

        private static BigInteger whole(BigDecimal part) {
            return part.scale() <= 0 ? part.toBigIntegerExact() : null;
        }

        @Override
        public Optional<Money> toMoney() {
            if (unit != KpiUnit.MONEY) {
                throw new IllegalStateException("unit must be MONEY to read a figure as money: " + unit);
            }
            return currency.map(c -> new Money(number.setScale(Math.max(0, c.getDefaultFractionDigits()),
                    RoundingMode.HALF_EVEN), c));
        }

        @Override
        public KpiResult in(KpiUnit newUnit, Optional<Currency> newCurrency) {
            Objects.requireNonNull(newUnit, "unit");
            Objects.requireNonNull(newCurrency, "currency");
            return new Defined(number, newUnit, numerator, denominator,
                    newUnit == KpiUnit.MONEY ? newCurrency : Optional.empty(), sampleSize);
        }
    }

    /**
     * A figure that has no number, with the reason.
     *
     * <p>Immutable and thread-safe.
     *
     * @param reason why there is no number, such as "no deals closed in the period"
     * @param unit the unit the figure would have
     * @param sampleSize the number of observations behind it, not negative
     */
    record Undefined(String reason, KpiUnit unit, long sampleSize) implements KpiResult {

        /**
         * Validates the components.
         *
         * @param reason why there is no number
         * @param unit the unit the figure would have
         * @param sampleSize the number of observations behind it, not negative
         * @throws IllegalArgumentException if the reason is blank or the sample size negative
         */
        public Undefined {
            Checks.notBlank("reason", reason);
            Objects.requireNonNull(unit, "unit");
            Checks.nonNegative("sampleSize", sampleSize);
        }

        @Override
        public boolean isDefined() {
            return false;
        }

        @Override
        public Optional<BigDecimal> value() {
            return Optional.empty();
        }

        @Override
        public Optional<String> undefinedReason() {
            return Optional.of(reason);
        }

        @Override
        public Ratio toRatio() {
            if (unit != KpiUnit.PERCENT) {
                throw new IllegalStateException("unit must be PERCENT to read a figure as a ratio: " + unit);
            }
            return Ratio.undefined(reason);
        }

        @Override
        public Optional<Money> toMoney() {
            if (unit != KpiUnit.MONEY) {
                throw new IllegalStateException("unit must be MONEY to read a figure as money: " + unit);
            }
            return Optional.empty();
        }

        @Override
        public KpiResult in(KpiUnit newUnit, Optional<Currency> newCurrency) {
            Objects.requireNonNull(newUnit, "unit");
            Objects.requireNonNull(newCurrency, "currency");
            return new Undefined(reason, newUnit, sampleSize);
        }
    }
}
