package io.github.kpiengine.engine;

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
    }
}
