package io.github.kpiengine.examples.crm;

import io.github.kpiengine.engine.ActivityLog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Loads CRM exports into one {@link ActivityLog} through a {@link Mapping}, streaming: each file is
 * read record by record (FastCSV) and each row goes straight into the log's columns, so memory
 * follows the log, not the files. Stage-history files are read first (into an index of two
 * {@code int}s per change), then activities, then opportunities.
 *
 * <pre>{@code
 * Loaded loaded = CrmLoader.with(Mapping.preset("salesforce"))
 *         .activities(List.of(Path.of("tasks.csv")))
 *         .opportunities(List.of(Path.of("opportunities.csv")))
 *         .stageHistory(List.of(Path.of("opportunity-history.csv")))
 *         .load();
 * }</pre>
 *
 * <p>All or nothing: a bad row refuses the whole load ({@link BadRowsException}, with every bad row
 * found) unless bad rows may be skipped. Not thread-safe.
 */
public final class CrmLoader {

    private final Mapping mapping;
    private final List<Input> activities = new ArrayList<>();
    private final List<Input> opportunities = new ArrayList<>();
    private final List<Input> stageHistory = new ArrayList<>();
    private boolean skipBadRows;
    private boolean keepOpportunities;
    private java.util.Optional<java.time.LocalDate> keepOpenAfter = java.util.Optional.empty();

    private CrmLoader(Mapping mapping) {
        this.mapping = mapping;
    }

    /**
     * Starts a load.
     *
     * @param mapping the mapping, with its pipeline ({@link Mapping#withPipeline})
     * @return the loader
     * @throws IllegalArgumentException if the mapping has no pipeline
     */
    public static CrmLoader with(Mapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        if (mapping.pipeline().isEmpty()) {
            throw new IllegalArgumentException("mapping must have a pipeline: " + mapping.name());
        }
        return new CrmLoader(mapping);
    }

    /**
     * Adds activity files.
     *
     * @param files the files
     * @return this loader
     */
    public CrmLoader activities(List<Path> files) {
        files.forEach(file -> activities.add(Input.of(file)));
        return this;
    }

    /**
     * Adds opportunity files.
     *
     * @param files the files
     * @return this loader
     */
    public CrmLoader opportunities(List<Path> files) {
        files.forEach(file -> opportunities.add(Input.of(file)));
        return this;
    }

    /**
     * Adds stage-history files, one row per stage change, for a mapping whose history comes in rows.
     *
     * @param files the files
     * @return this loader
     * @throws IllegalArgumentException if the mapping reads the history otherwise
     */
    public CrmLoader stageHistory(List<Path> files) {
        if (!files.isEmpty() && !mapping.readsStageHistoryFiles()) {
            throw new IllegalArgumentException("mapping reads no stage-history files: " + mapping.name());
        }
        files.forEach(file -> stageHistory.add(Input.of(file)));
        return this;
    }

    /**
     * Sets whether bad rows are left out (and listed in {@link Loaded#skipped()}) rather than
     * refusing the load.
     *
     * @param skip true to leave them out
     * @return this loader
     */
    public CrmLoader skipBadRows(boolean skip) {
        this.skipBadRows = skip;
        return this;
    }

    /**
     * Keeps, beside the log, the opportunities still open after a day (or, without a day, those open
     * at the end of the data): what a review counts as the pipeline in hand. Only those are held as
     * objects, so memory still follows the log.
     *
     * @param day the last day of the period reviewed, or empty for the end of the data
     * @return this loader
     */
    public CrmLoader keepOpportunitiesOpenAfter(java.util.Optional<java.time.LocalDate> day) {
        this.keepOpportunities = true;
        this.keepOpenAfter = java.util.Objects.requireNonNull(day, "day");
        return this;
    }

    /**
     * Adds an activities file already read, for a reader that fetches files itself (the Apache Beam
     * pipeline reads each file whole).
     *
     * @param name the file's name, for messages
     * @param content the file's bytes
     * @return this loader
     */
    public CrmLoader activities(String name, byte[] content) {
        return activities(Input.of(name, content));
    }

    /**
     * Adds an opportunities file already read.
     *
     * @param name the file's name, for messages
     * @param content the file's bytes
     * @return this loader
     */
    public CrmLoader opportunities(String name, byte[] content) {
        return opportunities(Input.of(name, content));
    }

    CrmLoader activities(Input input) {
        activities.add(input);
        return this;
    }

    CrmLoader opportunities(Input input) {
        opportunities.add(input);
        return this;
    }

    CrmLoader stageHistory(Input input) {
        stageHistory.add(input);
        return this;
    }

    /**
     * Reads every file.
     *
     * @return what was loaded
     * @throws CrmException if a file is missing, empty, lacks a required column or is not text
     * @throws BadRowsException if rows are bad and may not be skipped
     */
    public Loaded load() {
        long expected = 0;
        for (Input input : activities) {
            expected += CsvFile.estimateRows(input);
        }
        ActivityLog log = ActivityLog.create((int) Math.min(expected, 1 << 28));
        LoadState state = new LoadState(log, keepOpportunities, keepOpenAfter);
        Mapping.Parts parts = mapping.parts();
        StageHistoryReader.Index index = new StageHistoryReader.Index();
        for (Input input : stageHistory) {
            read(input, new StageHistoryReader(mapping, state, input.name(), index), parts.stageHistory());
        }
        ActivityReader.Cells cells = new ActivityReader.Cells(mapping);
        for (Input input : activities) {
            read(input, new ActivityReader(mapping, state, input.name(), cells), parts.activities());
        }
        OpportunityReader.Shared shared = new OpportunityReader.Shared(index);
        for (Input input : opportunities) {
            read(input, new OpportunityReader(mapping, state, input.name(), shared), parts.opportunities());
        }
        for (Map.Entry<String, StageHistoryReader.Left> left : new java.util.TreeMap<>(index.left()).entrySet()) {
            StageHistoryReader.Left where = left.getValue();
            state.bad(where.file(), where.line(), "opportunity " + Text.quote(left.getKey()) + " in " + where.column()
                    + " of the stage history is in no opportunities file");
        }
        if (state.badRowCount() > 0 && !skipBadRows) {
            throw new BadRowsException(state.badRows(), state.badRowCount());
        }
        return new Loaded(log, cells.typesUsed(), state.days(), state.badRows(), state.badRowCount(),
                state.kept == null ? List.of() : state.kept);
    }

    private void read(Input input, RowReader reader, Columns columns) {
        if (!CsvFile.read(input, mapping.parts().delimiter(), mapping.parts().encoding(), reader)) {
            List<String> required = new ArrayList<>();
            columns.names().forEach((field, names) -> {
                if (columns.required().contains(field)) {
                    required.add(names.get(0));
                }
            });
            throw new CrmException(input.name() + ": empty file, expected a header row with "
                    + String.join(",", required));
        }
    }
}
