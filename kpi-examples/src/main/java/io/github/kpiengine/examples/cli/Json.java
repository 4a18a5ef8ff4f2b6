package io.github.kpiengine.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.io.UncheckedIOException;

/**
 * The tool's JSON, written by Jackson: an object's members in the order added, on one line, every
 * control character escaped and also U+2028 and U+2029 (which JavaScript once refused in strings);
 * and decimals in plain notation, as JSON and the text output both show them.
 */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static {
        MAPPER.getFactory().setCharacterEscapes(new Escapes());
    }

    private Json() {
    }

    /** Returns a new empty object. */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Writes a value on one line. */
    static String write(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // A tree of strings, numbers and booleans always writes.
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a decimal in plain notation, without trailing zeros: {@code 40}, {@code 2.5}, {@code 0}. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** JSON's own escapes, plus the line and paragraph separators. */
    private static final class Escapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;

        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
