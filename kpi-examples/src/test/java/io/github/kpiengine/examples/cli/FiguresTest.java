package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Money;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final Money EUR_1_200_000 = Money.parse("EUR 1200000");
    private static final Money JPY_5000 = Money.parse("JPY 5000");

    @Test
    void plain_zeroScaleAndExponent_writtenWithoutExponentOrTrailingZeros() {
        assertThat(Figures.plain(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(Figures.plain(new BigDecimal("1.2E+3"))).isEqualTo("1200");
        assertThat(Figures.plain(new BigDecimal("40.00"))).isEqualTo("40");
        assertThat(Figures.plain(new BigDecimal("2.50"))).isEqualTo("2.5");
    }

    @Test
    void oneDecimal_wholeAndLongFigures_alwaysOneDecimal() {
        assertThat(Figures.oneDecimal(new BigDecimal("12"))).isEqualTo("12.0");
        assertThat(Figures.oneDecimal(new BigDecimal("1.25"))).isEqualTo("1.2");
        assertThat(Figures.oneDecimal(new BigDecimal("1.35"))).isEqualTo("1.4");
        assertThat(Figures.oneDecimal(BigDecimal.ZERO)).isEqualTo("0.0");
        assertThat(Figures.oneDecimal(new BigDecimal("1E+3"))).isEqualTo("1000.0");
    }

    @Test
    void money_anyCurrency_withItsCodeAndItsDecimals() {
        assertThat(Figures.money(EUR_1_200_000)).isEqualTo("EUR 1,200,000.00");
        assertThat(Figures.money(JPY_5000)).isEqualTo("JPY 5,000");
    }

    @Test
    void figures_anotherDefaultLocale_sameText() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Figures.money(EUR_1_200_000)).isEqualTo("EUR 1,200,000.00");
            assertThat(Figures.count(2_083_333L)).isEqualTo("2,083,333");
            assertThat(Figures.figure(new BigDecimal("2.583333"))).isEqualTo("2.58");
            assertThat(Figures.percent(new BigDecimal("0.325"))).isEqualTo("32.5%");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void figure_belowAHundredth_keepsTwoSignificantDigits() {
        assertThat(Figures.figure(new BigDecimal("0.000123"))).isEqualTo("0.00012");
        assertThat(Figures.figure(BigDecimal.ZERO)).isEqualTo("0");
    }
}
