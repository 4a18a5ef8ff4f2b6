package io.github.kpiengine.benchmarks;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.examples.crm.CrmLoader;
import io.github.kpiengine.examples.crm.Loaded;
import io.github.kpiengine.examples.crm.Mapping;
import io.github.kpiengine.kpi.Kpis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a CRM export and evaluating it, against DuckDB reading the same file: the activities of
 * {@link SalesData} written as a CSV file in the {@code kpi} tool's own layout ({@link ActivityCsv},
 * about 59 MB for a million rows, generated in a temporary folder from the fixed seed), then first
 * appointments, proposals and cold calls counted per rep and week of 2026.
 *
 * <ul>
 *   <li>{@code kpiLoadAndEvaluate}: {@code CrmLoader} (FastCSV, streaming into a fresh log through the
 *       {@code kpi} mapping) and {@code Engine.evaluate} of the three counts;</li>
 *   <li>{@code duckdbOneThread}: DuckDB's {@code read_csv} (column types given) and one {@code GROUP BY},
 *       {@code SET threads=1}; {@code duckdbAllThreads}: the same on every processor.</li>
 * </ul>
 *
 * <p>Quick run: {@code java -jar kpi-benchmarks/target/benchmarks.jar LoadBenchmark -f 1 -wi 2 -i 3}.
 * Full run: {@code java -jar kpi-benchmarks/target/benchmarks.jar LoadBenchmark -rf json -rff load.json}
 * (after {@code ./mvnw -B verify}). 3 forks, ParallelGC, a fixed 2 GiB heap, 3 warm-up and 5 measured
 * iterations of at least 5 s each; {@code LoadBenchmarkTest} checks first that all three give the
 * same counts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 3, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"})
public class LoadBenchmark {

    /** The counts evaluated: first appointments, proposals, cold calls. */
    static final Scorecard COUNTS = Scorecard.of(Kpis.activityCount(ActivityType.FIRST_APPOINTMENT),
            Kpis.activityCount(ActivityType.PROPOSAL), Kpis.activityCount(ActivityType.COLD_CALL));

    /** The tool's own layout, with the benchmark's pipeline. */
    static final Mapping OWN_LAYOUT = Mapping.preset("kpi").withPipeline(SalesData.PIPELINE);

    /** The number of activity rows. */
    @Param({"1000000"})
    public int activities;

    /** The number of reps. */
    @Param({"500"})
    public int reps;

    private SalesData data;
    private Path dir;
    private Path file;
    private DuckDbCsvComparator duckdbOne;
    private DuckDbCsvComparator duckdbAll;

    /**
     * Writes the file from the fixed seed and opens DuckDB.
     *
     * @throws IOException if the file cannot be written
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        data = SalesData.generate(activities, reps);
        dir = Files.createTempDirectory("kpi-load-benchmark");
        file = ActivityCsv.write(data, dir.resolve("activities.csv"));
        duckdbOne = DuckDbCsvComparator.open(data, 1);
        duckdbAll = DuckDbCsvComparator.open(data, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Deletes the file and closes DuckDB.
     *
     * @throws IOException if the file cannot be deleted
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
        duckdbOne.close();
        duckdbAll.close();
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /**
     * Loads the file into a fresh log and evaluates the counts.
     *
     * @return the figures
     */
    @Benchmark
    public ScorecardResult kpiLoadAndEvaluate() {
        return loadAndEvaluate(file);
    }

    /**
     * DuckDB reads the file and counts, one thread.
     *
     * @return the counts
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public Figures duckdbOneThread() throws SQLException {
        return duckdbOne.figures(file, SalesData.PERIOD.start(), SalesData.PERIOD.end(),
                LocalDate.ofEpochDay(SalesData.WEEK_ORIGIN));
    }

    /**
     * DuckDB reads the file and counts, every processor.
     *
     * @return the counts
     * @throws SQLException if DuckDB fails
     */
    @Benchmark
    public Figures duckdbAllThreads() throws SQLException {
        return duckdbAll.figures(file, SalesData.PERIOD.start(), SalesData.PERIOD.end(),
                LocalDate.ofEpochDay(SalesData.WEEK_ORIGIN));
    }

    /** Loads a file of {@link ActivityCsv} and evaluates the counts per rep and week of 2026. */
    static ScorecardResult loadAndEvaluate(Path file) {
        Loaded loaded = CrmLoader.with(OWN_LAYOUT).activities(List.of(file)).load();
        return Engine.evaluate(COUNTS, loaded.log(), SalesData.PERIOD, SalesData.GROUPING);
    }
}
