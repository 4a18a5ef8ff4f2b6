package io.github.kpiengine.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparators of {@link LoadBenchmark} count the same: loading the CSV file and evaluating gives,
 * for every rep and week, DuckDB's counts from {@code read_csv} (one thread and two), and the counts
 * of the generated data themselves.
 */
class LoadBenchmarkTest {

    private static final int ACTIVITIES = 200_000;
    private static final int REPS = 100;

    @TempDir
    Path dir;

    @Test
    void loadAndEvaluate_sameCountsAsDuckDbAndTheData() throws Exception {
        SalesData data = SalesData.generate(ACTIVITIES, REPS);
        Path file = ActivityCsv.write(data, dir.resolve("activities.csv"));

        ScorecardResult engine = LoadBenchmark.loadAndEvaluate(file);
        Figures expected = Comparators.handLoop(data, SalesData.START_DAY, SalesData.END_DAY, SalesData.WEEK_ORIGIN);

        assertThat(mismatches(data, engine, expected)).isEmpty();
        for (int threads : new int[] {1, 2}) {
            assertThat(mismatches(data, engine, duckdb(data, file, threads))).as("%d threads", threads).isEmpty();
        }
    }

    private static Figures duckdb(SalesData data, Path file, int threads) throws SQLException {
        try (DuckDbCsvComparator duckdb = DuckDbCsvComparator.open(data, threads)) {
            return duckdb.figures(file, SalesData.PERIOD.start(), SalesData.PERIOD.end(),
                    LocalDate.ofEpochDay(SalesData.WEEK_ORIGIN));
        }
    }

    private static List<String> mismatches(SalesData data, ScorecardResult engine, Figures figures) {
        List<String> mismatches = new ArrayList<>();
        String[] ids = {"count(first_appointment)", "count(proposal)", "count(cold_call)"};
        int[] slots = {Figures.FIRST_APPOINTMENTS, Figures.PROPOSALS, Figures.COLD_CALLS};
        long total = 0;
        for (int rep = 0; rep < REPS; rep++) {
            for (int week = 0; week < SalesData.WEEKS; week++) {
                ScopeKey scope = data.scopeKey(rep, week);
                for (int k = 0; k < ids.length; k++) {
                    long count = figures.get(rep, week, slots[k]);
                    total += count;
                    KpiResult result = engine.result(scope, ids[k]);
                    if (result.value().map(value -> value.compareTo(BigDecimal.valueOf(count)) != 0).orElse(true)) {
                        mismatches.add(scope + " " + ids[k] + ": engine " + result + ", comparator " + count);
                    }
                }
            }
        }
        assertThat(total).isPositive();
        return mismatches;
    }
}
