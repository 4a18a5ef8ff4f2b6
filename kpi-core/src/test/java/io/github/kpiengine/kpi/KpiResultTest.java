package io.github.kpiengine.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class KpiResultTest {

    private static final BigDecimal THIRTEEN = BigDecimal.valueOf(13);
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    @Test
    void ratio_positiveDenominator_keepsPartsAndExactValue() {
        KpiResult result = KpiResult.ratio(THIRTEEN, TWENTY, KpiUnit.PERCENT, 20, "none");

        assertThat(result).isEqualTo(new KpiResult.Defined(new BigDecimal("0.6500000000"), KpiUnit.PERCENT,
                THIRTEEN, TWENTY, 20));
        assertThat(result.isDefined()).isTrue();
        assertThat(((KpiResult.Defined) result).isRatio()).isTrue();
    }

    @Test
    void ratio_zeroDenominator_isUndefinedWithReason() {
        KpiResult result = KpiResult.ratio(BigDecimal.ZERO, BigDecimal.ZERO, KpiUnit.PERCENT, 0,
                "no proposals in the period");

        assertThat(result).isEqualTo(new KpiResult.Undefined("no proposals in the period", 0));
        assertThat(result.isDefined()).isFalse();
    }

    @Test
    void ratio_oneThird_roundsHalfEvenToScale() {
        KpiResult result = KpiResult.ratio(BigDecimal.ONE, BigDecimal.valueOf(3), KpiUnit.DAYS, 3, "none");

        assertThat(((KpiResult.Defined) result).value()).isEqualTo(new BigDecimal("0.3333333333"));
    }

    @Test
    void of_count_hasNoParts() {
        KpiResult.Defined result = (KpiResult.Defined) KpiResult.of(BigDecimal.TEN, KpiUnit.COUNT, 10);

        assertThat(result.isRatio()).isFalse();
        assertThat(result.numerator()).isNull();
        assertThat(result.denominator()).isNull();
    }

    @Test
    void defined_onlyNumerator_throws() {
        assertThatThrownBy(() -> new KpiResult.Defined(BigDecimal.ONE, KpiUnit.COUNT, BigDecimal.ONE, null, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numerator and denominator must be both given or both absent: 1/null");
    }

    @Test
    void defined_zeroDenominator_throws() {
        assertThatThrownBy(() -> new KpiResult.Defined(BigDecimal.ONE, KpiUnit.PERCENT, BigDecimal.ONE,
                BigDecimal.ZERO, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("denominator must not be zero: 0");
    }

    @Test
    void defined_negativeSample_throws() {
        assertThatThrownBy(() -> KpiResult.of(BigDecimal.ONE, KpiUnit.COUNT, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sampleSize must not be negative: -1");
    }

    @Test
    void undefined_blankReason_throws() {
        assertThatThrownBy(() -> KpiResult.undefined(" ", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason must not be blank: \" \"");
    }
}
