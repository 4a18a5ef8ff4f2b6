package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void nonNegative_negativeCount_throwsNamingFieldAndValue() {
        assertThatThrownBy(() -> Checks.nonNegative("calls", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("calls must not be negative: -1");
    }

    @Test
    void nonNegative_zero_returnsValue() {
        assertThat(Checks.nonNegative("calls", 0)).isZero();
    }

    @Test
    void positive_zero_throws() {
        assertThatThrownBy(() -> Checks.positive("weeks", 0))
                .hasMessage("weeks must be positive: 0");
        assertThatThrownBy(() -> Checks.positive("weeks", BigDecimal.ZERO))
                .hasMessage("weeks must be positive: 0");
    }

    @Test
    void nonNegative_negativeDecimal_throwsWithPlainValue() {
        assertThatThrownBy(() -> Checks.nonNegative("amount", new BigDecimal("-1E+3")))
                .hasMessage("amount must not be negative: -1000");
    }

    @Test
    void nonNegative_nan_throws() {
        assertThatThrownBy(() -> Checks.nonNegative("hours", Double.NaN))
                .hasMessage("hours must be a finite number not below zero: NaN");
        assertThatThrownBy(() -> Checks.nonNegative("hours", Double.POSITIVE_INFINITY))
                .hasMessage("hours must be a finite number not below zero: Infinity");
    }

    @Test
    void notBlank_blankOrPadded_throws() {
        assertThatThrownBy(() -> Checks.notBlank("repId", " "))
                .hasMessage("repId must not be blank: ' '");
        assertThatThrownBy(() -> Checks.notBlank("repId", " ann"))
                .hasMessage("repId must not start or end with white space: ' ann'");
        assertThatThrownBy(() -> Checks.notBlank("repId", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("repId");
    }

    @Test
    void identifier_upperCase_throws() {
        assertThatThrownBy(() -> Checks.identifier("id", "Cold call"))
                .hasMessage("id must be a lower-case identifier of at most 64 characters "
                        + "([a-z][a-z0-9_]*): 'Cold call'");
        assertThatThrownBy(() -> Checks.identifier("id", "a".repeat(65)))
                .hasMessageStartingWith("id must be a lower-case identifier");
        assertThat(Checks.identifier("id", "cold_call_2")).isEqualTo("cold_call_2");
    }

    @Test
    void check_false_throwsMessage() {
        assertThatThrownBy(() -> Checks.check(false, "pipeline must end with won and lost"))
                .hasMessage("pipeline must end with won and lost");
    }
}
