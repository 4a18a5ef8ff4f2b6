package io.github.kpiengine.review;

/**
 * The wins of independent opportunities in groups, each group with its own chance: a sum of
 * binomials (a Poisson binomial). Exact up to {@value #EXACT_TRIALS} opportunities, by a dynamic
 * programme over the trials; above, by the normal approximation with a continuity correction.
 */
final class WinDistribution {

    /** Up to this many opportunities the distribution is computed exactly. */
    static final int EXACT_TRIALS = 1000;

    /** The standard normal's 90th percentile: the 10th is its negative. */
    private static final double Z90 = 1.2815515655446004;
    /** Guards the cumulative sums against the rounding of doubles. */
    private static final double EPSILON = 1e-12;

    private final long trials;
    private final double[] pmf;
    private final double mean;
    private final double sd;

    private WinDistribution(long trials, double[] pmf, double mean, double sd) {
        this.trials = trials;
        this.pmf = pmf;
        this.mean = mean;
        this.sd = sd;
    }

    /**
     * Returns the distribution of the wins of {@code counts[g]} opportunities winning with chance
     * {@code chances[g]} each.
     */
    static WinDistribution of(long[] counts, double[] chances) {
        long trials = 0;
        double mean = 0;
        double variance = 0;
        for (int g = 0; g < counts.length; g++) {
            trials = Math.addExact(trials, counts[g]);
            mean += counts[g] * chances[g];
            variance += counts[g] * chances[g] * (1 - chances[g]);
        }
        if (trials > EXACT_TRIALS) {
            return new WinDistribution(trials, null, mean, Math.sqrt(variance));
        }
        double[] pmf = new double[(int) trials + 1];
        pmf[0] = 1;
        int done = 0;
        for (int g = 0; g < counts.length; g++) {
            double p = chances[g];
            for (long t = 0; t < counts[g]; t++) {
                for (int k = done; k >= 0; k--) {
                    double stay = pmf[k] * (1 - p);
                    pmf[k + 1] += pmf[k] * p;
                    pmf[k] = stay;
                }
                done++;
            }
        }
        return new WinDistribution(trials, pmf, mean, Math.sqrt(variance));
    }

    /** The least number of wins whose cumulative probability reaches {@code q}: 0.1, 0.5 or 0.9. */
    long quantile(double q) {
        if (pmf == null) {
            double z = q == 0.5 ? 0 : q < 0.5 ? -Z90 : Z90;
            long wins = (long) Math.ceil(mean + z * sd - 0.5);
            return Math.max(0, Math.min(trials, wins));
        }
        double cumulative = 0;
        for (int k = 0; k < pmf.length; k++) {
            cumulative += pmf[k];
            if (cumulative >= q - EPSILON) {
                return k;
            }
        }
        return trials;
    }
}
