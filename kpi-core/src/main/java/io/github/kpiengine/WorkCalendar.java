package io.github.kpiengine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which days are worked, how many hours a working day has, and on which day a week starts.
 *
 * <pre>{@code
 * WorkCalendar calendar = WorkCalendar.builder()
 *         .holiday(LocalDate.of(2026, 12, 25))
 *         .build();                                      // Monday to Friday, 8 hours a day
 * calendar.sellingWeeks(SalesPeriod.ofYear(2026));            // working days / 5
 * }</pre>
 *
 * <p>Selling weeks are working days divided by the working days of a full week, so a year of 240
 * working days on a five-day week has 48 selling weeks. Immutable and thread-safe.
 */
public final class WorkCalendar {

    private static final int WEEKS_SCALE = 10;
    private static final WorkCalendar STANDARD = builder().build();

    private final DayOfWeek weekStart;
    private final Set<DayOfWeek> workingDays;
    private final Set<LocalDate> holidays;
    private final BigDecimal hoursPerDay;

    private WorkCalendar(Builder builder) {
        this.weekStart = builder.weekStart;
        this.workingDays = Set.copyOf(builder.workingDays);
        this.holidays = Set.copyOf(builder.holidays);
        this.hoursPerDay = builder.hoursPerDay;
    }

    /**
     * Returns the calendar of a Monday-to-Friday week starting on Monday, eight working hours a day
     * and no holidays.
     *
     * @return the standard calendar
     */
    public static WorkCalendar standard() {
        return STANDARD;
    }

    /**
     * Starts a builder with the standard calendar's settings.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the first day of a week.
     *
     * @return the week start
     */
    public DayOfWeek weekStart() {
        return weekStart;
    }

    /**
     * Returns the days of the week that are worked.
     *
     * @return the working days of the week
     */
    public Set<DayOfWeek> workingDays() {
        return workingDays;
    }

    /**
     * Returns the holidays: days that would be worked but are not.
     *
     * @return the holidays
     */
    public Set<LocalDate> holidays() {
        return holidays;
    }

    /**
     * Returns the working hours of a working day.
     *
     * @return the hours per day
     */
    public BigDecimal hoursPerDay() {
        return hoursPerDay;
    }

    /**
     * Tells whether a day is worked: a working day of the week and not a holiday.
     *
     * @param day the day
     * @return true if worked
     */
    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return workingDays.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /**
     * Counts the working days of a period.
     *
     * @param period the period
     * @return the days worked in it
     */
    public long workingDays(SalesPeriod period) {
        Objects.requireNonNull(period, "period");
        long fullWeeks = period.days() / 7;
        long count = fullWeeks * workingDays.size();
        for (LocalDate day = period.start().plusWeeks(fullWeeks); !day.isAfter(period.end());
                day = day.plusDays(1)) {
            if (workingDays.contains(day.getDayOfWeek())) {
                count++;
            }
        }
        for (LocalDate holiday : holidays) {
            if (period.contains(holiday) && workingDays.contains(holiday.getDayOfWeek())) {
                count--;
            }
        }
        return count;
    }

