package io.github.kpiengine.benchmarks;

import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.KpiUnit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of the benchmark scorecard for every rep and week, as a comparator computes them: six
 * {@code long} counters per cell, the cell of rep {@code r} and week {@code w} being
 * {@code r * SalesData.WEEKS + w}.
 *
 * <p>The parts are first appointments, proposals, cold calls, deals won, deals lost and won revenue
 * in euro cents; every KPI of the scorecard is a count or a quotient of two of them. Mutable while
 * a comparator fills it; not thread-safe.
 */
public final class Figures {

    /** The slot of first appointments. */
    public static final int FIRST_APPOINTMENTS = 0;
    /** The slot of proposals. */
    public static final int PROPOSALS = 1;
    /** The slot of cold calls. */
    public static final int COLD_CALLS = 2;
    /** The slot of deals won. */
    public static final int WON = 3;
    /** The slot of deals lost. */
    public static final int LOST = 4;
    /** The slot of won revenue, in euro cents. */
    public static final int REVENUE_CENTS = 5;
    /** The number of slots per cell. */
    public static final int WIDTH = 6;

    private final int reps;
    private final long[] parts;

    /**
     * Returns zeroed figures for a number of reps over the weeks of the period.
     *
     * @param reps the number of reps
     */
    public Figures(int reps) {
        this.reps = reps;
        this.parts = new long[Math.multiplyExact(Math.multiplyExact(reps, SalesData.WEEKS), WIDTH)];
    }

    /**
     * Returns the number of reps.
     *
     * @return the reps
     */
    public int reps() {
        return reps;
    }

    /**
     * Returns the raw counters, cell after cell, {@link #WIDTH} per cell.
     *
     * @return the counters, not copied
     */
    public long[] parts() {
        return parts;
    }

    /**
     * Returns one part of one rep's week.
     *
     * @param rep the rep's code
     * @param week the week's index
     * @param slot the slot, such as {@link #WON}
     * @return the part
     */
    public long get(int rep, int week, int slot) {
        return parts[(rep * SalesData.WEEKS + week) * WIDTH + slot];
    }

    /**
     * Adds to one part of one rep's week.
     *
     * @param rep the rep's code
     * @param week the week's index
     * @param slot the slot, such as {@link #WON}
     * @param amount the amount added
     */
    public void add(int rep, int week, int slot, long amount) {
        parts[(rep * SalesData.WEEKS + week) * WIDTH + slot] += amount;
    }

    /**
     * Turns the parts into the figures the engine gives, scope by scope in the engine's order, keyed
     * rep and week and then by KPI id: what a hand-written loop must also build
     * to hand over the same result.
     *
     * @param data the data whose rep ids and weeks the parts use
     * @return the figures of every scope
     */
    public Map<ScopeKey, Map<String, KpiResult>> toResults(SalesData data) {
        Map<ScopeKey, Map<String, KpiResult>> results = new LinkedHashMap<>();
        for (int rep = 0; rep < reps; rep++) {
            for (int week = 0; week < SalesData.WEEKS; week++) {
                int base = (rep * SalesData.WEEKS + week) * WIDTH;
                long firstAppointments = parts[base + FIRST_APPOINTMENTS];
                long proposals = parts[base + PROPOSALS];
                long won = parts[base + WON];
                long closed = won + parts[base + LOST];
                Map<String, KpiResult> row = new LinkedHashMap<>();
                row.put("count(first_appointment)", count(firstAppointments));
                row.put("count(proposal)", count(proposals));
                row.put("count(cold_call)", count(parts[base + COLD_CALLS]));
                row.put("win_rate", KpiResult.ratio(BigDecimal.valueOf(won), BigDecimal.valueOf(closed),
                        KpiUnit.PERCENT, closed, "no deals closed in the period"));
                row.put("ratio(count(proposal),count(first_appointment))", KpiResult.ratio(BigDecimal.valueOf(proposals),
                        BigDecimal.valueOf(firstAppointments), KpiUnit.PERCENT, firstAppointments,
                        "First appointment count is zero"));
                row.put("revenue_per_sale", KpiResult.ratio(BigDecimal.valueOf(parts[base + REVENUE_CENTS], 2),
                        BigDecimal.valueOf(won), KpiUnit.MONEY, won, "no deals won in the period")
                        .in(KpiUnit.MONEY, EUR));
                results.put(data.scopeKey(rep, week), row);
            }
        }
        return results;
    }

    private static final java.util.Optional<java.util.Currency> EUR =
            java.util.Optional.of(java.util.Currency.getInstance("EUR"));

    private static KpiResult count(long count) {
        return KpiResult.of(BigDecimal.valueOf(count), KpiUnit.COUNT, count);
    }
}
