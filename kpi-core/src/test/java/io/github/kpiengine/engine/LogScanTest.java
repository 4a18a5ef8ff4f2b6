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

    /** A scorecard compiled for the log by rep, with an accumulator that knows the log's reps. */
    private record Scan(CompiledScorecard plan, LogBinding binding, ScorecardAccumulator accumulator, int[] reps) {

        int rowsOfReps() {
            return reps.length * (accumulator.rowsPerRep + 1);
        }
    }

    private Scan scan(Scorecard scorecard, SalesPeriod period) {
        CompiledScorecard plan = CompiledScorecard.of(scorecard, period, Grouping.byRep());
        ScorecardAccumulator accumulator = plan.newAccumulator();
        return new Scan(plan, new LogBinding(plan, log), accumulator, accumulator.repsOf(log));
    }

    @Test
    void counters_takenWhenTheScanHasAtLeastOneActivityPerCounter() {
        Scan scan = scan(RandomLogs.COUNTS, RandomLogs.SPRING_2026);
        CountedTypes counted = scan.binding().counted;
        int size = scan.rowsOfReps() * (counted.slots.length + 1);

        assertThat(counted.slots).isNotEmpty();
        assertThat(LogScan.counters(scan.accumulator(), counted, scan.reps(), size)).hasSize(size);
        assertThat(LogScan.counters(scan.accumulator(), counted, scan.reps(), size - 1)).isNull();
        assertThat(LogScan.counters(scan.accumulator(), counted, scan.reps(), Long.MAX_VALUE)).hasSize(size);
    }

    @Test
    void dealTallies_takenWhenTheScanHasAnOpportunityPerEightEntries() {
        Scan scan = scan(RandomLogs.DEALS, RandomLogs.SPRING_2026);
        int size = scan.rowsOfReps() * scan.binding().dealColumns;
        int fewest = (size + 7) / 8;

        assertThat(scan.binding().dealSlots).isNotEmpty();
        assertThat(LogScan.dealTallies(scan.accumulator(), scan.binding(), scan.reps(), fewest)).hasSize(size);
        assertThat(LogScan.dealTallies(scan.accumulator(), scan.binding(), scan.reps(), fewest - 1)).isNull();
        assertThat(LogScan.dealTallies(scan.accumulator(), scan.binding(), scan.reps(), Long.MAX_VALUE / 8 + 1))
                .hasSize(size);
        assertThat(LogScan.dealTallies(scan.accumulator(), scan.binding(), scan.reps(), Long.MAX_VALUE)).hasSize(size);
    }

    @Test
    void tallies_periodTooLongToTabulate_neverTaken() {
        for (Scorecard scorecard : new Scorecard[] {RandomLogs.COUNTS, RandomLogs.DEALS}) {
            Scan scan = scan(scorecard, CENTURIES);

            assertThat(scan.plan().dayRows).isNull();
            assertThat(LogScan.counters(scan.accumulator(), scan.binding().counted, scan.reps(), Long.MAX_VALUE))
                    .isNull();
            assertThat(LogScan.dealTallies(scan.accumulator(), scan.binding(), scan.reps(), Long.MAX_VALUE)).isNull();
        }
    }
}
