package io.github.kpiengine.engine;

import io.github.kpiengine.DealResult;
import io.github.kpiengine.Source;

/**
 * The scan of a log's columns into an accumulator: ranges of activities and opportunities, and the
 * log's wallets, read through a {@link LogBinding} so that each row costs a few array reads. The
 * path of {@link Engine#evaluate} and {@link ScorecardAccumulator#addAll(ActivityLog)}.
 */
final class LogScan {

    private static final byte WON = (byte) DealResult.WON.ordinal();
    private static final int NONE = ScorecardAccumulator.NONE;

    private LogScan() {
    }

    /** Scans a range of a log's activity columns. */
    static void addActivities(ScorecardAccumulator a, LogBinding binding, int[] repMap, int from, int to) {
        ActivityLog log = binding.log;
        int[] rep = log.activityRep;
        short[] type = log.activityType;
        int[] day = log.activityDay;
        int[] countSlot = binding.countSlot;
        int types = countSlot.length;
        int start = a.plan.startDay;
        int end = a.plan.endDay;
        int w = a.width;
        int perRep = a.rowsPerRep;
        int[] bucketOfDay = a.plan.bucketOfDay;
        boolean lagging = a.plan.lagging;
        int previousStart = a.plan.previousStart;
        int previousEnd = a.plan.previousEnd;
        int buckets = a.plan.buckets;
        long[] p = a.parts;
        for (int i = from; i < to; i++) {
            int t = type[i];
            // Types appended after the binding was made have no rules in this scan.
            if (t >= types) {
                continue;
            }
            int single = countSlot[t];
            if (single == LogBinding.NO_RULE) {
                continue;
            }
            int d = day[i];
            int local;
            if (d >= start && d <= end) {
                local = bucketOfDay == null ? 0 : bucketOfDay[d - start];
            } else if (lagging && d >= previousStart && d <= previousEnd) {
                local = buckets;
            } else {
                continue;
            }
            int base = (repMap[rep[i]] * perRep + local) * w;
            if (single >= 0) {
                p[base + single]++;
            } else {
                applyRules(a, binding, i, t, base / w);
            }
        }
    }

    /** Applies every rule of a logged activity's type: outcome, attribute and client filters, counts and seconds. */
    static void applyRules(ScorecardAccumulator a, LogBinding binding, int i, int t, int row) {
        ActivityLog log = binding.log;
        int o = log.activityOutcome[i];
        int attributeSet = -2;
        for (int r = binding.ruleFrom[t]; r < binding.ruleTo[t]; r++) {
            CompiledScorecard.ActivityRule rule = a.plan.activityRules[r];
            if ((rule.outcomes >>> o & 1) == 0) {
                continue;
            }
            boolean[] attributes = binding.attributeOk[r];
            if (attributes != null) {
                if (attributeSet == -2) {
                    attributeSet = log.attributeSetOf(i);
                }
                if (attributeSet < 0 || attributeSet >= attributes.length || !attributes[attributeSet]) {
                    continue;
                }
            }
            String account = rule.client == CompiledScorecard.ANY_CLIENT ? null : log.accountOfActivity(i);
            a.count(rule, row, log.activityDay[i], account, rule.seconds ? log.activitySeconds[i] : 1);
        }
    }

    /** Scans a range of a log's opportunity columns. */
    static void addOpportunities(ScorecardAccumulator a, LogBinding binding, int[] repMap, int from, int to) {
        ActivityLog log = binding.log;
        boolean accountsRead = a.plan.firstWins || a.walletRules > 0;
        boolean idsRead = a.plan.firstWins;
        int[] rep = log.opportunityRep;
        byte[] source = log.opportunitySource;
        short[] pipeline = log.opportunityPipeline;
        int[] created = log.opportunityCreated;
        int[] close = log.opportunityClose;
        byte[] result = log.opportunityResult;
        long[] amount = log.opportunityAmount;
        int[] historyStart = log.historyStart;
        byte[] stages = log.historyStage;
        int[] days = log.historyDay;
        boolean[][] sourceOk = binding.sourceOk;
        boolean[][] pipelineOk = binding.pipelineOk;
        for (int i = from; i < to; i++) {
            // Ids, accounts and sources are read only for a closed won deal, and only when a rule
            // needs them (an account's first win, its won revenue): each is an object of its own, and
            // touching one costs a cache miss.
            boolean closedWon = result[i] == WON && close[i] != NONE;
            String account = accountsRead && closedWon ? log.accountNames.get(log.opportunityAccount[i]) : null;
            String id = idsRead && closedWon ? log.opportunityIds.get(i) : null;
            Source origin = idsRead && closedWon ? log.sources.get(source[i]) : null;
            OpportunityCounts.add(a, repMap[rep[i]], account, id, origin, created[i], close[i], result[i], amount[i],
                    sourceOk[source[i]], pipelineOk[pipeline[i]], stages, days, historyStart[i], historyStart[i + 1]);
        }
    }

    /** Adds the wallets of a log. */
    static void addWallets(ScorecardAccumulator a, LogBinding binding, int[] repMap) {
        ActivityLog log = binding.log;
        for (int account = 0; account < log.accountNames.size(); account++) {
            int owner = log.walletOwner[account];
            if (owner >= 0) {
                AccountState known = a.accounts.get(log.accountNames.get(account));
                if (known != null && known.walletOwner >= 0 && !(known.walletOwner == repMap[owner]
                        && known.walletSpend == log.walletSpend[account])) {
                    throw new IllegalArgumentException("wallet must not be added twice for account: "
                            + log.accountNames.get(account));
                }
                a.wallet(log.accountNames.get(account), repMap[owner], log.walletSpend[account]);
            }
        }
    }
}
