package io.github.kpiengine.examples.crm;

import io.github.kpiengine.SalesPeriod;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Optional;

/**
 * The days on which a load found something: an activity, an opportunity created, a stage entered,
 * a deal won or lost. Days lie in the years 1 to 9999, as the readers take dates; one bit a day.
 * Immutable and thread-safe.
 */
public final class DataDays {

    /** The first day a date may be: 0001-01-01. */
    static final long FIRST = LocalDate.of(1, 1, 1).toEpochDay();

    private final BitSet days;

    private DataDays(BitSet days) {
        this.days = days;
    }

    static DataDays of(BitSet days) {
        return new DataDays((BitSet) days.clone());
    }

    /**
     * Returns the first to the last day found.
     *
     * @return the span, or empty when nothing was loaded
     */
    public Optional<SalesPeriod> span() {
        if (days.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SalesPeriod.of(day(days.nextSetBit(0)), day(days.length() - 1)));
    }

    /**
     * Tells whether anything happened on a day of a period.
     *
     * @param period the period
     * @return true if a day of the period holds an activity, a new opportunity, a stage entered or a close
     */
    public boolean anyIn(SalesPeriod period) {
        long from = Math.max(0, period.start().toEpochDay() - FIRST);
        long to = period.end().toEpochDay() - FIRST;
        if (to < 0 || from > Integer.MAX_VALUE) {
            return false;
        }
        int next = days.nextSetBit((int) from);
        return next >= 0 && next <= to;
    }

    private static LocalDate day(int index) {
        return LocalDate.ofEpochDay(FIRST + index);
    }

    @Override
    public String toString() {
        return "DataDays[" + days.cardinality() + " days" + span().map(span -> ", " + span).orElse("") + "]";
    }
}
