package io.github.kpiengine.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiResultTest {

    private static final BigDecimal THIRTEEN = BigDecimal.valueOf(13);
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void ratio_positiveDenominator_keepsPartsAndExactValue() {
        KpiResult result = KpiResult.ratio(THIRTEEN, TWENTY, KpiUnit.PERCENT, 20, "none");

        assertThat(result).isEqualTo(new KpiResult.Defined(new BigDecimal("0.65"), KpiUnit.PERCENT,
                Optional.of(THIRTEEN), Optional.of(TWENTY), Optional.empty(), 20));
        assertThat(result.isDefined()).isTrue();
        assertThat(result.value()).contains(new BigDecimal("0.65"));
        assertThat(result.undefinedReason()).isEmpty();
        assertThat(((KpiResult.Defined) result).isRatio()).isTrue();
    }

    @Test
    void ratio_zeroDenominator_isUndefinedWithReason() {
        KpiResult result = KpiResult.ratio(BigDecimal.ZERO, BigDecimal.ZERO, KpiUnit.PERCENT, 0,
                "no proposals in the period");

        assertThat(result).isEqualTo(new KpiResult.Undefined("no proposals in the period", KpiUnit.PERCENT, 0));
        assertThat(result.isDefined()).isFalse();
        assertThat(result.value()).isEmpty();
        assertThat(result.undefinedReason()).contains("no proposals in the period");
    }

    @Test
    void ratio_oneThird_roundsHalfEvenToScale() {
        KpiResult result = KpiResult.ratio(BigDecimal.ONE, BigDecimal.valueOf(3), KpiUnit.DAYS, 3, "none");

        assertThat(result.value()).contains(new BigDecimal("0.3333333333"));
    }

    @Test
    void values_areHeldAtTheirFewestDigits_soEqualFiguresAreEqual() {
        KpiResult fiveHundred = KpiResult.of(new BigDecimal("5E+2"), KpiUnit.COUNT, 1);
        KpiResult half = KpiResult.ratio(new BigDecimal("1.00"), new BigDecimal("2.0"), KpiUnit.PERCENT, 2, "none");

        assertThat(fiveHundred.value().orElseThrow().toString()).isEqualTo("500");
        assertThat(fiveHundred).isEqualTo(KpiResult.of(new BigDecimal("500.000"), KpiUnit.COUNT, 1));
        assertThat(half.value().orElseThrow().toString()).isEqualTo("0.5");
        assertThat(((KpiResult.Defined) half).numerator()).contains(BigDecimal.ONE);
        assertThat(half).isEqualTo(KpiResult.ratio(BigDecimal.ONE, BigDecimal.valueOf(2), KpiUnit.PERCENT, 2, "none"));
    }

    @Test
    void toRatio_wholeParts_isCountedAndKeepsBothCounts() {
        Ratio ratio = KpiResult.ratio(THIRTEEN, TWENTY, KpiUnit.PERCENT, 20, "none").toRatio();

        assertThat(ratio.isCounted()).isTrue();
        assertThat(ratio.numerator()).isEqualTo(13);
        assertThat(ratio.denominator()).isEqualTo(20);
    }

    @Test
    void toRatio_decimalOrUndefined_isDecimalOrUndefinedWithTheReason() {
        KpiResult decimal = KpiResult.of(new BigDecimal("0.25"), KpiUnit.PERCENT, 4);
        KpiResult undefined = KpiResult.undefined("no deals closed in the period", KpiUnit.PERCENT, 0);

        assertThat(decimal.toRatio()).isEqualTo(Ratio.of(new BigDecimal("0.25")));
        assertThat(undefined.toRatio().undefinedReason()).contains("no deals closed in the period");
    }

    @Test
    void toRatio_notAPercentageOrOutsideZeroToOne_throws() {
        assertThatThrownBy(() -> KpiResult.of(BigDecimal.TEN, KpiUnit.COUNT, 10).toRatio())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("unit must be PERCENT to read a figure as a ratio: COUNT");
        assertThatThrownBy(() -> KpiResult.ratio(BigDecimal.valueOf(3), BigDecimal.valueOf(2), KpiUnit.PERCENT, 2,
                "none").toRatio())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("value must lie in [0, 1] to read as a ratio: 1.5");
    }

    @Test
    void toMoney_moneyWithItsCurrency_isRoundedToTheCurrencysDigits() {
        KpiResult perSale = KpiResult.ratio(new BigDecimal("100.00"), BigDecimal.valueOf(3), KpiUnit.MONEY, 3, "none")
                .in(KpiUnit.MONEY, Optional.of(EUR));

        assertThat(perSale.toMoney()).contains(Money.parse("EUR 33.33"));
        assertThat(((KpiResult.Defined) perSale).currency()).contains(EUR);
        assertThat(KpiResult.of(BigDecimal.ONE, KpiUnit.MONEY, 1).toMoney()).isEmpty();
        assertThat(KpiResult.undefined("none", KpiUnit.MONEY, 0).toMoney()).isEmpty();
        assertThatThrownBy(() -> KpiResult.of(BigDecimal.ONE, KpiUnit.COUNT, 1).toMoney())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("unit must be MONEY to read a figure as money: COUNT");
    }

    @Test
    void in_otherUnit_dropsACurrencyThatNoLongerApplies() {
        KpiResult money = KpiResult.of(BigDecimal.ONE, KpiUnit.MONEY, 1).in(KpiUnit.MONEY, Optional.of(EUR));

        assertThat(money.in(KpiUnit.NUMBER, Optional.of(EUR))).isEqualTo(KpiResult.of(BigDecimal.ONE, KpiUnit.NUMBER, 1));
        assertThat(KpiResult.undefined("none", KpiUnit.MONEY, 2).in(KpiUnit.DAYS, Optional.empty()))
                .isEqualTo(KpiResult.undefined("none", KpiUnit.DAYS, 2));
    }

    @Test
    void of_count_hasNoParts() {
        KpiResult.Defined result = (KpiResult.Defined) KpiResult.of(BigDecimal.TEN, KpiUnit.COUNT, 10);

        assertThat(result.isRatio()).isFalse();
        assertThat(result.numerator()).isEmpty();
        assertThat(result.denominator()).isEmpty();
    }

    @Test
    void defined_onlyNumerator_throws() {
        assertThatThrownBy(() -> new KpiResult.Defined(BigDecimal.ONE, KpiUnit.COUNT, Optional.of(BigDecimal.ONE),
                Optional.empty(), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numerator and denominator must be both given or both absent: Optional[1]/Optional.empty");
    }

    @Test
    void defined_zeroDenominator_throws() {
        assertThatThrownBy(() -> new KpiResult.Defined(BigDecimal.ONE, KpiUnit.PERCENT, Optional.of(BigDecimal.ONE),
                Optional.of(BigDecimal.ZERO), Optional.empty(), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("denominator must not be zero: 0");
    }

    @Test
    void defined_currencyOutsideMoney_throws() {
        assertThatThrownBy(() -> new KpiResult.Defined(BigDecimal.ONE, KpiUnit.COUNT, Optional.empty(),
                Optional.empty(), Optional.of(EUR), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must be absent for a figure in COUNT: EUR");
    }

    @Test
    void defined_negativeSample_throws() {
        assertThatThrownBy(() -> KpiResult.of(BigDecimal.ONE, KpiUnit.COUNT, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sampleSize must not be negative: -1");
    }

    @Test
    void undefined_blankReason_throws() {
        assertThatThrownBy(() -> KpiResult.undefined(" ", KpiUnit.COUNT, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason must not be blank: \" \"");
    }
}
