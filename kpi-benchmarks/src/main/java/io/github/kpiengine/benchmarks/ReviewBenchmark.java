package io.github.kpiengine.benchmarks;

import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.review.ReviewInput;
import io.github.kpiengine.review.ReviewKpis;
import io.github.kpiengine.review.SalesReview;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The sales review against the engine evaluating the same scorecard, in the same run.
 *
 * <ul>
 *   <li>{@code engine}: {@link Engine#evaluate} of the review's scorecard of the reviewed period
 *       ({@link ReviewKpis#reviewed()}: 24 KPIs, activity counts of the eleven standard types among
 *       them) by rep over 2026;</li>
 *   <li>{@code engineReviewScorecards}: what an app would evaluate itself for the review's figures:
 *       that scorecard, the stage conversions over the mature cohorts and the pace scorecard over the
 *       last quarter, each by rep;</li>
 *   <li>{@code review}: {@link SalesReview#of} over the same log: that scorecard by rep and by unit,
 *       the conversions of the mature cohorts by rep and by unit, the pace of the last quarter, then
 *       every rep's ratios, plan, barometer, peer gaps, focus, projection and advice and every unit's
 *       plan.</li>
 * </ul>
 * Data: {@link ReviewData}, seeded; 1,000,000 activities and 50,000 opportunities with stage
 * histories, 500 or 10,000 reps in teams of ten.
 *
 * <p>Run (about 2 minutes on 2 cores):
 * {@code java -jar kpi-benchmarks/target/benchmarks.jar ReviewBenchmark -f 1 -wi 3 -i 5 -prof gc}
 * (after {@code ./mvnw -B verify}). 1 fork by default, ParallelGC and a fixed 4 GiB heap; 3 warm-up
 * and 5 measured iterations of 2 s each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms4g", "-Xmx4g"})
public class ReviewBenchmark {

    /** The number of activities (and one opportunity per 20). */
    @Param({"1000000"})
    public int activities;

    /** The number of reps, in teams of ten. */
    @Param({"500", "10000"})
    public int reps;

    private ReviewInput input;
    private Scorecard scorecard;
    private ReviewKpis kpis;
    private SalesPeriod mature;

    /** Generates the data from the fixed seed. */
    @Setup(Level.Trial)
    public void generate() {
        ReviewData data = ReviewData.generate(activities, reps);
        input = data.input();
        kpis = ReviewKpis.of(input);
        scorecard = kpis.reviewed();
        mature = SalesReview.of(input).matureCohorts();
    }

    /**
     * Evaluates the review's scorecard with the engine, by rep.
     *
     * @return the result
     */
    @Benchmark
    public ScorecardResult engine() {
        return Engine.evaluate(scorecard, input.log(), ReviewData.REVIEWED, Grouping.byRep());
    }

    /**
     * Evaluates the review's three scorecards with the engine, by rep.
     *
     * @param sink consumes the results
     */
    @Benchmark
    public void engineReviewScorecards(Blackhole sink) {
        sink.consume(Engine.evaluate(scorecard, input.log(), ReviewData.REVIEWED, Grouping.byRep()));
        sink.consume(Engine.evaluate(kpis.mature(), input.log(), mature, Grouping.byRep()));
        sink.consume(Engine.evaluate(kpis.pace(), input.log(), input.pace(), Grouping.byRep()));
    }

    /**
     * Reviews every rep and unit.
     *
     * @return the review
     */
    @Benchmark
    public SalesReview review() {
        return SalesReview.of(input);
    }
}
