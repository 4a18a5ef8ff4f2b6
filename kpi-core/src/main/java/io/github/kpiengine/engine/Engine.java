package io.github.kpiengine.engine;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.SalesPeriod;
import java.util.Objects;
import java.util.stream.Collector;

/**
 * Evaluates a scorecard over a log for every scope of a grouping.
 *
 * <pre>{@code
 * ScorecardResult result = Engine.evaluate(Scorecard.of(Kpis.winRate()), log,
 *         SalesPeriod.ofMonth(YearMonth.of(2026, 3)), Grouping.byRep());
 * KpiResult annWinRate = result.result("ann", "win_rate");
 * }</pre>
 *
 * <p>One pass over the activity columns and one over the opportunity columns fill a row of long
 * counters per rep (or rep and week); a scope's figures come from the sum of its rows, so a unit's
 * ratio is Σ numerators ÷ Σ denominators of its reps. Evaluation only reads the log: any number of
 * threads may evaluate the same log at once while nobody appends to it.
 */
public final class Engine {

    private Engine() {
    }

    /**
     * Evaluates every KPI of a scorecard for every scope of a grouping over a period.
     *
     * <p>An activity counts on its own day, whatever any calendar says: a call made on a Saturday or
     * a holiday counts (calendars only pace rates and working hours). Activities and events of
     * opportunities outside the period count nowhere, except in the period before it when a KPI
     * looks back ({@link io.github.kpiengine.kpi.Kpis#previousPeriod}).
     *
     * @param scorecard the KPIs
     * @param log the activities and opportunities
     * @param period the period, both ends included
     * @param grouping how to split the log into scopes
     * @return the figures, immutable
     */
    public static ScorecardResult evaluate(Scorecard scorecard, ActivityLog log, SalesPeriod period, Grouping grouping) {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(grouping, "grouping");
        CompiledScorecard plan = new CompiledScorecard(scorecard, log, period, grouping);
        return ScorecardAccumulator.create(plan)
                .addActivities(0, plan.activityCount)
                .addOpportunities(0, plan.opportunityCount)
                .result();
    }

    /**
     * Returns a {@link Collector} that evaluates a scorecard over a stream of the caller's own
     * objects, read through extractor functions instead of a log: the same figures as appending the
     * same activities to a log and evaluating it. It works in parallel streams (each part fills its
     * own columns; the parts are combined before the single evaluation).
     *
     * <pre>{@code
     * ScorecardResult result = crmTasks.stream()
     *         .collect(Engine.activityCollector(scorecard, SalesPeriod.ofYear(2026), Grouping.byRep(), fields));
     * }</pre>
     *
     * <p>Only activities reach the collector: KPIs of opportunities (win rate, revenue, cycle,
     * conversion) see none and are undefined or zero by their own rules; evaluate them over an
     * {@link ActivityLog}.
     *
     * @param <T> the caller's type
     * @param scorecard the KPIs
     * @param period the period, both ends included
     * @param grouping how to split the activities into scopes
     * @param fields how to read an activity from an element
     * @return the collector
     */
    public static <T> Collector<T, ?, ScorecardResult> activityCollector(Scorecard scorecard, SalesPeriod period,
            Grouping grouping, ActivityFields<T> fields) {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(fields, "fields");
        return Collector.of(ActivityLog::create,
                (log, element) -> {
                    ActivityType type = Objects.requireNonNull(fields.type().apply(element), "type");
                    long seconds = fields.seconds().applyAsLong(element);
                    if (type.isTimed() ? seconds <= 0 : seconds != 0) {
                        throw new IllegalArgumentException("seconds must be "
                                + (type.isTimed() ? "positive for timed type " : "zero for counted type ")
                                + type.id() + ": " + seconds);
                    }
                    log.appendColumns(Objects.requireNonNull(fields.rep().apply(element), "rep"), type,
                            Objects.requireNonNull(fields.date().apply(element), "date"),
                            Objects.requireNonNull(fields.outcome().apply(element), "outcome"), seconds,
                            java.util.Map.of());
                },
                ActivityLog::appendActivitiesOf,
                log -> evaluate(scorecard, log, period, grouping));
    }
}
