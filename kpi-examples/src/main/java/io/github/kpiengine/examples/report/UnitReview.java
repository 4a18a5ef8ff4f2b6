package io.github.kpiengine.examples.report;

import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.kpi.KpiResult;
import java.util.Map;
import java.util.Objects;

/**
 * The scorecard of one unit of the organisation, aggregated over every rep below it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit
 * @param depth 0 for the company, 1 for a department, 2 for a team
 * @param reps the number of reps below the unit
 * @param figures the unit's scorecard, keyed by KPI id
 */
public record UnitReview(OrgUnit unit, int depth, int reps, Map<String, KpiResult> figures) {

    /**
     * Checks the parts are present and copies the figures.
     *
     * @param unit the unit
     * @param depth its depth in the tree
     * @param reps the number of reps below it
     * @param figures its scorecard
     */
    public UnitReview {
        Objects.requireNonNull(unit, "unit");
        figures = Map.copyOf(figures);
    }

    /**
     * Returns one figure of the unit's scorecard.
     *
     * @param kpiId the KPI's id
     * @return the figure
     */
    public KpiResult figure(String kpiId) {
        return Objects.requireNonNull(figures.get(kpiId), kpiId);
    }
}
