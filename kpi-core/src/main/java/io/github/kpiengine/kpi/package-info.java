/**
 * KPI definitions and their results: the sealed {@link io.github.kpiengine.kpi.Kpi} family built by
 * {@link io.github.kpiengine.kpi.Kpis}, each with a unit and a direction, and the
 * {@link io.github.kpiengine.kpi.KpiResult} values an evaluation gives, which keep numerator,
 * denominator and sample size and say why a figure is undefined instead of dividing by zero.
 */
package io.github.kpiengine.kpi;
