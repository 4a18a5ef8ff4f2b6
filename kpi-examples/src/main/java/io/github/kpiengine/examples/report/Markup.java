package io.github.kpiengine.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Escaping, number formats and colours shared by the report's page and charts. */
final class Markup {

    static final String GREEN = "#2e7d32";
    static final String AMBER = "#e69500";
    static final String RED = "#c62828";
    static final String BLUE = "#1f4e79";
    static final String GREY = "#9aa5b1";
    static final String INK = "#1d2733";
    static final String MUTED = "#5f6b7a";
    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    private Markup() {
    }

    /** Escapes text for an XML element or an attribute in double quotes. */
    static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String whole(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A whole number with thousands separators, rounded half to even: any size, never an exception. */
    static String whole(BigDecimal value) {
        return String.format(Locale.ROOT, "%,d", value.setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
    }

    static String percentOf(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Green at 100 % or more, amber from 80 %, red below. */
    static String barometerColour(BigDecimal percent) {
        if (percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return GREEN;
        }
        return percent.compareTo(BigDecimal.valueOf(80)) >= 0 ? AMBER : RED;
    }
}
