package io.github.kpiengine.examples.crm;

/**
 * One field's columns in one file, found by the header: read the first that is not empty.
 * Immutable and thread-safe.
 *
 * @param field the field, such as {@code rep}
 * @param indexes the columns, in the mapping's order
 * @param header the CRM's header of the (first) column, as written
 */
record Column(String field, int[] indexes, String header) {

    /** Tells whether the file has a column for the field. */
    boolean present() {
        return indexes.length > 0;
    }

    /** The column that holds the field in a row: the first non-empty one, or -1. */
    int index(Row row) {
        for (int index : indexes) {
            if (row.length(index) > 0) {
                return index;
            }
        }
        return -1;
    }

    /** The cell's text, or "" when empty or absent. */
    String text(Row row) {
        return row.text(index(row));
    }

    /** The column for messages: {@code column rep}, or {@code column 'Assigned' (rep)} with the CRM's header. */
    String where() {
        if (plain(header, field)) {
            return "column " + header;
        }
        boolean word = !header.isEmpty() && header.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c));
        return "column " + (word ? header : "'" + header + "'") + " (" + field + ")";
    }

    /** Tells whether a header is the field's own name, written plainly. */
    static boolean plain(String header, String field) {
        return header.equals(field);
    }
}
