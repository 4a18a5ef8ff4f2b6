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
    /**
     * How many entries of deal tallies an opportunity pays for: one that takes the tallies saves the
     * per-rule path of {@link OpportunityCounts}, about 30 ns where the rows are out of the core's
     * cache (a few ns where they are in it), against about 2 ns to fold an entry. Eight lets a
     * million activities' 50,000 opportunities over 500 reps take them, on one thread or two.
     */
    private static final int DEAL_ENTRIES_PER_OPPORTUNITY = 8;

    private LogScan() {
    }

    /**
     * Returns the counters a scan of {@code activities} activities counts its one-slot types in:
     * one {@code int} per rep row and counted slot, plus a row and a column that take what no rule
     * counts so that the scan need not branch on it. They are a small part of the accumulator's own
     * rows, so the random increments of a long scan stay in the core's cache. {@code null} when the
     * scan is too short for the fold to pay, nothing is counted in one slot, or the period's days
     * are too many to tabulate. Each counter holds at most one scan's activities, which an
     * {@code int} holds.
     */
    static int[] counters(ScorecardAccumulator a, CountedTypes types, int[] repMap, long activities) {
        int size = tableSize(a, types.slots.length, types.slots.length + 1, repMap, activities, 1);
        return size < 0 ? null : new int[size];
    }

    /**
     * Returns the size of a scan's tally table of {@code columns} columns for the reps of
     * {@code repMap} (their rows and a spare row each), or -1 when no slot is counted that way, the
     * table would hold more than {@code perRow} entries for each of the {@code rows} rows it takes,
     * or the period's days are too many to tabulate. A table pays when what the scan saves on each
     * row it takes outweighs the fold's cost of each entry (about 2 ns); {@code perRow} is their
     * ratio, rounded down.
     */
    private static int tableSize(ScorecardAccumulator a, int slots, int columns, int[] repMap, long rows,
            int perRow) {
        if (slots == 0 || a.plan.dayRows == null) {
            return -1;
        }
        int repCount = 0;
        for (int r : repMap) {
            repCount = Math.max(repCount, r + 1);
        }
        long size = (long) repCount * (a.rowsPerRep + 1) * columns;
        long most = rows > Long.MAX_VALUE / perRow ? Long.MAX_VALUE : rows * perRow;
        return size > most || size > Integer.MAX_VALUE ? -1 : (int) size;
    }

    /** Adds what a scan counted in {@code counters} to the accumulator's rows. */
    static void fold(ScorecardAccumulator a, CountedTypes types, int[] counters) {
        if (counters == null) {
            return;
        }
        int columns = types.slots.length + 1;
        for (int r = 0, reps = counters.length / ((a.rowsPerRep + 1) * columns); r < reps; r++) {
            a.addTallies(counters, columns, types.slots, r);
        }
    }

    /** Scans a whole log's activity columns. */
    static void addActivities(ScorecardAccumulator a, LogBinding binding, int[] repMap) {
        int[] counters = counters(a, binding.counted, repMap, binding.activityCount);
        addActivities(a, binding, repMap, 0, binding.activityCount, counters);
        fold(a, binding.counted, counters);
    }

    /**
     * Scans a range of a log's activity columns: one-slot types into {@code counters} when given
     * (see {@link #counters}; the caller folds them), else straight into the accumulator's rows.
     */
    static void addActivities(ScorecardAccumulator a, LogBinding binding, int[] repMap, int from, int to,
            int[] counters) {
        if (counters != null) {
            addActivitiesToCounters(a, binding, repMap, from, to, counters);
            return;
        }
        ActivityLog log = binding.log;
        int[] rep = log.activityRep;
        short[] type = log.activityType;
        int[] day = log.activityDay;
        int[] countSlot = binding.countSlot;
        int types = countSlot.length;
        int w = a.width;
        int perRep = a.rowsPerRep;
        long[] p = a.parts;
        for (int i = from; i < to; i++) {
            int t = type[i];
            // Types appended after the binding was made have no rules in this scan.
            int single = t < types ? countSlot[t] : LogBinding.NO_RULE;
            if (single == LogBinding.NO_RULE) {
                continue;
            }
            int local = a.plan.localRow(day[i]);
            if (local < 0) {
                continue;
            }
            int row = repMap[rep[i]] * perRep + local;
            if (single >= 0) {
                p[row * w + single]++;
            } else {
                applyRules(a, binding, i, t, row);
            }
        }
    }

    /** The scan into counters: a table look-up for the type's column and for the day's row, no branch on either. */
    private static void addActivitiesToCounters(ScorecardAccumulator a, LogBinding binding, int[] repMap, int from,
            int to, int[] counters) {
        ActivityLog log = binding.log;
        int[] rep = log.activityRep;
        short[] type = log.activityType;
        int[] day = log.activityDay;
        int[] column = binding.counted.column;
        int types = column.length;
        CompiledScorecard plan = a.plan;
        int columns = binding.counted.slots.length + 1;
        int perRep = a.rowsPerRep + 1;
        for (int i = from; i < to; i++) {
            int t = type[i];
            // Types appended after the binding was made have no rules in this scan.
            int c = t < types ? column[t] : columns - 1;
            int local = plan.dayRow(day[i]);
            int r = repMap[rep[i]];
            if (c >= 0) {
                counters[(r * perRep + local) * columns + c]++;
            } else if (local < perRep - 1) {
                applyRules(a, binding, i, t, r * (perRep - 1) + local);
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
        long[] deals = dealTallies(a, binding, repMap, to - from);
        addOpportunities(a, binding, repMap, from, to, deals);
        foldDeals(a, binding, deals);
    }

    /**
     * Returns the tallies a scan of {@code opportunities} opportunities counts deals won, deals lost
     * and won revenue in: one {@code long} per rep row and column of {@link LogBinding#dealSlots},
     * with a spare row (a close outside the period, or none, as an open deal has) and, when a kind
     * has no column, a spare column, so that the scan does not branch on them. They take a fraction of the
     * accumulator's rows, so that a part's random increments stay in its core's cache while other
     * parts scan beside it. {@code null} when nothing is counted that way, the scan is too short for
     * the fold to pay, or the period's days are too many to tabulate.
     */
    static long[] dealTallies(ScorecardAccumulator a, LogBinding binding, int[] repMap, long opportunities) {
        int size = tableSize(a, binding.dealSlots.length, binding.dealColumns, repMap, opportunities,
                DEAL_ENTRIES_PER_OPPORTUNITY);
        return size < 0 ? null : new long[size];
    }

    /** Adds what a scan counted in {@code deals} to the accumulator's rows. */
    static void foldDeals(ScorecardAccumulator a, LogBinding binding, long[] deals) {
        if (deals == null) {
            return;
        }
        int columns = binding.dealColumns;
        for (int r = 0, reps = deals.length / ((a.rowsPerRep + 1) * columns); r < reps; r++) {
            a.addTallies(deals, columns, binding.dealSlots, r);
        }
    }

    /**
     * Scans a range of a log's opportunity columns: deals won and lost and won revenue into
     * {@code deals} when given (see {@link #dealTallies}; the caller folds them), everything else
     * (and everything, without them) through {@link OpportunityCounts}.
     */
    static void addOpportunities(ScorecardAccumulator a, LogBinding binding, int[] repMap, int from, int to,
            long[] deals) {
        ActivityLog log = binding.log;
        CompiledScorecard plan = a.plan;
        boolean accountsRead = plan.firstWins || a.walletRules > 0;
        boolean idsRead = plan.firstWins;
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
        boolean[][] sourceOk = deals == null ? binding.sourceOk : binding.otherSourceOk;
        boolean[][] pipelineOk = binding.pipelineOk;
        int[] resultColumn = binding.resultColumn;
        int revenueColumn = binding.revenueColumn;
        int columns = binding.dealColumns;
        int perRep = a.rowsPerRep + 1;
        for (int i = from; i < to; i++) {
            if (deals != null) {
                int row = (repMap[rep[i]] * perRep + plan.dayRow(close[i])) * columns;
                int outcome = result[i];
                deals[row + resultColumn[outcome]]++;
                int at = row + revenueColumn;
                deals[at] = Math.addExact(deals[at], outcome == WON ? amount[i] : 0);
                if (!binding.othersOf[source[i]]) {
                    continue;
                }
            }
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
