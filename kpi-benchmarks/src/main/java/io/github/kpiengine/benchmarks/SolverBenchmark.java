package io.github.kpiengine.benchmarks;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.FunnelSolver;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The solver's three workloads: one plan for one rep, a plan for every rep of a 10,000-rep
 * organisation (each with their own seeded ratios and target), and a 90 % confidence plan.
 *
 * <p>Run: {@code java -jar kpi-benchmarks/target/benchmarks.jar SolverBenchmark -prof gc}.
 * 3 forks, 5 × 1 s warm-up and measurement, ParallelGC, a fixed 1 GiB heap, seed 42.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms1g", "-Xmx1g"})
public class SolverBenchmark {

    private static final int ORGANISATION = 10_000;

    private FunnelModel oneRep;
    private FunnelModel confident;
    private FunnelModel[] organisation;

    /** Builds the worked example of the design notes and 10,000 seeded variations of it. */
    @Setup
    public void setUp() {
        oneRep = model(Money.parse("EUR 1200000"), "20%", "65%", "50%");
        confident = oneRep.withConfidence(Ratio.parse("90%"));
        SplittableRandom random = new SplittableRandom(42);
        organisation = new FunnelModel[ORGANISATION];
        for (int i = 0; i < ORGANISATION; i++) {
            organisation[i] = model(Money.of("EUR", random.nextLong(200_000, 2_000_000)),
                    random.nextInt(5, 40) + "%", random.nextInt(40, 90) + "%",
                    random.nextInt(20, 70) + "%");
        }
    }

    private static FunnelModel model(Money target, String call, String appointment, String close) {
        return FunnelModel.builder(target, Money.parse("EUR 30000"))
                .gateway("call", Ratio.parse(call))
                .gateway("first_appointment", Ratio.parse(appointment))
                .gateway("proposal", Ratio.parse(close))
                .opportunityStage("first_appointment")
                .weeks(BigDecimal.valueOf(48))
                .build();
    }

    /**
     * One plan for one rep.
     *
     * @return the plan
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public Plan oneRep() {
        return FunnelSolver.solve(oneRep);
    }

    /**
     * One 90 % confidence plan for one rep.
     *
     * @return the plan
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Plan confidence90() {
        return FunnelSolver.solve(confident);
    }

    /**
     * A plan for each of 10,000 reps.
     *
     * @param sink consumes the plans
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public void organisation(Blackhole sink) {
        for (FunnelModel model : organisation) {
            sink.consume(FunnelSolver.solve(model));
        }
    }
}
