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
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double logTerm = n * logQ;
        double max = logTerm;
        double sum = 1;
        for (long i = 1; i < k; i++) {
            logTerm += Math.log((double) (n - i + 1) / i) + logP - logQ;
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
        long high = Math.max(k, (long) Math.ceil(k / p));
        while (cdfBelow(k, high, p) > miss) {
            low = high;
            high = Math.addExact(high, Math.max(1, high / 4));
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
