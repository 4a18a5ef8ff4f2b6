package io.github.kpiengine.benchmarks;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of exactness in the domain model: summing deal amounts as {@link Money} against summing
 * the bare {@link BigDecimal}s, and working a four-gateway funnel backwards with exact
 * {@link Ratio}s.
 *
 * <p>Run: {@code java -jar kpi-benchmarks/target/benchmarks.jar MoneyBenchmark -prof gc}
 * (after {@code ./mvnw -B verify} or {@code ./mvnw -B -pl kpi-benchmarks -am package -DskipTests}).
 * Data are generated with a fixed seed; 3 forks, ParallelGC and a fixed 1 GiB heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 3, jvmArgsAppend = {"-XX:+UseParallelGC", "-Xms1g", "-Xmx1g"})
public class MoneyBenchmark {

    private static final Currency EUR = Currency.getInstance("EUR");

    /** How many deal amounts each summing operation adds up. */
    @Param({"10000"})
    public int deals;

    private Money[] amounts;
    private BigDecimal[] decimals;
    private Ratio[] gateways;

    /** Generates the deal amounts (EUR 1,000.00 to 100,000.00, with cents) from a fixed seed. */
    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        amounts = new Money[deals];
        decimals = new BigDecimal[deals];
        for (int i = 0; i < deals; i++) {
            BigDecimal amount = BigDecimal.valueOf(random.nextLong(100_000, 10_000_000), 2);
            amounts[i] = Money.of(EUR, amount);
            decimals[i] = amount;
        }
        gateways = new Ratio[] {
            Ratio.parse("20%"), Ratio.parse("65%"), Ratio.parse("50%"), Ratio.parse("35%")
        };
    }

    /**
     * Sums the amounts with {@link Money#plus}, currency checked at every step.
     *
     * @return the total
     */
    @Benchmark
    public Money sumMoney() {
        Money total = Money.zero(EUR);
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    /**
     * Sums the bare decimals: the comparator without currency safety.
     *
     * @return the total
     */
    @Benchmark
    public BigDecimal sumBigDecimal() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : decimals) {
            total = total.add(amount);
        }
        return total;
    }

    /**
     * Works 40 won deals back through four gateways, rounding up at every stage.
     *
     * @return the count needed at the top of the funnel
     */
    @Benchmark
    public long funnelBackwards() {
        long needed = 40;
        for (int i = gateways.length - 1; i >= 0; i--) {
            needed = gateways[i].requiredFor(needed);
        }
        return needed;
    }
}
