package io.github.kpiengine.engine;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How to read an activity's fields from a caller's own objects, for
 * {@link Engine#activityCollector(io.github.kpiengine.engine.Scorecard, io.github.kpiengine.SalesPeriod,
 * Grouping, ActivityFields)}: no {@code Activity} is built for each element.
 *
 * <pre>{@code
 * ActivityFields<CrmTask> fields = ActivityFields.of(CrmTask::ownerId, task -> types.get(task.kind()),
 *         CrmTask::dueDate).withOutcome(task -> task.closedWon() ? Outcome.ORDER_COMMITMENT : Outcome.NONE);
 * }</pre>
 *
 * <p>Immutable and thread-safe if the functions are.
 *
 * @param <T> the caller's type
 * @param rep the rep's id
 * @param type the activity type
 * @param date the day
 * @param outcome the outcome
 * @param seconds the duration in whole seconds, zero for counted types
 */
public record ActivityFields<T>(Function<? super T, String> rep, Function<? super T, ActivityType> type,
        Function<? super T, LocalDate> date, Function<? super T, Outcome> outcome,
        ToLongFunction<? super T> seconds) {

    /**
     * Checks the functions are present.
     *
     * @param rep the rep's id
     * @param type the activity type
     * @param date the day
     * @param outcome the outcome
     * @param seconds the duration in seconds
     */
    public ActivityFields {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(seconds, "seconds");
    }

    /**
     * Reads the rep, type and day; every outcome is {@link Outcome#NONE} and every duration zero
     * unless set with {@link #withOutcome} and {@link #withSeconds}.
     *
     * @param <T> the caller's type
     * @param rep the rep's id
     * @param type the activity type
     * @param date the day
     * @return the fields
     */
    public static <T> ActivityFields<T> of(Function<? super T, String> rep, Function<? super T, ActivityType> type,
            Function<? super T, LocalDate> date) {
        return new ActivityFields<>(rep, type, date, element -> Outcome.NONE, element -> 0);
    }

    /**
     * Returns these fields with the outcome read by a function.
     *
     * @param reader the outcome
     * @return the fields
     */
    public ActivityFields<T> withOutcome(Function<? super T, Outcome> reader) {
        return new ActivityFields<>(rep, type, date, reader, seconds);
    }

    /**
     * Returns these fields with the duration in whole seconds read by a function.
     *
     * @param reader the seconds
     * @return the fields
     */
    public ActivityFields<T> withSeconds(ToLongFunction<? super T> reader) {
        return new ActivityFields<>(rep, type, date, outcome, reader);
    }
}
