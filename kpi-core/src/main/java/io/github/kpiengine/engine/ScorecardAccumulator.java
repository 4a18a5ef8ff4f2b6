package io.github.kpiengine.engine;

import io.github.kpiengine.DealResult;
import java.util.Arrays;
import java.util.Optional;

/**
 * The mutable counters of one evaluation: a row of long parts per cell (a rep, or a rep's week,
 * month or quarter), filled from ranges of the log's columns with no allocation per activity,
 * merged by addition, and published as an immutable {@link ScorecardResult}.
 */
final class ScorecardAccumulator {

    private static final byte WON = (byte) DealResult.WON.ordinal();
    private static final byte LOST = (byte) DealResult.LOST.ordinal();
    private static final int NONE = Integer.MIN_VALUE;

    private final CompiledScorecard plan;
    private final long[] parts;
    private int[][] samples;
    private int[] sampleCounts;
    private boolean published;

    private ScorecardAccumulator(CompiledScorecard plan) {
        this.plan = plan;
        this.parts = new long[Math.multiplyExact(plan.rows, plan.width)];
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
        int[] ruleStart = plan.typeRuleStart;
        int[] countSlot = plan.countSlotOfType;
        int types = ruleStart.length - 1;
        int start = plan.startDay;
        int end = plan.endDay;
        int width = plan.width;
        int buckets = plan.buckets;
        int[] bucketOfDay = plan.bucketOfDay;
        boolean lagging = plan.lagging;
        int previousStart = plan.previousStart;
        int previousEnd = plan.previousEnd;
        int cells = plan.cells;
        long[] p = parts;
        for (int i = from; i < to; i++) {
            int t = type[i];
            // Types appended after compilation have no rules in this evaluation.
            if (t >= types) {
                continue;
            }
            int single = countSlot[t];
            if (single == CompiledScorecard.NO_RULE) {
                continue;
            }
            int d = day[i];
            int row;
            if (d >= start && d <= end) {
                row = bucketOfDay == null ? rep[i] : rep[i] * buckets + bucketOfDay[d - start];
            } else if (lagging && d >= previousStart && d <= previousEnd) {
                row = cells + rep[i];
            } else {
                continue;
            }
            int base = row * width;
            if (single >= 0) {
                p[base + single]++;
            } else {
                applyRules(i, t, base);
            }
        }
        return this;
    }

    /** Applies every rule of an activity's type: outcome and attribute filters, counts and seconds. */
    private void applyRules(int i, int t, int base) {
        ActivityLog log = plan.log;
        int o = log.activityOutcome[i];
        int attributeSet = -2;
        for (int r = plan.typeRuleStart[t], last = plan.typeRuleStart[t + 1]; r < last; r++) {
            if ((plan.activityRuleOutcomes[r] >>> o & 1) == 0) {
                continue;
            }
            boolean[] attributes = plan.activityRuleAttributes[r];
            if (attributes != null) {
                if (attributeSet == -2) {
                    attributeSet = log.attributeSetOf(i);
                }
                if (attributeSet < 0 || attributeSet >= attributes.length || !attributes[attributeSet]) {
                    continue;
                }
            }
            parts[base + plan.activityRuleSlot[r]] += plan.activityRuleSeconds[r] ? log.activitySeconds[i] : 1;
        }
    }

