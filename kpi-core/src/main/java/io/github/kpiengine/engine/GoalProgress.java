package io.github.kpiengine.engine;

import io.github.kpiengine.Goal;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a goal stands on a day: what its owner achieved so far against the target, whether that is
 * on pace for the working days gone, and how its driver KPIs stand. Made by {@link GoalTracker}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param goal the goal
 * @param asOf the last day counted
 * @param achieved the objective's value from the goal's first day to {@code asOf}
 * @param attainment achieved ÷ target, or empty when either is undefined or the target is zero
 * @param elapsedWorkingDays the working days of the goal's period up to {@code asOf}
 * @param workingDays the working days of the goal's whole period
 * @param dueByNow what should be achieved by now: target × elapsed ÷ working days for revenue and
 *     new accounts (they add up over time), the target itself for share of wallet and KPIs (they do
 *     not)
 * @param status GREEN when achieved meets what is due by now (reading the objective's direction),
 *     RED when it does not, NOT_JUDGED when achieved is undefined
 * @param drivers each driver KPI's figure over the same days, in the goal's order
 * @param driverStatus each driver's status by the target its definition carries; NOT_JUDGED when it
 *     carries none
 */
public record GoalProgress(Goal goal, LocalDate asOf, KpiResult achieved, Optional<BigDecimal> attainment,
        long elapsedWorkingDays, long workingDays, BigDecimal dueByNow, Status status, Map<Kpi, KpiResult> drivers,
        Map<Kpi, Status> driverStatus) {

    /**
     * Validates and copies the components.
     *
     * @param goal the goal
     * @param asOf the last day counted
     * @param achieved the objective's value so far
     * @param attainment achieved ÷ target
     * @param elapsedWorkingDays the working days gone
     * @param workingDays the working days of the whole period
     * @param dueByNow what should be achieved by now
     * @param status how achieved stands against what is due
     * @param drivers each driver KPI's figure
     * @param driverStatus each driver's status
     */
    public GoalProgress {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(achieved, "achieved");
        Objects.requireNonNull(attainment, "attainment");
        Objects.requireNonNull(dueByNow, "dueByNow");
        Objects.requireNonNull(status, "status");
        drivers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(drivers));
        driverStatus = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(driverStatus));
    }
}
