package io.github.kpiengine.engine;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.SalesPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
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
 *
 * <p>With a parallelism, or a {@link ForkJoinPool}, the scan is split into contiguous parts, each
 * filling its own {@link ScorecardAccumulator}, and the parts are merged: the same figures as one
 * thread, in less time on several cores.
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
        return evaluate(scorecard, log, period, grouping, 1);
    }

    /**
     * Evaluates a scorecard as {@link #evaluate(Scorecard, ActivityLog, SalesPeriod, Grouping)} does,
     * the scan split into {@code parallelism} parts run on the common {@link ForkJoinPool} and the
     * calling thread, then merged. The figures are those of one thread.
     *
     * @param scorecard the KPIs
     * @param log the activities and opportunities
     * @param period the period, both ends included
     * @param grouping how to split the log into scopes
     * @param parallelism the number of parts, at least 1; 1 scans on the calling thread alone
     * @return the figures, immutable
     * @throws IllegalArgumentException if the parallelism is below 1
     */
    public static ScorecardResult evaluate(Scorecard scorecard, ActivityLog log, SalesPeriod period, Grouping grouping,
            int parallelism) {
        Objects.requireNonNull(log, "log");
        Checks.check(parallelism >= 1, "parallelism must be at least 1: " + parallelism);
        CompiledScorecard plan = CompiledScorecard.of(scorecard, period, grouping);
        LogBinding binding = new LogBinding(plan, log);
        if (parallelism == 1) {
            return part(plan, binding, 0, 1).publish(false);
        }
        List<ForkJoinTask<ScorecardAccumulator>> tasks = new ArrayList<>(parallelism);
        for (int p = 0; p < parallelism; p++) {
            int part = p;
            tasks.add(ForkJoinTask.adapt(() -> part(plan, binding, part, parallelism)));
        }
        ForkJoinTask.invokeAll(tasks);
        return merged(tasks);
    }

    /**
     * Evaluates a scorecard as {@link #evaluate(Scorecard, ActivityLog, SalesPeriod, Grouping)} does,
     * the scan split into as many parts as the pool's parallelism, run in the pool, then merged.
     * The figures are those of one thread.
     *
     * @param scorecard the KPIs
     * @param log the activities and opportunities
     * @param period the period, both ends included
     * @param grouping how to split the log into scopes
     * @param pool the threads to run the parts on
     * @return the figures, immutable
     */
    public static ScorecardResult evaluate(Scorecard scorecard, ActivityLog log, SalesPeriod period, Grouping grouping,
            ForkJoinPool pool) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(pool, "pool");
        CompiledScorecard plan = CompiledScorecard.of(scorecard, period, grouping);
        LogBinding binding = new LogBinding(plan, log);
        int parts = pool.getParallelism();
        return pool.invoke(ForkJoinTask.adapt(() -> {
            List<ForkJoinTask<ScorecardAccumulator>> tasks = new ArrayList<>(parts);
            for (int p = 0; p < parts; p++) {
                int part = p;
                tasks.add(ForkJoinTask.adapt(() -> part(plan, binding, part, parts)));
            }
            ForkJoinTask.invokeAll(tasks);
            return merged(tasks);
        }));
    }

    /** Fills an accumulator with part {@code p} of {@code n} of the log: a contiguous range of each column. */
    private static ScorecardAccumulator part(CompiledScorecard plan, LogBinding binding, int p, int n) {
        ScorecardAccumulator accumulator = plan.newAccumulator();
        int[] repMap = accumulator.repsOf(binding.log);
        LogScan.addActivities(accumulator, binding, repMap, bound(binding.activityCount, p, n),
                bound(binding.activityCount, p + 1, n));
        LogScan.addOpportunities(accumulator, binding, repMap, bound(binding.opportunityCount, p, n),
                bound(binding.opportunityCount, p + 1, n));
        if (p == 0) {
            LogScan.addWallets(accumulator, binding, repMap);
        }
        return accumulator;
    }

    private static int bound(int count, int p, int n) {
        return (int) ((long) count * p / n);
    }

    private static ScorecardResult merged(List<ForkJoinTask<ScorecardAccumulator>> tasks) {
        ScorecardAccumulator first = tasks.get(0).join();
        for (int p = 1; p < tasks.size(); p++) {
            first.merge(tasks.get(p).join());
        }
        return first.publish(false);
    }

    /**
     * Returns a {@link Collector} that evaluates a scorecard over a stream of the caller's own
     * objects, read through extractor functions instead of a log: the same figures as appending the
     * same activities to a log and evaluating it. Each element goes straight into a
     * {@link ScorecardAccumulator}; in parallel streams each part fills its own, and they merge.
     *
     * <pre>{@code
     * ScorecardResult result = crmTasks.stream()
     *         .collect(Engine.activityCollector(scorecard, SalesPeriod.ofYear(2026), Grouping.byRep(), fields));
     * }</pre>
     *
     * <p>Only activities reach the collector, without attributes or accounts: KPIs of opportunities
     * (win rate, revenue, cycle, conversion) see none and are undefined or zero by their own rules,
     * and attribute conditions match nothing; evaluate them over an {@link ActivityLog}.
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
        Objects.requireNonNull(fields, "fields");
        CompiledScorecard plan = CompiledScorecard.of(scorecard, period, grouping);
        return Collector.of(plan::newAccumulator,
                (accumulator, element) -> {
                    ActivityType type = Objects.requireNonNull(fields.type().apply(element), "type");
                    long seconds = fields.seconds().applyAsLong(element);
                    if (type.isTimed() ? seconds <= 0 : seconds != 0) {
                        throw new IllegalArgumentException("seconds must be "
                                + (type.isTimed() ? "positive for timed type " : "zero for counted type ")
                                + type.id() + ": " + seconds);
                    }
                    accumulator.addFields(Objects.requireNonNull(fields.rep().apply(element), "rep"), type,
                            Objects.requireNonNull(fields.date().apply(element), "date"),
                            Objects.requireNonNull(fields.outcome().apply(element), "outcome"), seconds);
                },
                ScorecardAccumulator::merge,
                accumulator -> accumulator.publish(false));
    }
}
