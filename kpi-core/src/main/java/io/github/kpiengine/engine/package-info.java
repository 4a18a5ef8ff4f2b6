/**
 * The evaluation engine: an {@link io.github.kpiengine.engine.ActivityLog} that stores activities
 * and opportunities column-wise, a {@link io.github.kpiengine.engine.Scorecard} of KPI definitions,
 * a {@link io.github.kpiengine.engine.Grouping} into scopes (reps, reps' weeks, org units), and the
 * {@link io.github.kpiengine.engine.Engine} that evaluates a scorecard for every scope in one pass
 * over the log, on one thread or several, into an immutable
 * {@link io.github.kpiengine.engine.ScorecardResult}. A
 * {@link io.github.kpiengine.engine.CompiledScorecard}'s
 * {@link io.github.kpiengine.engine.ScorecardAccumulator} is the unit of work everywhere: it takes
 * activities one at a time or in {@link io.github.kpiengine.engine.ActivityColumns}, merges with
 * accumulators filled on other threads or machines by value, and crosses a network as bytes.
 */
package io.github.kpiengine.engine;
