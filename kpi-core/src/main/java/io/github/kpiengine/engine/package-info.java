/**
 * The evaluation engine: an {@link io.github.kpiengine.engine.ActivityLog} that stores activities
 * and opportunities column-wise, a {@link io.github.kpiengine.engine.Scorecard} of KPI definitions,
 * a {@link io.github.kpiengine.engine.Grouping} into scopes (reps, reps' weeks, org units), and the
 * {@link io.github.kpiengine.engine.Engine} that evaluates a scorecard for every scope in one pass
 * over the log into an immutable {@link io.github.kpiengine.engine.ScorecardResult}.
 */
package io.github.kpiengine.engine;
