package io.github.kpiengine.engine;

import io.github.kpiengine.DealResult;

/**
 * The mutable counters of one evaluation: a row of long parts per cell (a rep, or a rep's week),
 * filled from ranges of the log's columns with no allocation per row, merged by addition, and
 * published as an immutable {@link ScorecardResult}.
 */
final class ScorecardAccumulator {

    private static final byte WON = (byte) DealResult.WON.ordinal();
    private static final byte LOST = (byte) DealResult.LOST.ordinal();

    private final CompiledScorecard plan;
    private final long[] parts;
    private boolean published;

    private ScorecardAccumulator(CompiledScorecard plan) {
        this.plan = plan;
        this.parts = new long[Math.multiplyExact(plan.cells, plan.width)];
    }

    static ScorecardAccumulator create(CompiledScorecard plan) {
        return new ScorecardAccumulator(plan);
    }

    ScorecardAccumulator addActivities(int from, int to) {
        checkOpen();
        if (!(from >= 0 && from <= to && to <= plan.activityCount)) {
            throw new IllegalArgumentException("activity range must lie in [0, " + plan.activityCount + "]: [" + from + ", " + to + ")");
        }
        ActivityLog log = plan.log;
        int[] rep = log.activityRep;
        short[] type = log.activityType;
        int[] day = log.activityDay;
        byte[] outcome = log.activityOutcome;
        int[] seconds = log.activitySeconds;
        int[] ruleStart = plan.typeRuleStart;
        int[] countSlot = plan.countSlotOfType;
        int types = ruleStart.length - 1;
        byte[] ruleOutcome = plan.activityRuleOutcome;
        int[] ruleSlot = plan.activityRuleSlot;
        boolean[] ruleSeconds = plan.activityRuleSeconds;
        int start = plan.startDay;
        int end = plan.endDay;
        int width = plan.width;
        int buckets = plan.buckets;
        int origin = plan.weekOrigin;
        long[] p = parts;
        for (int i = from; i < to; i++) {
            int d = day[i];
            int t = type[i];
            // Types appended after compilation have no rules in this evaluation.
            if (d < start || d > end || t >= types) {
                continue;
            }
            int single = countSlot[t];
            if (single == CompiledScorecard.NO_RULE) {
                continue;
            }
            int cell = buckets == 1 ? rep[i] : rep[i] * buckets + (d - origin) / 7;
            int base = cell * width;
            if (single >= 0) {
                p[base + single]++;
                continue;
            }
            byte o = outcome[i];
            for (int r = ruleStart[t], last = ruleStart[t + 1]; r < last; r++) {
                if (ruleOutcome[r] < 0 || ruleOutcome[r] == o) {
                    p[base + ruleSlot[r]] += ruleSeconds[r] ? seconds[i] : 1;
                }
            }
        }
        return this;
    }

    ScorecardAccumulator addOpportunities(int from, int to) {
        checkOpen();
        if (!(from >= 0 && from <= to && to <= plan.opportunityCount)) {
            throw new IllegalArgumentException("opportunity range must lie in [0, " + plan.opportunityCount + "]: [" + from + ", " + to + ")");
        }
        ActivityLog log = plan.log;
        int start = plan.startDay;
        int end = plan.endDay;
        int width = plan.width;
        int rules = plan.opportunityRuleOp.length;
        for (int i = from; i < to; i++) {
            int rep = log.opportunityRep[i];
            int close = log.opportunityClose[i];
            byte result = log.opportunityResult[i];
            boolean closedInPeriod = close >= start && close <= end;
            int closeBase = closedInPeriod ? plan.cellOf(rep, close) * width : -1;
            for (int r = 0; r < rules; r++) {
                int slot = plan.opportunityRuleSlot[r];
                switch (plan.opportunityRuleOp[r]) {
                    case CompiledScorecard.WON:
                        if (closedInPeriod && result == WON) {
                            parts[closeBase + slot]++;
                        }
                        break;
                    case CompiledScorecard.LOST:
                        if (closedInPeriod && result == LOST) {
                            parts[closeBase + slot]++;
                        }
                        break;
                    case CompiledScorecard.WON_REVENUE:
                        if (closedInPeriod && result == WON) {
                            parts[closeBase + slot] = Math.addExact(parts[closeBase + slot],
                                    log.opportunityAmount[i]);
                        }
                        break;
                    case CompiledScorecard.WON_CYCLE_DAYS:
                        if (closedInPeriod && result == WON) {
                            parts[closeBase + slot] += close - log.opportunityCreated[i];
                        }
                        break;
                    case CompiledScorecard.FIRST_WIN:
                        if (closedInPeriod && result == WON && log.firstWinOfAccount[log.opportunityAccount[i]] == i) {
                            parts[closeBase + slot]++;
                        }
                        break;
                    default:
                        convert(i, r, rep, slot);
                        break;
                }
            }
        }
        return this;
    }

    /** Counts the cohort member and whether it converted; the rules are those of the KPI's Javadoc. */
    private void convert(int opportunity, int rule, int rep, int slot) {
        ActivityLog log = plan.log;
        if (log.opportunityPipeline[opportunity] != plan.opportunityRulePipeline[rule]) {
            return;
        }
        int fromStage = plan.opportunityRuleFrom[rule];
        int toStage = plan.opportunityRuleTo[rule];
        int lostStage = plan.opportunityRuleLost[rule];
        int last = log.historyStart[opportunity + 1];
        for (int h = log.historyStart[opportunity]; h < last; h++) {
            if (log.historyStage[h] != fromStage) {
                continue;
            }
            int entered = log.historyDay[h];
            if (entered < plan.startDay || entered > plan.endDay) {
                return;
            }
            int base = plan.cellOf(rep, entered) * plan.width;
            parts[base + slot]++;
            for (int later = h + 1; later < last; later++) {
                int stage = log.historyStage[later];
                if (stage >= toStage && stage != lostStage) {
                    parts[base + slot + 1]++;
                    return;
                }
            }
            return;
        }
    }

    ScorecardAccumulator merge(ScorecardAccumulator other) {
        checkOpen();
        if (other.plan != plan) {
            throw new IllegalArgumentException("other must accumulate the same plan: " + other);
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Math.addExact(parts[i], other.parts[i]);
        }
        return this;
    }

    /**
     * Publishes the counters as an immutable result. The result takes the counters over without
     * copying them, so the accumulator must not be used afterwards; it refuses to be.
     */
    ScorecardResult result() {
        checkOpen();
        published = true;
        return new ScorecardResult(plan.kpiIds, plan.directions, plan.formulas, plan.scopes, parts, plan.width);
    }

    private void checkOpen() {
        if (published) {
            throw new IllegalStateException("accumulator was published and may no longer change");
        }
    }
}
