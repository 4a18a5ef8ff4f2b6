package io.github.kpiengine.plan;

import io.github.kpiengine.SalesPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * When new opportunities must be opened so that they still close inside the period: an opportunity
 * opened less than one sales cycle before the period ends does not.
 *
 * <p>The opening window runs from the period's start to {@code lastOpenDay}; the magic number is
 * spread over its selling weeks only. Immutable and thread-safe.
 *
 * @param cycleDays the sales cycle in days
 * @param lastOpenDay the last day a new opportunity can be opened and still close in the period
 * @param openingWeeks the selling weeks of the opening window
 * @param schedule for each week of the window, how many new opportunities must be open by its end
 */
public record CycleLag(long cycleDays, LocalDate lastOpenDay, BigDecimal openingWeeks,
        List<Deadline> schedule) {

    /**
     * Copies the schedule.
     *
     * @param cycleDays the sales cycle in days
     * @param lastOpenDay the last opening day
     * @param openingWeeks the selling weeks of the window
     * @param schedule the weekly deadlines
     */
    public CycleLag {
        schedule = List.copyOf(schedule);
    }

    /**
     * One week of the opening window and the running total of new opportunities due by its end.
     *
     * <p>Immutable and thread-safe.
     *
     * @param week the week, cut to the window
     * @param openBy the day by which the week's opportunities must be opened
     * @param cumulativeNewOpportunities how many new opportunities must be open by then, in all
     */
    public record Deadline(SalesPeriod week, LocalDate openBy, long cumulativeNewOpportunities) {
    }
}
