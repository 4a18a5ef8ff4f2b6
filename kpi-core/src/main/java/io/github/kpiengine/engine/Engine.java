package io.github.kpiengine.engine;

import io.github.kpiengine.Period;
import java.util.Objects;

/**
 * Evaluates a scorecard over a log for every scope of a grouping.
 *
 * <pre>{@code
 * ScorecardResult result = Engine.evaluate(Scorecard.of(Kpis.winRate()), log,
 *         Period.ofMonth(YearMonth.of(2026, 3)), Grouping.byRep());
 * KpiResult annWinRate = result.result("ann", "win_rate");
 * }</pre>
 *
 * <p>One pass over the activity columns and one over the opportunity columns fill a row of long
 * counters per rep (or rep and week); a scope's figures come from the sum of its rows, so a unit's
 * ratio is Σ numerators ÷ Σ denominators of its reps. Evaluation only reads the log: any number of
 * threads may evaluate the same log at once while nobody appends to it.
 */
public final class Engine {

    private Engine() {
    }

    /**
     * Evaluates every KPI of a scorecard for every scope of a grouping over a period.
     *
     * @param scorecard the KPIs
     * @param log the activities and opportunities
     * @param period the period, both ends included
     * @param grouping how to split the log into scopes
     * @return the figures, immutable
     */
    public static ScorecardResult evaluate(Scorecard scorecard, ActivityLog log, Period period, Grouping grouping) {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(grouping, "grouping");
        CompiledScorecard plan = new CompiledScorecard(scorecard, log, period, grouping);
        return ScorecardAccumulator.create(plan)
                .addActivities(0, plan.activityCount)
                .addOpportunities(0, plan.opportunityCount)
                .result();
    }
}
