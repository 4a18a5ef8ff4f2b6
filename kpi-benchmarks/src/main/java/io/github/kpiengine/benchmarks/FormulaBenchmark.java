package io.github.kpiengine.benchmarks;

import io.github.kpiengine.Pipeline;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.formula.FormulaRegistry;
import io.github.kpiengine.kpi.Kpi;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The formula language's costs: parsing a typical formula, and evaluating the benchmark scorecard
 * built from formulas against the same scorecard built with the Java factories (1,000,000 seeded
 * activities, 500 reps, by rep and week).
 *
 * <p>Run: {@code java -jar kpi-benchmarks/target/benchmarks.jar FormulaBenchmark -prof gc}.
 * 3 forks, 5 × 1 s warm-up and measurement, ParallelGC, a fixed 4 GiB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms4g", "-Xmx4g"})
public class FormulaBenchmark {

    /** A typical formula of CRM settings. */
    static final String TYPICAL = "count(proposal) / count(first_appointment)";

    private FormulaRegistry registry;
    private ActivityLog log;
    private Scorecard fromFactories;
    private Scorecard fromFormulas;

    /** Builds the registry, the log and both scorecards. */
    @Setup
    public void setUp() {
        registry = FormulaRegistry.builder().pipeline(Pipeline.of("lead", "first_appointment", "proposal")).build();
        log = SalesData.generate(1_000_000, 500).toLog();
        fromFactories = SalesData.scorecard();
        Kpi[] kpis = new Kpi[] {
            registry.parse("count(first_appointment)"),
            registry.parse("count(proposal)"),
            registry.parse("count(cold_call)"),
            registry.parse("win_rate()"),
            registry.parse(TYPICAL),
            registry.parse("revenue_per_sale()"),
        };
        fromFormulas = Scorecard.of(kpis);
    }

    /**
     * Parses and compiles a typical formula.
     *
     * @return the definition
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Kpi parseTypical() {
        return registry.parse(TYPICAL);
    }

    /**
     * Evaluates the scorecard built with the factories.
     *
     * @return the result
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScorecardResult evaluateFactories() {
        return Engine.evaluate(fromFactories, log, SalesData.PERIOD, SalesData.GROUPING);
    }

    /**
     * Evaluates the same scorecard compiled from formulas.
     *
     * @return the result
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public ScorecardResult evaluateFormulas() {
        return Engine.evaluate(fromFormulas, log, SalesData.PERIOD, SalesData.GROUPING);
    }
}
