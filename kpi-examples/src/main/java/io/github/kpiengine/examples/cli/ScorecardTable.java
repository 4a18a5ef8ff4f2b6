package io.github.kpiengine.examples.cli;

import io.github.kpiengine.engine.ResultTable;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Renders a scorecard result as an aligned table or as CSV: one row per scope, one column per KPI. */
final class ScorecardTable {

    /** What an undefined figure (such as a win rate with no deals closed) shows. */
    static final String UNDEFINED = "-";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ScorecardTable() {
    }

    static String text(ScorecardResult result) {
        List<List<String>> rows = rows(result);
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - cell.length());
                // The scope column reads left-aligned, figures right-aligned.
                line.append(c == 0 ? cell + pad : pad + cell).append(c + 1 < columns ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }

    static String csv(ScorecardResult result) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows(result)) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append(String.join(",", cells)).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static List<List<String>> rows(ScorecardResult result) {
        ResultTable table = result.table();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("scope");
        table.kpis().forEach(kpi -> header.add(kpi.id()));
        rows.add(header);
        for (ResultTable.Row tableRow : table.rows()) {
            List<String> row = new ArrayList<>();
            row.add(tableRow.scope().toString());
            tableRow.results().forEach(figure -> row.add(format(figure)));
            rows.add(row);
        }
        return rows;
    }

    static String format(KpiResult result) {
        if (result.value().isEmpty()) {
            return UNDEFINED;
        }
        BigDecimal value = result.value().get();
        return switch (result.unit()) {
            case PERCENT -> Figures.plain(value.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN)) + "%";
            case MONEY -> value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
            case COUNT -> Figures.plain(value);
            default -> Figures.plain(value.setScale(1, RoundingMode.HALF_EVEN));
        };
    }
}
