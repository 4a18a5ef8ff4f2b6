package io.github.kpiengine.engine;

import io.github.kpiengine.Goal;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Status;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows goals over a log: each goal's progress against its target, paced by working days, and
 * the status of its driver KPIs, for its owner (a rep, or a unit whose figure covers every rep
 * below it).
 *
 * <pre>{@code
 * GoalTracker tracker = GoalTracker.of(log, org, WorkCalendar.standard(), drivers);
 * GoalProgress ann = tracker.progress(annRevenueGoal, LocalDate.of(2026, 6, 30));
 * }</pre>
 *
 * <p>Objectives: revenue is the revenue won (Σ amount of the deals won), new accounts is
 * {@link Kpis#newAccountsWon()}, share of wallet is {@link Kpis#shareOfWallet()}, and a KPI objective
 * is the driver scorecard's KPI of that id. Immutable and thread-safe while nobody appends to the
 * log.
 */
public final class GoalTracker {

    private final ActivityLog log;
    private final OrgTree tree;
    private final WorkCalendar calendar;
    private final Scorecard drivers;

    private GoalTracker(ActivityLog log, OrgTree tree, WorkCalendar calendar, Scorecard drivers) {
        this.log = log;
        this.tree = tree;
        this.calendar = calendar;
        this.drivers = drivers;
    }

    /**
     * Returns a tracker.
     *
     * @param log the activities and opportunities
     * @param tree the organisation: goals' owners are its reps and units
     * @param calendar the working days that pace the goals
     * @param drivers the driver KPIs goals name, with the targets their definitions carry
     * @return the tracker
     */
    public static GoalTracker of(ActivityLog log, OrgTree tree, WorkCalendar calendar, Scorecard drivers) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(drivers, "drivers");
        return new GoalTracker(log, tree, calendar, drivers);
    }

    /**
     * Returns a goal's progress up to a day.
     *
     * @param goal the goal
     * @param asOf the last day counted; a day after the goal's period counts the whole period
     * @return the progress
     * @throws IllegalArgumentException if the day is before the goal's period, the owner is neither a
     *         rep nor a unit of the tree, or a driver or KPI objective is not in the driver scorecard
     */
    public GoalProgress progress(Goal goal, LocalDate asOf) {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(asOf, "asOf");
        SalesPeriod period = goal.period();
        if (asOf.isBefore(period.start())) {
            throw new IllegalArgumentException("asOf must not be before the goal's period " + period + ": " + asOf);
        }
        SalesPeriod soFar = SalesPeriod.of(period.start(), asOf.isAfter(period.end()) ? period.end() : asOf);
        Grouping grouping = grouping(goal.ownerId());

        List<Kpi> kpis = new ArrayList<>(drivers.kpis());
        Kpi objective = objective(goal);
        boolean extra = objective != null;
        if (extra) {
            kpis.add(Kpis.renamed(objective, "goal_objective", "Goal objective"));
        }
        List<String> ids = drivers.kpis().stream().map(Kpi::id).toList();
        for (String driver : goal.driverKpiIds()) {
            if (!ids.contains(driver)) {
                throw new IllegalArgumentException("driverKpiIds must be KPIs of the driver scorecard " + ids + ": " + driver);
            }
        }
        ScorecardResult result = Engine.evaluate(new Scorecard(kpis), log, soFar, grouping);
        if (!result.scopes().contains(goal.ownerId())) {
            return progress(goal, asOf, soFar, KpiResult.undefined("the owner has nothing in the log", 0),
                    Direction.HIGHER_IS_BETTER, Map.of(), Map.of());
        }
        KpiResult achieved;
        Direction direction = Direction.HIGHER_IS_BETTER;
        switch (goal.objective().metric()) {
            case REVENUE -> {
                KpiResult perSale = result.result(goal.ownerId(), "goal_objective");
                achieved = KpiResult.of(perSale instanceof KpiResult.Defined d ? d.numerator() : BigDecimal.ZERO,
                        io.github.kpiengine.kpi.KpiUnit.MONEY, perSale.sampleSize());
            }
            case NEW_ACCOUNTS, SHARE_OF_WALLET -> achieved = result.result(goal.ownerId(), "goal_objective");
            default -> {
                String kpiId = goal.objective().kpiId().orElseThrow();
                if (!ids.contains(kpiId)) {
                    throw new IllegalArgumentException("objective's kpiId must be a KPI of the driver scorecard "
                            + ids + ": " + kpiId);
                }
                achieved = result.result(goal.ownerId(), kpiId);
                direction = drivers.kpis().get(ids.indexOf(kpiId)).direction();
            }
        }
        Map<String, KpiResult> driverResults = new LinkedHashMap<>();
        Map<String, Status> driverStatus = new LinkedHashMap<>();
        for (String driver : goal.driverKpiIds()) {
            driverResults.put(driver, result.result(goal.ownerId(), driver));
            driverStatus.put(driver, result.status(goal.ownerId(), driver).orElse(Status.NOT_JUDGED));
        }
        return progress(goal, asOf, soFar, achieved, direction, driverResults, driverStatus);
    }

    /**
     * Returns the progress of several goals up to a day, in their order.
     *
     * @param goals the goals
     * @param asOf the last day counted
     * @return the progress of each
     */
    public List<GoalProgress> progress(List<Goal> goals, LocalDate asOf) {
        Objects.requireNonNull(goals, "goals");
        return goals.stream().map(goal -> progress(goal, asOf)).toList();
    }

    private GoalProgress progress(Goal goal, LocalDate asOf, SalesPeriod soFar, KpiResult achieved, Direction direction,
            Map<String, KpiResult> driverResults, Map<String, Status> driverStatus) {
        long elapsed = calendar.workingDays(soFar);
        long total = calendar.workingDays(goal.period());
        boolean cumulative = switch (goal.objective().metric()) {
            case REVENUE, NEW_ACCOUNTS -> true;
            default -> false;
        };
        BigDecimal target = goal.target();
        BigDecimal due = !cumulative ? target : total == 0 ? target
                : target.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(total), KpiResult.SCALE,
                        RoundingMode.HALF_EVEN);
        Optional<BigDecimal> attainment = Optional.empty();
        Status status = Status.NOT_JUDGED;
        if (achieved instanceof KpiResult.Defined d) {
            if (target.signum() != 0) {
                attainment = Optional.of(d.value().divide(target, KpiResult.SCALE, RoundingMode.HALF_EVEN));
            }
            int compared = d.value().compareTo(due) * (direction == Direction.HIGHER_IS_BETTER ? 1 : -1);
            status = compared >= 0 ? Status.GREEN : Status.RED;
        }
        return new GoalProgress(goal, asOf, achieved, attainment, elapsed, total, due, status, driverResults,
                driverStatus);
    }

    private Kpi objective(Goal goal) {
        return switch (goal.objective().metric()) {
            case REVENUE -> Kpis.averageRevenuePerSale();
            case NEW_ACCOUNTS -> Kpis.newAccountsWon();
            case SHARE_OF_WALLET -> Kpis.shareOfWallet();
            default -> null;
        };
    }

    private Grouping grouping(String owner) {
        for (OrgUnit unit : tree.units()) {
            if (unit.id().equals(owner)) {
                return Grouping.byOrgUnit(tree);
            }
        }
        if (tree.reps().stream().anyMatch(rep -> rep.id().equals(owner))) {
            return Grouping.byRep();
        }
        throw new IllegalArgumentException("ownerId must be a rep or a unit of the org tree: " + owner);
    }
}
