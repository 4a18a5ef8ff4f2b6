package io.github.kpiengine.formula;

import java.util.Objects;

/**
 * The one exception for every mistake in a formula: it says where (offset, line and column), what
 * was found there and what was expected, and its message shows the line with a caret under the spot.
 *
 * <pre>
 * expected ')' but found end of input at line 1, column 15
 * count(proposal
 *               ^
 * </pre>
 */
public final class FormulaException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SHOWN = 80;

    /** Zero-based offset of the spot in the formula. */
    private final int offset;
    /** One-based line of the spot. */
    private final int line;
    /** One-based column of the spot. */
    private final int column;
    /** What was found at the spot. */
    private final String found;
    /** What was expected there. */
    private final String expected;

    FormulaException(String formula, int offset, String found, String expected) {
        super(message(formula, offset, found, expected));
        this.offset = offset;
        int[] lineColumn = lineAndColumn(formula, offset);
        this.line = lineColumn[0];
        this.column = lineColumn[1];
        this.found = found;
        this.expected = expected;
    }

    private static String message(String formula, int offset, String found, String expected) {
        Objects.requireNonNull(formula, "formula");
        int[] lineColumn = lineAndColumn(formula, offset);
        int lineStart = formula.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
        if (offset == 0) {
            lineStart = 0;
        }
        int lineEnd = formula.indexOf('\n', offset);
        if (lineEnd < 0) {
            lineEnd = formula.length();
        }
        // Show at most 80 characters of the line, keeping the spot in view.
        int from = Math.max(lineStart, Math.min(offset - MAX_SHOWN / 2, lineEnd - MAX_SHOWN));
        int to = Math.min(lineEnd, from + MAX_SHOWN);
        String shown = printable(formula.substring(from, to));
        return "expected " + expected + " but found " + found + " at line " + lineColumn[0]
                + ", column " + lineColumn[1] + "\n" + shown + "\n" + " ".repeat(offset - from) + "^";
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 || c == 0x7f ? ' ' : c);
        }
        return out.toString();
    }

    private static int[] lineAndColumn(String formula, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < formula.length(); i++) {
            if (formula.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /**
     * Returns the zero-based offset of the spot in the formula.
     *
     * @return the offset
     */
    public int offset() {
        return offset;
    }

    /**
     * Returns the one-based line of the spot.
     *
     * @return the line
     */
    public int line() {
        return line;
    }

    /**
     * Returns the one-based column of the spot.
     *
     * @return the column
     */
    public int column() {
        return column;
    }

    /**
     * Returns what was found at the spot, such as {@code "')'"} or {@code "end of input"}.
     *
     * @return what was found
     */
    public String found() {
        return found;
    }

    /**
     * Returns what was expected there, such as {@code "a number, a name or '('"}.
     *
     * @return what was expected
     */
    public String expected() {
        return expected;
    }
}