    /**
     * Returns the selling weeks of a period: its working days divided by the working days of a
     * full week, exact when the quotient terminates and otherwise to ten decimal places, rounded
     * half-even.
     *
     * @param period the period
     * @return the selling weeks
     */
    public BigDecimal sellingWeeks(SalesPeriod period) {
        BigDecimal days = BigDecimal.valueOf(workingDays(period));
        BigDecimal perWeek = BigDecimal.valueOf(workingDays.size());
        // Dividing at a fixed scale and stripping the zeros gives the exact quotient whenever it
        // terminates within ten places (every division by a week of 1 to 7 days that terminates
        // does) without the cost of an exception for the ones that do not.
        BigDecimal weeks = days.divide(perWeek, WEEKS_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return weeks.scale() < 0 ? weeks.setScale(0) : weeks;
    }

    /**
     * Returns the working hours of a period: working days times hours per day.
     *
     * @param period the period
     * @return the hours
     */
    public BigDecimal workingHours(SalesPeriod period) {
        return hoursPerDay.multiply(BigDecimal.valueOf(workingDays(period)));
    }

    /**
     * Returns the first day of the week holding a day.
     *
     * @param day the day
     * @return the week's first day, on or before {@code day}
     */
    public LocalDate weekStartOf(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return day.with(TemporalAdjusters.previousOrSame(weekStart));
    }

    /**
     * Splits a period at week starts. The first and last weeks are cut to the period, so they may
     * be shorter than seven days.
     *
     * @param period the period
     * @return its weeks, in order
     */
    public List<SalesPeriod> weeks(SalesPeriod period) {
        Objects.requireNonNull(period, "period");
        List<SalesPeriod> weeks = new ArrayList<>();
        LocalDate start = period.start();
        while (!start.isAfter(period.end())) {
            LocalDate end = weekStartOf(start).plusDays(6);
            if (end.isAfter(period.end())) {
                end = period.end();
            }
            weeks.add(new SalesPeriod(start, end));
            start = end.plusDays(1);
        }
        return List.copyOf(weeks);
    }

    /**
     * Tells whether two calendars have the same settings.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof WorkCalendar c && weekStart == c.weekStart
                && workingDays.equals(c.workingDays) && holidays.equals(c.holidays)
                && hoursPerDay.equals(c.hoursPerDay);
    }

    /**
     * Returns a hash consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(weekStart, workingDays, holidays, hoursPerDay);
    }

    /**
     * Returns the settings in a readable form.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "WorkCalendar[weekStart=" + weekStart + ", workingDays=" + new TreeSet<>(workingDays)
                + ", holidays=" + holidays.size() + ", hoursPerDay=" + hoursPerDay.toPlainString() + "]";
    }

    /** Builds a {@link WorkCalendar}; starts from the standard settings. Not thread-safe. */
    public static final class Builder {

        private DayOfWeek weekStart = DayOfWeek.MONDAY;
        private Set<DayOfWeek> workingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        private final Set<LocalDate> holidays = new TreeSet<>();
        private BigDecimal hoursPerDay = BigDecimal.valueOf(8);

        private Builder() {
        }

        /**
         * Sets the first day of a week; Monday unless set.
         *
         * @param weekStart the week start
         * @return this builder
         */
        public Builder weekStart(DayOfWeek weekStart) {
            this.weekStart = Objects.requireNonNull(weekStart, "weekStart");
            return this;
        }

        /**
         * Sets the days of the week that are worked; Monday to Friday unless set.
         *
         * @param workingDays at least one day
         * @return this builder
         * @throws IllegalArgumentException if the set is empty
         */
        public Builder workingDays(Set<DayOfWeek> workingDays) {
            Objects.requireNonNull(workingDays, "workingDays");
            Checks.check(!workingDays.isEmpty(), "workingDays must not be empty");
            this.workingDays = EnumSet.copyOf(workingDays);
            return this;
        }

        /**
         * Adds a holiday.
         *
         * @param day the day not worked
         * @return this builder
         */
        public Builder holiday(LocalDate day) {
            holidays.add(Objects.requireNonNull(day, "day"));
            return this;
        }

        /**
         * Adds holidays.
         *
         * @param days the days not worked
         * @return this builder
         */
        public Builder holidays(Collection<LocalDate> days) {
            Objects.requireNonNull(days, "days").forEach(this::holiday);
            return this;
        }

        /**
         * Sets the working hours of a day; eight unless set.
         *
         * @param hoursPerDay more than zero and at most 24
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder hoursPerDay(BigDecimal hoursPerDay) {
            Checks.positive("hoursPerDay", hoursPerDay);
            if (!(hoursPerDay.compareTo(BigDecimal.valueOf(24)) <= 0)) {
                throw new IllegalArgumentException("hoursPerDay must be at most 24: " + hoursPerDay.toPlainString());
            }
            this.hoursPerDay = hoursPerDay.stripTrailingZeros();
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return the calendar
         */
        public WorkCalendar build() {
            return new WorkCalendar(this);
        }
    }
}
