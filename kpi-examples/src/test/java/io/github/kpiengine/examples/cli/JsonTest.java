package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final String NASTY = "quote \" backslash \\ slash / newline \n tab \t bell \u0007 "
            + "separator \u2028 euro \u20ac";

    @Test
    void string_specialCharacters_escapedAndReadBack() {
        String json = Json.object().string("text", NASTY).toString();

        assertThat(json).doesNotContain("\n", "\t", "\u0007", "\u2028").contains("\\u0007", "\\u2028");
        assertThat(JsonParser.parseObject(json)).containsEntry("text", NASTY);
    }

    @Test
    void object_allKinds_parseInOrder() {
        String json = Json.object()
                .string("s", "x")
                .number("n", -7)
                .decimal("d", new BigDecimal("2.50"))
                .bool("b", false)
                .object("o", Json.object().number("inner", 1))
                .array("a", List.of(Json.object().string("k", "v"), Json.object()))
                .array("empty", List.of())
                .toString();

        assertThat(JsonParser.parseObject(json)).containsExactly(
                Map.entry("s", "x"), Map.entry("n", -7L), Map.entry("d", "2.5"), Map.entry("b", false),
                Map.entry("o", Map.of("inner", 1L)), Map.entry("a", List.of(Map.of("k", "v"), Map.of())),
                Map.entry("empty", List.of()));
    }

    @Test
    void plain_zeroAndScale_writtenWithoutExponent() {
        assertThat(Json.plain(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(Json.plain(new BigDecimal("1.2E+3"))).isEqualTo("1200");
        assertThat(Json.plain(new BigDecimal("40.00"))).isEqualTo("40");
    }
}
