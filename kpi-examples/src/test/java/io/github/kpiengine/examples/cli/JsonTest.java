package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final String NASTY = "quote \" backslash \\ slash / newline \n tab \t bell \u0007 "
            + "separator \u2028 euro \u20ac";

    @Test
    void write_specialCharacters_escapedOnOneLineAndReadBack() throws Exception {
        String json = Json.write(Json.object().put("text", NASTY));

        assertThat(json).doesNotContain("\n", "\t", "\u0007", "\u2028").contains("\\u0007", "\\u2028", "\u20ac");
        assertThat(JsonMapper.builder().build().readTree(json).get("text").textValue()).isEqualTo(NASTY);
    }

    @Test
    void write_members_inTheOrderAdded() throws Exception {
        ObjectNode object = Json.object().put("s", "x").put("n", -7L).put("d", Json.plain(new BigDecimal("2.50")))
                .put("b", false);
        object.putArray("a").addObject().put("k", "v");

        String json = Json.write(object);

        assertThat(json).isEqualTo("{\"s\":\"x\",\"n\":-7,\"d\":\"2.5\",\"b\":false,\"a\":[{\"k\":\"v\"}]}");
        JsonNode read = JsonMapper.builder().build().readTree(json);
        assertThat(read.fieldNames()).toIterable().containsExactly("s", "n", "d", "b", "a");
    }

    @Test
    void plain_zeroAndScale_writtenWithoutExponent() {
        assertThat(Json.plain(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(Json.plain(new BigDecimal("1.2E+3"))).isEqualTo("1200");
        assertThat(Json.plain(new BigDecimal("40.00"))).isEqualTo("40");
    }
}
