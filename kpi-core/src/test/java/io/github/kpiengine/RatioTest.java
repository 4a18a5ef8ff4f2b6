package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RatioTest {

    private static final Ratio CLOSE_13_OF_20 = Ratio.of(13, 20);
    private static final Ratio CLOSE_65_PERCENT = Ratio.ofPercent(65);
    private static final Ratio CLOSE_35_PERCENT = Ratio.ofPercent(35);
    private static final Ratio CLOSE_57_PERCENT = Ratio.ofPercent(57);
    private static final Ratio CLOSE_50_PERCENT = Ratio.ofPercent(50);
    private static final Ratio ONE_THIRD = Ratio.of(1, 3);
    private static final Ratio NOTHING_WON = Ratio.of(0, 10);
    private static final Ratio NO_PROPOSALS = Ratio.undefined("no proposals in the period");

    @Test
    void of_counts_keepsPartsUnreduced() {
        Ratio ratio = Ratio.of(10, 20);

        assertThat(ratio.numerator()).isEqualTo(10);
        assertThat(ratio.denominator()).isEqualTo(20);
        assertThat(ratio.isCounted()).isTrue();
        assertThat(ratio.isDefined()).isTrue();
        assertThat(ratio.undefinedReason()).isEmpty();
        assertThat(ratio).isNotEqualTo(Ratio.of(1, 2));
    }

    @Test
    void of_zeroOverZero_isUndefinedWithReason() {
        Ratio ratio = Ratio.of(0, 0);

        assertThat(ratio.isDefined()).isFalse();
        assertThat(ratio.undefinedReason()).contains("denominator is zero");
        assertThat(ratio.isZero()).isFalse();
        assertThat(ratio.isOne()).isFalse();
    }

    @Test
    void of_negativeCount_throwsWithMessage() {
        assertThatThrownBy(() -> Ratio.of(-1, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numerator must not be negative: -1");
        assertThatThrownBy(() -> Ratio.of(0, -5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("denominator must not be negative: -5");
    }

    @Test
    void of_numeratorAboveDenominator_throwsWithMessage() {
        assertThatThrownBy(() -> Ratio.of(21, 20))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numerator must be at most the denominator: 21/20");
    }

    @Test
    void of_decimal_isExact() {
        Ratio ratio = Ratio.of(new BigDecimal("0.650"));

        assertThat(ratio.isCounted()).isFalse();
        assertThat(ratio.numerator()).isEqualTo(65);
        assertThat(ratio.denominator()).isEqualTo(100);
        assertThat(ratio).isEqualTo(CLOSE_65_PERCENT);
    }

    @Test
    void of_decimalBounds_areAccepted() {
        assertThat(Ratio.of(BigDecimal.ZERO).isZero()).isTrue();
        assertThat(Ratio.of(BigDecimal.ONE).isOne()).isTrue();
        assertThat(Ratio.of(new BigDecimal("0.000000000000000001")).denominator())
                .isEqualTo(1_000_000_000_000_000_000L);
    }

    @Test
    void of_decimalOutOfRange_throwsWithMessage() {
        assertThatThrownBy(() -> Ratio.of(new BigDecimal("1.01")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratio must be between 0 and 1: 1.01");
        assertThatThrownBy(() -> Ratio.of(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratio must be between 0 and 1: -0.1");
    }

    @Test
    void of_decimalWithTooManyPlaces_throwsWithMessage() {
        assertThatThrownBy(() -> Ratio.of(new BigDecimal("0.0000000000000000001")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratio must have at most 18 decimal places: 0.0000000000000000001");
    }

    @Test
    void ofPercent_decimal_isExact() {
        Ratio ratio = Ratio.ofPercent(new BigDecimal("65.5"));

        assertThat(ratio.numerator()).isEqualTo(655);
        assertThat(ratio.denominator()).isEqualTo(1000);
        assertThat(ratio.value()).isEqualTo(new BigDecimal("0.655"));
    }

    @Test
    void ofPercent_whole_equalsDecimalOf() {
        assertThat(CLOSE_65_PERCENT).isEqualTo(Ratio.of(new BigDecimal("0.65")));
        assertThat(Ratio.ofPercent(100).isOne()).isTrue();
        assertThat(Ratio.ofPercent(0).isZero()).isTrue();
    }

    @Test
    void ofPercent_outOfRange_throwsWithMessage() {
        assertThatThrownBy(() -> Ratio.ofPercent(101))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percent must be between 0 and 100: 101");
        assertThatThrownBy(() -> Ratio.ofPercent(new BigDecimal("-0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percent must be between 0 and 100: -0.5");
    }

    @Test
    void from_double_isExactShortestDecimal() {
        assertThat(Ratio.from(0.65)).isEqualTo(CLOSE_65_PERCENT);
        assertThat(Ratio.from(0.1).value()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void from_outOfRangeOrNaN_throwsWithMessage() {
        assertThatThrownBy(() -> Ratio.from(1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratio must be between 0 and 1: 1.5");
        assertThatThrownBy(() -> Ratio.from(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratio must be between 0 and 1: NaN");
        assertThatThrownBy(() -> Ratio.from(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ratio must be between 0 and 1: -0.1");
    }

    @Test
    void undefined_blankReason_throwsWithMessage() {
        assertThatThrownBy(() -> Ratio.undefined(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reason must not be blank: ' '");
    }

    @Test
    void requiredFor_sixtyFivePercent_thirteenWinsNeedTwenty() {
        assertThat(CLOSE_65_PERCENT.requiredFor(13)).isEqualTo(20);
        assertThat(CLOSE_13_OF_20.requiredFor(13)).isEqualTo(20);
    }

    @Test
    void requiredFor_thirtyFivePercent_twentyOneWinsNeedSixty() {
        assertThat(CLOSE_35_PERCENT.requiredFor(21)).isEqualTo(60);
    }

    @Test
    void requiredFor_fiftySevenPercent_fiftySevenWinsNeedHundred() {
        assertThat(CLOSE_57_PERCENT.requiredFor(57)).isEqualTo(100);
    }

    @Test
    void requiredFor_fiftyPercent_fortyWinsNeedEighty() {
        assertThat(CLOSE_50_PERCENT.requiredFor(40)).isEqualTo(80);
    }

    @Test
    void requiredFor_inexactQuotient_roundsUp() {
        assertThat(CLOSE_65_PERCENT.requiredFor(80)).isEqualTo(124);
        assertThat(ONE_THIRD.requiredFor(1)).isEqualTo(3);
    }

    @Test
    void requiredFor_zeroOut_isZero() {
        assertThat(NOTHING_WON.requiredFor(0)).isZero();
    }

    @Test
    void requiredFor_negativeOut_throwsWithMessage() {
        assertThatThrownBy(() -> CLOSE_65_PERCENT.requiredFor(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out must not be negative: -1");
    }

    @Test
    void requiredFor_zeroRatio_throwsIllegalState() {
        assertThatThrownBy(() -> NOTHING_WON.requiredFor(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio must be above zero to produce anything: 0/10");
    }

    @Test
    void requiredFor_undefined_throwsIllegalState() {
        assertThatThrownBy(() -> NO_PROPOSALS.requiredFor(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio is undefined: no proposals in the period");
    }

    @Test
    void requiredFor_hugeResult_throwsArithmetic() {
        assertThatThrownBy(() -> Ratio.of(1, Long.MAX_VALUE).requiredFor(2))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void exactRequiredFor_terminating_isExact() {
        assertThat(CLOSE_65_PERCENT.exactRequiredFor(new BigDecimal("80"), MathContext.DECIMAL64))
                .isEqualByComparingTo("123.0769230769231");
        assertThat(CLOSE_65_PERCENT.exactRequiredFor(new BigDecimal("13"), MathContext.DECIMAL64))
                .isEqualByComparingTo("20");
        assertThat(CLOSE_50_PERCENT.exactRequiredFor(new BigDecimal("0.5"), MathContext.DECIMAL64))
                .isEqualByComparingTo("1");
    }

    @Test
    void exactRequiredFor_nonTerminating_usesContext() {
        assertThat(Ratio.of(3, 7).exactRequiredFor(BigDecimal.ONE, new MathContext(4, RoundingMode.HALF_UP)))
                .isEqualTo(new BigDecimal("2.333"));
    }

    @Test
    void exactRequiredFor_zeroOrUndefined_throwsIllegalState() {
        assertThatThrownBy(() -> NOTHING_WON.exactRequiredFor(BigDecimal.ONE, MathContext.DECIMAL64))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio must be above zero to produce anything: 0/10");
        assertThatThrownBy(() -> NO_PROPOSALS.exactRequiredFor(BigDecimal.ONE, MathContext.DECIMAL64))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio is undefined: no proposals in the period");
    }

    @Test
    void exactRequiredFor_negativeOut_throwsWithMessage() {
        assertThatThrownBy(() -> CLOSE_65_PERCENT.exactRequiredFor(new BigDecimal("-1"), MathContext.DECIMAL64))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("out must not be negative: -1");
    }

    @Test
    void value_terminating_isExact() {
        assertThat(CLOSE_13_OF_20.value()).isEqualTo(new BigDecimal("0.65"));
        assertThat(CLOSE_65_PERCENT.value()).isEqualTo(new BigDecimal("0.65"));
    }

    @Test
    void value_nonTerminating_isRoundedToDecimal128() {
        BigDecimal value = ONE_THIRD.value();

        assertThat(value.precision()).isEqualTo(34);
        assertThat(value).isEqualTo(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
    }

    @Test
    void toBigDecimalAndToPercent_roundAsAsked() {
        assertThat(ONE_THIRD.toBigDecimal(new MathContext(3, RoundingMode.HALF_UP)))
                .isEqualTo(new BigDecimal("0.333"));
        assertThat(CLOSE_13_OF_20.toPercent(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("65.00"));
        assertThat(Ratio.of(2, 3).toPercent(1, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("66.7"));
    }

    @Test
    void isZeroAndIsOne_boundaries_tell() {
        assertThat(NOTHING_WON.isZero()).isTrue();
        assertThat(NOTHING_WON.isOne()).isFalse();
        assertThat(Ratio.of(7, 7).isOne()).isTrue();
        assertThat(CLOSE_13_OF_20.isZero()).isFalse();
        assertThat(CLOSE_13_OF_20.isOne()).isFalse();
    }

    @Test
    void compareValueTo_countedAndDecimalOfSameValue_isZero() {
        assertThat(CLOSE_13_OF_20.compareValueTo(CLOSE_65_PERCENT)).isZero();
        assertThat(CLOSE_65_PERCENT.compareValueTo(CLOSE_13_OF_20)).isZero();
    }

    @Test
    void compareValueTo_differentValues_orders() {
        assertThat(CLOSE_35_PERCENT.compareValueTo(CLOSE_13_OF_20)).isNegative();
        assertThat(CLOSE_13_OF_20.compareValueTo(ONE_THIRD)).isPositive();
    }

    @Test
    void compareValueTo_undefined_throwsIllegalState() {
        assertThatThrownBy(() -> CLOSE_13_OF_20.compareValueTo(NO_PROPOSALS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio is undefined: no proposals in the period");
    }

    @Test
    void equals_countedAndDecimalOfSameValue_differ() {
        assertThat(CLOSE_13_OF_20).isNotEqualTo(CLOSE_65_PERCENT);
        assertThat(Ratio.of(65, 100)).isNotEqualTo(CLOSE_65_PERCENT);
    }

    @Test
    void equals_sameParts_isEqualWithSameHash() {
        assertThat(Ratio.of(13, 20)).isEqualTo(CLOSE_13_OF_20).hasSameHashCodeAs(CLOSE_13_OF_20);
        assertThat(Ratio.undefined("denominator is zero"))
                .isEqualTo(Ratio.of(0, 0)).hasSameHashCodeAs(Ratio.of(0, 0));
        assertThat(NO_PROPOSALS).isNotEqualTo(Ratio.of(0, 0));
    }

    @Test
    void plus_counted_addsParts() {
        assertThat(Ratio.of(3, 5).plus(Ratio.of(10, 15))).isEqualTo(CLOSE_13_OF_20);
    }

    @Test
    void plus_undefined_isTheOther() {
        assertThat(NO_PROPOSALS.plus(CLOSE_13_OF_20)).isEqualTo(CLOSE_13_OF_20);
        assertThat(CLOSE_13_OF_20.plus(NO_PROPOSALS)).isEqualTo(CLOSE_13_OF_20);
        assertThat(NO_PROPOSALS.plus(Ratio.of(0, 0)).isDefined()).isFalse();
    }

    @Test
    void plus_decimal_throwsIllegalState() {
        assertThatThrownBy(() -> CLOSE_13_OF_20.plus(CLOSE_65_PERCENT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio must be counted to add by parts: 65%");
        assertThatThrownBy(() -> CLOSE_65_PERCENT.plus(CLOSE_13_OF_20))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio must be counted to add by parts: 65%");
        assertThatThrownBy(() -> NO_PROPOSALS.plus(CLOSE_65_PERCENT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio must be counted to add by parts: 65%");
    }

    @Test
    void toString_eachForm_isReadable() {
        assertThat(CLOSE_13_OF_20).hasToString("13/20");
        assertThat(CLOSE_65_PERCENT).hasToString("65%");
        assertThat(Ratio.ofPercent(new BigDecimal("65.5"))).hasToString("65.5%");
        assertThat(Ratio.ofPercent(0)).hasToString("0%");
        assertThat(Ratio.ofPercent(100)).hasToString("100%");
        assertThat(Ratio.of(0, 0)).hasToString("undefined: denominator is zero");
        assertThat(NO_PROPOSALS).hasToString("undefined: no proposals in the period");
    }

    @Test
    void parse_eachForm_readsToStringBack() {
        assertThat(Ratio.parse("13/20")).isEqualTo(CLOSE_13_OF_20);
        assertThat(Ratio.parse("65%")).isEqualTo(CLOSE_65_PERCENT);
        assertThat(Ratio.parse("65.5%")).isEqualTo(Ratio.ofPercent(new BigDecimal("65.5")));
        assertThat(Ratio.parse("0%")).isEqualTo(Ratio.ofPercent(0));
        assertThat(Ratio.parse("100%")).isEqualTo(Ratio.ofPercent(100));
        assertThat(Ratio.parse("undefined: no proposals in the period")).isEqualTo(NO_PROPOSALS);
        assertThat(Ratio.parse("0/0")).isEqualTo(Ratio.of(0, 0));
    }

    @Test
    void parse_plainDecimal_isDecimalRatio() {
        assertThat(Ratio.parse("0.65")).isEqualTo(CLOSE_65_PERCENT);
    }

    @Test
    void parse_badText_throwsWithMessage() {
        assertThatThrownBy(() -> Ratio.parse("abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be a ratio such as '65%', '0.65' or '13/20': abc");
        assertThatThrownBy(() -> Ratio.parse("13/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be a ratio such as '65%', '0.65' or '13/20': 13/");
        assertThatThrownBy(() -> Ratio.parse("-5%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be a ratio such as '65%', '0.65' or '13/20': -5%");
        assertThatThrownBy(() -> Ratio.parse("1.2.3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be a ratio such as '65%', '0.65' or '13/20': 1.2.3");
    }

    @Test
    void parse_outOfRange_throwsWithRangeMessage() {
        assertThatThrownBy(() -> Ratio.parse("150%"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("percent must be between 0 and 100: 150");
        assertThatThrownBy(() -> Ratio.parse("21/20"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("numerator must be at most the denominator: 21/20");
    }

    @Test
    void numeratorAndDenominator_undefined_throwIllegalState() {
        Ratio undefined = Ratio.of(0, 0);

        assertThatThrownBy(undefined::numerator)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio is undefined: denominator is zero");
        assertThatThrownBy(undefined::denominator)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio is undefined: denominator is zero");
        assertThatThrownBy(undefined::value)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ratio is undefined: denominator is zero");
    }
}
