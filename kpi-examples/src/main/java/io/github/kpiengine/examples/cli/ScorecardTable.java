package io.github.kpiengine.examples.cli;

import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.ResultTable;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.examples.crm.Text;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.KpiUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a scorecard result as an aligned table or as CSV: one row per scope, one column per KPI.
 * A week's row is labelled by the week's first day in the calendar (its Monday), even when the
 * period cuts the week; money carries its currency, days and hours one decimal place.
 */
final class ScorecardTable {

    /** What an undefined figure (such as a win rate with no deals closed) shows. */
    static final String UNDEFINED = "-";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScorecardResult result;
    private final WorkCalendar calendar;

    private ScorecardTable(ScorecardResult result, WorkCalendar calendar) {
        this.result = result;
        this.calendar = calendar;
    }

    /** The aligned table: money as {@code EUR 30,000.00}. */
    static String text(ScorecardResult result, WorkCalendar calendar) {
        List<List<String>> rows = new ScorecardTable(result, calendar).rows(true);
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                String pad = " ".repeat(widths[c] - width(cell));
                // The scope column reads left-aligned, figures right-aligned.
                line.append(c == 0 ? cell + pad : pad + cell).append(c + 1 < columns ? "  " : "");
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The table as CSV (RFC 4180 quoting): money as {@code EUR 30000.00}, which {@code Money.parse} reads. */
    static String csv(ScorecardResult result, WorkCalendar calendar) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : new ScorecardTable(result, calendar).rows(false)) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                        || cell.indexOf('\r') >= 0;
                cells.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            out.append(String.join(",", cells)).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The characters a cell takes on a terminal: one per code point. */
    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }

    private List<List<String>> rows(boolean forPeople) {
        ResultTable table = result.table();
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("scope");
        table.kpis().forEach(kpi -> header.add(kpi.id()));
        rows.add(header);
        for (ResultTable.Row tableRow : table.rows()) {
            List<String> row = new ArrayList<>();
            String scope = scope(tableRow.scope());
            // A rep id may hold a line break or a tab; a table for people shows it escaped.
            row.add(forPeople ? Text.flat(scope) : scope);
            tableRow.results().forEach(figure -> row.add(format(figure, forPeople)));
            rows.add(row);
        }
        return rows;
    }

    /** {@code ann}, or {@code ann/2026-03-02} with the Monday of the week. */
    private String scope(ScopeKey scope) {
        return scope.bucket().map(bucket -> scope.owner() + "/" + weekStart(bucket.start())).orElse(scope.owner());
    }

    private LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(calendar.weekStart()));
    }

    static String format(KpiResult result, boolean forPeople) {
        if (result.value().isEmpty()) {
            return UNDEFINED;
        }
        BigDecimal value = result.value().get();
        KpiUnit unit = result.unit();
        return switch (unit) {
            case PERCENT -> Figures.plain(value.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN)) + "%";
            case MONEY -> result.toMoney().map(money -> forPeople ? Figures.money(money) : money.toString())
                    .orElseGet(() -> value.setScale(2, RoundingMode.HALF_EVEN).toPlainString());
            case COUNT -> Figures.plain(value);
            case DAYS, HOURS, NUMBER -> Figures.oneDecimal(value);
        };
    }
}
