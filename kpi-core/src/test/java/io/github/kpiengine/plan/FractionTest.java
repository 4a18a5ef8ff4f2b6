package io.github.kpiengine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void of_reducesToLowestTermsWithAPositiveDenominator() {
        assertThat(Fraction.of(6, -8)).hasToString("-3/4");
        assertThat(Fraction.of(0, 5)).isEqualTo(Fraction.ZERO);
        assertThat(Fraction.of(new BigDecimal("1.250"))).hasToString("5/4");
        assertThat(Fraction.of(new BigDecimal("1E+3"))).hasToString("1000");
        assertThat(Fraction.of(Ratio.of(4, 12))).isEqualTo(Fraction.of(1, 3));
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class)
                .hasMessage("denominator must not be zero");
    }

    @Test
    void ceilAndFloor_areExactOnEitherSide() {
        assertThat(Fraction.of(7, 2).ceil()).isEqualTo(4);
        assertThat(Fraction.of(7, 2).floor()).isEqualTo(3);
        assertThat(Fraction.of(-7, 2).ceil()).isEqualTo(-3);
        assertThat(Fraction.of(-7, 2).floor()).isEqualTo(-4);
        assertThat(Fraction.of(6, 2).ceil()).isEqualTo(3);
        // 10^17 / 48 = 2,083,333,333,333,333.33…: the ceiling is …334.
        assertThat(Fraction.of(BigInteger.TEN.pow(17)).dividedBy(Fraction.of(48)).ceil())
                .isEqualTo(2_083_333_333_333_334L);
    }

    @Test
    void round_isTheExactValueRoundedOnce() {
        Fraction calls = Fraction.of(1_200_000, 30_000).dividedBy(Fraction.of(1, 2))
                .dividedBy(Fraction.of(65, 100)).dividedBy(Fraction.of(1, 5));

        assertThat(calls.round(MathContext.DECIMAL64)).hasToString("615.3846153846154");
        assertThat(Fraction.of(80).round(MathContext.DECIMAL64)).hasToString("80");
        assertThat(Fraction.of(1, 8).toScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.12");
    }

    @Test
    void arithmetic_addsCountedSharesExactly() {
        Fraction third = Fraction.of(Ratio.of(4, 12));

        assertThat(third.plus(third).plus(third)).isEqualTo(Fraction.ONE);
        assertThat(Fraction.ONE.minus(third).times(Fraction.of(3, 2))).isEqualTo(Fraction.ONE);
        assertThat(third.min(Fraction.of(1, 2))).isEqualTo(third);
        assertThat(third.compareTo(Fraction.of(333, 1000))).isPositive();
    }

    @Property
    void ceil_isTheLeastIntegerNotBelow(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long n,
            @ForAll @LongRange(min = 1, max = 1_000) long d) {
        Fraction f = Fraction.of(n, d);
        BigInteger ceil = f.ceil();

        assertThat(Fraction.of(ceil).compareTo(f)).isGreaterThanOrEqualTo(0);
        assertThat(Fraction.of(ceil.subtract(BigInteger.ONE)).compareTo(f)).isNegative();
        assertThat(f.floor()).isEqualTo(f.negate().ceil().negate());
    }

    @Property
    void round_toSixteenDigits_agreesWithBigDecimalDivision(@ForAll long n, @ForAll @LongRange(min = 1) long d) {
        BigDecimal expected = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), MathContext.DECIMAL64);

        assertThat(Fraction.of(n, d).round(MathContext.DECIMAL64)).isEqualByComparingTo(expected);
    }

    @Property
    void round_smallDenominators_agreesWithBigDecimalDivision(@ForAll @LongRange(min = -1_000_000_000_000L,
            max = 1_000_000_000_000L) long n, @ForAll @LongRange(min = 1, max = 100_000) long d) {
        BigDecimal expected = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), MathContext.DECIMAL64);

        assertThat(Fraction.of(n, d).round(MathContext.DECIMAL64)).isEqualByComparingTo(expected);
        assertThat(Fraction.of(n, d).round(MathContext.DECIMAL64).precision()).isLessThanOrEqualTo(16);
    }
}
