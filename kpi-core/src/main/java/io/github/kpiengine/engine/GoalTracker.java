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
 * <p>Objectives: revenue is {@link Kpis#wonRevenue()} (in the log's currency, which must be the
 * goal's), new accounts is
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
        Optional<Kpi> objective = objective(goal);
        objective.filter(kpi -> !kpis.contains(kpi)).ifPresent(kpis::add);
        List<Kpi> driverKpis = new ArrayList<>();
        for (String driver : goal.driverKpiIds()) {
            driverKpis.add(driver(driver, "driverKpiIds"));
        }
        Kpi objectiveKpi = objective.orElseGet(() -> driver(goal.objective().kpiId().orElseThrow(), "objective's kpiId"));
        goal.objective().currency().ifPresent(currency -> log.currency().filter(own -> !own.equals(currency))
                .ifPresent(own -> {
                    throw new IllegalArgumentException("goal's currency must be the log's currency " + own
                            + ": " + currency + " (goal " + goal.id() + ")");
                }));
        ScorecardResult result = Engine.evaluate(new Scorecard(kpis), log, soFar, grouping);
        ScopeKey owner = ScopeKey.of(goal.ownerId());
        Map<Kpi, KpiResult> driverResults = new LinkedHashMap<>();
        Map<Kpi, Status> driverStatus = new LinkedHashMap<>();
        KpiResult achieved = result.result(owner, objectiveKpi);
        for (Kpi driver : driverKpis) {
            driverResults.put(driver, result.result(owner, driver));
            driverStatus.put(driver, result.status(owner, driver).orElse(Status.NOT_JUDGED));
        }
        return progress(goal, asOf, soFar, achieved, objectiveKpi.direction(), driverResults, driverStatus);
    }

    private Kpi driver(String id, String field) {
        for (Kpi kpi : drivers.kpis()) {
            if (kpi.id().equals(id)) {
                return kpi;
            }
        }
        throw new IllegalArgumentException(field + " must be KPIs of the driver scorecard "
                + drivers.kpis().stream().map(Kpi::id).toList() + ": " + id);
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
            Map<Kpi, KpiResult> driverResults, Map<Kpi, Status> driverStatus) {
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
        if (achieved.isDefined()) {
            BigDecimal value = achieved.value().orElseThrow();
            if (target.signum() != 0) {
                attainment = Optional.of(value.divide(target, KpiResult.SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros());
            }
            int compared = value.compareTo(due) * (direction == Direction.HIGHER_IS_BETTER ? 1 : -1);
            status = compared >= 0 ? Status.GREEN : Status.RED;
        }
        return new GoalProgress(goal, asOf, achieved, attainment, elapsed, total, due, status, driverResults,
                driverStatus);
    }

    private static Optional<Kpi> objective(Goal goal) {
        return switch (goal.objective().metric()) {
            case REVENUE -> Optional.of(Kpis.wonRevenue());
            case NEW_ACCOUNTS -> Optional.of(Kpis.newAccountsWon());
            case SHARE_OF_WALLET -> Optional.of(Kpis.shareOfWallet());
            case KPI -> Optional.empty();
        };
    }

    /**
     * Returns a grouping with the owner as a scope: the tree's units for a unit; the reps (and so
     * their peers) for a rep of the log; for a rep with nothing in the log, a unit of that rep alone,
     * so that the rep still has figures (no revenue, no new account) rather than none.
     */
    private Grouping grouping(String owner) {
        for (OrgUnit unit : tree.units()) {
            if (unit.id().equals(owner)) {
                return Grouping.byOrgUnit(tree);
            }
        }
        if (tree.reps().stream().anyMatch(rep -> rep.id().equals(owner))) {
            return log.repId(owner) >= 0 ? Grouping.byRep() : Grouping.byOrgUnit(OrgTree.builder().root(owner, owner, owner).rep(tree.rep(owner), owner).build());
        }
        throw new IllegalArgumentException("ownerId must be a rep or a unit of the org tree: " + owner);
    }
}
