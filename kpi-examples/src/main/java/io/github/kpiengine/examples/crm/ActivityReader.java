package io.github.kpiengine.examples.crm;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an activity file straight into the log: each row becomes an {@link Activity} that is appended
 * and dropped. Reps, types, days and outcomes are read through caches of the texts seen, so a
 * repeated value costs a hash of its characters. The account and opportunity columns a mapping names
 * are not read: the log keeps neither of an activity (see {@code ActivityLog}), and reading them cost
 * a sixth of the load.
 */
final class ActivityReader extends RowReader {

    /** The caches of one load, shared by its activity files. */
    static final class Cells {

        private static final int SMALL = 4096;
        private static final int LARGE = 65_536;

        final CellCache<String> reps = new CellCache<>(LARGE, rep -> rep);
        final CellCache<Slot> types;
        final CellCache<LocalDate> dates;
        final CellCache<Outcome> outcomes;
        final List<Slot> slots = new ArrayList<>();
        private final Mapping mapping;

        Cells(Mapping mapping) {
            this.mapping = mapping;
            Mapping.Parts parts = mapping.parts();
            types = new CellCache<>(SMALL, label -> {
                ActivityType type = parts.typeLabels().get(label);
                if (type == null) {
                    return null;
                }
                Slot slot = new Slot(type);
                slots.add(slot);
                return slot;
            });
            dates = new CellCache<>(SMALL, parts.activityDates()::parse);
            outcomes = new CellCache<>(SMALL, parts.outcomeLabels()::get);
        }

        /** The activity types appended, in the mapping's order. */
        List<ActivityType> typesUsed() {
            List<ActivityType> used = new ArrayList<>();
            for (ActivityType type : mapping.activityTypes()) {
                if (slots.stream().anyMatch(slot -> slot.used && slot.type.equals(type))) {
                    used.add(type);
                }
            }
            return used;
        }
    }

    /** An activity type read from a label, and whether an activity of it was appended. */
    static final class Slot {
        final ActivityType type;
        boolean used;

        Slot(ActivityType type) {
            this.type = type;
        }
    }

    private final Cells cells;
    private Column rep;
    private Column type;
    private Column date;
    private Column duration;
    private Column outcome;

    ActivityReader(Mapping mapping, LoadState state, String file, Cells cells) {
        super(mapping, state, file, mapping.parts().activities());
        this.cells = cells;
    }

    @Override
    void bind(Columns.Bound bound) {
        rep = bound.column("rep");
        type = bound.column("type");
        date = bound.column("date");
        duration = bound.column("duration");
        outcome = bound.column("outcome");
    }

    @Override
    void read(Row row) {
        String repId = cells.reps.read(row, index(row, rep));
        int at = index(row, type);
        Slot slot = cells.types.read(row, at);
        if (slot == null) {
            throw new RowException("unknown activity type " + Text.quote(row.text(at)) + " in " + type.where()
                    + " (expected one of " + mapping.parts().typeLabels().expected() + ")");
        }
        at = index(row, date);
        LocalDate day;
        try {
            day = cells.dates.read(row, at);
        } catch (DateTimeException e) {
            throw new RowException("bad date " + Text.quote(row.text(at)) + " in " + date.where() + " (expected "
                    + mapping.parts().activityDates().describe() + ")");
        }
        at = outcome.index(row);
        Outcome result = at < 0 ? Outcome.NONE : cells.outcomes.read(row, at);
        if (result == null) {
            throw new RowException("unknown outcome " + Text.quote(row.text(at)) + " in " + outcome.where()
                    + " (expected one of " + mapping.parts().outcomeLabels().expected() + ")");
        }
        Duration took = slot.type.isTimed() ? duration(row, slot.type) : Duration.ZERO;
        Activity activity;
        try {
            activity = new Activity(repId, slot.type, day, Optional.empty(), Optional.empty(), took, result, Map.of());
            state.log.append(activity);
        } catch (IllegalArgumentException e) {
            throw new RowException(e.getMessage());
        }
        slot.used = true;
        state.day(day);
    }

    private static int index(Row row, Column column) {
        int index = column.index(row);
        if (index < 0) {
            throw new RowException(column.where() + " is empty");
        }
        return index;
    }

    private Duration duration(Row row, ActivityType timed) {
        String text = duration.text(row);
        Duration took = text.isEmpty() ? null : mapping.parts().duration().parse(text);
        if (took == null || took.isNegative() || took.getSeconds() < 1) {
            throw new RowException(duration.where() + " must be a positive number of "
                    + mapping.parts().duration().id() + " for timed type " + timed.id() + ": " + Text.quote(text));
        }
        if (took.getSeconds() > Integer.MAX_VALUE) {
            throw new RowException(duration.where() + " is too long for timed type " + timed.id() + ": "
                    + Text.quote(text));
        }
        return took;
    }
}
