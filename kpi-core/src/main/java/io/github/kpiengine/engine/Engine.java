package io.github.kpiengine.engine;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.SalesPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p>With a parallelism, or a {@link ForkJoinPool}, the log is cut into contiguous chunks that
 * several parts take in turn, each filling its own {@link ScorecardAccumulator}, and the parts are
 * merged: the same figures as one thread, in less time on several free cores.
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
     * the log cut into chunks that {@code parallelism} parts, each with its own accumulator, take in
     * turn on the common {@link ForkJoinPool} and the calling thread; the parts are then merged. A
     * part whose thread gets no core leaves its chunks to the others. The figures are those of one
     * thread.
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
            ScorecardAccumulator accumulator = plan.newAccumulator();
            int[] repMap = accumulator.repsOf(log);
            LogScan.addActivities(accumulator, binding, repMap);
            LogScan.addOpportunities(accumulator, binding, repMap, 0, binding.opportunityCount);
            LogScan.addWallets(accumulator, binding, repMap);
            return accumulator.publish(false);
        }
        Chunks chunks = new Chunks(plan, binding, parallelism);
        List<ForkJoinTask<ScorecardAccumulator>> tasks = new ArrayList<>(parallelism);
        for (int p = 0; p < parallelism; p++) {
            tasks.add(ForkJoinTask.adapt(chunks::scan));
        }
        ForkJoinTask.invokeAll(tasks);
        return chunks.merged(tasks);
    }

    /**
     * Evaluates a scorecard as {@link #evaluate(Scorecard, ActivityLog, SalesPeriod, Grouping)} does,
     * the scan split into chunks taken by as many parts as the pool's parallelism, run in the pool,
     * then merged. The figures are those of one thread.
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
        Chunks chunks = new Chunks(plan, binding, parts);
        return pool.invoke(ForkJoinTask.adapt(() -> {
            List<ForkJoinTask<ScorecardAccumulator>> tasks = new ArrayList<>(parts);
            for (int p = 0; p < parts; p++) {
                tasks.add(ForkJoinTask.adapt(chunks::scan));
            }
            ForkJoinTask.invokeAll(tasks);
            return chunks.merged(tasks);
        }));
    }

    /**
     * The log cut into chunks that the parts take in turn until none is left, so that a part whose
     * thread gets no core (on a busy machine) leaves its work to the others instead of holding half
     * of it: the activities, then the opportunities, at least eight chunks a part and at most
     * {@link #LARGEST} activities or an eighth of that many opportunities a chunk.
     */
    private static final class Chunks {

        private static final int SMALLEST = 1 << 10;
        /**
         * The most activities in a chunk, a fraction of a millisecond's scan (and an eighth of it
         * of opportunities): a part whose thread is held up near the end leaves at most that much
         * for the others to wait on.
         */
        private static final int LARGEST = 1 << 16;

        private final CompiledScorecard plan;
        private final LogBinding binding;
        private final int activityChunk;
        private final int activityChunks;
        private final int opportunityChunk;
        private final int total;
        private final int parts;
        private final AtomicInteger next = new AtomicInteger();

        Chunks(CompiledScorecard plan, LogBinding binding, int parts) {
            this.plan = plan;
            this.binding = binding;
            this.parts = parts;
            this.activityChunk = Math.max(SMALLEST, Math.min(LARGEST, binding.activityCount / (parts * 8) + 1));
            this.activityChunks = (binding.activityCount + activityChunk - 1) / activityChunk;
            this.opportunityChunk = Math.max(SMALLEST, Math.min(LARGEST / 8, binding.opportunityCount / (parts * 8) + 1));
            this.total = activityChunks + (binding.opportunityCount + opportunityChunk - 1) / opportunityChunk;
        }

        /** Takes chunks until none is left, into an accumulator of its own. */
        ScorecardAccumulator scan() {
            ScorecardAccumulator accumulator = plan.newAccumulator();
            int[] repMap = accumulator.repsOf(binding.log);
            // A part takes about its share of the activities: its counters are sized for that.
            int[] counters = LogScan.counters(accumulator, binding.counted, repMap, binding.activityCount / parts);
            long[] deals = LogScan.dealTallies(accumulator, binding, repMap, binding.opportunityCount / parts);
            for (int c = next.getAndIncrement(); c < total; c = next.getAndIncrement()) {
                if (c < activityChunks) {
                    int from = c * activityChunk;
                    LogScan.addActivities(accumulator, binding, repMap, from,
                            Math.min(binding.activityCount, from + activityChunk), counters);
                } else {
                    int from = (c - activityChunks) * opportunityChunk;
                    LogScan.addOpportunities(accumulator, binding, repMap, from,
                            Math.min(binding.opportunityCount, from + opportunityChunk), deals);
                }
            }
            LogScan.fold(accumulator, binding.counted, counters);
            LogScan.foldDeals(accumulator, binding, deals);
            return accumulator;
        }

        /** Merges the parts, adds the log's wallets once, and publishes. */
        ScorecardResult merged(List<ForkJoinTask<ScorecardAccumulator>> tasks) {
            ScorecardAccumulator first = tasks.get(0).join();
            for (int p = 1; p < tasks.size(); p++) {
                first.merge(tasks.get(p).join());
            }
            LogScan.addWallets(first, binding, first.repsOf(binding.log));
            return first.publish(false);
        }
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
