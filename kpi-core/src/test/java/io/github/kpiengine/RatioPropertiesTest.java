package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RatioPropertiesTest {

    @Provide
    Arbitrary<Ratio> countedRatios() {
        return KpiArbitraries.countedRatios();
    }

    @Provide
    Arbitrary<Ratio> decimalRatios() {
        return KpiArbitraries.decimalRatios();
    }

    @Provide
    Arbitrary<Ratio> undefinedRatios() {
        return KpiArbitraries.undefinedRatios();
    }

    @Provide
    Arbitrary<Ratio> positiveRatios() {
        return KpiArbitraries.positiveRatios();
    }

    @Provide
    Arbitrary<Ratio[]> orderedPairs() {
        return KpiArbitraries.orderedPositiveRatioPairs();
    }

    @Provide
    Arbitrary<Long> outCounts() {
        return KpiArbitraries.outCounts();
    }

    /**
     * Any numerator over a denominator of the form 2^a × 5^b × c (c = 1, 3, 7 or a large prime), a
     * power of ten or any long: the values at and around every boundary of the terminating fast path.
     */
    @Provide
    Arbitrary<long[]> fractions() {
        Arbitrary<Long> smooth = Combinators.combine(Arbitraries.integers().between(0, 62),
                Arbitraries.integers().between(0, 27), Arbitraries.of(1L, 3L, 7L, 1_000_003L)).as((a, b, c) -> {
                    BigInteger d = BigInteger.TWO.pow(a).multiply(BigInteger.valueOf(5).pow(b)).multiply(BigInteger.valueOf(c));
                    return d.bitLength() < 63 ? d.longValue() : Long.MAX_VALUE;
                });
        Arbitrary<Long> denominators = Arbitraries.oneOf(smooth, Arbitraries.longs().between(1, Long.MAX_VALUE),
                Arbitraries.integers().between(0, 18).map(k -> BigInteger.TEN.pow(k).longValueExact()));
        return denominators.flatMap(d -> Arbitraries.oneOf(Arbitraries.longs().between(0, d),
                Arbitraries.of(0L, 1L, d, d - 1, d / 2, d / 3)).map(n -> new long[] {n, d}));
    }

    @Property
    void value_isTheDivisionTo34Digits_valueAndScale(@ForAll("fractions") long[] fraction) {
        Ratio ratio = Ratio.of(fraction[0], fraction[1]);

        BigDecimal divided = BigDecimal.valueOf(fraction[0]).divide(BigDecimal.valueOf(fraction[1]), MathContext.DECIMAL128);
        assertThat(ratio.value()).as("%d/%d", fraction[0], fraction[1]).isEqualTo(divided);
        assertThat(ratio.value().scale()).isEqualTo(divided.scale());
    }

    @Property
    void parse_ofToStringOfCounted_isTheSameRatio(@ForAll("countedRatios") Ratio ratio) {
        assertThat(Ratio.parse(ratio.toString())).isEqualTo(ratio);
    }

    @Property
    void parse_ofToStringOfDecimal_isTheSameRatio(@ForAll("decimalRatios") Ratio ratio) {
        assertThat(Ratio.parse(ratio.toString())).isEqualTo(ratio);
    }

    @Property
    void parse_ofToStringOfUndefined_isTheSameRatio(@ForAll("undefinedRatios") Ratio ratio) {
        assertThat(Ratio.parse(ratio.toString())).isEqualTo(ratio);
    }

    @Property
    void requiredFor_anyPositiveRatio_meetsTargetAndIsMinimal(
            @ForAll("positiveRatios") Ratio ratio, @ForAll("outCounts") long out) {
        long n = ratio.requiredFor(out);

        assertThat(meets(n, ratio, out)).as("%d through %s yields %d", n, ratio, out).isTrue();
        if (n > 0) {
            assertThat(meets(n - 1, ratio, out)).as("%d through %s yields %d", n - 1, ratio, out).isFalse();
        } else {
            assertThat(out).isZero();
        }
    }

    @Property
    void requiredFor_betterRatio_neverNeedsMore(
            @ForAll("orderedPairs") Ratio[] pair, @ForAll("outCounts") long out) {
        Ratio worse = pair[0];
        Ratio better = pair[1];

        assertThat(better.requiredFor(out)).isLessThanOrEqualTo(worse.requiredFor(out));
    }

    private static boolean meets(long in, Ratio ratio, long out) {
        BigInteger produced = BigInteger.valueOf(in).multiply(BigInteger.valueOf(ratio.numerator()));
        BigInteger wanted = BigInteger.valueOf(out).multiply(BigInteger.valueOf(ratio.denominator()));
        return produced.compareTo(wanted) >= 0;
    }
}
