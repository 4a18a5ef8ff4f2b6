package io.github.kpiengine.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every comparator of {@link EngineBenchmark} gives the engine's figures for every KPI of the
 * scorecard and every rep and week, on one million seeded activities: DuckDB's SQL, the hand loop
 * and Streams are independent oracles for the engine's numbers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparatorsTest {

    private static final int ONE_MILLION_ACTIVITIES = 1_000_000;
    private static final int FIVE_HUNDRED_REPS = 500;
    private static final List<String> KPI_IDS = List.of("count(first_appointment)", "count(proposal)",
            "count(cold_call)", "win_rate", "ratio(count(proposal),count(first_appointment))",
            "revenue_per_sale");

    private SalesData data;
    private ScorecardResult engine;

    @BeforeAll
    void evaluateWithTheEngine() {
        data = SalesData.generate(ONE_MILLION_ACTIVITIES, FIVE_HUNDRED_REPS);
        ActivityLog log = data.toLog();
        engine = Engine.evaluate(SalesData.scorecard(), log, SalesData.PERIOD, SalesData.GROUPING);
    }

    @Test
    void engine_benchmarkScorecard_hasEveryRepWeekAndKpi() {
        assertThat(engine.kpis()).extracting(Kpi::id).containsExactlyElementsOf(KPI_IDS);
        assertThat(engine.scopes()).hasSize(FIVE_HUNDRED_REPS * SalesData.WEEKS);
        assertThat(SalesData.WEEKS).isEqualTo(53);
    }

    @Test
    void handLoop_millionActivities_matchesEngine() {
        Figures figures = Comparators.handLoop(data, SalesData.START_DAY, SalesData.END_DAY, SalesData.WEEK_ORIGIN);

        assertThat(mismatches(figures)).isEmpty();
        assertThat(total(figures, Figures.COLD_CALLS)).isPositive();
    }

    @Test
    void handLoopTwoThreads_millionActivities_matchesEngine() {
        Figures figures = Comparators.handLoopTwoThreads(data, SalesData.START_DAY, SalesData.END_DAY,
                SalesData.WEEK_ORIGIN);

        assertThat(mismatches(figures)).isEmpty();
        assertThat(figures.parts()).containsExactly(Comparators.handLoop(data, SalesData.START_DAY,
                SalesData.END_DAY, SalesData.WEEK_ORIGIN).parts());
    }

    @Test
    void handLoopResults_millionActivities_equalEngineResultScopeByScope() {
        Map<ScopeKey, Map<String, KpiResult>> results = Comparators.handLoop(data, SalesData.START_DAY,
                SalesData.END_DAY, SalesData.WEEK_ORIGIN).toResults(data);

        assertThat(results.keySet()).containsExactlyElementsOf(engine.scopes());
        List<String> different = new ArrayList<>();
        results.forEach((scope, row) -> {
            if (!row.equals(byId(engine.results(scope)))) {
                different.add(scope + ": engine " + engine.results(scope) + ", hand loop " + row);
            }
        });
        assertThat(different).isEmpty();
    }

    @Test
    void streams_millionActivities_matchesEngine() {
        Figures figures = Comparators.toFigures(data, Comparators.streams(data.activityRecords(),
                data.opportunityRecords(), SalesData.PERIOD.start(), SalesData.PERIOD.end()));

        assertThat(mismatches(figures)).isEmpty();
    }

    @Test
    void duckdbOneThread_millionActivities_matchesEngine() throws SQLException {
        try (DuckDbComparator duckdb = DuckDbComparator.load(data, 1)) {
            Figures figures = duckdb.figures(SalesData.START_DAY, SalesData.END_DAY, SalesData.WEEK_ORIGIN);

            assertThat(mismatches(figures)).isEmpty();
        }
    }

    @Test
    void duckdbTwoThreads_millionActivities_matchesEngine() throws SQLException {
        try (DuckDbComparator duckdb = DuckDbComparator.load(data, 2)) {
            Figures figures = duckdb.figures(SalesData.START_DAY, SalesData.END_DAY, SalesData.WEEK_ORIGIN);

            assertThat(mismatches(figures)).isEmpty();
        }
    }

    @Test
    void handLoop_periodFilter_dropsActivitiesOutsideThePeriod() {
        Figures figures = Comparators.handLoop(data, SalesData.START_DAY, SalesData.END_DAY, SalesData.WEEK_ORIGIN);
        long inPeriod = 0;
        for (int i = 0; i < data.activityCount; i++) {
            int day = data.activityDay[i];
            if (data.activityType[i] == SalesData.COLD_CALL && day >= SalesData.START_DAY && day <= SalesData.END_DAY) {
                inPeriod++;
            }
        }
        long all = 0;
        for (int i = 0; i < data.activityCount; i++) {
            if (data.activityType[i] == SalesData.COLD_CALL) {
                all++;
            }
        }

        assertThat(total(figures, Figures.COLD_CALLS)).isEqualTo(inPeriod).isLessThan(all);
    }

    private List<String> mismatches(Figures figures) {
        List<String> mismatches = new ArrayList<>();
        for (int rep = 0; rep < FIVE_HUNDRED_REPS; rep++) {
            for (int week = 0; week < SalesData.WEEKS; week++) {
                ScopeKey scope = data.scopeKey(rep, week);
                Map<String, KpiResult> row = byId(engine.results(scope));
                long firstAppointments = figures.get(rep, week, Figures.FIRST_APPOINTMENTS);
                long proposals = figures.get(rep, week, Figures.PROPOSALS);
                long won = figures.get(rep, week, Figures.WON);
                long closed = won + figures.get(rep, week, Figures.LOST);
                BigDecimal revenue = BigDecimal.valueOf(figures.get(rep, week, Figures.REVENUE_CENTS), 2);
                check(mismatches, scope, "count(first_appointment)", row, count(firstAppointments));
                check(mismatches, scope, "count(proposal)", row, count(proposals));
                check(mismatches, scope, "count(cold_call)", row,
                        count(figures.get(rep, week, Figures.COLD_CALLS)));
                check(mismatches, scope, "win_rate", row, quotient(BigDecimal.valueOf(won), closed));
                check(mismatches, scope, "ratio(count(proposal),count(first_appointment))", row,
                        quotient(BigDecimal.valueOf(proposals), firstAppointments));
                check(mismatches, scope, "revenue_per_sale", row, quotient(revenue, won));
            }
        }
        return mismatches;
    }

    private static Map<String, KpiResult> byId(Map<Kpi, KpiResult> figures) {
        Map<String, KpiResult> byId = new java.util.LinkedHashMap<>();
        figures.forEach((kpi, figure) -> byId.put(kpi.id(), figure));
        return byId;
    }

    private static void check(List<String> mismatches, ScopeKey scope, String kpiId, Map<String, KpiResult> row,
            BigDecimal expected) {
        KpiResult actual = row.get(kpiId);
        boolean same = expected == null
                ? !actual.isDefined()
                : actual.value().map(value -> value.compareTo(expected) == 0).orElse(false);
        if (!same) {
            mismatches.add(scope + " " + kpiId + ": engine " + actual + ", comparator " + expected);
        }
    }

    private static BigDecimal count(long count) {
        return BigDecimal.valueOf(count);
    }

    private static BigDecimal quotient(BigDecimal numerator, long denominator) {
        return denominator == 0 ? null
                : numerator.divide(BigDecimal.valueOf(denominator), KpiResult.SCALE, RoundingMode.HALF_EVEN);
    }

    private static long total(Figures figures, int slot) {
        long total = 0;
        for (int rep = 0; rep < figures.reps(); rep++) {
            for (int week = 0; week < SalesData.WEEKS; week++) {
                total += figures.get(rep, week, slot);
            }
        }
        return total;
    }
}
