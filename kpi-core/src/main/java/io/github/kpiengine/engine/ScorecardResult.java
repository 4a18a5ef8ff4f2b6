package io.github.kpiengine.engine;

import io.github.kpiengine.kpi.KpiResult;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of a scorecard for every scope of a grouping.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScorecardResult {

    private final List<String> kpiIds;
    private final Map<String, Map<String, KpiResult>> results;

    ScorecardResult(List<String> kpiIds, Map<String, Map<String, KpiResult>> results) {
        this.kpiIds = List.copyOf(kpiIds);
        Map<String, Map<String, KpiResult>> copy = new LinkedHashMap<>();
        results.forEach((scope, row) -> copy.put(scope, Collections.unmodifiableMap(
                new LinkedHashMap<>(row))));
        this.results = Collections.unmodifiableMap(copy);
    }

    /**
     * Returns the scope keys, in the grouping's order.
     *
     * @return the scope keys
     */
    public List<String> scopes() {
        return List.copyOf(results.keySet());
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
        KpiResult result = results(scopeKey).get(kpiId);
        Checks.check(result != null, "kpiId must be a KPI of the scorecard: " + kpiId);
        return result;
    }

    /**
     * Returns the figures of one scope, keyed by KPI id in the scorecard's order.
     *
     * @param scopeKey the scope, as {@link #scopes()} lists it
     * @return the figures
     * @throws IllegalArgumentException if the scope is not in the result
     */
    public Map<String, KpiResult> results(String scopeKey) {
        Objects.requireNonNull(scopeKey, "scopeKey");
        Map<String, KpiResult> row = results.get(scopeKey);
        Checks.check(row != null, "scopeKey must be a scope of the result: " + scopeKey);
        return row;
    }

    /**
     * Tells whether the other result has the same scopes, KPIs and figures.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ScorecardResult r && kpiIds.equals(r.kpiIds) && results.equals(r.results);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(kpiIds, results);
    }

    /**
     * Returns the figures, scope by scope.
     *
     * @return a text for people
     */
    @Override
    public String toString() {
        return "ScorecardResult" + results;
    }
}
