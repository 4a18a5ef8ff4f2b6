package io.github.kpiengine.engine;

import io.github.kpiengine.DealResult;
import java.util.Map;

/**
 * A compiled scorecard read against one log's dictionaries, for the scan over its columns: each of
 * the log's types to its rules, each attribute set, source and pipeline to the rules it meets.
 * Built once per evaluation and shared, read only, by every thread of it.
 */
final class LogBinding {

    /** A type no rule counts. */
    static final int NO_RULE = -1;
    /** A type with a filter, a sum of seconds or several rules: the general path. */
    static final int MANY_RULES = -2;

    final ActivityLog log;
    final int activityCount;
    final int opportunityCount;
    /** For each of the log's types: its rules in the compiled scorecard, [from, to). */
    final int[] ruleFrom;
    final int[] ruleTo;
    /** For each of the log's types: the one slot that counts it, {@link #NO_RULE} or {@link #MANY_RULES}. */
    final int[] countSlot;
    /** The log's types as the columns of a scan's own counters. */
    final CountedTypes counted;
    /** For each activity rule, which of the log's attribute sets meet it; null when it reads none. */
    final boolean[][] attributeOk;
    /** For each of the log's sources, the opportunity rules it meets. */
    final boolean[][] sourceOk;
    /** For each of the log's pipelines, the opportunity rules whose pipeline it is (or that read none). */
    final boolean[][] pipelineOk;
    /**
     * The slots a scan counts deals won, deals lost and won revenue in when every source of the log
     * meets their rule (one slot of each kind at most): the columns of a part's own deal tallies
     * (see {@link LogScan#dealTallies}).
     */
    final int[] dealSlots;
    /**
     * The columns of the deal tallies: one for each of {@link #dealSlots}, and a spare one for a
     * result or won revenue that none of them counts, when one of the three kinds has no slot.
     */
    final int dealColumns;
    /**
     * For each {@code DealResult} ordinal, its column in the deal tallies: won, lost, or the spare
     * one; an open deal's is the first column, as it has no close day and falls in the spare row.
     */
    final int[] resultColumn;
    /** The column of won revenue in the deal tallies, or the spare one. */
    final int revenueColumn;
    /** {@link #sourceOk} without the rules of the deal tallies. */
    final boolean[][] otherSourceOk;
    /** For each of the log's sources, whether an opportunity of it has more to count than the deal tallies. */
    final boolean[] othersOf;

    LogBinding(CompiledScorecard plan, ActivityLog log) {
        this.log = log;
        this.activityCount = log.activityCount;
        this.opportunityCount = log.opportunityCount;
        int types = log.types.size();
        ruleFrom = new int[types];
        ruleTo = new int[types];
        countSlot = new int[types];
        for (int t = 0; t < types; t++) {
            int[] range = plan.rulesOfType.get(log.types.get(t).id());
            if (range == null) {
                countSlot[t] = NO_RULE;
                continue;
            }
            ruleFrom[t] = range[0];
            ruleTo[t] = range[1];
            countSlot[t] = range[2];
        }
        counted = CountedTypes.of(countSlot, plan.width);
        attributeOk = new boolean[plan.activityRules.length][];
        for (int r = 0; r < attributeOk.length; r++) {
            CompiledScorecard.ActivityRule rule = plan.activityRules[r];
            if (rule.attributes.isEmpty()) {
                continue;
            }
            attributeOk[r] = new boolean[log.attributeSets.size()];
            for (int set = 0; set < attributeOk[r].length; set++) {
                Map<String, String> attributes = log.attributeSets.get(set);
                attributeOk[r][set] = rule.matchesAttributes(attributes);
            }
        }
        CompiledScorecard.OpportunityRule[] rules = plan.opportunityRules;
        sourceOk = new boolean[log.sources.size()][rules.length];
        for (int s = 0; s < sourceOk.length; s++) {
            for (int k = 0; k < rules.length; k++) {
                sourceOk[s][k] = rules[k].matches(log.sources.get(s));
            }
        }
        pipelineOk = new boolean[log.pipelines.size()][rules.length];
        for (int p = 0; p < pipelineOk.length; p++) {
            for (int k = 0; k < rules.length; k++) {
                pipelineOk[p][k] = !rules[k].readsPipeline() || rules[k].pipeline.equals(log.pipelines.get(p));
            }
        }
        // The first rule of each kind that every source meets: the deal tallies count it.
        int[] slotOf = {-1, -1, -1};
        otherSourceOk = new boolean[sourceOk.length][];
        for (int s = 0; s < sourceOk.length; s++) {
            otherSourceOk[s] = sourceOk[s].clone();
        }
        for (int k = 0; k < rules.length; k++) {
            int op = rules[k].op;
            if (op != CompiledScorecard.WON && op != CompiledScorecard.LOST && op != CompiledScorecard.WON_REVENUE
                    || slotOf[op] >= 0 || !metByEverySource(k)) {
                continue;
            }
            slotOf[op] = rules[k].slot;
            for (boolean[] ok : otherSourceOk) {
                ok[k] = false;
            }
        }
        int[] columnOf = new int[3];
        int columns = 0;
        for (int op = 0; op < 3; op++) {
            columnOf[op] = slotOf[op] >= 0 ? columns++ : -1;
        }
        dealSlots = new int[columns];
        for (int op = 0; op < 3; op++) {
            if (slotOf[op] >= 0) {
                dealSlots[columnOf[op]] = slotOf[op];
            }
        }
        // A spare column only when a kind has no column of its own.
        int spare = columns;
        dealColumns = columns == 3 ? columns : columns + 1;
        resultColumn = new int[DealResult.values().length];
        resultColumn[DealResult.OPEN.ordinal()] = 0;
        int won = columnOf[CompiledScorecard.WON];
        int lost = columnOf[CompiledScorecard.LOST];
        int revenue = columnOf[CompiledScorecard.WON_REVENUE];
        resultColumn[DealResult.WON.ordinal()] = won >= 0 ? won : spare;
        resultColumn[DealResult.LOST.ordinal()] = lost >= 0 ? lost : spare;
        revenueColumn = revenue >= 0 ? revenue : spare;
        othersOf = new boolean[sourceOk.length];
        for (int s = 0; s < sourceOk.length; s++) {
            othersOf[s] = plan.firstWins;
            for (boolean ok : otherSourceOk[s]) {
                othersOf[s] |= ok;
            }
        }
    }

    private boolean metByEverySource(int rule) {
        for (boolean[] ok : sourceOk) {
            if (!ok[rule]) {
                return false;
            }
        }
        return true;
    }
}
