/**
 * KPI definitions and their results.
 *
 * <p>A {@link io.github.kpiengine.kpi.Kpi} is an id, a display name and an optional
 * {@link io.github.kpiengine.kpi.Target} over a {@link io.github.kpiengine.kpi.KpiExpression}: a
 * closed family of measures of the log (counts, sums, rates) and compositions of them (ratios, sums,
 * filters, targets, the previous period, peers). The factories of {@link io.github.kpiengine.kpi.Kpis}
 * build definitions with ids derived from their expressions ({@code count(cold_call)},
 * {@code ratio(won_revenue,deals_won)}), which two different expressions never share. An evaluation
 * gives a {@link io.github.kpiengine.kpi.KpiResult} per scope: a number with its unit, parts and
 * sample size (and its currency, for money), or an undefined value with the reason; it converts
 * itself with {@code value()}, {@code toRatio()} and {@code toMoney()}.
 *
 * <h2>Adding a KPI kind</h2>
 *
 * <ol>
 *   <li>Add a record to {@link io.github.kpiengine.kpi.KpiExpression} (its unit, direction, children
 *       and what it {@code reads()}) and a method for it to
 *       {@link io.github.kpiengine.kpi.KpiExpression.Visitor}. The build now fails in every package
 *       that must handle the new kind: the engine's compiler (which counters it reads and how its
 *       figure follows from them), the formula formatter (how it is written), and the naming of
 *       definitions (its id and display name). Handle it in each.</li>
 *   <li>Add a factory to {@link io.github.kpiengine.kpi.Kpis} whose Javadoc states the formula, what
 *       it gives when there is nothing to divide, and a small example; and a function to the formula
 *       compiler so that the formatter's text reads back.</li>
 *   <li>Add a hand-checked case to the engine's catalogue test and a measure or composite to the
 *       shared test generator ({@code KpiArbitraries}); the tests that list the permitted kinds then
 *       run the new kind through the visitor, the ids, the engine's laws and the formula round
 *       trip.</li>
 * </ol>
 *
 * <p>A kind that needs a counter the log does not fill yet (a new fact of activities or
 * opportunities) also touches the engine's accumulator.
 */
package io.github.kpiengine.kpi;
