package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number, numerator over a positive denominator in lowest terms: the one
 * arithmetic the solver counts with.
 *
 * <p>Every whole figure of a plan is {@link #ceil()} of a fraction, never of a decimal rounded to
 * some digits first; every "exact" figure is {@link #round(MathContext)}, the exact value rounded
 * once. Immutable and thread-safe.
 */
final class Fraction implements Comparable<Fraction> {

    /** Zero. */
    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    /** One. */
    static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** Returns numerator ÷ denominator in lowest terms; the denominator must not be zero. */
    static Fraction of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator must not be zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        return new Fraction(numerator, denominator);
    }

    /** Returns numerator ÷ denominator. */
    static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** Returns a whole number. */
    static Fraction of(long whole) {
        return new Fraction(BigInteger.valueOf(whole), BigInteger.ONE);
    }

    /** Returns a whole number. */
    static Fraction of(BigInteger whole) {
        return new Fraction(whole, BigInteger.ONE);
    }

    /** Returns a decimal exactly: its unscaled value over ten to its scale. */
    static Fraction of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            return ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int scale = stripped.scale();
        return scale <= 0
                ? of(stripped.unscaledValue().multiply(BigInteger.TEN.pow(-scale)))
                : of(stripped.unscaledValue(), BigInteger.TEN.pow(scale));
    }

    /** Returns a defined ratio's value exactly: numerator over denominator, counted or decimal. */
    static Fraction of(Ratio ratio) {
        return of(ratio.numerator(), ratio.denominator());
    }

    /** Returns an amount of money exactly. */
    static Fraction of(Money money) {
        return of(money.amount());
    }

    BigInteger numerator() {
        return numerator;
    }

    BigInteger denominator() {
        return denominator;
    }

    Fraction plus(Fraction other) {
        if (other.signum() == 0) {
            return this;
        }
        return of(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    Fraction times(Fraction other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Fraction times(long factor) {
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    Fraction times(BigInteger factor) {
        return of(numerator.multiply(factor), denominator);
    }

    /** Returns this ÷ other; the other must not be zero. */
    Fraction dividedBy(Fraction other) {
        return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    int signum() {
        return numerator.signum();
    }

    boolean isWhole() {
        return denominator.equals(BigInteger.ONE);
    }

    /** The least integer not below the value. */
    BigInteger ceil() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** The greatest integer not above the value. */
    BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** The exact value rounded once to the given precision: exact when it fits. */
    BigDecimal round(MathContext context) {
        BigDecimal rounded = new BigDecimal(numerator).divide(new BigDecimal(denominator), context);
        return normalised(rounded);
    }

    /** The exact value rounded once to the given number of decimal places. */
    BigDecimal toScale(int scale, RoundingMode rounding) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, rounding);
    }

    /** The nearest double, within one unit in the last place. */
    double toDouble() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    }

    /** Tells whether a whole number fits in a {@code long}. */
    static boolean fitsLong(BigInteger whole) {
        return whole.compareTo(LONG_MAX) <= 0 && whole.bitLength() < Long.SIZE;
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator, denominator);
    }

    /** Returns {@code "13/20"}, or the whole number alone. */
    @Override
    public String toString() {
        return isWhole() ? numerator.toString() : numerator + "/" + denominator;
    }

    /** The fewest digits that hold a decimal, never in exponent form when read plain. */
    static BigDecimal normalised(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
