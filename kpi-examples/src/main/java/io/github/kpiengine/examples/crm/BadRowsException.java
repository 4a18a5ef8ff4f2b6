package io.github.kpiengine.examples.crm;

import java.util.List;

/** Thrown when bad rows refuse a load: nothing was loaded. Carries every bad row. */
public final class BadRowsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<BadRow> rows;
    private final int count;

    BadRowsException(List<BadRow> rows, int count) {
        super(count + " bad rows", null, false, false);
        this.rows = List.copyOf(rows);
        this.count = count;
    }

    /**
     * Returns how many rows were bad, those not kept one by one included.
     *
     * @return the count
     */
    public int count() {
        return count;
    }

    /**
     * Returns the bad rows (the first thousand), in the order of the files and lines.
     *
     * @return the rows
     */
    public List<BadRow> rows() {
        return rows;
    }
}
