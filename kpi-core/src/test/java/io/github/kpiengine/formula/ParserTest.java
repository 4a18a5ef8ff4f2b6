package io.github.kpiengine.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParserTest {

    private static Node parse(String text) {
        return Parser.parse(text, FormulaLimits.DEFAULT);
    }

    @Test
    void parse_precedence_multipliesBeforeAdding() {
        Node node = parse("a + b * 2");

        assertThat(node).isInstanceOf(Node.Binary.class);
        Node.Binary sum = (Node.Binary) node;
        assertThat(sum.operator()).isEqualTo('+');
        assertThat(sum.right()).isEqualTo(new Node.Binary('*', new Node.Name("b", 4),
                new Node.Number(BigDecimal.valueOf(2), false, 8), 6));
    }

    @Test
    void parse_percent_isAFraction() {
        assertThat(parse("65%")).isEqualTo(new Node.Number(new BigDecimal("0.65"), true, 0));
    }

    @Test
    void parse_callsAndNesting_keepArgumentsInOrder() {
        Node node = parse("ratio(count(proposal), (count(first_appointment)))");

        Node.Call ratio = (Node.Call) node;
        assertThat(ratio.function()).isEqualTo("ratio");
        assertThat(ratio.arguments()).hasSize(2);
        assertThat(((Node.Call) ratio.arguments().get(1)).arguments())
                .containsExactly(new Node.Name("first_appointment", 30));
    }

    @Test
    void parse_longChainOfUnaryMinus_doesNotRecurse() {
        String minuses = "-".repeat(1_000) + "1";

        assertThat(Parser.parse(minuses, new FormulaLimits(10_000, 64, 1_000))).isInstanceOf(Node.Negate.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "count(proposal        | 14 | end of input | ',' or ')'",
        "count(proposal))      | 15 | ')'          | an operator or the end of the formula",
        "1 +                   | 3  | end of input | a number, a name or '('",
        "Count(proposal)       | 0  | 'C'          | a lower-case name",
        "count(#)              | 6  | '#'          | a number, a name or '('",
        "1.                    | 2  | end of input | a digit after the decimal point",
        "a b                   | 2  | 'b'          | an operator or the end of the formula",
        "wonRate               | 3  | 'R'          | a lower-case name",
    })
    void parse_malformed_saysWhatWasFoundAndExpectedWhere(String text, int offset, String found, String expected) {
        FormulaException e = catchThrowableOfType(() -> parse(text.strip()), FormulaException.class);

        assertThat(e.offset()).isEqualTo(offset);
        assertThat(e.found()).isEqualTo(found);
        assertThat(e.expected()).isEqualTo(expected);
    }

    @Test
    void parse_error_showsACaretUnderTheSpot() {
        assertThatThrownBy(() -> parse("count(proposal"))
                .isInstanceOf(FormulaException.class)
                .hasMessage("expected ',' or ')' but found end of input at line 1, column 15\n"
                        + "count(proposal\n"
                        + "              ^");
    }

    @Test
    void parse_errorOnALaterLine_countsLinesAndColumns() {
        FormulaException e = catchThrowableOfType(() -> parse("count(proposal)\n  / count(first_appointment\n"),
                FormulaException.class);

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("expected ',' or ')' but found end of input at line 3, column 1");
    }

    @Test
    void parse_tooDeep_isRefusedBeforeParsing() {
        String deep = "(".repeat(65) + "1" + ")".repeat(65);

        assertThatThrownBy(() -> parse(deep))
                .isInstanceOf(FormulaException.class)
                .hasMessageStartingWith("expected at most 64 nested parentheses but found parentheses nested 65 deep"
                        + " at line 1, column 65");
        assertThat(Parser.parse("(".repeat(64) + "1" + ")".repeat(64), FormulaLimits.DEFAULT))
                .isInstanceOf(Node.Number.class);
    }

    @Test
    void parse_tooLong_isRefusedBeforeParsing() {
        assertThatThrownBy(() -> Parser.parse("1+".repeat(10) + "1", new FormulaLimits(20, 64)))
                .isInstanceOf(FormulaException.class)
                .hasMessageStartingWith("expected at most 20 characters but found a formula of 21 characters");
    }

    @Test
    void limits_outOfRange_areRefused() {
        assertThatThrownBy(() -> new FormulaLimits(0, 64)).hasMessage("maxLength must be positive: 0");
        assertThatThrownBy(() -> new FormulaLimits(10, 1001)).hasMessage("maxDepth must be 1 to 1000: 1001");
        assertThatThrownBy(() -> new FormulaLimits(10, 64, 0)).hasMessage("maxOperators must be 1 to 1000: 0");
    }

    @Property(tries = 2_000)
    void parse_anyText_givesATreeOrTheLanguagesException(
            @ForAll @StringLength(max = 200) @Chars({'(', ')', ',', '%', '.', '+', '-', '*', '/', ' ', '\n',
                'a', 'b', 'z', '_', '1', '9', 'X', '#', '\u0000', '\u00e9'}) String text) {
        try {
            assertThat(parse(text)).isNotNull();
        } catch (FormulaException expected) {
            assertThat(expected.getMessage()).contains("^");
        }
    }
}
