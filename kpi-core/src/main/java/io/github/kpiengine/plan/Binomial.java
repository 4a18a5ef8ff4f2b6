package io.github.kpiengine.plan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact questions about binomial tails, for the confidence plan and the forward projection: is
 * P(X &ge; k) at least a level, for X ~ Binomial(n, p) with p an exact fraction?
 *
 * <p>Every answer is certain, not approximate. A tail is summed term by term along its shorter side
 * (at most {@link #TERM_LIMIT} terms) in three steps, each taken only when the one before cannot
 * decide: in doubles, with a proven bound on the rounding error; in 60-digit decimals, with the same
 * kind of bound; and, for small trials, in exact integers, which settles a tail that equals the
 * level exactly. A question beyond the limit, or one whose tail lies closer to the level than the
 * decimal step can tell and is too large for integers, is answered with {@link BeyondLimit}, never
 * with a guess.
 */
final class Binomial {

    /** The most terms of a tail that are summed to answer one question. */
    static final long TERM_LIMIT = 1_000_000;

    private static final double U = 0x1.0p-53;
    private static final double RESCALE = 0x1.0p500;
    private static final double UNSCALE = 0x1.0p-500;
    private static final double LOG_RESCALE = 500 * Math.log(2);
    private static final MathContext WIDE = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal WIDE_ULP = new BigDecimal("1E-59");
    private static final long EXACT_TRIALS = 4_096;
    private static final long EXACT_BITS = 1 << 16;

    private Binomial() {
    }

    /** A question the exact search cannot answer within its limits, with the reason. */
    static final class BeyondLimit extends Exception {

        private static final long serialVersionUID = 1L;

        BeyondLimit(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A monotone test on whole numbers: false up to some point, true from it on. */
    @FunctionalInterface
    interface Test {
        boolean holds(long x) throws BeyondLimit;
    }

    /**
     * Returns the sign of P(X &ge; k) − level for X ~ Binomial(n, p), with 0 &le; p &le; 1 and
     * 0 &lt; level &lt; 1.
     */
    static int compareAtLeast(long k, long n, Fraction p, Fraction level) throws BeyondLimit {
        if (k <= 0 || k <= n && p.equals(Fraction.ONE)) {
            return Fraction.ONE.compareTo(level);
        }
        if (k > n || p.signum() == 0) {
            return Fraction.ZERO.compareTo(level);
        }
        // P(X >= k) is the lower tail of the failures, P(n - X <= n - k): sum whichever side is shorter.
        long lowerTerms = k;
        long upperTerms = n - k + 1;
        if (Math.min(lowerTerms, upperTerms) > TERM_LIMIT) {
            throw new BeyondLimit("the chance of " + k + " successes in " + n + " trials needs more than "
                    + TERM_LIMIT + " terms of the binomial tail");
        }
        Fraction q = Fraction.ONE.minus(p);
        if (upperTerms < lowerTerms) {
            return compareLowerTail(upperTerms, n, q, p, level);
        }
        return -compareLowerTail(lowerTerms, n, p, q, Fraction.ONE.minus(level));
    }

    /**
     * Returns the least n with P(X &ge; k) &ge; level for X ~ Binomial(n, p), with 0 &lt; p &le; 1.
     */
    static long trialsFor(long k, Fraction p, Fraction level) throws BeyondLimit {
        if (k <= 0) {
            return 0;
        }
        if (p.equals(Fraction.ONE)) {
            return k;
        }
        if (k > TERM_LIMIT) {
            throw new BeyondLimit("the exact search covers up to " + TERM_LIMIT + " wins: " + k + " are needed");
        }
        double pd = p.toDouble();
        double z = inverseNormal(level.toDouble());
        // Solve n p - z sqrt(n p q) = k for sqrt(n): a first guess, which the search corrects.
        double b = -z * Math.sqrt(pd * (1 - pd));
        double root = (-b + Math.sqrt(b * b + 4 * pd * (k - 0.5))) / (2 * pd);
        long guess = Math.max(k, clamp(root * root));
        long step = Math.max(1, clamp(Math.sqrt(guess) / 4));
        return least(k - 1, Long.MAX_VALUE, false, guess, step,
                n -> compareAtLeast(k, n, p, level) >= 0, "new opportunities");
    }

    /**
     * Returns the least j with P(X &le; j) &ge; q for X ~ Binomial(n, p): the q-quantile of the
     * successes, with 0 &lt; q &lt; 1.
     */
    static long quantile(Fraction q, long n, Fraction p) throws BeyondLimit {
        if (n == 0 || p.signum() == 0) {
            return 0;
        }
        if (p.equals(Fraction.ONE)) {
            return n;
        }
        Fraction miss = Fraction.ONE.minus(q);
        double pd = p.toDouble();
        double mean = n * pd;
        double sd = Math.sqrt(mean * (1 - pd));
        long guess = Math.min(n, clamp(mean + inverseNormal(q.toDouble()) * sd));
        long step = Math.max(1, clamp(sd / 4));
        // P(X <= j) >= q exactly when P(X >= j + 1) <= 1 - q.
        return least(-1, n, true, guess, step, j -> compareAtLeast(j + 1, n, p, miss) <= 0, "successes");
    }

    /**
     * Finds the least x above {@code low} for which a monotone test holds, starting near a guess and
     * widening by doubling steps before bisecting. {@code high} is where the test holds, when known.
     */
    static long least(long low, long high, boolean highKnown, long guess, long firstStep, Test test,
            String what) throws BeyondLimit {
        long probe = Math.max(low + 1, highKnown ? Math.min(guess, high) : guess);
        long step = firstStep;
        if (test.holds(probe)) {
            high = probe;
            highKnown = true;
            while (high - step > low && test.holds(high - step)) {
                high -= step;
                step = step > Long.MAX_VALUE / 2 ? step : step * 2;
            }
            low = Math.max(low, high - step);
        } else {
            low = probe;
            while (true) {
                long next = low > Long.MAX_VALUE - step ? Long.MAX_VALUE : low + step;
                if (highKnown && next >= high) {
                    break;
                }
                if (next == low) {
                    throw new BeyondLimit("more " + what + " than can be counted (" + Long.MAX_VALUE
                            + ") would be needed");
                }
                if (test.holds(next)) {
                    high = next;
                    highKnown = true;
                    break;
                }
                low = next;
                step = step > Long.MAX_VALUE / 2 ? step : step * 2;
            }
        }
        while (high - 1 > low) {
            long mid = low + ((high - low) >>> 1);
            if (test.holds(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /**
     * Returns the sign of S − t, where S = Σ_{i &lt; m} C(n, i) a^i b^(n−i), the chance of fewer
     * than m successes at success chance a = 1 − b, 0 &lt; a &lt; 1.
     */
    private static int compareLowerTail(long m, long n, Fraction a, Fraction b, Fraction t) throws BeyondLimit {
        int sign = inDoubles(m, n, a, b, t);
        if (sign != 0) {
            return sign;
        }
        sign = inDecimals(m, n, a, b, t);
        if (sign != 0) {
            return sign;
        }
        if (n <= EXACT_TRIALS && a.denominator().bitLength() * n <= EXACT_BITS) {
            return inIntegers(m, n, a, t);
        }
        throw new BeyondLimit("the chance at " + n + " trials lies within 1E-40 of the level and cannot "
                + "be told apart from it within the exact search's limits");
    }

    /**
     * Sums the tail in doubles, in log space with rescaling so that nothing underflows, and returns
     * the sign of S − t when the error bound allows, else 0.
     *
     * <p>Each term is the one before times (n − i + 1) / i × a / b: four roundings a step, and the
     * powers of a and b carry the rounding of a and b themselves, which is where n enters. The bound
     * below adds these up with room to spare; it is in log units, a relative error of S.
     */
    private static int inDoubles(long m, long n, Fraction a, Fraction b, Fraction t) {
        double ad = a.toDouble();
        double bd = b.toDouble();
        double td = t.toDouble();
        if (!(ad >= Double.MIN_NORMAL && bd >= Double.MIN_NORMAL && td >= Double.MIN_NORMAL)) {
            return 0;
        }
        double logStart = ad < 0.5 ? n * Math.log1p(-ad) : n * Math.log(bd);
        double odds = ad / bd;
        double term = 1;
        double sum = 1;
        long rescales = 0;
        for (long i = 1; i < m; i++) {
            term *= (double) (n - i + 1) * odds / i;
            sum += term;
            if (sum > RESCALE) {
                sum *= UNSCALE;
                term *= UNSCALE;
                rescales++;
            }
        }
        if (!Double.isFinite(sum) || !Double.isFinite(term)) {
            return 0;
        }
        double logSum = Math.log(sum);
        double shift = rescales * LOG_RESCALE;
        double logS = logSum + shift + logStart;
        double logT = Math.log(td);
        double steps = (double) m;
        double sensitivity = 3 * steps + n * Math.min(1, 2 * ad);
        double error = 2 * ((8 * steps + 32) * U + 2 * U * sensitivity
                + 4 * U * (Math.abs(logStart) + Math.abs(logSum) + Math.abs(shift) + Math.abs(logT) + 1))
                + steps * 1e-300;
        double difference = logS - logT;
        if (!Double.isFinite(difference) || Math.abs(difference) <= error) {
            return 0;
        }
        return difference > 0 ? 1 : -1;
    }

    /** Sums the tail in 60-digit decimals and returns the sign of S − t when the bound allows, else 0. */
    private static int inDecimals(long m, long n, Fraction a, Fraction b, Fraction t) throws BeyondLimit {
        try {
            BigDecimal ab = a.round(WIDE);
            BigDecimal bb = b.round(WIDE);
            BigDecimal odds = ab.divide(bb, WIDE);
            BigDecimal term = power(bb, n);
            BigDecimal sum = term;
            for (long i = 1; i < m; i++) {
                term = term.multiply(BigDecimal.valueOf(n - i + 1), WIDE)
                        .divide(BigDecimal.valueOf(i), WIDE).multiply(odds, WIDE);
                sum = sum.add(term, WIDE);
            }
            // Relative error: a few roundings a step and in the power, and n times the rounding of a and b.
            BigDecimal relative = WIDE_ULP.multiply(BigDecimal.valueOf(m).multiply(BigDecimal.valueOf(20))
                    .add(BigDecimal.valueOf(8L * Long.SIZE + 64))
                    .add(BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(4))));
            BigDecimal low = sum.subtract(sum.multiply(relative));
            BigDecimal high = sum.add(sum.multiply(relative));
            if (Fraction.of(low).compareTo(t) > 0) {
                return 1;
            }
            if (Fraction.of(high).compareTo(t) < 0) {
                return -1;
            }
            return 0;
        } catch (ArithmeticException outOfRange) {
            throw new BeyondLimit("the chance at " + n + " trials is too small to be written as a decimal");
        }
    }

    /** x^n by repeated squaring in 60 digits. */
    private static BigDecimal power(BigDecimal x, long n) {
        BigDecimal result = BigDecimal.ONE;
        BigDecimal square = x;
        for (long e = n; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result.multiply(square, WIDE);
            }
            if (e > 1) {
                square = square.multiply(square, WIDE);
            }
        }
        return result;
    }

    /** Sums the tail in exact integers over the common denominator and compares it with t. */
    private static int inIntegers(long m, long n, Fraction a, Fraction t) {
        BigInteger d = a.denominator();
        BigInteger s = a.numerator();
        BigInteger f = d.subtract(s);
        int trials = Math.toIntExact(n);
        BigInteger sum = BigInteger.ZERO;
        BigInteger choose = BigInteger.ONE;
        BigInteger powerOfS = BigInteger.ONE;
        BigInteger powerOfF = f.pow(trials);
        for (int i = 0; i < m; i++) {
            if (i > 0) {
                choose = choose.multiply(BigInteger.valueOf(trials - i + 1)).divide(BigInteger.valueOf(i));
                powerOfS = powerOfS.multiply(s);
                powerOfF = powerOfF.divide(f);
            }
            sum = sum.add(choose.multiply(powerOfS).multiply(powerOfF));
        }
        return sum.multiply(t.denominator()).compareTo(t.numerator().multiply(d.pow(trials)));
    }

    private static long clamp(double x) {
        if (!(x > 0)) {
            return 0;
        }
        return x >= 0x1.0p62 ? 1L << 62 : (long) x;
    }

    /** The standard normal quantile, by bisection on the distribution function; for guesses only. */
    static double inverseNormal(double q) {
        double low = -40;
        double high = 40;
        for (int i = 0; i < 80; i++) {
            double mid = (low + high) / 2;
            if (normalCdf(mid) < q) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    /** The standard normal distribution function, from the complementary error function. */
    static double normalCdf(double z) {
        return 0.5 * erfc(-z / Math.sqrt(2));
    }

    /** The complementary error function, to about 1e-7 relative (Numerical Recipes' erfcc). */
    private static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196
                + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398
                + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
