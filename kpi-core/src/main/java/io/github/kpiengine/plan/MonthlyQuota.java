package io.github.kpiengine.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * New opportunities a month under a {@link WeeksPerMonth} convention. Immutable and thread-safe.
 *
 * @param month the month, or null when the convention does not depend on one
 * @param weeks the selling weeks counted for the month, to 16 significant digits
 * @param newOpportunities the plan's new opportunities × the month's weeks ÷ the opening weeks,
 *     rounded up on the exact fraction: 120 a year of 52 weeks are 10 a month at 52/12 weeks
 */
public record MonthlyQuota(YearMonth month, BigDecimal weeks, long newOpportunities) {
}
