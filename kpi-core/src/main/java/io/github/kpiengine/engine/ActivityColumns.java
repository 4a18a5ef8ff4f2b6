package io.github.kpiengine.engine;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Activities given as columns of primitives over two small dictionaries, for bulk appending to an
 * {@link ActivityLog} or adding to a {@link ScorecardAccumulator} with no object per activity.
 *
 * <pre>{@code
 * ActivityColumns columns = ActivityColumns.of(List.of("ann", "bob"), List.of(ActivityType.COLD_CALL, ActivityType.DEMO),
 *         new int[] {0, 1, 0},                                   // rep: an index into the rep ids
 *         new int[] {0, 0, 1},                                   // type: an index into the types
 *         new int[] {20514, 20514, 20515},                       // day: LocalDate.toEpochDay()
 *         null,                                                  // outcomes: all Outcome.NONE
 *         null);                                                 // seconds: all zero (counted types)
 * log.append(columns);
 * }</pre>
 *
 * <p>The arrays are the caller's, not copied: they are read, and checked whole, each time the
 * columns are appended or added, so that nothing is written when any value is wrong. Columns carry
 * no attributes and no accounts; append {@link io.github.kpiengine.Activity} objects for those.
 *
 * <p>Immutable and thread-safe as long as nobody changes the arrays.
 */
public final class ActivityColumns {

    private static final int OUTCOMES = Outcome.values().length;

    private final List<String> repIds;
    private final List<ActivityType> types;
    final int[] rep;
    final int[] type;
    final int[] epochDay;
    final byte[] outcome;
    final int[] seconds;

    private ActivityColumns(List<String> repIds, List<ActivityType> types, int[] rep, int[] type, int[] epochDay,
            byte[] outcome, int[] seconds) {
        this.repIds = repIds;
        this.types = types;
        this.rep = rep;
        this.type = type;
        this.epochDay = epochDay;
        this.outcome = outcome;
        this.seconds = seconds;
    }

    /**
     * Returns activities given as columns, checked whole.
     *
     * @param repIds the rep ids the {@code rep} column points into, not blank
     * @param types the types the {@code type} column points into, with distinct ids
     * @param rep each activity's rep, an index into {@code repIds}
     * @param type each activity's type, an index into {@code types}
     * @param epochDay each activity's day, as {@link java.time.LocalDate#toEpochDay()}
     * @param outcome each activity's outcome, as {@link Outcome#ordinal()}; null for all {@link Outcome#NONE}
     * @param seconds each activity's duration in whole seconds, positive for timed types and zero for
     *        counted ones; null for all zero
     * @return the columns
     * @throws IllegalArgumentException if the columns differ in length, or a value is out of range,
     *         naming the column, the row and the value
     */
    public static ActivityColumns of(List<String> repIds, List<ActivityType> types, int[] rep, int[] type,
            int[] epochDay, byte[] outcome, int[] seconds) {
        Objects.requireNonNull(repIds, "repIds");
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(epochDay, "epochDay");
        ActivityColumns columns = new ActivityColumns(List.copyOf(repIds), List.copyOf(types), rep, type, epochDay,
                outcome, seconds);
        columns.validate();
        return columns;
    }

    /**
     * Returns the rep ids the rep column points into.
     *
     * @return the rep ids
     */
    public List<String> repIds() {
        return repIds;
    }

    /**
     * Returns the types the type column points into.
     *
     * @return the types
     */
    public List<ActivityType> types() {
        return types;
    }

    /**
     * Returns the number of activities.
     *
     * @return the count
     */
    public int size() {
        return rep.length;
    }

    /**
     * Checks every value and returns the reps used, in the order they first appear.
     */
    int[] validate() {
        int n = rep.length;
        checkLength("type", type.length, n);
        checkLength("epochDay", epochDay.length, n);
        if (outcome != null) {
            checkLength("outcome", outcome.length, n);
        }
        if (seconds != null) {
            checkLength("seconds", seconds.length, n);
        }
        Map<String, ActivityType> byId = new HashMap<>();
        boolean[] timed = new boolean[types.size()];
        for (int t = 0; t < timed.length; t++) {
            ActivityType known = byId.putIfAbsent(types.get(t).id(), types.get(t));
            if (known != null) {
                throw new IllegalArgumentException("types must have distinct ids: " + known.id());
            }
            timed[t] = types.get(t).isTimed();
        }
        for (String id : repIds) {
            if (id.isBlank()) {
                throw new IllegalArgumentException("repIds must not be blank: \"" + id + "\"");
            }
        }
        int reps = repIds.size();
        boolean[] seen = new boolean[reps];
        int[] order = new int[reps];
        int used = 0;
        for (int i = 0; i < n; i++) {
            int r = rep[i];
            if (r < 0 || r >= reps) {
                throw new IllegalArgumentException("rep[" + i + "] must be an index into repIds: " + r);
            }
            if (!seen[r]) {
                seen[r] = true;
                order[used++] = r;
            }
            int t = type[i];
            if (t < 0 || t >= timed.length) {
                throw new IllegalArgumentException("type[" + i + "] must be an index into types: " + t);
            }
            if (outcome != null && (outcome[i] < 0 || outcome[i] >= OUTCOMES)) {
                throw new IllegalArgumentException("outcome[" + i + "] must be an Outcome ordinal: " + outcome[i]);
            }
            int s = seconds == null ? 0 : seconds[i];
            if (timed[t] ? s <= 0 : s != 0) {
                throw new IllegalArgumentException("seconds[" + i + "] must be "
                        + (timed[t] ? "positive for timed type " : "zero for counted type ") + types.get(t).id()
                        + ": " + s);
            }
        }
        return java.util.Arrays.copyOf(order, used);
    }

    private static void checkLength(String column, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException(column + " must have as many rows as rep (" + expected + "): " + length);
        }
    }
}
