package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Statistic;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ScorecardAccumulatorTest {

    private static final Pipeline SALES = Pipeline.of("lead", "proposal");
    private static final SalesPeriod MARCH = SalesPeriod.ofMonth(YearMonth.of(2026, 3));

    @Test
    void merge_withItself_doublesCountsAndSamples() {
        ActivityLog log = ActivityLog.create();
        for (int i = 0; i < 9; i++) {
            log.append(Opportunity.builder("o" + i, "ann", SALES).account("x" + i).amount(Money.of("EUR", 100))
                    .enter("lead", LocalDate.of(2026, 3, 1)).won(LocalDate.of(2026, 3, 2 + i)).build());
        }
        Scorecard scorecard = Scorecard.of(Kpis.salesCycleDays(Statistic.MEDIAN), Kpis.winRate());
        ScorecardAccumulator accumulator = CompiledScorecard.of(scorecard, MARCH, Grouping.byRep()).newAccumulator()
                .addAll(log);

        ScorecardResult result = accumulator.merge(accumulator).result();

        // Cycles 1 to 9 days, each twice: the median is still 5, over 18 deals.
        KpiResult median = result.result(ScopeKey.of("ann"), "median(cycle_days)");
        assertThat(median.value().orElseThrow()).isEqualByComparingTo("5");
        assertThat(median.sampleSize()).isEqualTo(18);
        assertThat(result.result(ScopeKey.of("ann"), "win_rate").sampleSize()).isEqualTo(18);
    }
}
