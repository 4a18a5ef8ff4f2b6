package io.github.kpiengine.benchmarks;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.engine.ActivityColumns;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.CompiledScorecard;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.ScorecardAccumulator;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import java.util.Arrays;
import java.util.List;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The accumulator's costs on the 6-KPI scorecard of {@link SalesData}, grouped by rep and week over
 * 2026: adding activities one at a time and in bulk, encoding and decoding, and the CRM pattern of
 * adding one activity and reading one rep's figure.
 *
 * <ul>
 *   <li>{@code accumulatorAdd}: every activity, prebuilt as {@link Activity} objects, into a fresh
 *       accumulator, one {@code add} each; divide by the activities for the cost of one;</li>
 *   <li>{@code accumulatorAddColumns}: the same activities as {@link ActivityColumns}, one call;</li>
 *   <li>{@code logAppendColumns}: the same columns into a fresh log sized for them (the log's own
 *       15 bytes an activity are its allocation);</li>
 *   <li>{@code logAppend}: the {@link Activity} objects into a fresh log, one {@code append} each;</li>
 *   <li>{@code encode} and {@code decode}: the accumulator of every activity (500 reps × 53 weeks);</li>
 *   <li>{@code addOneAndReadRep}: one tenant's accumulator grouped by rep over the year: add one
 *       activity, then read that rep's cold calls (the result copies 500 rows).</li>
 * </ul>
 *
 * <p>Run: {@code java -jar kpi-benchmarks/target/benchmarks.jar ScaleBenchmark -prof gc}. Data are
 * generated with a fixed seed; 3 forks, ParallelGC and a fixed 4 GiB heap; 3 warm-up and 5 measured
 * iterations of 2 s each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 3, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms4g", "-Xmx4g"})
public class ScaleBenchmark {

    /** The number of activities. */
    @Param("1000000")
    public int activities;

    /** The number of reps. */
    @Param("500")
    public int reps;

    private CompiledScorecard compiled;
    private Activity[] objects;
    private ActivityColumns columns;
    private ScorecardAccumulator full;
    private byte[] encoded;
    private ScorecardAccumulator tenant;
    private Kpi coldCalls;
    private int next;

    /** Generates the data and fills the accumulators read by the benchmarks. */
    @Setup(Level.Trial)
    public void generate() {
        SalesData data = SalesData.generate(activities, reps);
        compiled = CompiledScorecard.of(SalesData.scorecard(), SalesData.PERIOD, SalesData.GROUPING);
        objects = data.activities();
        int[] type = new int[data.activityCount];
        for (int i = 0; i < type.length; i++) {
            type[i] = data.activityType[i];
        }
        columns = ActivityColumns.of(List.of(data.repIds), SalesData.TYPES, data.activityRep, type, data.activityDay,
                data.activityOutcome, null);
        full = compiled.newAccumulator().addAll(data.toLog());
        encoded = full.toByteArray();
        coldCalls = SalesData.scorecard().kpis().stream()
                .filter(kpi -> kpi.id().equals("count(" + ActivityType.COLD_CALL.id() + ")")).findFirst().orElseThrow();
        tenant = CompiledScorecard.of(SalesData.scorecard(), SalesData.PERIOD, Grouping.byRep()).newAccumulator();
        Arrays.stream(objects).forEach(tenant::add);
        SalesData.tenure();
    }

    /**
     * Adds every activity, one object at a time, to a fresh accumulator.
     *
     * @return the accumulator
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScorecardAccumulator accumulatorAdd() {
        ScorecardAccumulator accumulator = compiled.newAccumulator();
        for (Activity activity : objects) {
            accumulator.add(activity);
        }
        return accumulator;
    }

    /**
     * Adds every activity as columns to a fresh accumulator.
     *
     * @return the accumulator
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScorecardAccumulator accumulatorAddColumns() {
        return compiled.newAccumulator().add(columns);
    }

    /**
     * Appends every activity as columns to a fresh log sized for them.
     *
     * @return the log
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ActivityLog logAppendColumns() {
        return ActivityLog.create(columns.size()).append(columns);
    }

    /**
     * Appends every activity, one object at a time, to a fresh log sized for them.
     *
     * @return the log
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ActivityLog logAppend() {
        ActivityLog log = ActivityLog.create(objects.length);
        for (Activity activity : objects) {
            log.append(activity);
        }
        return log;
    }

    /**
     * Encodes the accumulator of every activity: 500 reps × 53 weeks.
     *
     * @return the bytes
     */
    @Benchmark
    public byte[] encode() {
        return full.toByteArray();
    }

    /**
     * Decodes the accumulator of every activity.
     *
     * @return the accumulator
     */
    @Benchmark
    public ScorecardAccumulator decode() {
        return compiled.decode(encoded);
    }

    /**
     * Adds one activity to a tenant's accumulator and reads that rep's cold calls for the year.
     *
     * @return the figure
     */
    @Benchmark
    public KpiResult addOneAndReadRep() {
        Activity activity = objects[next];
        next = next + 1 == objects.length ? 0 : next + 1;
        return tenant.add(activity).result().result(ScopeKey.of(activity.repId()), coldCalls);
    }
}
