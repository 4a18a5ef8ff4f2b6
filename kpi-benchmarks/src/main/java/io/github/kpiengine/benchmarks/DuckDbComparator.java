package io.github.kpiengine.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The benchmark scorecard's parts per rep and week computed by DuckDB, in memory, over the same
 * dictionary-encoded integer columns the hand loop reads (DuckDB's most favourable layout).
 *
 * <p>The data are loaded once with DuckDB's appender; each {@link #figures} call binds the period
 * bounds and the week origin to two prepared {@code GROUP BY} queries, so nothing is cached between
 * calls. Extension auto-install and auto-load are off. Not thread-safe.
 */
public final class DuckDbComparator implements AutoCloseable {

    private static final String ACTIVITY_QUERY = """
            SELECT rep, (day - CAST(? AS INTEGER)) // 7 AS week,
                   count(*) FILTER (WHERE type = 0) AS first_appointments,
                   count(*) FILTER (WHERE type = 1) AS proposals,
                   count(*) FILTER (WHERE type = 2) AS cold_calls
            FROM activities
            WHERE day BETWEEN ? AND ?
            GROUP BY rep, week""";

    private static final String OPPORTUNITY_QUERY = """
            SELECT rep, (close - CAST(? AS INTEGER)) // 7 AS week,
                   count(*) FILTER (WHERE result = 1) AS won,
                   count(*) FILTER (WHERE result = 2) AS lost,
                   CAST(coalesce(sum(amount) FILTER (WHERE result = 1), 0) AS BIGINT) AS revenue_cents
            FROM opportunities
            WHERE close BETWEEN ? AND ?
            GROUP BY rep, week""";

    private final int reps;
    private final Connection connection;
    private final PreparedStatement activityQuery;
    private final PreparedStatement opportunityQuery;

    private DuckDbComparator(SalesData data, int threads) throws SQLException {
        this.reps = data.repIds.length;
        Properties properties = new Properties();
        properties.setProperty("threads", Integer.toString(threads));
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        this.connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET threads=" + threads);
            statement.execute("SET autoinstall_known_extensions=false");
            statement.execute("SET autoload_known_extensions=false");
            statement.execute("CREATE TABLE activities (rep INTEGER, type TINYINT, day INTEGER, outcome TINYINT)");
            statement.execute("CREATE TABLE opportunities (rep INTEGER, result TINYINT, created INTEGER, "
                    + "close INTEGER, amount BIGINT)");
        }
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "activities")) {
            for (int i = 0; i < data.activityCount; i++) {
                appender.beginRow()
                        .append(data.activityRep[i])
                        .append(data.activityType[i])
                        .append(data.activityDay[i])
                        .append(data.activityOutcome[i])
                        .endRow();
            }
        }
        try (DuckDBAppender appender = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "opportunities")) {
            for (int i = 0; i < data.opportunityCount; i++) {
                appender.beginRow()
                        .append(data.opportunityRep[i])
                        .append(data.opportunityResult[i])
                        .append(data.opportunityCreated[i]);
                if (data.opportunityClose[i] == SalesData.NOT_CLOSED) {
                    appender.appendNull();
                } else {
                    appender.append(data.opportunityClose[i]);
                }
                appender.append(data.opportunityCents[i]).endRow();
            }
        }
        this.activityQuery = connection.prepareStatement(ACTIVITY_QUERY);
        this.opportunityQuery = connection.prepareStatement(OPPORTUNITY_QUERY);
    }

    /**
     * Opens an in-memory database and loads the data into it.
     *
     * @param data the data
     * @param threads the number of threads DuckDB may use
     * @return the comparator, to be closed
     * @throws SQLException if DuckDB fails
     */
    public static DuckDbComparator load(SalesData data, int threads) throws SQLException {
        return new DuckDbComparator(data, threads);
    }

    /**
     * Computes the parts of every rep and week of a period.
     *
     * @param start the first day of the period, an epoch day
     * @param end the last day of the period, an epoch day
     * @param weekOrigin the epoch day that starts the period's first week
     * @return the parts
     * @throws SQLException if DuckDB fails
     */
    public Figures figures(int start, int end, int weekOrigin) throws SQLException {
        Figures figures = new Figures(reps);
        bind(activityQuery, start, end, weekOrigin);
        try (ResultSet rows = activityQuery.executeQuery()) {
            while (rows.next()) {
                int rep = rows.getInt(1);
                int week = rows.getInt(2);
                figures.add(rep, week, Figures.FIRST_APPOINTMENTS, rows.getLong(3));
                figures.add(rep, week, Figures.PROPOSALS, rows.getLong(4));
                figures.add(rep, week, Figures.COLD_CALLS, rows.getLong(5));
            }
        }
        bind(opportunityQuery, start, end, weekOrigin);
        try (ResultSet rows = opportunityQuery.executeQuery()) {
            while (rows.next()) {
                int rep = rows.getInt(1);
                int week = rows.getInt(2);
                figures.add(rep, week, Figures.WON, rows.getLong(3));
                figures.add(rep, week, Figures.LOST, rows.getLong(4));
                figures.add(rep, week, Figures.REVENUE_CENTS, rows.getLong(5));
            }
        }
        return figures;
    }

    /**
     * Closes the statements and the in-memory database.
     *
     * @throws SQLException if DuckDB fails
     */
    @Override
    public void close() throws SQLException {
        activityQuery.close();
        opportunityQuery.close();
        connection.close();
    }

    private static void bind(PreparedStatement query, int start, int end, int weekOrigin) throws SQLException {
        query.setInt(1, weekOrigin);
        query.setInt(2, start);
        query.setInt(3, end);
    }
}
