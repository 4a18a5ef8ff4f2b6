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
 * once. A fraction whose parts fit in a {@code long} is held and computed in {@code long}s, checked
 * for overflow at every step; any larger one in {@link BigInteger}s, so nothing is ever cut short.
 * Immutable and thread-safe.
 */
final class Fraction implements Comparable<Fraction> {

    /** Zero. */
    static final Fraction ZERO = new Fraction(0, 1, null, null);
    /** One. */
    static final Fraction ONE = new Fraction(1, 1, null, null);

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    // Small form: n over d in longs, with big == null. Large form: bigN over bigD.
    private final long n;
    private final long d;
    private final BigInteger bigN;
    private final BigInteger bigD;

    private Fraction(long n, long d, BigInteger bigN, BigInteger bigD) {
        this.n = n;
        this.d = d;
        this.bigN = bigN;
        this.bigD = bigD;
    }

    /** Returns numerator ÷ denominator in lowest terms; the denominator must not be zero. */
    static Fraction of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator must not be zero");
        }
        if (fits(numerator) && fits(denominator)) {
            return small(numerator.longValue(), denominator.longValue());
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        if (fits(numerator) && fits(denominator)) {
            return new Fraction(numerator.longValue(), denominator.longValue(), null, null);
        }
        return new Fraction(0, 0, numerator, denominator);
    }

    /** Returns numerator ÷ denominator. */
    static Fraction of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new ArithmeticException("denominator must not be zero");
        }
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        return small(numerator, denominator);
    }

    /** Returns a whole number. */
    static Fraction of(long whole) {
        if (whole == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(whole));
        }
        return whole == 0 ? ZERO : whole == 1 ? ONE : new Fraction(whole, 1, null, null);
    }

    /** Returns a whole number. */
    static Fraction of(BigInteger whole) {
        return of(whole, BigInteger.ONE);
    }

    /** Returns a decimal exactly: its unscaled value over ten to its scale. */
    static Fraction of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.signum() == 0) {
            return ZERO;
        }
        int scale = value.scale();
        if (scale >= 0 && scale <= 18 && value.precision() <= 18) {
            // Moving the point keeps a compact decimal compact, so no BigInteger is made.
            return small(value.movePointRight(scale).longValue(), POWERS_OF_TEN[scale]);
        }
        BigDecimal stripped = value.stripTrailingZeros();
        scale = stripped.scale();
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

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    /** n over d, neither Long.MIN_VALUE, d not zero: reduced, with a positive denominator. */
    private static Fraction small(long n, long d) {
        if (n == 0) {
            return ZERO;
        }
        if (d < 0) {
            n = -n;
            d = -d;
        }
        long gcd = gcd(Math.abs(n), d);
        if (gcd != 1) {
            n /= gcd;
            d /= gcd;
        }
        return new Fraction(n, d, null, null);
    }

    /** The greatest common divisor of two values that are not negative (Stein's binary algorithm). */
    private static long gcd(long a, long b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>>= Long.numberOfTrailingZeros(a);
        while (b != 0) {
            b >>>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        }
        return a << shift;
    }

    /** Whether a value can be a part of the small form: a long, but not Long.MIN_VALUE (no negation). */
    private static boolean fits(BigInteger value) {
        return value.bitLength() < Long.SIZE && !LONG_MIN.equals(value);
    }

    private boolean isSmall() {
        return bigN == null;
    }

    /** The numerator, in lowest terms. */
    BigInteger numerator() {
        return isSmall() ? BigInteger.valueOf(n) : bigN;
    }

    /** The denominator, positive, in lowest terms. */
    BigInteger denominator() {
        return isSmall() ? BigInteger.valueOf(d) : bigD;
    }

    Fraction plus(Fraction other) {
        if (other.signum() == 0) {
            return this;
        }
        if (signum() == 0) {
            return other;
        }
        if (isSmall() && other.isSmall()) {
            long a = product(n, other.d);
            long b = product(other.n, d);
            long c = product(d, other.d);
            if (a != Long.MIN_VALUE && b != Long.MIN_VALUE && c != Long.MIN_VALUE) {
                long sum = a + b;
                if (((a ^ sum) & (b ^ sum)) >= 0 && sum != Long.MIN_VALUE) {
                    return small(sum, c);
                }
            }
        }
        return of(numerator().multiply(other.denominator()).add(other.numerator().multiply(denominator())),
                denominator().multiply(other.denominator()));
    }

    Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    Fraction negate() {
        return isSmall() ? new Fraction(-n, d, null, null) : new Fraction(0, 0, bigN.negate(), bigD);
    }

    Fraction times(Fraction other) {
        if (isSmall() && other.isSmall()) {
            long direct = product(n, other.n);
            long under = product(d, other.d);
            if (direct != Long.MIN_VALUE && under != Long.MIN_VALUE) {
                return small(direct, under);
            }
            // Cross-reduce first so that the products stay small.
            long g1 = gcd(Math.abs(n), other.d);
            long g2 = gcd(Math.abs(other.n), d);
            long a = product(g1 == 0 ? n : n / g1, g2 == 0 ? other.n : other.n / g2);
            long b = product(g2 == 0 ? d : d / g2, g1 == 0 ? other.d : other.d / g1);
            if (a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
                return a == 0 ? ZERO : new Fraction(a, b, null, null);
            }
        }
        return of(numerator().multiply(other.numerator()), denominator().multiply(other.denominator()));
    }

    Fraction times(long factor) {
        return times(of(factor));
    }

    Fraction times(BigInteger factor) {
        return times(of(factor));
    }

    /** Returns this ÷ other; the other must not be zero. */
    Fraction dividedBy(Fraction other) {
        if (other.signum() == 0) {
            throw new ArithmeticException("divisor must not be zero");
        }
        Fraction inverse = other.isSmall()
                ? (other.n < 0 ? new Fraction(-other.d, -other.n, null, null) : new Fraction(other.d, other.n, null, null))
                : (other.bigN.signum() < 0 ? new Fraction(0, 0, other.bigD.negate(), other.bigN.negate())
                        : new Fraction(0, 0, other.bigD, other.bigN));
        return times(inverse);
    }

    /** a × b, or Long.MIN_VALUE when the product does not fit (or is Long.MIN_VALUE itself). */
    private static long product(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high == (low >> 63) ? low : Long.MIN_VALUE;
    }

    Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    int signum() {
        return isSmall() ? Long.signum(n) : bigN.signum();
    }

    boolean isWhole() {
        return isSmall() ? d == 1 : bigD.equals(BigInteger.ONE);
    }

    /** The least integer not below the value. */
    BigInteger ceil() {
        if (isSmall()) {
            long q = n / d;
            return BigInteger.valueOf(n % d > 0 ? q + 1 : q);
        }
        BigInteger[] qr = bigN.divideAndRemainder(bigD);
        return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    }

    /** The least integer not below the value when it fits in a {@code long}, else null. */
    Long ceilIfLong() {
        if (isSmall()) {
            long q = n / d;
            return n % d > 0 ? q + 1 : q;
        }
        BigInteger ceil = ceil();
        return ceil.bitLength() < Long.SIZE ? ceil.longValue() : null;
    }

    /** The least integer not below {@code whole ÷ this}: how many must enter a gateway of this ratio. */
    BigInteger ceilOfQuotient(long whole) {
        if (isSmall() && n > 0 && whole != Long.MIN_VALUE) {
            long a = product(whole, d);
            if (a != Long.MIN_VALUE) {
                long q = a / n;
                return BigInteger.valueOf(a % n > 0 ? q + 1 : q);
            }
        }
        return of(whole).dividedBy(this).ceil();
    }

    /** {@link #ceilOfQuotient(long)} when it fits in a {@code long}, else null. */
    Long ceilOfQuotientIfLong(long whole) {
        if (isSmall() && n > 0 && whole != Long.MIN_VALUE) {
            long a = product(whole, d);
            if (a != Long.MIN_VALUE) {
                long q = a / n;
                return a % n > 0 ? q + 1 : q;
            }
        }
        return of(whole).dividedBy(this).ceilIfLong();
    }

    /** The greatest integer not above the value. */
    BigInteger floor() {
        if (isSmall()) {
            return BigInteger.valueOf(Math.floorDiv(n, d));
        }
        BigInteger[] qr = bigN.divideAndRemainder(bigD);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** The exact value rounded once to the given precision: exact when it fits. */
    BigDecimal round(MathContext context) {
        if (isSmall() && context.equals(MathContext.DECIMAL64) && d < MAX_FAST_DENOMINATOR) {
            BigDecimal fast = sixteenDigits(n, d);
            if (fast != null) {
                return fast;
            }
        }
        boolean sixteenDigits = context.getPrecision() == 0 || context.getPrecision() >= 16;
        if (isSmall() && sixteenDigits && d == 1 && Math.abs(n) < 1_000_000_000_000_000L) {
            // A whole number of at most 15 digits is its own rounding.
            return BigDecimal.valueOf(n);
        }
        if (isSmall() && sixteenDigits && Math.abs(n) < 10_000_000_000_000L
                && (d == 2 || d == 4 || d == 5 || d == 10 || d == 20 || d == 25 || d == 50 || d == 100)) {
            // A short terminating decimal: exact in hundredths, at most 15 digits, no division needed.
            return normalised(BigDecimal.valueOf(n * (100 / d), 2));
        }
        BigDecimal rounded = isSmall() ? BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), context)
                : new BigDecimal(bigN).divide(new BigDecimal(bigD), context);
        return normalised(rounded);
    }

    private static final long MAX_FAST_DENOMINATOR = 100_000_000_000_000_000L;
    private static final long[] CHUNK_LIMITS = new long[19];

    static {
        for (int c = 1; c < CHUNK_LIMITS.length; c++) {
            CHUNK_LIMITS[c] = Long.MAX_VALUE / POWERS_OF_TEN[c];
        }
    }
    private static final int SIXTEEN = 16;

    /**
     * The value rounded half-even to 16 significant digits by long division, digit chunk by digit
     * chunk, or null when its whole part has more than 16 digits. The denominator is below 10^17,
     * so a remainder times ten always fits in a long.
     */
    private static BigDecimal sixteenDigits(long n, long d) {
        if (n == 0) {
            return BigDecimal.ZERO;
        }
        long magnitude = Math.abs(n);
        long whole = magnitude / d;
        long rest = magnitude % d;
        int digits = whole == 0 ? 0 : digitsOf(whole);
        if (digits > SIXTEEN) {
            return null;
        }
        long unscaled = whole;
        int scale = 0;
        if (whole == 0) {
            // Skip the zeros after the point, which are not significant.
            while (rest * 10 < d) {
                rest *= 10;
                scale++;
            }
        }
        // Collect 17 significant digits: 16 and a guard digit; the rest is only whether it is zero.
        int wanted = SIXTEEN + 1 - digits;
        int most = maxChunk(d);
        while (wanted > 0 && rest != 0) {
            int chunk = Math.min(wanted, most);
            long scaled = rest * POWERS_OF_TEN[chunk];
            unscaled = unscaled * POWERS_OF_TEN[chunk] + scaled / d;
            rest = scaled % d;
            scale += chunk;
            wanted -= chunk;
        }
        if (wanted == 0) {
            long guard = unscaled % 10;
            unscaled /= 10;
            scale--;
            if (guard > 5 || guard == 5 && (rest != 0 || (unscaled & 1) == 1)) {
                unscaled++;
            }
        }
        // Otherwise the quotient ended within 16 digits and is exact. Either way, drop trailing zeros.
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return BigDecimal.valueOf(n < 0 ? -unscaled : unscaled, scale);
    }

    /** The number of decimal digits of a positive value. */
    private static int digitsOf(long value) {
        int digits = 1;
        while (digits < 19 && value >= POWERS_OF_TEN[digits]) {
            digits++;
        }
        return digits;
    }

    /** The most decimal digits c with d × 10^c below 2^63, at least one. */
    private static int maxChunk(long d) {
        int c = 1;
        while (c < 17 && d < CHUNK_LIMITS[c + 1]) {
            c++;
        }
        return c;
    }

    /**
     * Returns {@code (a ÷ b).round(DECIMAL64)}, skipping the reduction to lowest terms that rounding
     * does not need when the unreduced parts are small.
     */
    static BigDecimal quotientToSixteenDigits(Fraction a, Fraction b) {
        if (a.isSmall() && b.isSmall() && b.n > 0) {
            long numerator = product(a.n, b.d);
            long denominator = product(a.d, b.n);
            if (numerator != Long.MIN_VALUE && denominator != Long.MIN_VALUE && denominator < MAX_FAST_DENOMINATOR) {
                BigDecimal fast = sixteenDigits(numerator, denominator);
                if (fast != null) {
                    return fast;
                }
            }
        }
        return a.dividedBy(b).round(MathContext.DECIMAL64);
    }

    /** The exact value rounded once to the given number of decimal places. */
    BigDecimal toScale(int scale, RoundingMode rounding) {
        return isSmall() ? BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), scale, rounding)
                : new BigDecimal(bigN).divide(new BigDecimal(bigD), scale, rounding);
    }

    /** The nearest double, within one unit in the last place. */
    double toDouble() {
        return round(MathContext.DECIMAL128).doubleValue();
    }

    @Override
    public int compareTo(Fraction other) {
        if (isSmall() && other.isSmall()) {
            long a = product(n, other.d);
            long b = product(other.n, d);
            if (a != Long.MIN_VALUE && b != Long.MIN_VALUE) {
                return Long.compare(a, b);
            }
        }
        return numerator().multiply(other.denominator()).compareTo(other.numerator().multiply(denominator()));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Fraction f)) {
            return false;
        }
        // Both forms are in lowest terms, and a fraction that fits in longs is always held in them.
        return isSmall() ? f.isSmall() && n == f.n && d == f.d
                : !f.isSmall() && bigN.equals(f.bigN) && bigD.equals(f.bigD);
    }

    @Override
    public int hashCode() {
        return Objects.hash(numerator(), denominator());
    }

    /** Returns {@code "13/20"}, or the whole number alone. */
    @Override
    public String toString() {
        return isWhole() ? numerator().toString() : numerator() + "/" + denominator();
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
