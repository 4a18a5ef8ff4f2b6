package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.examples.crm.Text;
import org.junit.jupiter.api.Test;

class ShownTest {

    @Test
    void quote_controlCharacters_escapedOnOneLine() {
        assertThat(Text.quote("a\nb\tc\u0007\u2028")).isEqualTo("'a\\nb\\tc\\u0007\\u2028'");
    }

    @Test
    void quote_longValue_cutToEightyCharacters() {
        String shown = Text.quote("9".repeat(100_000));

        assertThat(shown).hasSize(82).startsWith("'999").endsWith("...'");
    }

    @Test
    void quote_cutInsideASurrogatePair_keepsTheCharacterWhole() {
        String shown = Text.oneLine("x".repeat(76) + "\uD83D\uDE00".repeat(10));

        assertThat(shown).isEqualTo("x".repeat(76) + "...");
    }

    @Test
    void oneLine_shortTextLongOnceEscaped_cutWithAnEllipsisNotSilently() {
        // 20 characters, 120 once escaped.
        String shown = Text.oneLine("\u0007".repeat(20));

        assertThat(shown).hasSize(80).startsWith("\\u0007\\u0007").endsWith("...");
    }

    @Test
    void line_longQuotedValue_cutInsideTheMessage() {
        String line = Shown.line("Invalid value for option '--cycle-days': '" + "9".repeat(100_000)
                + "' is not a long");

        assertThat(line).startsWith("Invalid value for option '--cycle-days': '999").endsWith("...' is not a long")
                .hasSizeLessThan(200);
    }

    @Test
    void line_longUnquotedMessage_keepsItsStartAndEnd() {
        String line = Shown.line("start " + "x".repeat(5_000) + " end");

        assertThat(line).hasSize(Shown.LONGEST_LINE).startsWith("start x").endsWith("x end").contains(" ... ");
    }
}
