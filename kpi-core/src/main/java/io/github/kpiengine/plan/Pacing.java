package io.github.kpiengine.plan;

import java.math.BigDecimal;

/**
 * Where the count of new opportunities should stand today to finish on target, against where it
 * stands. Immutable and thread-safe.
 *
 * @param weeksElapsed the selling weeks gone
 * @param actual the new opportunities opened so far
 * @param due the new opportunities due by now: required × elapsed ÷ opening weeks, rounded up on
 *     the exact fraction
 * @param ahead actual − due; negative when behind
 * @param neededPerWeekFromNow what the remaining weeks need a week, rounded up; zero when met,
 *     and all that is missing ({@code required − actual}) when less than a week is left
 */
public record Pacing(BigDecimal weeksElapsed, long actual, long due, long ahead,
        long neededPerWeekFromNow) {
}