    ScorecardAccumulator addOpportunities(int from, int to) {
        checkOpen();
        if (!(from >= 0 && from <= to && to <= plan.opportunityCount)) {
            throw new IllegalArgumentException("opportunity range must lie in [0, " + plan.opportunityCount + "]: [" + from + ", " + to + ")");
        }
        ActivityLog log = plan.log;
        int width = plan.width;
        for (int i = from; i < to; i++) {
            int rep = log.opportunityRep[i];
            int close = log.opportunityClose[i];
            byte result = log.opportunityResult[i];
            int source = log.opportunitySource[i];
            int closeRow = close == NONE ? -1 : plan.rowOf(rep, close);
            for (CompiledScorecard.OpportunityRule rule : plan.opportunityRules) {
                if (rule.sources != null && !(source < rule.sources.length && rule.sources[source])) {
                    continue;
                }
                int slot = rule.slot;
                switch (rule.op) {
                    case CompiledScorecard.WON:
                        if (closeRow >= 0 && result == WON) {
                            parts[closeRow * width + slot]++;
                        }
                        break;
                    case CompiledScorecard.LOST:
                        if (closeRow >= 0 && result == LOST) {
                            parts[closeRow * width + slot]++;
                        }
                        break;
                    case CompiledScorecard.WON_REVENUE:
                        if (closeRow >= 0 && result == WON) {
                            parts[closeRow * width + slot] = Math.addExact(parts[closeRow * width + slot],
                                    log.opportunityAmount[i]);
                        }
                        break;
                    case CompiledScorecard.FIRST_WIN:
                        if (closeRow >= 0 && result == WON && log.firstWinOfAccount[log.opportunityAccount[i]] == i) {
                            parts[closeRow * width + slot]++;
                        }
                        break;
                    case CompiledScorecard.WON_CYCLE_DAYS:
                        if (closeRow >= 0 && result == WON) {
                            int started = cycleStart(i, rule);
                            if (started != NONE) {
                                parts[closeRow * width + slot] += close - started;
                                parts[closeRow * width + slot + 1]++;
                            }
                        }
                        break;
                    case CompiledScorecard.CYCLE_SAMPLE:
                        if (closeRow >= 0 && result == WON) {
                            int started = cycleStart(i, rule);
                            if (started != NONE) {
                                addSample(closeRow, slot, close - started);
                            }
                        }
                        break;
                    case CompiledScorecard.WALLET_REVENUE:
                        int owner = log.walletOwner[log.opportunityAccount[i]];
                        int walletRow = owner < 0 || close == NONE ? -1 : plan.rowOf(owner, close);
                        if (walletRow >= 0 && result == WON) {
                            parts[walletRow * width + slot] = Math.addExact(parts[walletRow * width + slot],
                                    log.opportunityAmount[i]);
                        }
                        break;
                    case CompiledScorecard.OPENED:
                        int openedRow = plan.rowOf(rep, log.opportunityCreated[i]);
                        if (openedRow >= 0) {
                            parts[openedRow * width + slot]++;
                        }
                        break;
                    case CompiledScorecard.OPEN_COUNT:
                    case CompiledScorecard.OPEN_AMOUNT:
                        open(i, rep, rule);
                        break;
                    default:
                        convert(i, rule, rep, slot);
                        break;
                }
            }
        }
        return this;
    }

    /** Returns the day an opportunity's cycle starts for a rule: its creation, or its first entry into the rule's stage. */
    private int cycleStart(int opportunity, CompiledScorecard.OpportunityRule rule) {
        ActivityLog log = plan.log;
        if (rule.from < 0) {
            return log.opportunityCreated[opportunity];
        }
        if (log.opportunityPipeline[opportunity] != rule.pipeline) {
            return NONE;
        }
        for (int h = log.historyStart[opportunity], last = log.historyStart[opportunity + 1]; h < last; h++) {
            if (log.historyStage[h] == rule.from) {
                return log.historyDay[h];
            }
        }
        return NONE;
    }

    /** Counts an opportunity open at the end of each bucket (and of the period before the first). */
    private void open(int i, int rep, CompiledScorecard.OpportunityRule rule) {
        ActivityLog log = plan.log;
        int created = log.opportunityCreated[i];
        int close = log.opportunityClose[i];
        long amount = rule.op == CompiledScorecard.OPEN_COUNT ? 1 : log.opportunityAmount[i];
        for (int b = 0; b < plan.buckets; b++) {
            int day = plan.bucketEndDay[b];
            if (created <= day && (close == NONE || close > day)) {
                int at = (rep * plan.buckets + b) * plan.width + rule.slot;
                parts[at] = Math.addExact(parts[at], amount);
            }
        }
        if (plan.lagging && created <= plan.previousEnd && (close == NONE || close > plan.previousEnd)) {
            int at = (plan.cells + rep) * plan.width + rule.slot;
            parts[at] = Math.addExact(parts[at], amount);
        }
    }

