package io.github.kpiengine.engine;

import java.util.Arrays;
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

    /** The most days {@link #rowOfDay} tabulates: a period of some 270 years. */
    private static final int MAX_TABULATED_DAYS = 100_000;

    final ActivityLog log;
    final int activityCount;
    final int opportunityCount;
    /** For each of the log's types: its rules in the compiled scorecard, [from, to). */
    final int[] ruleFrom;
    final int[] ruleTo;
    /** For each of the log's types: the one slot that counts it, {@link #NO_RULE} or {@link #MANY_RULES}. */
    final int[] countSlot;
    /**
     * For each of the log's types counted in one slot: that slot's place among {@link #countedSlots};
     * {@link #NO_RULE} or {@link #MANY_RULES} as in {@link #countSlot}.
     */
    final int[] countIndex;
    /** The distinct slots of {@link #countSlot}, in the order of {@link #countIndex}. */
    final int[] countedSlots;
    /**
     * For a scan into counters of their own: each of the log's types to its column, the types no
     * rule counts to a last column that is never read, {@link #MANY_RULES} as in {@link #countSlot};
     * so that the scan does not branch on the type.
     */
    final int[] countColumn;
    /**
     * For a scan into counters of their own: the row within a rep of each day from
     * {@link #firstDay} - 1 to the period's end + 1 (the bucket, the row of the period before, or a
     * last row that is never read, also for the two ends), so that the scan does not branch on the
     * day; null when the days are too many to tabulate.
     */
    final int[] rowOfDay;
    /** The first day of {@link #rowOfDay} but one. */
    final int firstDay;
    /** For each activity rule, which of the log's attribute sets meet it; null when it reads none. */
    final boolean[][] attributeOk;
    /** For each of the log's sources, the opportunity rules it meets. */
    final boolean[][] sourceOk;
    /** For each of the log's pipelines, the opportunity rules whose pipeline it is (or that read none). */
    final boolean[][] pipelineOk;

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
        countIndex = new int[types];
        int[] indexOfSlot = new int[plan.width];
        Arrays.fill(indexOfSlot, NO_RULE);
        int counted = 0;
        for (int t = 0; t < types; t++) {
            int slot = countSlot[t];
            if (slot < 0) {
                countIndex[t] = slot;
                continue;
            }
            if (indexOfSlot[slot] == NO_RULE) {
                indexOfSlot[slot] = counted++;
            }
            countIndex[t] = indexOfSlot[slot];
        }
        countColumn = new int[types];
        for (int t = 0; t < types; t++) {
            countColumn[t] = countIndex[t] == NO_RULE ? counted : countIndex[t];
        }
        firstDay = plan.lagging ? Math.min(plan.startDay, plan.previousStart) : plan.startDay;
        long days = (long) plan.endDay - firstDay + 1;
        if (days > MAX_TABULATED_DAYS) {
            rowOfDay = null;
        } else {
            int trash = plan.rowsPerRep;
            rowOfDay = new int[(int) days + 2];
            for (int k = 0; k < rowOfDay.length; k++) {
                int day = firstDay + k - 1;
                int row = k == 0 || k == rowOfDay.length - 1 ? -1 : plan.localRow(day);
                rowOfDay[k] = row < 0 ? trash : row;
            }
        }
        countedSlots = new int[counted];
        for (int slot = 0; slot < indexOfSlot.length; slot++) {
            if (indexOfSlot[slot] != NO_RULE) {
                countedSlots[indexOfSlot[slot]] = slot;
            }
        }
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
    }
}
