package io.github.kpiengine.engine;

import io.github.kpiengine.Source;
import java.util.Arrays;

/**
 * What an accumulator keeps of one account, because it depends on deals that another part may
 * hold: the account's first won deal (for new accounts won and the client conditions), its wallet
 * (for share of wallet), its won revenue by bucket until the wallet's owner is known, and the
 * activities under a client condition until the account's first win is known. Merged by value.
 */
final class AccountState {

    static final int NONE = Integer.MIN_VALUE;

    int firstWinDay = NONE;
    String firstWinId;
    int firstWinRep = -1;
    Source firstWinSource;

    int walletOwner = -1;
    long walletSpend;

    /** Won revenue per share-of-wallet rule and row of a rep: rule × rowsPerRep; null until there is any. */
    long[] walletRevenue;

    /** Activities waiting for the first win: (client rule, row, day) triples and their values. */
    int[] deferred;
    long[] deferredValues;
    int deferredCount;

    /** Records a won deal; the first is the one closed earliest, ties going to the smallest id. */
    void won(int day, String id, int rep, Source source) {
        if (firstWinDay == NONE || day < firstWinDay || day == firstWinDay && id.compareTo(firstWinId) < 0) {
            firstWinDay = day;
            firstWinId = id;
            firstWinRep = rep;
            firstWinSource = source;
        }
    }

    void addWalletRevenue(int at, int length, long amount) {
        if (walletRevenue == null) {
            walletRevenue = new long[length];
        }
        walletRevenue[at] = Math.addExact(walletRevenue[at], amount);
    }

    void defer(int rule, int row, int day, long value) {
        if (deferred == null) {
            deferred = new int[12];
            deferredValues = new long[4];
        } else if (deferredCount == deferredValues.length) {
            deferred = Arrays.copyOf(deferred, deferredCount * 6);
            deferredValues = Arrays.copyOf(deferredValues, deferredCount * 2);
        }
        deferred[deferredCount * 3] = rule;
        deferred[deferredCount * 3 + 1] = row;
        deferred[deferredCount * 3 + 2] = day;
        deferredValues[deferredCount] = value;
        deferredCount++;
    }

    /** Tells whether the account had a won deal closed before a day: whether it was then an existing client. */
    boolean clientOn(int day) {
        return firstWinDay != NONE && firstWinDay < day;
    }

    /** Adds what the account's facts give once every part is in: its first win, its waiting activities, its wallet. */
    void resolve(CompiledScorecard plan, long[] p) {
        AccountState account = this;
        int width = plan.width;
        int rowsPerRep = plan.rowsPerRep;
        if (account.firstWinDay != NONE) {
            int row = plan.rowOf(account.firstWinRep, account.firstWinDay);
            for (CompiledScorecard.OpportunityRule rule : plan.opportunityRules) {
                if (row >= 0 && rule.op == CompiledScorecard.FIRST_WIN && rule.matches(account.firstWinSource)) {
                    p[row * width + rule.slot]++;
                }
            }
        }
        for (int e = 0; e < account.deferredCount; e++) {
            CompiledScorecard.ActivityRule rule = plan.clientRules[account.deferred[e * 3]];
            int client = account.clientOn(account.deferred[e * 3 + 2]) ? CompiledScorecard.EXISTING
                    : CompiledScorecard.PROSPECT;
            if ((rule.client & client) != 0) {
                int at = account.deferred[e * 3 + 1] * width + rule.slot;
                p[at] = Math.addExact(p[at], account.deferredValues[e]);
            }
        }
        if (account.walletOwner >= 0 && plan.walletSpendSlot >= 0) {
            for (int local = 0; local < rowsPerRep; local++) {
                int base = (account.walletOwner * rowsPerRep + local) * width;
                p[base + plan.walletSpendSlot] = Math.addExact(p[base + plan.walletSpendSlot], account.walletSpend);
                p[base + plan.walletAccountsSlot]++;
                if (account.walletRevenue != null) {
                    for (CompiledScorecard.OpportunityRule rule : plan.opportunityRules) {
                        if (rule.walletIndex >= 0) {
                            p[base + rule.slot] = Math.addExact(p[base + rule.slot],
                                    account.walletRevenue[rule.walletIndex * rowsPerRep + local]);
                        }
                    }
                }
            }
        }
    }
}
