package io.github.kpiengine.kpi;

/** How a KPI sums up many observations, such as the sales cycles of the deals won. */
public enum Statistic {
    /** The arithmetic mean: Σ values ÷ their number. */
    MEAN,
    /**
     * The median: the middle value in order, or the mean of the two middle values when their number
     * is even. Unlike the mean, it does not follow one very long deal.
     */
    MEDIAN
}
