package io.github.kpiengine.kpi;

/**
 * The unit a KPI's value is expressed in.
 */
public enum KpiUnit {
    /** A number of things, such as calls or accounts. */
    COUNT,
    /** An amount of money in the log's one currency. */
    MONEY,
    /** A share held as a fraction: {@code 0.65} is 65 %. */
    PERCENT,
    /** A number of calendar days. */
    DAYS,
    /** A number of hours. */
    HOURS,
    /** A plain number, such as a multiple: pipeline coverage of 3 is three times what is still to win. */
    NUMBER
}
