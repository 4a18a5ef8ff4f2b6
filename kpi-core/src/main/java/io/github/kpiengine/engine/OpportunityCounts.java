package io.github.kpiengine.engine;

import io.github.kpiengine.DealResult;
import io.github.kpiengine.Source;

/**
 * What one opportunity adds to an accumulator under each opportunity rule: wins, losses, revenue,
 * cycles and their samples, openings, the buckets at whose end it is open, stage conversions; and
 * for its account the facts resolved when the result is read (its first win, its won revenue for
 * share of wallet). The opportunity is given by value, its stage history a range of two arrays, so
 * a logged opportunity and an {@code Opportunity} object take the same path.
 */
final class OpportunityCounts {

    private static final int WON = DealResult.WON.ordinal();
    private static final int LOST = DealResult.LOST.ordinal();
    private static final int NONE = ScorecardAccumulator.NONE;

    private OpportunityCounts() {
    }

    /**
     * Adds one opportunity given by value, its history a range of two arrays. Wins, losses and won
     * revenue are counted here; every other kind in {@link #addOther}, so that this method stays
     * small enough for the compiler to inline into the log's scan.
     */
    static void add(ScorecardAccumulator a, int rep, String account, String id, Source source, int created,
            int close, int result, long amount, boolean[] sourceOk, boolean[] pipelineOk, byte[] stages, int[] days, int hFrom, int hTo) {
        CompiledScorecard plan = a.plan;
        int closeRow = close == NONE ? -1 : plan.rowOf(rep, close);
        boolean won = result == WON;
        if (won && close != NONE && plan.firstWins) {
            a.account(account).won(close, id, rep, source);
        }
        long[] p = a.parts;
        int w = a.width;
        CompiledScorecard.OpportunityRule[] rules = plan.opportunityRules;
        for (int k = 0; k < rules.length; k++) {
            if (!sourceOk[k]) {
                continue;
            }
            CompiledScorecard.OpportunityRule rule = rules[k];
            int op = rule.op;
            if (op == CompiledScorecard.WON || op == CompiledScorecard.LOST) {
                if (closeRow >= 0 && (op == CompiledScorecard.WON ? won : result == LOST)) {
                    p[closeRow * w + rule.slot]++;
                }
            } else if (op == CompiledScorecard.WON_REVENUE) {
                if (closeRow >= 0 && won) {
                    int at = closeRow * w + rule.slot;
                    p[at] = Math.addExact(p[at], amount);
                }
            } else if (op != CompiledScorecard.FIRST_WIN) {
                // A first win is counted when the result is read: the account's first win may be in another part.
                addOther(a, rep, account, rule, pipelineOk[k], closeRow, created, close, won, amount, stages, days,
                        hFrom, hTo);
            }
        }
    }

    /** Adds what one opportunity counts under a rule other than wins, losses, won revenue and first wins. */
    private static void addOther(ScorecardAccumulator a, int rep, String account, CompiledScorecard.OpportunityRule rule,
            boolean pipelineOk, int closeRow, int created, int close, boolean won, long amount, byte[] stages,
            int[] days, int hFrom, int hTo) {
        long[] p = a.parts;
        int w = a.width;
        int slot = rule.slot;
        switch (rule.op) {
            case CompiledScorecard.WON_CYCLE_DAYS:
                if (closeRow >= 0 && won) {
                    int started = cycleStart(created, rule, pipelineOk, stages, days, hFrom, hTo);
                    if (started != NONE) {
                        p[closeRow * w + slot] += close - started;
                        p[closeRow * w + slot + 1]++;
                    }
                }
                break;
            case CompiledScorecard.CYCLE_SAMPLE:
                if (closeRow >= 0 && won) {
                    int started = cycleStart(created, rule, pipelineOk, stages, days, hFrom, hTo);
                    if (started != NONE) {
                        a.addSample(closeRow, slot, close - started);
                    }
                }
                break;
            case CompiledScorecard.WALLET_REVENUE:
                int local = close == NONE ? -1 : a.plan.localRow(close);
                if (local >= 0 && won) {
                    a.account(account).addWalletRevenue(rule.walletIndex * a.rowsPerRep + local,
                            a.walletRules * a.rowsPerRep, amount);
                }
                break;
            case CompiledScorecard.OPENED:
                int openedRow = a.plan.rowOf(rep, created);
                if (openedRow >= 0) {
                    p[openedRow * w + slot]++;
                }
                break;
            case CompiledScorecard.OPEN_COUNT:
            case CompiledScorecard.OPEN_AMOUNT:
                open(a, rep, created, close, rule.op == CompiledScorecard.OPEN_COUNT ? 1 : amount, slot);
                break;
            default:
                if (pipelineOk) {
                    convert(a, rep, rule, slot, stages, days, hFrom, hTo);
                }
                break;
        }
    }

    /** Returns the day an opportunity's cycle starts for a rule: its creation, or its first entry into the rule's stage. */
    private static int cycleStart(int created, CompiledScorecard.OpportunityRule rule, boolean pipelineOk,
            byte[] stages, int[] days, int hFrom, int hTo) {
        if (rule.from < 0) {
            return created;
        }
        if (!pipelineOk) {
            return NONE;
        }
        for (int h = hFrom; h < hTo; h++) {
            if (stages[h] == rule.from) {
                return days[h];
            }
        }
        return NONE;
    }

    /** Counts an opportunity open at the end of each bucket (and of the period before the first). */
    static void open(ScorecardAccumulator a, int rep, int created, int close, long amount, int slot) {
        int buckets = a.plan.buckets;
        for (int b = 0; b < buckets; b++) {
            int day = a.plan.bucketEndDay[b];
            if (created <= day && (close == NONE || close > day)) {
                int at = (rep * a.rowsPerRep + b) * a.width + slot;
                a.parts[at] = Math.addExact(a.parts[at], amount);
            }
        }
        if (a.plan.lagging && created <= a.plan.previousEnd && (close == NONE || close > a.plan.previousEnd)) {
            int at = (rep * a.rowsPerRep + buckets) * a.width + slot;
            a.parts[at] = Math.addExact(a.parts[at], amount);
        }
    }

    /** Counts the member of a conversion and whether it went on; the rules are those of the KPI's Javadoc. */
    static void convert(ScorecardAccumulator a, int rep, CompiledScorecard.OpportunityRule rule, int slot, byte[] stages, int[] days,
            int hFrom, int hTo) {
        for (int h = hFrom; h < hTo; h++) {
            if (stages[h] != rule.from) {
                continue;
            }
            int enteredRow = a.plan.rowOf(rep, days[h]);
            if (enteredRow >= 0) {
                a.parts[enteredRow * a.width + slot]++;
            } else if (!rule.flow) {
                return;
            }
            int reachedAt = reached(h, hTo, rule, stages);
            if (reachedAt >= 0) {
                int reachedRow = rule.flow ? a.plan.rowOf(rep, days[reachedAt]) : enteredRow;
                if (reachedRow >= 0) {
                    a.parts[reachedRow * a.width + slot + 1]++;
                }
            }
            return;
        }
    }

    /** Returns the history entry at which the opportunity reached the rule's stage after entry {@code h}, or -1. */
    private static int reached(int h, int last, CompiledScorecard.OpportunityRule rule, byte[] stages) {
        if (rule.direct) {
            return h + 1 < last && stages[h + 1] == rule.to ? h + 1 : -1;
        }
        for (int later = h + 1; later < last; later++) {
            int stage = stages[later];
            if (stage >= rule.to && stage != rule.lost) {
                return later;
            }
        }
        return -1;
    }
}
