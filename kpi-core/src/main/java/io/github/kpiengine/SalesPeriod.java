package io.github.kpiengine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A closed range of days, both ends included: a week, a month, a quarter, a fiscal year.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first day
 * @param end the last day, not before the first
 */
public record SalesPeriod(LocalDate start, LocalDate end) {
    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param start the first day
     * @param end the last day, not before the first
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public SalesPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start " + start + ": " + end);
        }
    }

    /**
     * Returns the days from {@code start} to {@code end}, both included.
     *
     * @param start the first day
     * @param end the last day
     * @return the period
     */
    public static SalesPeriod of(LocalDate start, LocalDate end) {
        return new SalesPeriod(start, end);
    }

    /**
     * Returns a calendar month.
     *
     * @param month the month
     * @return the month's days
     */
    public static SalesPeriod ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        return new SalesPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /**
     * Returns a calendar quarter.
     *
     * @param year the year
     * @param quarter the quarter, 1 to 4
     * @return the quarter's days
     * @throws IllegalArgumentException if the quarter is not 1 to 4
     */
    public static SalesPeriod ofQuarter(int year, int quarter) {
        if (!(quarter >= 1 && quarter <= 4)) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new SalesPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    /**
     * Returns a calendar year.
     *
     * @param year the year
     * @return the year's days
     */
    public static SalesPeriod ofYear(int year) {
        return new SalesPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * Returns the seven-day week holding a day.
     *
     * @param day any day of the week
     * @param weekStart the first day of a week
     * @return the week
     */
    public static SalesPeriod ofWeek(LocalDate day, DayOfWeek weekStart) {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(weekStart, "weekStart");
        LocalDate start = day.with(TemporalAdjusters.previousOrSame(weekStart));
        return new SalesPeriod(start, start.plusDays(6));
    }

    /**
     * Parses the form written by {@link #toString()}: {@code "2026-01-01/2026-03-31"}.
     *
     * @param text the text to parse
     * @return the period
     * @throws IllegalArgumentException if the text does not have that form
     */
    public static SalesPeriod parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int slash = s.indexOf('/');
        try {
            if (!(slash > 0)) {
                throw new IllegalArgumentException("text must be '<start>/<end>' in ISO dates: " + s);
            }
            return new SalesPeriod(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("text must be '<start>/<end>' in ISO dates: " + s, e);
        }
    }

    /**
     * Tells whether a day lies in the period.
     *
     * @param day the day
     * @return true if it is on or after the start and on or before the end
     */
    public boolean contains(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Returns the number of days, both ends included.
     *
     * @return the length in days, at least one
     */
    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /**
     * Returns the period just before this one, ending the day before it starts. A period of whole
     * calendar months (a month, a quarter, a year) steps back by as many calendar months, so the
     * period before the second quarter is the first quarter; any other period steps back by its
     * number of days.
     *
     * @return the previous period
     */
    public SalesPeriod previous() {
        LocalDate previousEnd = start.minusDays(1);
        if (start.getDayOfMonth() == 1 && end.equals(end.with(TemporalAdjusters.lastDayOfMonth()))) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(end)) + 1;
            return new SalesPeriod(start.minusMonths(months), previousEnd);
        }
        return new SalesPeriod(previousEnd.minusDays(days() - 1), previousEnd);
    }

    /**
     * Returns {@code "2026-01-01/2026-03-31"}; {@link #parse(CharSequence)} reads it back.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return start + "/" + end;
    }
}
