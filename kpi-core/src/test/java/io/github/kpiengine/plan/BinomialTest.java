package io.github.kpiengine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class BinomialTest {

    @Property(tries = 500)
    void cdfBelow_agreesWithCommonsStatistics(@ForAll @IntRange(min = 1, max = 5_000) int n,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(4) double p, @ForAll @IntRange(min = 1, max = 5_000) int k) {
        double expected = k > n ? 1 : BinomialDistribution.of(n, p).cumulativeProbability(k - 1);

        assertThat(Binomial.cdfBelow(k, n, p)).isCloseTo(expected, within(1e-9));
    }

    @Property(tries = 300)
    void trialsFor_isTheLeastNumberOfTrialsWithTheWantedChance(@ForAll @IntRange(min = 1, max = 300) int k,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double p,
            @ForAll @DoubleRange(min = 0.05, max = 0.995) @Scale(4) double confidence) {
        long n = Binomial.trialsFor(k, p, confidence);

        assertThat(BinomialDistribution.of((int) n, p).survivalProbability(k - 1))
                .isGreaterThanOrEqualTo(confidence - 1e-12);
        if (n > k) {
            assertThat(BinomialDistribution.of((int) n - 1, p).survivalProbability(k - 1)).isLessThan(confidence);
        }
    }

    @Property(tries = 300)
    void quantile_agreesWithCommonsStatistics(@ForAll @IntRange(min = 1, max = 5_000) int n,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(4) double p,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double q) {
        long expected = BinomialDistribution.of(n, p).inverseCumulativeProbability(q);

        assertThat(Binomial.quantile(q, n, p)).isBetween(expected - 1, expected + 1);
    }

    @Test
    void trialsFor_certainWin_isTheWinsThemselves() {
        assertThat(Binomial.trialsFor(40, 1.0, 0.9)).isEqualTo(40);
        assertThat(Binomial.trialsFor(0, 0.3, 0.9)).isZero();
    }

    @Test
    void cdfBelow_manySuccesses_usesTheNormalApproximationClosely() {
        double expected = BinomialDistribution.of(1_000_000, 0.3).cumulativeProbability(299_999);

        assertThat(Binomial.cdfBelow(300_000, 1_000_000, 0.3)).isCloseTo(expected, within(1e-3));
    }
}
