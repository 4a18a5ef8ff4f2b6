package io.github.kpiengine.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the activities of {@link SalesData} as a CSV file in the {@code kpi} tool's own layout
 * ({@code rep,type,date,account,opportunity,duration_minutes,outcome}), deterministically: the file
 * {@link LoadBenchmark} loads and DuckDB's {@code read_csv} reads.
 */
public final class ActivityCsv {

    private static final int ACCOUNTS_PER_REP = 40;
    private static final int OPPORTUNITY_EVERY = 4;

    private ActivityCsv() {
    }

    /**
     * Writes the file.
     *
     * @param data the activities
     * @param file the file to write
     * @return the file
     * @throws IOException if the file cannot be written
     */
    public static Path write(SalesData data, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("rep,type,date,account,opportunity,duration_minutes,outcome\n");
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < data.activityCount; i++) {
                int rep = data.activityRep[i];
                line.setLength(0);
                line.append(data.repIds[rep]).append(',')
                        .append(SalesData.TYPES.get(data.activityType[i]).id()).append(',')
                        .append(SalesData.date(data.activityDay[i])).append(',')
                        .append("acct").append(rep * ACCOUNTS_PER_REP + i % ACCOUNTS_PER_REP).append(',');
                if (i % OPPORTUNITY_EVERY == 0) {
                    line.append("opp").append(i);
                }
                line.append(",,").append(SalesData.OUTCOMES.get(data.activityOutcome[i]).name().toLowerCase(Locale.ROOT))
                        .append('\n');
                out.append(line);
            }
        }
        return file;
    }
}
