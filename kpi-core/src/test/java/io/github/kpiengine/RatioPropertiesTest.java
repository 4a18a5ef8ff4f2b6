package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import net.jqwik.api.Arbitrary;
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
