package io.github.kpiengine.examples.crm;

/**
 * Puts a user's text into a one-line message: control characters escaped, a long text cut. The
 * {@code kpi} tool's messages and tables use it too.
 */
public final class Text {

    private static final int LONGEST = 80;

    private Text() {
    }

    /** Returns the text between single quotes, on one line and at most 80 characters long. */
    static String quote(String text) {
        return "'" + oneLine(text) + "'";
    }

    /** Returns the text on one line and at most 80 characters long. */
    static String oneLine(String text) {
        return escaped(text, LONGEST);
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

    private static String escaped(String text, int longest) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 1024));
        for (int i = 0; i < text.length() && out.length() < longest; i++) {
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
        if (out.length() >= longest && text.length() > longest) {
            out.setLength(longest - 3);
            out.append("...");
        }
        return out.toString();
    }
}
