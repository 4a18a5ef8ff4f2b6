package io.github.kpiengine.examples.crm;

/**
 * Puts a user's text into a one-line message: control characters escaped, a long text cut. The
 * {@code kpi} tool's messages and tables use it too.
 */
public final class Text {

    /** The most characters of a value a message shows. */
    public static final int LONGEST = 80;

    private Text() {
    }

    /**
     * Returns the text between single quotes, on one line and at most 80 characters long.
     *
     * @param text the text
     * @return the text quoted
     */
    public static String quote(String text) {
        return "'" + oneLine(text) + "'";
    }

    /**
     * Returns the text on one line and at most 80 characters long: a longer text is cut and ends in
     * {@code ...}.
     *
     * @param text the text
     * @return the text on one line
     */
    public static String oneLine(String text) {
        // Escaping stops once the text is known to be too long: a cell may be megabytes long.
        return cut(escaped(text, LONGEST + 1), LONGEST);
    }

    /**
     * Returns the text on one line, whatever its length: line breaks, tabs and other control
     * characters escaped ({@code \n}, {@code \t}, {@code \u0007}).
     *
     * @param text the text
     * @return the text on one line
     */
    public static String flat(String text) {
        return escaped(text, Integer.MAX_VALUE);
    }

    /**
     * Returns the text, or its first characters and {@code ...} when it is longer than
     * {@code longest} (at least 4); never splits a character outside the Basic Multilingual Plane.
     */
    private static String cut(String text, int longest) {
        if (text.length() <= longest) {
            return text;
        }
        int end = longest - 3;
        return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + "...";
    }

    /** Escapes the text until at least {@code enough} characters are written. */
    private static String escaped(String text, int enough) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1024));
        for (int i = 0; i < text.length() && out.length() < enough; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
