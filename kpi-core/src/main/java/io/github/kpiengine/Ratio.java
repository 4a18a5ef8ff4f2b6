package io.github.kpiengine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact conversion ratio between 0 and 1, or an undefined ratio with the reason why.
 *
 * <p>A ratio is either <em>counted</em>, kept as the two counts it came from ("13 won of 20
 * proposals", written {@code 13/20}), or <em>decimal</em>, an exact decimal fraction such as 65 %
 * (written {@code 65%}). Neither goes through binary floating point, so that
 * {@code Ratio.ofPercent(65).requiredFor(13)} is exactly 20, not 21. A ratio over nothing
 * ({@code 0/0}) is not zero but {@linkplain #undefined(String) undefined}, and carries its reason.
 *
 * <pre>{@code
 * Ratio close = Ratio.of(13, 20);               // 13/20, counted
 * Ratio healthy = Ratio.parse("65%");           // decimal
 * close.compareValueTo(healthy);                // 0: the same value
 * close.equals(healthy);                        // false: different parts
 * Ratio.parse("35%").requiredFor(21);           // 60 proposals for 21 wins
 * }</pre>
 *
 * <p>Equality compares the parts: a counted {@code 13/20} and a decimal {@code 65%} have the same
 * value but are not equal; compare values with {@link #compareValueTo(Ratio)}. Counted ratios add by
 * their parts ({@link #plus(Ratio)}), as a team's ratio must. Immutable and thread-safe.
 */
public final class Ratio {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final long[] TEN_POWERS = tenPowers();
    private static final String UNDEFINED_PREFIX = "undefined: ";

    private final long numerator;
    private final long denominator;
    private final boolean counted;
    private final String reason;

    private Ratio(long numerator, long denominator, boolean counted, String reason) {
        this.numerator = numerator;
        this.denominator = denominator;
        this.counted = counted;
        this.reason = reason;
    }

    /**
     * Returns the counted ratio of two counts, kept as they are (not reduced): {@code of(13, 20)}
     * is {@code 13/20}. When both counts are zero the ratio is undefined, with the reason
     * {@code "denominator is zero"}.
     *
     * @param numerator how many passed, not negative
     * @param denominator how many entered, at least the numerator
     * @return the ratio, or an undefined ratio when the denominator is zero
     * @throws IllegalArgumentException if a count is negative or the numerator exceeds the
     *     denominator
     */
    public static Ratio of(long numerator, long denominator) {
        Checks.nonNegative("numerator", numerator);
        Checks.nonNegative("denominator", denominator);
        if (numerator > denominator) {
            throw new IllegalArgumentException(
                    "numerator must be at most the denominator: " + numerator + "/" + denominator);
        }
        if (denominator == 0) {
            return undefined("denominator is zero");
        }
        return new Ratio(numerator, denominator, true, null);
    }

    /**
     * Returns the decimal ratio of an exact value between 0 and 1: {@code of(new BigDecimal("0.65"))}.
     *
     * @param value the value, from 0 to 1 inclusive, with at most 18 decimal places
     * @return the ratio
     * @throws IllegalArgumentException if the value is outside [0, 1] or has more than 18 places
     */
    public static Ratio of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(
                    "ratio must be between 0 and 1: " + value.toPlainString());
        }
        BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (stripped.scale() > 18) {
            throw new IllegalArgumentException(
                    "ratio must have at most 18 decimal places: " + value.toPlainString());
        }
        int scale = Math.max(0, stripped.scale());
        long denominator = BigInteger.TEN.pow(scale).longValueExact();
        long numerator = stripped.movePointRight(scale).longValueExact();
        return new Ratio(numerator, denominator, false, null);
    }

    /**
     * Returns the decimal ratio of a percentage: {@code ofPercent(new BigDecimal("65.5"))} is 65.5 %.
     *
     * @param percent the percentage, from 0 to 100 inclusive
     * @return the ratio
     * @throws IllegalArgumentException if the percentage is outside [0, 100]
     */
    public static Ratio ofPercent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(
                    "percent must be between 0 and 100: " + percent.toPlainString());
        }
        return of(percent.movePointLeft(2));
    }

    /**
     * Returns the decimal ratio of a whole percentage: {@code ofPercent(65)} is 65 %.
     *
     * @param percent the percentage, from 0 to 100 inclusive
     * @return the ratio
     * @throws IllegalArgumentException if the percentage is outside [0, 100]
     */
    public static Ratio ofPercent(long percent) {
        return ofPercent(BigDecimal.valueOf(percent));
    }

    /**
     * Converts a {@code double} through its shortest decimal representation
     * ({@link BigDecimal#valueOf(double)}), so that {@code from(0.65)} is exactly 65 %.
     *
     * @param value the value, from 0 to 1 inclusive
     * @return the ratio
     * @throws IllegalArgumentException if the value is NaN, infinite or outside [0, 1]
     */
    public static Ratio from(double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("ratio must be between 0 and 1: " + value);
        }
        return of(BigDecimal.valueOf(value));
    }

    /**
     * Returns an undefined ratio: there was nothing to divide.
     *
     * @param reason why, for the reader ({@code "no proposals in the period"})
     * @return the undefined ratio
     * @throws IllegalArgumentException if the reason is blank
     */
    public static Ratio undefined(String reason) {
        return new Ratio(0, 0, false, Checks.notBlank("reason", reason));
    }

    /**
     * Parses the forms written by {@link #toString()}: {@code "65%"}, {@code "65.5%"},
     * {@code "13/20"} and {@code "undefined: <reason>"}, and also a plain decimal such as
     * {@code "0.65"}.
     *
     * @param text the text to parse
     * @return the ratio
     * @throws IllegalArgumentException if the text has none of these forms or is out of range
     */
    public static Ratio parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        if (s.startsWith(UNDEFINED_PREFIX)) {
            return undefined(s.substring(UNDEFINED_PREFIX.length()));
        }
        try {
            int slash = s.indexOf('/');
            if (slash >= 0) {
                return of(parseCount(s.substring(0, slash)), parseCount(s.substring(slash + 1)));
            }
            if (s.endsWith("%")) {
                return ofPercent(parseDecimal(s.substring(0, s.length() - 1)));
            }
            return of(parseDecimal(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "text must be a ratio such as '65%', '0.65' or '13/20': " + s, e);
        }
    }

    private static long parseCount(String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new NumberFormatException(digits);
        }
        return Long.parseLong(digits);
    }

    private static BigDecimal parseDecimal(String decimal) {
        if (decimal.isEmpty() || !decimal.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9')) {
            throw new NumberFormatException(decimal);
        }
        return new BigDecimal(decimal);
    }

    /**
     * Tells whether the ratio has a value.
     *
     * @return false if the ratio is undefined
     */
    public boolean isDefined() {
        return reason == null;
    }

    /**
     * Returns why the ratio is undefined, or empty when it is defined.
     *
     * @return the reason, if undefined
     */
    public Optional<String> undefinedReason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Tells whether the ratio was made from counts and keeps them.
     *
     * @return true for a counted ratio
     */
    public boolean isCounted() {
        return counted;
    }

    /**
     * Returns the numerator: the count that passed, or for a decimal ratio the unscaled digits
     * (65 for 0.65).
     *
     * @return the numerator
     * @throws IllegalStateException if the ratio is undefined
     */
    public long numerator() {
        requireDefined();
        return numerator;
    }

    /**
     * Returns the denominator: the count that entered, or for a decimal ratio a power of ten
     * (100 for 0.65).
     *
     * @return the denominator, positive
     * @throws IllegalStateException if the ratio is undefined
     */
    public long denominator() {
        requireDefined();
        return denominator;
    }

    /**
     * Returns the value, exact when it fits in 34 significant digits ({@code 13/20} is 0.65),
     * otherwise rounded to 34 ({@link MathContext#DECIMAL128}): {@code 1/3} is 0.3333….
     *
     * @return the value between 0 and 1
     * @throws IllegalStateException if the ratio is undefined
     */
    public BigDecimal value() {
        requireDefined();
        BigDecimal terminating = terminating(numerator, denominator);
        if (terminating != null) {
            return terminating;
        }
        // Within 34 digits a terminating quotient is exact; dividing with the context at once
        // avoids the exception an exact division throws for 1/3.
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MathContext.DECIMAL128);
    }

    /**
     * Returns {@code n ÷ d} when {@code d} divides a power of ten up to 10^18 and the quotient's
     * digits fit in a {@code long}, at the scale the division would give (trailing zeros stripped,
     * never below 0); {@code null} otherwise. The division reaches the same value by computing 34
     * digits and stripping the zeros one at a time, which costs more than the rest of a reading.
     */
    private static BigDecimal terminating(long n, long d) {
        int twos = Long.numberOfTrailingZeros(d);
        long rest = d >>> twos;
        int fives = 0;
        while (rest % 5 == 0) {
            rest /= 5;
            fives++;
        }
        int scale = Math.max(twos, fives);
        if (rest != 1 || scale >= TEN_POWERS.length) {
            return null;
        }
        long factor = TEN_POWERS[scale] / d;
        long unscaled = n * factor;
        if (Math.multiplyHigh(n, factor) != 0 || unscaled < 0) {
            return null;
        }
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    /**
     * Returns the value rounded to the given precision.
     *
     * @param context the precision and rounding
     * @return the value
     * @throws IllegalStateException if the ratio is undefined
     */
    public BigDecimal toBigDecimal(MathContext context) {
        Objects.requireNonNull(context, "context");
        requireDefined();
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), context);
    }

    /**
     * Returns the value as a percentage with the given number of decimal places: 65.00 for
     * {@code 13/20} at scale 2.
     *
     * @param scale the decimal places of the percentage
     * @param rounding how to round
     * @return the percentage
     * @throws IllegalStateException if the ratio is undefined
     */
    public BigDecimal toPercent(int scale, RoundingMode rounding) {
        Objects.requireNonNull(rounding, "rounding");
        requireDefined();
        return BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), scale, rounding);
    }

    /**
     * Tells whether the ratio is defined and zero: nothing passes.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return isDefined() && numerator == 0;
    }

    /**
     * Tells whether the ratio is defined and one: everything passes.
     *
     * @return true if one
     */
    public boolean isOne() {
        return isDefined() && numerator == denominator;
    }

    /**
     * Returns the least whole number that, passed through this ratio, yields at least {@code out}:
     * {@code ceil(out / ratio)}, in exact integer arithmetic. At 65 %, 13 won deals need 20
     * proposals; at 35 %, 21 need 60; at 57 %, 57 need 100.
     *
     * @param out the number wanted on the far side of the gateway, not negative
     * @return how many must enter the gateway
     * @throws IllegalArgumentException if {@code out} is negative
     * @throws IllegalStateException if the ratio is undefined, or zero while {@code out} is positive
     * @throws ArithmeticException if the result does not fit in a {@code long}
     */
    public long requiredFor(long out) {
        Checks.nonNegative("out", out);
        requireDefined();
        if (out == 0) {
            return 0;
        }
        if (numerator == 0) {
            throw new IllegalStateException("ratio must be above zero to produce anything: " + this);
        }
        if (Math.multiplyHigh(out, denominator) == 0 && out * denominator >= 0) {
            long product = out * denominator;
            long quotient = product / numerator;
            return product % numerator == 0 ? quotient : quotient + 1;
        }
        BigInteger[] qr = BigInteger.valueOf(out).multiply(BigInteger.valueOf(denominator))
                .divideAndRemainder(BigInteger.valueOf(numerator));
        BigInteger ceiling = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        return ceiling.longValueExact();
    }

    /**
     * Returns {@code out / ratio} as a decimal, the exact figure beside {@link #requiredFor(long)}.
     *
     * @param out the amount wanted on the far side of the gateway, not negative
     * @param context the precision and rounding of the quotient; exact when it fits the precision
     * @return how much must enter the gateway
     * @throws IllegalStateException if the ratio is undefined or zero
     */
    public BigDecimal exactRequiredFor(BigDecimal out, MathContext context) {
        Checks.nonNegative("out", out);
        Objects.requireNonNull(context, "context");
        requireDefined();
        if (numerator == 0) {
            throw new IllegalStateException("ratio must be above zero to produce anything: " + this);
        }
        BigDecimal product = out.multiply(BigDecimal.valueOf(denominator));
        BigDecimal n = BigDecimal.valueOf(numerator);
        return product.divide(n, context);
    }

    /**
     * Compares the values of two defined ratios exactly, whatever their form.
     *
     * @param other the ratio to compare with
     * @return a negative number, zero or a positive number as this value is less, equal or greater
     * @throws IllegalStateException if either ratio is undefined
     */
    public int compareValueTo(Ratio other) {
        Objects.requireNonNull(other, "other");
        requireDefined();
        other.requireDefined();
        return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
                .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
    }

    /**
     * Adds two counted ratios by their parts, as a team's ratio is made from its reps':
     * {@code 3/5 plus 10/15} is {@code 13/20}. An undefined ratio counts as {@code 0/0}.
     *
     * @param other the ratio to add
     * @return the combined ratio; undefined if both are
     * @throws IllegalStateException if either ratio is a decimal ratio, which has no counts
     */
    public Ratio plus(Ratio other) {
        Objects.requireNonNull(other, "other");
        if (!isDefined()) {
            other.requireCountedOrUndefined();
            return other;
        }
        requireCountedOrUndefined();
        if (!other.isDefined()) {
            return this;
        }
        other.requireCountedOrUndefined();
        return of(Math.addExact(numerator, other.numerator),
                Math.addExact(denominator, other.denominator));
    }

    private void requireCountedOrUndefined() {
        if (isDefined() && !counted) {
            throw new IllegalStateException("ratio must be counted to add by parts: " + this);
        }
    }

    private void requireDefined() {
        if (reason != null) {
            throw new IllegalStateException("ratio is undefined: " + reason);
        }
    }

    /**
     * Compares the parts: numerator, denominator, form and reason.
     *
     * @param other the object to compare with
     * @return true if the other is a ratio with the same parts
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Ratio r
                && numerator == r.numerator
                && denominator == r.denominator
                && counted == r.counted
                && Objects.equals(reason, r.reason);
    }

    /**
     * Returns a hash of the parts, consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator, counted, reason);
    }

    /**
     * Returns {@code "13/20"} for a counted ratio, {@code "65%"} for a decimal one and
     * {@code "undefined: <reason>"} for an undefined one; {@link #parse(CharSequence)} reads each
     * back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        if (reason != null) {
            return UNDEFINED_PREFIX + reason;
        }
        if (counted) {
            return numerator + "/" + denominator;
        }
        BigDecimal percent = BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator));
        return (percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros())
                .toPlainString() + "%";
    }

    private static long[] tenPowers() {
        long[] powers = new long[19];
        powers[0] = 1;
        for (int k = 1; k < powers.length; k++) {
            powers[k] = powers[k - 1] * 10;
        }
        return powers;
    }
}
