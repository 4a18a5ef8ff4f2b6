package io.github.kpiengine.kpi;

/**
 * Which way a KPI improves, so that status and gaps read the right way.
 */
public enum Direction {
    /** More is better, as for a win rate. */
    HIGHER_IS_BETTER,
    /** Less is better, as for a sales cycle. */
    LOWER_IS_BETTER
}
