package io.github.kpiengine.plan;

/**
 * Binomial tail probabilities and quantiles for the confidence plan and the forward projection.
 *
 * <p>Probabilities are computed in log space, term by term, so that neither a large number of
 * trials nor a tiny probability underflows. Above {@link #EXACT_LIMIT} successes the normal
 * approximation with a continuity correction is used instead, which is then accurate far beyond the
 * precision a plan needs.
 */
final class Binomial {

    /** The largest number of successes summed term by term. */
    static final long EXACT_LIMIT = 100_000;

    private Binomial() {
    }

    /**
     * Returns P(X &lt; k) for X ~ Binomial(n, p): the chance of fewer than {@code k} successes.
     */
    static double cdfBelow(long k, long n, double p) {
        if (k <= 0) {
            return 0;
        }
        if (k > n) {
            return 1;
        }
        if (p <= 0) {
            return 1;
        }
        if (p >= 1) {
            return 0;
        }
        if (k > EXACT_LIMIT) {
            double mean = n * p;
            double sd = Math.sqrt(n * p * (1 - p));
            return normalCdf((k - 0.5 - mean) / sd);
        }
        double logQ = Math.log1p(-p);
        double odds = p / (1 - p);
        if (n * logQ > -600) {
            // P(X = 0) = q^n is a normal double here, so the terms can be summed as they are:
            // P(X = i) = P(X = i - 1) × (n - i + 1) / i × p / q.
            double term = Math.exp(n * logQ);
            double sum = term;
            for (long i = 1; i < k; i++) {
                term *= (n - i + 1) * odds / i;
                sum += term;
            }
            return Math.min(1, sum);
        }
        double logOdds = Math.log(odds);
        double logTerm = n * logQ;
        double max = logTerm;
        double sum = 1;
        for (long i = 1; i < k; i++) {
            logTerm += Math.log((double) (n - i + 1) / i) + logOdds;
            if (logTerm > max) {
                sum = sum * Math.exp(max - logTerm) + 1;
                max = logTerm;
            } else {
                sum += Math.exp(logTerm - max);
            }
        }
        return Math.min(1, Math.exp(max + Math.log(sum)));
    }

    /**
     * Returns the least number of trials n such that P(X &ge; k) &ge; confidence for
     * X ~ Binomial(n, p), with 0 &lt; p &le; 1 and 0 &lt; confidence &lt; 1.
     */
    static long trialsFor(long k, double p, double confidence) {
        if (k <= 0) {
            return 0;
        }
        if (p >= 1) {
            return k;
        }
        double miss = 1 - confidence;
        long low = k - 1;
        // Start from the normal approximation's answer and widen until it brackets the least n.
        long guess = Math.max(k, normalGuess(k, p, confidence));
        long step = Math.max(2, (long) Math.sqrt(guess));
        long high = guess;
        while (cdfBelow(k, high, p) > miss) {
            low = high;
            high = Math.addExact(high, step);
            step = Math.multiplyExact(step, 2);
        }
        long floor = Math.max(low, high - step);
        if (floor > low && cdfBelow(k, floor, p) > miss) {
            low = floor;
        }
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (cdfBelow(k, mid, p) > miss) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    /**
     * Returns the least k such that P(X &le; k) &ge; q for X ~ Binomial(n, p): the q-quantile of
     * the number of successes.
     */
    static long quantile(double q, long n, double p) {
        if (p <= 0 || n == 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        long low = -1;
        long high = n;
        while (high - low > 1) {
            long mid = low + (high - low) / 2;
            if (cdfBelow(mid + 1, n, p) >= q) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /** The n at which k successes have the given chance under the normal approximation. */
    private static long normalGuess(long k, double p, double confidence) {
        double z = inverseNormal(confidence);
        // Solve n p - z sqrt(n p q) = k for sqrt(n).
        double a = p;
        double b = -z * Math.sqrt(p * (1 - p));
        double root = (-b + Math.sqrt(b * b + 4 * a * (k - 0.5))) / (2 * a);
        return (long) Math.floor(root * root);
    }

    /** The standard normal quantile, by bisection on {@link #normalCdf(double)}. */
    private static double inverseNormal(double q) {
        double low = -10;
        double high = 10;
        for (int i = 0; i < 60; i++) {
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
