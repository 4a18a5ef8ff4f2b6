package io.github.kpiengine.engine;

import io.github.kpiengine.kpi.KpiResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of a scorecard for every scope of a grouping.
 *
 * <p>The result holds the evaluation's summed counters, not its figures: a figure is computed from
 * its scope's counters when it is asked for, so an evaluation over 26,000 rep-weeks costs nothing
 * for the figures nobody reads. Asking twice gives equal figures.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScorecardResult {

    private final List<String> kpiIds;
    private final List<CompiledScorecard.Formula> formulas;
    private final Scopes scopes;
    private final long[] parts;
    private final int width;
    private volatile Map<String, Integer> scopeIndex;

    ScorecardResult(List<String> kpiIds, List<CompiledScorecard.Formula> formulas, Scopes scopes,
            long[] parts, int width) {
        this.kpiIds = List.copyOf(kpiIds);
        this.formulas = List.copyOf(formulas);
        this.scopes = scopes;
        this.parts = parts;
        this.width = width;
    }

    /**
     * Returns the scope keys, in the grouping's order.
     *
     * @return the scope keys
     */
    public List<String> scopes() {
        List<String> keys = new ArrayList<>(scopes.count());
        for (int s = 0; s < scopes.count(); s++) {
            keys.add(scopes.key(s));
        }
        return Collections.unmodifiableList(keys);
    }

    /**
     * Returns the KPI ids, in the scorecard's order.
     *
     * @return the KPI ids
     */
    public List<String> kpiIds() {
        return kpiIds;
    }

    /**
     * Returns one figure.
     *
     * @param scopeKey the scope, as {@link #scopes()} lists it
     * @param kpiId the KPI's id
     * @return the figure
     * @throws IllegalArgumentException if the scope or the KPI is not in the result
     */
    public KpiResult result(String scopeKey, String kpiId) {
        Objects.requireNonNull(kpiId, "kpiId");
        int scope = scope(scopeKey);
        int k = kpiIds.indexOf(kpiId);
        Checks.check(k >= 0, "kpiId must be a KPI of the scorecard: " + kpiId);
        return formulas.get(k).result(sum(scope));
    }

    /**
     * Returns the figures of one scope, keyed by KPI id in the scorecard's order.
     *
     * @param scopeKey the scope, as {@link #scopes()} lists it
     * @return the figures
     * @throws IllegalArgumentException if the scope is not in the result
     */
    public Map<String, KpiResult> results(String scopeKey) {
        return row(scope(scopeKey));
    }

    private Map<String, KpiResult> row(int scope) {
        long[] sum = sum(scope);
        Map<String, KpiResult> row = new LinkedHashMap<>();
        for (int k = 0; k < kpiIds.size(); k++) {
            row.put(kpiIds.get(k), formulas.get(k).result(sum));
        }
        return Collections.unmodifiableMap(row);
    }

    private long[] sum(int scope) {
        long[] sum = new long[width];
        scopes.sum(parts, width, scope, sum);
        return sum;
    }

    private int scope(String scopeKey) {
        Objects.requireNonNull(scopeKey, "scopeKey");
        Map<String, Integer> index = scopeIndex;
        if (index == null) {
            index = new HashMap<>();
            for (int s = 0; s < scopes.count(); s++) {
                index.put(scopes.key(s), s);
            }
            scopeIndex = index;
        }
        Integer scope = index.get(scopeKey);
        Checks.check(scope != null, "scopeKey must be a scope of the result: " + scopeKey);
        return scope;
    }

    private Map<String, Map<String, KpiResult>> all() {
        Map<String, Map<String, KpiResult>> all = new LinkedHashMap<>();
        for (int s = 0; s < scopes.count(); s++) {
            all.put(scopes.key(s), row(s));
        }
        return all;
    }

    /**
     * Tells whether the other result has the same scopes, KPIs and figures.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ScorecardResult r && kpiIds.equals(r.kpiIds) && all().equals(r.all());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kpiIds, all());
    }

    /**
     * Returns the figures, scope by scope.
     *
     * @return a text for people
     */
    @Override
    public String toString() {
        return "ScorecardResult" + all();
    }
}
