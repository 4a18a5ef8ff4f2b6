package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static final Money EUR_ZERO = Money.zero(EUR);
    private static final Money EUR_10 = Money.of("EUR", 10);
    private static final Money EUR_100 = Money.of("EUR", 100);
    private static final Money EUR_30_000 = Money.of("EUR", 30_000);
    private static final Money EUR_1_200_000 = Money.of("EUR", 1_200_000);
    private static final Money EUR_MINUS_10 = Money.of("EUR", -10);
    private static final Money USD_100 = Money.of("USD", 100);
    private static final Money JPY_500 = Money.of("JPY", 500);

    @Test
    void constructor_fewerDecimalsThanCurrency_normalisesScale() {
        Money money = Money.of(EUR, new BigDecimal("12.5"));

        assertThat(money.amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(money.amount().scale()).isEqualTo(2);
        assertThat(money).isEqualTo(Money.of(EUR, new BigDecimal("12.50")));
    }

    @Test
    void constructor_yen_hasScaleZero() {
        Money money = Money.of(JPY, new BigDecimal("500.00"));

        assertThat(money.amount()).isEqualTo(new BigDecimal("500"));
        assertThat(money.amount().scale()).isZero();
        assertThat(money).isEqualTo(JPY_500);
    }

    @Test
    void constructor_tooManyDecimals_throwsWithMessage() {
        assertThatThrownBy(() -> new Money(new BigDecimal("12.345"), EUR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must have at most 2 decimal places for EUR: 12.345");
    }

    @Test
    void constructor_decimalYen_throwsWithMessage() {
        assertThatThrownBy(() -> Money.of(JPY, new BigDecimal("1.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must have at most 0 decimal places for JPY: 1.5");
    }

    @Test
    void constructor_nullParts_throwNamingThem() {
        assertThatThrownBy(() -> new Money(null, EUR))
                .isInstanceOf(NullPointerException.class).hasMessage("amount");
        assertThatThrownBy(() -> new Money(BigDecimal.ONE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("currency");
    }

    @Test
    void of_withRounding_roundsToCurrencyScale() {
        assertThat(Money.of(EUR, new BigDecimal("12.345"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of(EUR, new BigDecimal("12.35")));
        assertThat(Money.of(EUR, new BigDecimal("12.345"), RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of(EUR, new BigDecimal("12.34")));
    }

    @Test
    void of_currencyCodeAndLong_isWholeAmount() {
        assertThat(EUR_30_000.currency()).isEqualTo(EUR);
        assertThat(EUR_30_000.amount()).isEqualTo(new BigDecimal("30000.00"));
    }

    @Test
    void of_unknownCurrencyCode_throwsWithMessage() {
        assertThatThrownBy(() -> Money.of("XYZ", 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currencyCode must be an ISO 4217 code: XYZ");
    }

    @Test
    void zero_euro_isZeroAtScaleTwo() {
        assertThat(EUR_ZERO.amount()).isEqualTo(new BigDecimal("0.00"));
        assertThat(EUR_ZERO.isZero()).isTrue();
    }

    @Test
    void toString_euro_isCodeSpacePlainAmount() {
        assertThat(EUR_1_200_000).hasToString("EUR 1200000.00");
        assertThat(JPY_500).hasToString("JPY 500");
        assertThat(EUR_MINUS_10).hasToString("EUR -10.00");
    }

    @Test
    void parse_toStringForm_roundTrips() {
        assertThat(Money.parse(EUR_1_200_000.toString())).isEqualTo(EUR_1_200_000);
        assertThat(Money.parse(JPY_500.toString())).isEqualTo(JPY_500);
        assertThat(Money.parse(EUR_MINUS_10.toString())).isEqualTo(EUR_MINUS_10);
    }

    @Test
    void parse_wholeAmount_isNormalised() {
        assertThat(Money.parse("EUR 1200000")).isEqualTo(EUR_1_200_000);
        assertThat(Money.parse("EUR 12.5")).isEqualTo(Money.of(EUR, new BigDecimal("12.50")));
    }

    @Test
    void parse_badText_throwsWithMessage() {
        assertThatThrownBy(() -> Money.parse("1200 EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be '<ISO code> <amount>': 1200 EUR");
        assertThatThrownBy(() -> Money.parse("eur 12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be '<ISO code> <amount>': eur 12");
    }

    @Test
    void parse_tooManyDecimals_throwsWithMessage() {
        assertThatThrownBy(() -> Money.parse("EUR 1.001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must have at most 2 decimal places for EUR: 1.001");
    }

    @Test
    void plus_sameCurrency_adds() {
        assertThat(EUR_100.plus(EUR_10)).isEqualTo(Money.of("EUR", 110));
    }

    @Test
    void minus_sameCurrency_subtracts() {
        assertThat(EUR_10.minus(EUR_100)).isEqualTo(Money.of("EUR", -90));
    }

    @Test
    void plus_differentCurrency_throwsCurrencyMismatch() {
        assertThatThrownBy(() -> EUR_100.plus(USD_100))
                .isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
                    assertThat(e.first()).isEqualTo(EUR);
                    assertThat(e.second()).isEqualTo(USD);
                })
                .hasMessage("Currencies differ: EUR/USD");
    }

    @Test
    void minus_differentCurrency_throwsCurrencyMismatch() {
        assertThatThrownBy(() -> USD_100.minus(EUR_100))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Currencies differ: USD/EUR");
    }

    @Test
    void currencyMismatchException_isIllegalArgument() {
        assertThat(new CurrencyMismatchException(EUR, JPY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Currencies differ: EUR/JPY");
    }

    @Test
    void multipliedBy_long_isExact() {
        assertThat(EUR_30_000.multipliedBy(40)).isEqualTo(EUR_1_200_000);
    }

    @Test
    void multipliedBy_decimal_roundsToCurrencyScale() {
        Money price = Money.of(EUR, new BigDecimal("10.05"));

        assertThat(price.multipliedBy(new BigDecimal("0.5"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of(EUR, new BigDecimal("5.03")));
        assertThat(price.multipliedBy(new BigDecimal("0.5"), RoundingMode.DOWN))
                .isEqualTo(Money.of(EUR, new BigDecimal("5.02")));
    }

    @Test
    void dividedBy_long_roundsToCurrencyScale() {
        assertThat(EUR_1_200_000.dividedBy(40, RoundingMode.HALF_EVEN)).isEqualTo(EUR_30_000);
        assertThat(EUR_100.dividedBy(3, RoundingMode.HALF_EVEN))
                .isEqualTo(Money.of(EUR, new BigDecimal("33.33")));
        assertThat(EUR_100.dividedBy(3, RoundingMode.UP))
                .isEqualTo(Money.of(EUR, new BigDecimal("33.34")));
    }

    @Test
    void dividedBy_decimal_roundsToCurrencyScale() {
        assertThat(EUR_10.dividedBy(new BigDecimal("0.3"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of(EUR, new BigDecimal("33.33")));
        assertThat(JPY_500.dividedBy(new BigDecimal("3"), RoundingMode.HALF_UP))
                .isEqualTo(Money.of("JPY", 167));
    }

    @Test
    void dividedBy_zero_throwsWithMessage() {
        assertThatThrownBy(() -> EUR_100.dividedBy(0, RoundingMode.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("divisor must not be zero: 0");
        assertThatThrownBy(() -> EUR_100.dividedBy(new BigDecimal("0.00"), RoundingMode.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("divisor must not be zero: 0.00");
    }

    @Test
    void ratioTo_sameCurrency_dividesAmounts() {
        assertThat(Money.of("EUR", 60).ratioTo(EUR_100, MathContext.DECIMAL64))
                .isEqualByComparingTo("0.6");
        assertThat(EUR_10.ratioTo(Money.of("EUR", 30), new MathContext(3, RoundingMode.HALF_UP)))
                .isEqualTo(new BigDecimal("0.333"));
    }

    @Test
    void ratioTo_zero_throwsWithMessage() {
        assertThatThrownBy(() -> EUR_100.ratioTo(EUR_ZERO, MathContext.DECIMAL64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("other must not be zero: EUR 0.00");
    }

    @Test
    void ratioTo_differentCurrency_throwsCurrencyMismatch() {
        assertThatThrownBy(() -> EUR_100.ratioTo(USD_100, MathContext.DECIMAL64))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Currencies differ: EUR/USD");
    }

    @Test
    void negated_positive_isNegative() {
        assertThat(EUR_10.negated()).isEqualTo(EUR_MINUS_10);
        assertThat(EUR_MINUS_10.negated()).isEqualTo(EUR_10);
    }

    @Test
    void abs_negative_isPositive() {
        assertThat(EUR_MINUS_10.abs()).isEqualTo(EUR_10);
        assertThat(EUR_10.abs()).isEqualTo(EUR_10);
    }

    @Test
    void isX_signs_tellTheSign() {
        assertThat(EUR_ZERO.isZero()).isTrue();
        assertThat(EUR_ZERO.isPositive()).isFalse();
        assertThat(EUR_ZERO.isNegative()).isFalse();
        assertThat(EUR_ZERO.isPositiveOrZero()).isTrue();

        assertThat(EUR_10.isZero()).isFalse();
        assertThat(EUR_10.isPositive()).isTrue();
        assertThat(EUR_10.isNegative()).isFalse();
        assertThat(EUR_10.isPositiveOrZero()).isTrue();

        assertThat(EUR_MINUS_10.isZero()).isFalse();
        assertThat(EUR_MINUS_10.isPositive()).isFalse();
        assertThat(EUR_MINUS_10.isNegative()).isTrue();
        assertThat(EUR_MINUS_10.isPositiveOrZero()).isFalse();
    }

    @Test
    void compareAmountTo_sameCurrency_ordersAmounts() {
        assertThat(EUR_10.compareAmountTo(EUR_100)).isNegative();
        assertThat(EUR_100.compareAmountTo(EUR_10)).isPositive();
        assertThat(EUR_10.compareAmountTo(Money.of(EUR, new BigDecimal("10.0")))).isZero();
    }

    @Test
    void isGreaterThanAndIsLessThan_sameCurrency_compareAmounts() {
        assertThat(EUR_100.isGreaterThan(EUR_10)).isTrue();
        assertThat(EUR_10.isGreaterThan(EUR_100)).isFalse();
        assertThat(EUR_10.isGreaterThan(EUR_10)).isFalse();
        assertThat(EUR_10.isLessThan(EUR_100)).isTrue();
        assertThat(EUR_100.isLessThan(EUR_10)).isFalse();
        assertThat(EUR_10.isLessThan(EUR_10)).isFalse();
    }

    @Test
    void compareAmountTo_differentCurrency_throwsCurrencyMismatch() {
        assertThatThrownBy(() -> EUR_100.compareAmountTo(USD_100))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Currencies differ: EUR/USD");
        assertThatThrownBy(() -> EUR_100.isGreaterThan(USD_100))
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> EUR_100.isLessThan(USD_100))
                .isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void total_empty_isZero() {
        assertThat(Money.total(EUR, List.of())).isEqualTo(EUR_ZERO);
    }

    @Test
    void total_severalAmounts_isSum() {
        assertThat(Money.total(EUR, List.of(EUR_10, EUR_100, EUR_MINUS_10))).isEqualTo(EUR_100);
    }

    @Test
    void total_otherCurrency_throwsCurrencyMismatch() {
        assertThatThrownBy(() -> Money.total(EUR, List.of(EUR_10, USD_100)))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Currencies differ: EUR/USD");
    }

    @Test
    void equals_sameValue_isEqualWithSameHash() {
        Money a = Money.parse("EUR 12.5");
        Money b = Money.of(EUR, new BigDecimal("12.50"));

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }

    @Test
    void equals_differentAmountOrCurrency_isNotEqual() {
        assertThat(EUR_100).isNotEqualTo(EUR_10);
        assertThat(EUR_100).isNotEqualTo(USD_100);
    }
}
