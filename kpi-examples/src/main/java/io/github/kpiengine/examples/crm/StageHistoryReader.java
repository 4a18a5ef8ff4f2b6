package io.github.kpiengine.examples.crm;

import io.github.kpiengine.Stage;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads stage-history files of one row per stage change (Salesforce's Opportunity History report)
 * into an index by opportunity, which the opportunity files then take from. The index holds two
 * {@code int}s per change, so it follows the log's own stage history in size, not the files'.
 */
final class StageHistoryReader extends RowReader {

    /** The changes of every opportunity seen, and where each was first seen. */
    static final class Index {
        private final Map<String, Changes> byOpportunity = new HashMap<>();

        /**
         * Takes an opportunity's changes out of the index: open stages in date order (a tie in the
         * pipeline's order), a run of the same stage kept once.
         *
         * @return the stages and days, or an empty list
         */
        List<Entry> take(String opportunity, List<Stage> stages) {
            Changes changes = byOpportunity.remove(opportunity);
            if (changes == null) {
                return List.of();
            }
            long[] keys = new long[changes.size];
            for (int i = 0; i < changes.size; i++) {
                keys[i] = ((long) changes.days[i] << 32) | (changes.stages[i] << 20) | i;
            }
            Arrays.sort(keys);
            List<Entry> entries = new ArrayList<>();
            for (long key : keys) {
                int day = (int) (key >> 32);
                Stage stage = stages.get((int) ((key >> 20) & 0xFFF));
                if (entries.isEmpty() || !entries.get(entries.size() - 1).stage().equals(stage)) {
                    entries.add(new Entry(stage, LocalDate.ofEpochDay(day)));
                }
            }
            return entries;
        }

        /** The opportunities never taken, by id, each with the row that first named it. */
        Map<String, Left> left() {
            Map<String, Left> left = new HashMap<>();
            byOpportunity.forEach((id, changes) -> left.put(id, changes.first));
            return left;
        }
    }

    /**
     * A stage entered on a day.
     *
     * @param stage the open stage
     * @param day the day
     */
    record Entry(Stage stage, LocalDate day) {
    }

    /**
     * The row that first named an opportunity of the stage history.
     *
     * @param file the file
     * @param line its line
     * @param column the column of the opportunity's id, for messages
     */
    record Left(String file, int line, String column) {
    }

    private static final class Changes {
        final Left first;
        int[] days = new int[4];
        int[] stages = new int[4];
        int size;

        Changes(Left first) {
            this.first = first;
        }

        void add(int day, int stage) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                stages = Arrays.copyOf(stages, size * 2);
            }
            days[size] = day;
            stages[size] = stage;
            size++;
        }
    }

    private final Index index;
    private final List<Stage> pipelineStages;
    private final CellCache<Stage> stageCells;
    private Column opportunity;
    private Column from;
    private Column stage;
    private Column date;

    StageHistoryReader(Mapping mapping, LoadState state, String file, Index index) {
        super(mapping, state, file, mapping.parts().stageHistory());
        this.index = index;
        this.pipelineStages = mapping.pipeline().orElseThrow().stages();
        this.stageCells = new CellCache<>(4096, label -> mapping.stages().get(label));
    }

    @Override
    void bind(Columns.Bound bound) {
        opportunity = bound.column("opportunity");
        from = bound.column("fromStage");
        stage = bound.column("stage");
        date = bound.column("date");
    }

    @Override
    void read(Row row) {
        String id = required(row, opportunity);
        int at = from.index(row);
        if (at >= 0) {
            // The stage left must be one the mapping knows, though the stage entered is what counts.
            stage(row, from, at);
        }
        Stage entered = stage(row, stage, stage.index(row));
        String text = required(row, date);
        LocalDate day;
        try {
            day = mapping.parts().historyDates().parse(text);
        } catch (DateTimeException e) {
            throw new RowException("bad date " + Text.quote(text) + " in " + date.where() + " (expected "
                    + mapping.parts().historyDates().describe() + ")");
        }
        if (entered.isTerminal()) {
            // Won and lost come from the opportunity's own result and close date.
            return;
        }
        index.byOpportunity.computeIfAbsent(id, key -> new Changes(new Left(file, row.line(), opportunity.where())))
                .add(Math.toIntExact(day.toEpochDay()), pipelineStages.indexOf(entered));
    }

    private Stage stage(Row row, Column column, int at) {
        if (at < 0) {
            throw new RowException(column.where() + " is empty");
        }
        Stage found = stageCells.read(row, at);
        if (found == null) {
            throw new RowException("unknown stage " + Text.quote(row.text(at)) + " in " + column.where()
                    + " (expected one of " + mapping.openStages() + ", or a won or lost label)");
        }
        return found;
    }
}
