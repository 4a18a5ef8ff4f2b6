package io.github.kpiengine.benchmarks;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.benchmarks.SalesData.ActivityRecord;
import io.github.kpiengine.benchmarks.SalesData.OpportunityRecord;
import io.github.kpiengine.engine.ActivityFields;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Kpis;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The engine against what a user would use instead, on the 6-KPI scorecard of {@link SalesData}
 * (first appointments, proposals, cold calls, win rate, proposals per first appointment, average
 * revenue per sale) grouped by rep and week over 2026.
 *
 * <ul>
 *   <li>{@code engine}: {@link Engine#evaluate} over an {@link ActivityLog}: the scan and the
 *       summed counters of every scope, whose figures are computed when read;</li>
 *   <li>{@code engineTwoThreads}: the same, the scan split over two threads and merged;</li>
 *   <li>{@code engineAllFigures}: the same, then every {@code KpiResult} of every scope read;</li>
 *   <li>{@code engineActivityKpis} and {@code collectorActivityKpis}: the scorecard's activity KPIs
 *       over the log, and through the engine's {@code Collector} over the plain records;</li>
 *   <li>{@code handLoop}: a hand-written loop over primitive columns giving the same figures' parts,
 *       the practical limit;</li>
 *   <li>{@code handLoopTwoThreads}: the hand loop in two halves on two threads, added: what a second
 *       core gives a plain scan on the machine, the yardstick for {@code engineTwoThreads};</li>
 *   <li>{@code handLoopResults}: the hand loop plus building every {@code KpiResult} of every scope,
 *       the engine's output, from its parts;</li>
 *   <li>{@code streams}: Java Streams {@code groupingBy} over plain records;</li>
 *   <li>{@code duckdbOneThread}: DuckDB in memory through JDBC, {@code SET threads=1}, extension
 *       auto-install and auto-load off, loaded once, two prepared queries bound to the period;
 *       {@code duckdbAllThreads}: the same on every processor;</li>
 *   <li>{@code append}: appending every activity, prebuilt as {@link Activity} objects, into a fresh
 *       log.</li>
 * </ul>
 *
 * <p>Quick run (4.5 minutes on 2 cores):
 * {@code java -jar kpi-benchmarks/target/benchmarks.jar EngineBenchmark -p activities=1000000 -p reps=500 -f 3 -wi 2 -i 3 -prof gc}.
 * Full run: {@code java -jar kpi-benchmarks/target/benchmarks.jar EngineBenchmark -prof gc}
 * (after {@code ./mvnw -B verify} or {@code ./mvnw -B -pl kpi-benchmarks -am package -DskipTests}).
 * Data are generated with a fixed seed; 3 forks, ParallelGC and a fixed 4 GiB heap; 3 warm-up and 5
 * measured iterations of 2 s each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms4g", "-Xmx4g"})
public class EngineBenchmark {

    /** The number of activities (and one opportunity per 20 activities). */
    @Param({"1000000", "10000000"})
    public int activities;

    /** The number of reps; the scopes are reps × 53 weeks. */
    @Param({"50", "500", "5000"})
    public int reps;

    private SalesData data;

    /** Generates the columns from the fixed seed. */
    @Setup(Level.Trial)
    public void generate() {
        data = SalesData.generate(activities, reps);
    }

    /**
     * The data as an engine log.
     */
    @State(Scope.Benchmark)
    public static class LogState {

        private final Scorecard scorecard = SalesData.scorecard();
        private ActivityLog log;

        /**
         * Appends the data into a log.
         *
         * @param benchmark the benchmark holding the data
         */
        @Setup(Level.Trial)
        public void build(EngineBenchmark benchmark) {
            log = benchmark.data.toLog();
            SalesData.tenure();
        }
    }

    /**
     * The data as plain records.
     */
    @State(Scope.Benchmark)
    public static class RecordState {

        private List<ActivityRecord> activities;
        private List<OpportunityRecord> opportunities;

        /**
         * Builds the records.
         *
         * @param benchmark the benchmark holding the data
         */
        @Setup(Level.Trial)
        public void build(EngineBenchmark benchmark) {
            activities = benchmark.data.activityRecords();
            opportunities = benchmark.data.opportunityRecords();
        }
    }

    /**
     * The data loaded into DuckDB, one thread.
     */
    @State(Scope.Benchmark)
    public static class DuckDbState {

        private DuckDbComparator duckdb;

        /**
         * Loads the data.
         *
         * @param benchmark the benchmark holding the data
         * @throws SQLException if DuckDB fails
         */
        @Setup(Level.Trial)
        public void load(EngineBenchmark benchmark) throws SQLException {
            duckdb = DuckDbComparator.load(benchmark.data, 1);
        }

        /**
         * Closes the database.
         *
         * @throws SQLException if DuckDB fails
         */
        @TearDown(Level.Trial)
        public void close() throws SQLException {
            duckdb.close();
        }
    }

    /**
     * The data loaded into DuckDB, as many threads as the machine has processors.
     */
    @State(Scope.Benchmark)
    public static class DuckDbAllThreadsState {

        private DuckDbComparator duckdb;

        /**
         * Loads the data.
         *
         * @param benchmark the benchmark holding the data
         * @throws SQLException if DuckDB fails
         */
        @Setup(Level.Trial)
        public void load(EngineBenchmark benchmark) throws SQLException {
            duckdb = DuckDbComparator.load(benchmark.data, Runtime.getRuntime().availableProcessors());
        }

        /**
         * Closes the database.
         *
         * @throws SQLException if DuckDB fails
         */
        @TearDown(Level.Trial)
        public void close() throws SQLException {
            duckdb.close();
        }
    }

    /**
     * The activities as domain objects, for appending.
     */
    @State(Scope.Benchmark)
    public static class ActivityState {

        private Activity[] activities;

        /**
         * Builds the activities.
         *
         * @param benchmark the benchmark holding the data
         */
        @Setup(Level.Trial)
        public void build(EngineBenchmark benchmark) {
            activities = benchmark.data.activities();
        }
    }

    /**
     * Evaluates the scorecard with the engine.
     *
     * @param state the log
     * @return every figure of every scope
     */
    @Benchmark
    public ScorecardResult engine(LogState state) {
        return Engine.evaluate(state.scorecard, state.log, SalesData.PERIOD, SalesData.GROUPING);
    }

    /**
     * Evaluates the scorecard with the engine, the scan split over two threads (the calling thread
     * and one of the common pool) and merged.
     *
     * @param state the log
     * @return every figure of every scope
     */
    @Benchmark
    public ScorecardResult engineTwoThreads(LogState state) {
        return Engine.evaluate(state.scorecard, state.log, SalesData.PERIOD, SalesData.GROUPING, 2);
    }

    /**
     * Evaluates the scorecard with the engine and reads every figure of every scope: the engine's
     * counterpart of {@link #handLoopResults()}.
     *
     * @param state the log
     * @param sink consumes the figures
     */
    @Benchmark
    public void engineAllFigures(LogState state, Blackhole sink) {
        ScorecardResult result = Engine.evaluate(state.scorecard, state.log, SalesData.PERIOD, SalesData.GROUPING);
        sink.consume(result.table());
    }

    /** The activity part of the scorecard: three counts and proposals per first appointment. */
    private static final Scorecard ACTIVITY_KPIS;
    private static final ActivityFields<SalesData.ActivityRecord> RECORD_FIELDS;

    static {
        Kpi firstAppointments = Kpis.activityCount(ActivityType.FIRST_APPOINTMENT);
        Kpi proposals = Kpis.activityCount(ActivityType.PROPOSAL);
        ACTIVITY_KPIS = Scorecard.of(firstAppointments, proposals, Kpis.activityCount(ActivityType.COLD_CALL),
                Kpis.ratio(proposals, firstAppointments));
        Map<String, ActivityType> types = new HashMap<>();
        SalesData.TYPES.forEach(type -> types.put(type.id(), type));
        RECORD_FIELDS = ActivityFields.<SalesData.ActivityRecord>of(SalesData.ActivityRecord::repId,
                record -> types.get(record.type()), SalesData.ActivityRecord::date)
                .withOutcome(record -> Outcome.valueOf(record.outcome()));
    }

    /**
     * Evaluates the activity KPIs with the engine over the log.
     *
     * @param state the log
     * @return the result
     */
    @Benchmark
    public ScorecardResult engineActivityKpis(LogState state) {
        return Engine.evaluate(ACTIVITY_KPIS, state.log, SalesData.PERIOD, SalesData.GROUPING);
    }

    /**
     * Evaluates the activity KPIs with the engine's {@code Collector} over the plain records, read
     * through extractor functions (a map lookup for the type, {@code Outcome.valueOf} for the outcome).
     *
     * @param state the records
     * @return the result
     */
    @Benchmark
    public ScorecardResult collectorActivityKpis(RecordState state) {
        return state.activities.stream().collect(Engine.activityCollector(ACTIVITY_KPIS, SalesData.PERIOD,
                SalesData.GROUPING, RECORD_FIELDS));
    }

    /**
     * Computes the scorecard's parts with a hand-written loop over the primitive columns.
     *
     * @return the parts of every scope
     */
    @Benchmark
    public Figures handLoop() {
        return Comparators.handLoop(data, SalesData.START_DAY, SalesData.END_DAY, SalesData.WEEK_ORIGIN);
    }

    /**
     * Computes the scorecard's parts with the hand-written loop split in two halves, one on the
     * calling thread and one on a thread of the common pool: how much a second core gives a plain
     * scan on this machine, the yardstick for {@link #engineTwoThreads}.
     *
     * @return the parts of every scope
     */
    @Benchmark
    public Figures handLoopTwoThreads() {
        return Comparators.handLoopTwoThreads(data, SalesData.START_DAY, SalesData.END_DAY, SalesData.WEEK_ORIGIN);
    }

    /**
     * Computes the scorecard's parts with the hand-written loop and builds every {@code KpiResult}
     * of every scope from them, as the engine hands them over: the loop's cost plus the result's.
     *
     * @return every figure of every scope
     */
    @Benchmark
    public Map<ScopeKey, Map<String, KpiResult>> handLoopResults() {
        return Comparators.handLoop(data, SalesData.START_DAY, SalesData.END_DAY, SalesData.WEEK_ORIGIN)
                .toResults(data);
    }

    /**
     * Computes the scorecard's parts with Java Streams over plain records.
     *
     * @param state the records
     * @return the tallies of every scope that has any
     */
    @Benchmark
    public Map<Comparators.RepWeek, Comparators.Tally> streams(RecordState state) {
        LocalDate start = SalesData.PERIOD.start();
        LocalDate end = SalesData.PERIOD.end();
        return Comparators.streams(state.activities, state.opportunities, start, end);
    }

    /**
     * Computes the scorecard's parts with DuckDB on one thread.
     *
     * @param state the loaded database
     * @return the parts of every scope
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public Figures duckdbOneThread(DuckDbState state) throws SQLException {
        return state.duckdb.figures(SalesData.START_DAY, SalesData.END_DAY, SalesData.WEEK_ORIGIN);
    }

    /**
     * Computes the scorecard's parts with DuckDB on every processor of the machine.
     *
     * @param state the loaded database
     * @return the parts of every scope
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public Figures duckdbAllThreads(DuckDbAllThreadsState state) throws SQLException {
        return state.duckdb.figures(SalesData.START_DAY, SalesData.END_DAY, SalesData.WEEK_ORIGIN);
    }

    /**
     * Appends every activity into a fresh log.
     *
     * @param state the activities
     * @return the log
     */
    @Benchmark
    public ActivityLog append(ActivityState state) {
        ActivityLog log = ActivityLog.create();
        for (Activity activity : state.activities) {
            log.append(activity);
        }
        return log;
    }
}
