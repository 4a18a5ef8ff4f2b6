package io.github.kpiengine.examples.crm;

import java.util.Arrays;

/**
 * One record of a CSV file as the reader hands it over: its fields' characters copied into one
 * reusable buffer, each field stripped of surrounding white space (Unicode spaces included). The
 * same instance serves every record of a file, so nothing is kept per row. Not thread-safe.
 */
final class Row {

    private char[] chars = new char[256];
    private int[] starts = new int[32];
    private int[] lengths = new int[32];
    private int used;
    private int count;
    private long line;

    void begin(long startingLine) {
        line = startingLine;
        used = 0;
        count = 0;
    }

    void add(char[] buffer, int offset, int length) {
        int start = offset;
        int end = offset + length;
        while (start < end && isBlank(buffer[start])) {
            start++;
        }
        while (end > start && isBlank(buffer[end - 1])) {
            end--;
        }
        int n = end - start;
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        if (used + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + n));
        }
        System.arraycopy(buffer, start, chars, used, n);
        starts[count] = used;
        lengths[count] = n;
        used += n;
        count++;
    }

    /**
     * Tells whether a character is white space around a field: Java's white space, and also the
     * no-break and other Unicode spaces ({@code U+00A0}, {@code U+3000}) and the zero-width ones
     * ({@code U+200B}, {@code U+FEFF}) that spreadsheets and web exports leave, so that a line of
     * them is blank like an empty one.
     */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** The line the record starts on, the header being line 1 of a file without blank lines above it. */
    int line() {
        return Math.toIntExact(Math.min(line, Integer.MAX_VALUE));
    }

    /** The number of fields. */
    int count() {
        return count;
    }

    /** Tells whether every field is empty, as in the rows of commas a spreadsheet leaves. */
    boolean isBlank() {
        return used == 0;
    }

    char[] chars() {
        return chars;
    }

    /** The start of a field in {@link #chars()}; the field must exist. */
    int start(int index) {
        return starts[index];
    }

    /** The length of a field, 0 for a missing column ({@code index} -1) or one past the row's end. */
    int length(int index) {
        return index < 0 || index >= count ? 0 : lengths[index];
    }

    /** The text of a field, "" for a missing column or one past the row's end. */
    String text(int index) {
        int length = length(index);
        return length == 0 ? "" : new String(chars, starts[index], length);
    }
}
