package io.github.kpiengine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class BinomialTest {

    private static final Fraction HALF = Fraction.of(1, 2);

    /** P(X >= k) for X ~ Binomial(n, a/b), exactly, as a numerator over b^n: written for this test. */
    private static BigInteger[] atLeastExactly(long k, long n, long a, long b) {
        BigInteger sum = BigInteger.ZERO;
        BigInteger choose = BigInteger.ONE;
        for (int i = 0; i <= n; i++) {
            if (i > 0) {
                choose = choose.multiply(BigInteger.valueOf(n - i + 1)).divide(BigInteger.valueOf(i));
            }
            if (i >= k) {
                sum = sum.add(choose.multiply(BigInteger.valueOf(a).pow(i))
                        .multiply(BigInteger.valueOf(b - a).pow((int) n - i)));
            }
        }
        return new BigInteger[] {sum, BigInteger.valueOf(b).pow((int) n)};
    }

    private static int compareExactly(long k, long n, long a, long b, long c, long e) {
        BigInteger[] p = atLeastExactly(k, n, a, b);
        return p[0].multiply(BigInteger.valueOf(e)).compareTo(BigInteger.valueOf(c).multiply(p[1]));
    }

    @Property
    void compareAtLeast_agreesWithExactIntegers_tiesIncluded(@ForAll @IntRange(min = 0, max = 40) int k,
            @ForAll @IntRange(min = 0, max = 40) int n, @ForAll @IntRange(min = 1, max = 16) int b,
            @ForAll @IntRange(min = 0, max = 16) int a, @ForAll @IntRange(min = 1, max = 16) int e,
            @ForAll @IntRange(min = 1, max = 15) int c) throws Binomial.BeyondLimit {
        long successes = Math.min(a, b);
        long level = Math.min(c, e - 1);
        if (level < 1) {
            return;
        }
        int expected = Integer.signum(compareExactly(k, n, successes, b, level, e));

        assertThat(Binomial.compareAtLeast(k, n, Fraction.of(successes, b), Fraction.of(level, e)))
                .isEqualTo(expected);
    }

    @Property
    void trialsFor_isTheLeastNumberOfTrials_checkedInExactIntegers(@ForAll @IntRange(min = 1, max = 25) int k,
            @ForAll @IntRange(min = 2, max = 10) int b, @ForAll @IntRange(min = 1, max = 9) int a,
            @ForAll @IntRange(min = 2, max = 16) int e, @ForAll @IntRange(min = 1, max = 15) int c)
            throws Binomial.BeyondLimit {
        long successes = Math.min(a, b - 1);
        long level = Math.min(c, e - 1);

        long n = Binomial.trialsFor(k, Fraction.of(successes, b), Fraction.of(level, e));

        assertThat(compareExactly(k, n, successes, b, level, e)).isGreaterThanOrEqualTo(0);
        assertThat(compareExactly(k, n - 1, successes, b, level, e)).isLessThan(0);
    }

    @Property
    void trialsFor_largerSizes_agreesWithCommonsStatistics(@ForAll @IntRange(min = 1, max = 5_000) int k,
            @ForAll @DoubleRange(min = 0.01, max = 0.99) @Scale(4) double p,
            @ForAll @DoubleRange(min = 0.05, max = 0.995) @Scale(4) double confidence) throws Binomial.BeyondLimit {
        long n = Binomial.trialsFor(k, Fraction.of(java.math.BigDecimal.valueOf(p)),
                Fraction.of(java.math.BigDecimal.valueOf(confidence)));

        assertThat(BinomialDistribution.of((int) n, p).survivalProbability(k - 1))
                .isGreaterThanOrEqualTo(confidence - 1e-12);
        if (n > k) {
            assertThat(BinomialDistribution.of((int) n - 1, p).survivalProbability(k - 1))
                    .isLessThan(confidence + 1e-12);
        }
    }

    @Property
    void quantile_isTheLeastSuccessesWithTheWantedChance_checkedInExactIntegers(
            @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 2, max = 10) int b,
            @ForAll @IntRange(min = 1, max = 9) int a, @ForAll @IntRange(min = 1, max = 9) int tenths)
            throws Binomial.BeyondLimit {
        long successes = Math.min(a, b - 1);

        long j = Binomial.quantile(Fraction.of(tenths, 10), n, Fraction.of(successes, b));

        // P(X <= j) >= q exactly when P(X >= j + 1) <= 1 - q.
        assertThat(compareExactly(j + 1, n, successes, b, 10 - tenths, 10)).isLessThanOrEqualTo(0);
        if (j > 0) {
            assertThat(compareExactly(j, n, successes, b, 10 - tenths, 10)).isGreaterThan(0);
        }
    }

    @Property
    void quantile_hugeTrialsAtATinyChance_isCountedExactly(@ForAll @LongRange(min = 1, max = 1_000) long mean)
            throws Binomial.BeyondLimit {
        long n = Long.MAX_VALUE;
        Fraction p = Fraction.of(BigInteger.valueOf(mean), BigInteger.valueOf(n));

        long median = Binomial.quantile(HALF, n, p);

        assertThat(median).isBetween(mean - 1, mean);
    }

    @Test
    void compareAtLeast_exactTie_isZero() throws Binomial.BeyondLimit {
        // Two fair coins: P(at least one head) = 3/4 exactly.
        assertThat(Binomial.compareAtLeast(1, 2, HALF, Fraction.of(3, 4))).isZero();
        assertThat(Binomial.trialsFor(1, HALF, Fraction.of(3, 4))).isEqualTo(2);
    }

    @Test
    void trialsFor_certainWinOrNothingNeeded_isTheWinsThemselves() throws Binomial.BeyondLimit {
        assertThat(Binomial.trialsFor(40, Fraction.ONE, Fraction.of(9, 10))).isEqualTo(40);
        assertThat(Binomial.trialsFor(0, Fraction.of(3, 10), Fraction.of(9, 10))).isZero();
    }

    @Test
    void trialsFor_aHundredAndFiftyThousandWinsAtNinetyNinePercent_isTheLeastCount() throws Binomial.BeyondLimit {
        Fraction ninetyNine = Fraction.of(99, 100);

        assertThat(Binomial.trialsFor(150_000, ninetyNine, ninetyNine)).isEqualTo(151_607);
    }

    @Test
    void trialsFor_beyondTheLimits_saysWhy() {
        assertThatThrownBy(() -> Binomial.trialsFor(1_000_001, HALF, HALF))
                .isInstanceOf(Binomial.BeyondLimit.class)
                .hasMessage("the exact search covers up to 1000000 wins: 1000001 are needed");
        Fraction tiny = Fraction.of(BigInteger.ONE, BigInteger.TEN.pow(30));
        assertThatThrownBy(() -> Binomial.trialsFor(1, tiny, HALF))
                .isInstanceOf(Binomial.BeyondLimit.class)
                .hasMessage("more new opportunities than can be counted (9223372036854775807) would be needed");
    }

    @Test
    void quantile_tooManyTerms_saysWhy() {
        assertThatThrownBy(() -> Binomial.quantile(HALF, Long.MAX_VALUE, HALF))
                .isInstanceOf(Binomial.BeyondLimit.class)
                .hasMessageContaining("needs more than 1000000 terms of the binomial tail");
    }
}
