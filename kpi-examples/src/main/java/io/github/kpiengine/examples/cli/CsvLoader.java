package io.github.kpiengine.examples.cli;

import io.github.kpiengine.Activity;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.StageEntry;
import io.github.kpiengine.engine.ActivityLog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads CSV files of activities and opportunities into one {@link ActivityLog}, all or nothing:
 * every row is parsed and checked first, and the log is filled only when no row is bad or bad rows
 * may be skipped.
 */
final class CsvLoader {

    private final Pipeline pipeline;
    private final List<Activity> activities = new ArrayList<>();
    private final List<Opportunity> opportunities = new ArrayList<>();
    private final List<BadRow> badRows = new ArrayList<>();
    private final Map<String, String> opportunityIds = new HashMap<>();
    private Currency currency;
    private String currencyRow;

    private CsvLoader(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * What was loaded.
     *
     * @param log the log, filled
     * @param activities the activities loaded
     * @param opportunities the opportunities loaded
     * @param skipped the bad rows left out, empty unless skipping was allowed
     * @param span the first to the last day in the data, or empty when nothing was loaded
     */
    record Loaded(ActivityLog log, List<Activity> activities, List<Opportunity> opportunities,
            List<BadRow> skipped, Optional<SalesPeriod> span) {
    }

    /** Thrown when bad rows refuse the load; carries every one of them. */
    static final class BadRowsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<BadRow> rows;

        BadRowsException(List<BadRow> rows) {
            super(rows.size() + " bad rows", null, false, false);
            this.rows = List.copyOf(rows);
        }

        List<BadRow> rows() {
            return rows;
        }
    }

    static Loaded load(List<Path> activityFiles, List<Path> opportunityFiles, Pipeline pipeline,
            boolean skipBadRows) {
        CsvLoader loader = new CsvLoader(pipeline);
        List<Csv> activityCsvs = new ArrayList<>();
        for (Path file : activityFiles) {
            activityCsvs.add(Csv.read(file, ActivitiesCsv.REQUIRED));
        }
        List<Csv> opportunityCsvs = new ArrayList<>();
        for (Path file : opportunityFiles) {
            opportunityCsvs.add(Csv.read(file, OpportunitiesCsv.REQUIRED));
        }
        activityCsvs.forEach(loader::activities);
        opportunityCsvs.forEach(loader::opportunities);
        if (!loader.badRows.isEmpty() && !skipBadRows) {
            throw new BadRowsException(loader.badRows);
        }
        ActivityLog log = ActivityLog.create();
        loader.activities.forEach(log::append);
        loader.opportunities.forEach(log::append);
        return new Loaded(log, List.copyOf(loader.activities), List.copyOf(loader.opportunities),
                List.copyOf(loader.badRows), loader.span());
    }

    private void activities(Csv csv) {
        for (Csv.Row row : csv.rows()) {
            try {
                checkWidth(csv, row);
                activities.add(ActivitiesCsv.activity(csv, row));
            } catch (RowException e) {
                badRows.add(new BadRow(csv.file(), row.line(), e.getMessage()));
            }
        }
    }

    private void opportunities(Csv csv) {
        for (Csv.Row row : csv.rows()) {
            String where = csv.file() + ":" + row.line();
            try {
                checkWidth(csv, row);
                Opportunity opportunity = OpportunitiesCsv.opportunity(csv, row, pipeline);
                String first = opportunityIds.get(opportunity.id());
                if (first != null) {
                    throw new RowException("opportunity id '" + opportunity.id() + "' repeats " + first);
                }
                Currency rowCurrency = opportunity.amount().currency();
                if (currency != null && !currency.equals(rowCurrency)) {
                    throw new RowException("currency " + rowCurrency + " differs from " + currency + " of "
                            + currencyRow + ": one scorecard is in one currency");
                }
                if (currency == null) {
                    currency = rowCurrency;
                    currencyRow = where;
                }
                opportunityIds.put(opportunity.id(), where);
                opportunities.add(opportunity);
            } catch (RowException e) {
                badRows.add(new BadRow(csv.file(), row.line(), e.getMessage()));
            }
        }
    }

    private static void checkWidth(Csv csv, Csv.Row row) {
        if (row.fields().size() != csv.width()) {
            throw new RowException("the row has " + row.fields().size() + " fields, the header "
                    + csv.width());
        }
    }

    private Optional<SalesPeriod> span() {
        LocalDate first = null;
        LocalDate last = null;
        List<LocalDate> days = new ArrayList<>();
        for (Activity activity : activities) {
            days.add(activity.date());
        }
        for (Opportunity opportunity : opportunities) {
            days.add(opportunity.created());
            for (StageEntry entry : opportunity.history()) {
                days.add(entry.entered());
            }
        }
        for (LocalDate day : days) {
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
        }
        return first == null ? Optional.empty() : Optional.of(SalesPeriod.of(first, last));
    }
}