    /** Counts the member of a conversion and whether it went on; the rules are those of the KPI's Javadoc. */
    private void convert(int opportunity, CompiledScorecard.OpportunityRule rule, int rep, int slot) {
        ActivityLog log = plan.log;
        if (log.opportunityPipeline[opportunity] != rule.pipeline) {
            return;
        }
        int last = log.historyStart[opportunity + 1];
        for (int h = log.historyStart[opportunity]; h < last; h++) {
            if (log.historyStage[h] != rule.from) {
                continue;
            }
            int enteredRow = plan.rowOf(rep, log.historyDay[h]);
            if (enteredRow >= 0) {
                parts[enteredRow * plan.width + slot]++;
            } else if (!rule.flow) {
                return;
            }
            int reachedAt = reached(h, last, rule);
            if (reachedAt >= 0) {
                int reachedRow = rule.flow ? plan.rowOf(rep, log.historyDay[reachedAt]) : enteredRow;
                if (reachedRow >= 0) {
                    parts[reachedRow * plan.width + slot + 1]++;
                }
            }
            return;
        }
    }

    /** Returns the history entry at which the opportunity reached the rule's stage after entry {@code h}, or -1. */
    private int reached(int h, int last, CompiledScorecard.OpportunityRule rule) {
        ActivityLog log = plan.log;
        if (rule.direct) {
            return h + 1 < last && log.historyStage[h + 1] == rule.to ? h + 1 : -1;
        }
        for (int later = h + 1; later < last; later++) {
            int stage = log.historyStage[later];
            if (stage >= rule.to && stage != rule.lost) {
                return later;
            }
        }
        return -1;
    }

    private void addSample(int row, int slot, int value) {
        if (sampleCounts == null) {
            samples = new int[plan.rows * plan.sampleSlots][];
            sampleCounts = new int[plan.rows * plan.sampleSlots];
        }
        int at = row * plan.sampleSlots + slot;
        int count = sampleCounts[at];
        if (samples[at] == null) {
            samples[at] = new int[4];
        } else if (count == samples[at].length) {
            samples[at] = Arrays.copyOf(samples[at], count * 2);
        }
        samples[at][count] = value;
        sampleCounts[at] = count + 1;
    }

    ScorecardAccumulator merge(ScorecardAccumulator other) {
        checkOpen();
        if (other.plan != plan) {
            throw new IllegalArgumentException("other must accumulate the same plan: " + other);
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Math.addExact(parts[i], other.parts[i]);
        }
        if (other.sampleCounts != null) {
            for (int at = 0; at < other.sampleCounts.length; at++) {
                // Read before adding: merging an accumulator into itself grows the same list.
                int[] values = other.samples[at];
                int count = other.sampleCounts[at];
                for (int k = 0; k < count; k++) {
                    addSample(at / plan.sampleSlots, at % plan.sampleSlots, values[k]);
                }
            }
        }
        return this;
    }

    /**
     * Publishes the counters as an immutable result, adding the parts that come from no scan (the
     * known spend of each owner's accounts). The result takes the counters over without copying them,
     * so the accumulator must not be used afterwards; it refuses to be.
     */
    ScorecardResult result() {
        checkOpen();
        published = true;
        if (plan.walletSpendSlot >= 0) {
            ActivityLog log = plan.log;
            for (int account = 0; account < log.accountCount(); account++) {
                int owner = log.walletOwner[account];
                if (owner < 0 || owner >= plan.repCount) {
                    continue;
                }
                for (int b = 0; b < plan.buckets; b++) {
                    addWallet((owner * plan.buckets + b) * plan.width, log.walletSpend[account]);
                }
                if (plan.lagging) {
                    addWallet((plan.cells + owner) * plan.width, log.walletSpend[account]);
                }
            }
        }
        ScopeSum.Layout layout = new ScopeSum.Layout(parts, plan.width, plan.buckets, plan.cells, plan.lagging,
                plan.bucketPeriods.clone(), plan.sampleSlots, samples, sampleCounts);
        return new ScorecardResult(plan.kpis, plan.formulas, plan.scopes, layout, Optional.ofNullable(plan.log.currency));
    }

    private void addWallet(int base, long spend) {
        parts[base + plan.walletSpendSlot] = Math.addExact(parts[base + plan.walletSpendSlot], spend);
        parts[base + plan.walletAccountsSlot]++;
    }

    private void checkOpen() {
        if (published) {
            throw new IllegalStateException("accumulator was published and may no longer change");
        }
    }
}
