package io.github.kpiengine.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The report's number formats hold any amount a review can carry, rounded once. */
class MarkupTest {

    @Test
    void whole_beyondLong_isWrittenInFull() {
        assertThat(Markup.whole(new BigDecimal("12345678901234567890123.5"))).isEqualTo("12,345,678,901,234,567,890,124");
        assertThat(Markup.whole(new BigDecimal("-9223372036854775809"))).isEqualTo("-9,223,372,036,854,775,809");
    }

    @Test
    void whole_halves_roundToEven() {
        assertThat(Markup.whole(new BigDecimal("2.5"))).isEqualTo("2");
        assertThat(Markup.whole(new BigDecimal("3.5"))).isEqualTo("4");
        assertThat(Markup.whole(new BigDecimal("-0.5"))).isEqualTo("0");
        assertThat(Markup.whole(new BigDecimal("1E+3"))).isEqualTo("1,000");
    }

    @Property(tries = 1000)
    void whole_anyAmount_readsBackAsTheRoundedValue(@ForAll BigInteger unscaled, @ForAll("scales") int scale) {
        BigDecimal value = new BigDecimal(unscaled, scale);

        String text = Markup.whole(value);

        assertThat(new BigInteger(text.replace(",", ""))).isEqualTo(value.setScale(0, RoundingMode.HALF_EVEN)
                .toBigInteger());
        assertThat(text).matches("-?\\d{1,3}(,\\d{3})*");
    }

    @Provide
    Arbitrary<Integer> scales() {
        return Arbitraries.integers().between(-30, 30);
    }
}
