/**
 * The reverse funnel: from a revenue target back to the activity that produces it, down to the
 * weekly "magic number" of new opportunities, with the sales-cycle lag, the pipeline in hand,
 * capacity, focus, confidence and the forward projection. Start at {@link
 * io.github.kpiengine.plan.FunnelSolver#solve(io.github.kpiengine.plan.FunnelModel)}. Every figure
 * is counted in exact fractions: a whole figure is the ceiling of its exact fraction, an "exact"
 * figure the exact value rounded once, and a figure too large to count is a value that says so.
 */
package io.github.kpiengine.plan;
