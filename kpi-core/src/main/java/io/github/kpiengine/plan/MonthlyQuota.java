package io.github.kpiengine.plan;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * New opportunities a month under a {@link WeeksPerMonth} convention. Immutable and thread-safe.
 *
 * @param month the month, or null when the convention does not depend on one
 * @param weeks the selling weeks counted for the month
 * @param newOpportunities magic number exact × weeks, rounded up
 */
public record MonthlyQuota(YearMonth month, BigDecimal weeks, long newOpportunities) {
}
