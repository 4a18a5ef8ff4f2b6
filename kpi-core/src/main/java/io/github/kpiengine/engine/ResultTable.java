package io.github.kpiengine.engine;

import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import java.util.List;
import java.util.Objects;

/**
 * Every figure of a {@link ScorecardResult}: a row per scope, a column per definition, both in the
 * result's order; what a table on screen, a CSV file or a report prints.
 *
 * <pre>{@code
 * ResultTable table = result.table();
 * for (ResultTable.Row row : table.rows()) {
 *     System.out.println(row.scope() + " " + row.results());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kpis the columns, in the scorecard's order
 * @param rows the rows, in the grouping's order, each with one figure per column
 */
public record ResultTable(List<Kpi> kpis, List<Row> rows) {

    /**
     * Validates the table and copies the lists.
     *
     * @param kpis the columns
     * @param rows the rows
     * @throws IllegalArgumentException if a row has not one figure per column
     */
    public ResultTable {
        kpis = List.copyOf(Objects.requireNonNull(kpis, "kpis"));
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        for (Row row : rows) {
            Checks.check(row.results().size() == kpis.size(), "rows must have one figure per column ("
                    + kpis.size() + "): " + row.scope() + " has " + row.results().size());
        }
    }

    /**
     * Returns the figure of a row and a column.
     *
     * @param row the row's index
     * @param column the column's index
     * @return the figure
     * @throws IndexOutOfBoundsException if either index is out of range
     */
    public KpiResult get(int row, int column) {
        return rows.get(row).results().get(column);
    }

    /**
     * One scope's figures, one per column.
     *
     * <p>Immutable and thread-safe.
     *
     * @param scope the scope
     * @param results the figures, in the columns' order
     */
    public record Row(ScopeKey scope, List<KpiResult> results) {

        /**
         * Validates the row and copies the figures.
         *
         * @param scope the scope
         * @param results the figures
         */
        public Row {
            Objects.requireNonNull(scope, "scope");
            results = List.copyOf(Objects.requireNonNull(results, "results"));
        }
    }
}
