package io.github.kpiengine.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The activity counts per rep and week that {@link LoadBenchmark} loads and evaluates, computed by
 * DuckDB straight from the CSV file: {@code read_csv} with the columns' types given (no sniffing) and
 * one {@code GROUP BY}, in memory, extension auto-install and auto-load off. Each call reads the file
 * again; nothing is cached between calls. Not thread-safe.
 */
public final class DuckDbCsvComparator implements AutoCloseable {

    private final Connection connection;
    private final Map<String, Integer> repCodes = new HashMap<>();

    private DuckDbCsvComparator(SalesData data, int threads) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("threads", Integer.toString(threads));
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads=" + threads);
        }
        for (int r = 0; r < data.repIds.length; r++) {
            repCodes.put(data.repIds[r], r);
        }
    }

    /**
     * Opens an in-memory database.
     *
     * @param data the data whose rep ids the file holds
     * @param threads the number of threads DuckDB may use
     * @return the comparator, to be closed
     * @throws SQLException if DuckDB fails
     */
    public static DuckDbCsvComparator open(SalesData data, int threads) throws SQLException {
        return new DuckDbCsvComparator(data, threads);
    }

    /**
     * Reads the file and counts first appointments, proposals and cold calls per rep and week of a period.
     *
     * @param csv the file {@link ActivityCsv} wrote
     * @param start the first day of the period
     * @param end the last day of the period
     * @param weekOrigin the day that starts the period's first week
     * @return the counts
     * @throws SQLException if DuckDB fails
     */
    public Figures figures(Path csv, LocalDate start, LocalDate end, LocalDate weekOrigin) throws SQLException {
        String query = "SELECT rep, (date - DATE '" + weekOrigin + "') // 7 AS week,"
                + " count(*) FILTER (WHERE type = 'first_appointment'),"
                + " count(*) FILTER (WHERE type = 'proposal'),"
                + " count(*) FILTER (WHERE type = 'cold_call')"
                + " FROM read_csv('" + csv.toAbsolutePath().toString().replace("'", "''") + "', header = true,"
                + " auto_detect = false, delim = ',', quote = '\"',"
                + " columns = {'rep': 'VARCHAR', 'type': 'VARCHAR', 'date': 'DATE', 'account': 'VARCHAR',"
                + " 'opportunity': 'VARCHAR', 'duration_minutes': 'VARCHAR', 'outcome': 'VARCHAR'})"
                + " WHERE date BETWEEN DATE '" + start + "' AND DATE '" + end + "'"
                + " GROUP BY rep, week";
        Figures figures = new Figures(repCodes.size());
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                int rep = repCodes.get(rows.getString(1));
                int week = rows.getInt(2);
                figures.add(rep, week, Figures.FIRST_APPOINTMENTS, rows.getLong(3));
                figures.add(rep, week, Figures.PROPOSALS, rows.getLong(4));
                figures.add(rep, week, Figures.COLD_CALLS, rows.getLong(5));
            }
        }
        return figures;
    }

    /**
     * Closes the in-memory database.
     *
     * @throws SQLException if DuckDB fails
     */
    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
