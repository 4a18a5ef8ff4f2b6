package io.github.kpiengine.examples.cli;

import java.math.BigDecimal;

/**
 * Writes one JSON object by hand: members in the order added, strings escaped per RFC 8259.
 * Not thread-safe.
 */
final class Json {

    private static final char LINE_SEPARATOR = 0x2028;
    private static final char PARAGRAPH_SEPARATOR = 0x2029;

    private final StringBuilder out = new StringBuilder();
    private boolean first = true;

    private Json() {
        out.append('{');
    }

    static Json object() {
        return new Json();
    }

    Json string(String name, String value) {
        name(name);
        quote(out, value);
        return this;
    }

    Json number(String name, long value) {
        name(name);
        out.append(value);
        return this;
    }

    Json decimal(String name, BigDecimal value) {
        return string(name, plain(value));
    }

    Json bool(String name, boolean value) {
        name(name);
        out.append(value);
        return this;
    }

    Json object(String name, Json value) {
        name(name);
        out.append(value.toString());
        return this;
    }

    Json array(String name, Iterable<Json> values) {
        name(name);
        out.append('[');
        boolean firstItem = true;
        for (Json value : values) {
            if (!firstItem) {
                out.append(',');
            }
            out.append(value.toString());
            firstItem = false;
        }
        out.append(']');
        return this;
    }

    @Override
    public String toString() {
        return out + "}";
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private void name(String name) {
        if (!first) {
            out.append(',');
        }
        first = false;
        quote(out, name);
        out.append(':');
    }

    static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    // Other control characters, and the two separators JavaScript once rejected.
                    if (c < 0x20 || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
