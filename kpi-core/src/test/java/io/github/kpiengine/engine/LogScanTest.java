package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.SalesPeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * When a scan takes tallies of its own: at the boundary of each table's rule, and for a scan asked
 * to take them whatever its length (which must not overflow the rule's arithmetic).
 */
class LogScanTest {

    private static final SalesPeriod CENTURIES = SalesPeriod.of(LocalDate.of(1750, 1, 1), LocalDate.of(2099, 12, 31));

    private final ActivityLog log = RandomLogs.log(RandomLogs.activities(7, 400), RandomLogs.opportunities(7, 80));

    @Test
    void counters_takenWhenTheScanHasAtLeastOneActivityPerCounter() {
        CompiledScorecard plan = CompiledScorecard.of(RandomLogs.COUNTS, RandomLogs.SPRING_2026, Grouping.byRep());
        LogBinding binding = new LogBinding(plan, log);
        ScorecardAccumulator accumulator = plan.newAccumulator();
        int[] reps = accumulator.repsOf(log);
        int size = reps.length * (accumulator.rowsPerRep + 1) * (binding.counted.slots.length + 1);

        assertThat(binding.counted.slots).isNotEmpty();
        assertThat(LogScan.counters(accumulator, binding.counted, reps, size)).hasSize(size);
        assertThat(LogScan.counters(accumulator, binding.counted, reps, size - 1)).isNull();
        assertThat(LogScan.counters(accumulator, binding.counted, reps, Long.MAX_VALUE)).hasSize(size);
    }

    @Test
    void dealTallies_takenWhenTheScanHasAnOpportunityPerEightEntries() {
        CompiledScorecard plan = CompiledScorecard.of(RandomLogs.DEALS, RandomLogs.SPRING_2026, Grouping.byRep());
        LogBinding binding = new LogBinding(plan, log);
        ScorecardAccumulator accumulator = plan.newAccumulator();
        int[] reps = accumulator.repsOf(log);
        int size = reps.length * (accumulator.rowsPerRep + 1) * binding.dealColumns;
        int fewest = (size + 7) / 8;

        assertThat(binding.dealSlots).isNotEmpty();
        assertThat(LogScan.dealTallies(accumulator, binding, reps, fewest)).hasSize(size);
        assertThat(LogScan.dealTallies(accumulator, binding, reps, fewest - 1)).isNull();
        assertThat(LogScan.dealTallies(accumulator, binding, reps, Long.MAX_VALUE / 8 + 1)).hasSize(size);
        assertThat(LogScan.dealTallies(accumulator, binding, reps, Long.MAX_VALUE)).hasSize(size);
    }

    @Test
    void tallies_periodTooLongToTabulate_neverTaken() {
        for (Scorecard scorecard : new Scorecard[] {RandomLogs.COUNTS, RandomLogs.DEALS}) {
            CompiledScorecard plan = CompiledScorecard.of(scorecard, CENTURIES, Grouping.byRep());
            LogBinding binding = new LogBinding(plan, log);
            ScorecardAccumulator accumulator = plan.newAccumulator();
            int[] reps = accumulator.repsOf(log);

            assertThat(plan.dayRows).isNull();
            assertThat(LogScan.counters(accumulator, binding.counted, reps, Long.MAX_VALUE)).isNull();
            assertThat(LogScan.dealTallies(accumulator, binding, reps, Long.MAX_VALUE)).isNull();
        }
    }
}
