package io.github.kpiengine.engine;

import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Period;
import io.github.kpiengine.Rep;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.KpiUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A scorecard compiled against one log, period and grouping: the additive counters ("parts") each
 * cell holds, the rules that fill them, and the formulas that turn a scope's summed parts into
 * figures. Every KPI reduces to sums of longs, so merging and rolling up are additions.
 */
final class CompiledScorecard {

    static final byte WON = 0;
    static final byte LOST = 1;
    static final byte WON_REVENUE = 2;
    static final byte WON_CYCLE_DAYS = 3;
    static final byte FIRST_WIN = 4;
    static final byte CONVERSION = 5;

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    interface Formula {
        KpiResult result(long[] parts);
    }

    final ActivityLog log;
    final int activityCount;
    final int opportunityCount;
    final int startDay;
    final int endDay;
    final int buckets;
    final int weekOrigin;
    final int cells;
    final int width;

    final short[] activityRuleType;
    final byte[] activityRuleOutcome;
    final int[] activityRuleSlot;
    final boolean[] activityRuleSeconds;

    final byte[] opportunityRuleOp;
    final int[] opportunityRuleSlot;
    final int[] opportunityRulePipeline;
    final int[] opportunityRuleFrom;
    final int[] opportunityRuleTo;
    final int[] opportunityRuleLost;

    final List<String> kpiIds = new ArrayList<>();
    final List<io.github.kpiengine.kpi.Direction> directions = new ArrayList<>();
    final List<Formula> formulas = new ArrayList<>();
    final Scopes scopes;

    /** For each type id, where its rules start in the rule arrays (sorted by type); one more entry. */
    final int[] typeRuleStart;

    /** A type no rule counts. */
    static final int NO_RULE = -1;
    /** A type with an outcome filter, a sum of seconds or several rules: the general path. */
    static final int MANY_RULES = -2;
    /** For each type id: the one slot that counts it, {@link #NO_RULE} or {@link #MANY_RULES}. */
    final int[] countSlotOfType;

    private int slots;
    private final java.util.Map<List<Integer>, Integer> activitySlots = new java.util.HashMap<>();
    private final java.util.Map<Integer, Integer> opportunitySlots = new java.util.HashMap<>();
    private final List<int[]> activityRules = new ArrayList<>();
    private final List<int[]> opportunityRules = new ArrayList<>();
    private final int moneyScale;

    CompiledScorecard(Scorecard scorecard, ActivityLog log, Period period, Grouping grouping) {
        this.log = log;
        this.activityCount = log.activityCount;
        this.opportunityCount = log.opportunityCount;
        this.startDay = Math.toIntExact(period.start().toEpochDay());
        this.endDay = Math.toIntExact(period.end().toEpochDay());
        this.moneyScale = log.currency == null ? 0 : Math.max(0, log.currency.getDefaultFractionDigits());
        int repCount = log.reps.size();
        List<String> reps = sortedReps(log);
        int[] repIds = new int[reps.size()];
        for (int i = 0; i < repIds.length; i++) {
            repIds[i] = log.repId(reps.get(i));
        }
        if (grouping instanceof Grouping.ByRepAndWeek byWeek) {
            List<Period> weeks = byWeek.calendar().weeks(period);
            buckets = weeks.size();
            weekOrigin = Math.toIntExact(byWeek.calendar().weekStartOf(period.start()).toEpochDay());
            scopes = new Scopes.RepWeeks(reps, repIds, weeks, true);
        } else if (grouping instanceof Grouping.ByOrgUnit byUnit) {
            buckets = 1;
            weekOrigin = startDay;
            List<String> keys = new ArrayList<>();
            List<int[]> cellsOfUnit = new ArrayList<>();
            for (OrgUnit unit : byUnit.tree().units()) {
                List<Integer> cellsBelow = new ArrayList<>();
                for (Rep rep : byUnit.tree().repsBelow(unit.id())) {
                    int r = log.repId(rep.id());
                    if (r >= 0) {
                        cellsBelow.add(r);
                    }
                }
                keys.add(unit.id());
                cellsOfUnit.add(cellsBelow.stream().mapToInt(Integer::intValue).toArray());
            }
            scopes = new Scopes.Units(keys, cellsOfUnit);
        } else {
            buckets = 1;
            weekOrigin = startDay;
            scopes = new Scopes.RepWeeks(reps, repIds, List.of(period), false);
        }
        cells = Math.multiplyExact(repCount, buckets);
        for (Kpi kpi : scorecard.kpis()) {
            kpiIds.add(kpi.id());
            directions.add(kpi.direction());
            formulas.add(compile(kpi));
        }
        width = slots;
        // Sorted by type, so the scan visits only the rules of an activity's own type.
        activityRules.sort(java.util.Comparator.comparingInt(rule -> rule[0]));
        int typeCount = log.types.size();
        typeRuleStart = new int[typeCount + 1];
        int at = 0;
        for (int t = 0; t <= typeCount; t++) {
            while (at < activityRules.size() && activityRules.get(at)[0] < t) {
                at++;
            }
            typeRuleStart[t] = at;
        }
        countSlotOfType = new int[typeCount];
        for (int t = 0; t < typeCount; t++) {
            int first = typeRuleStart[t];
            int last = typeRuleStart[t + 1];
            boolean single = last - first == 1 && activityRules.get(first)[1] < 0 && activityRules.get(first)[3] == 0;
            countSlotOfType[t] = first == last ? NO_RULE : single ? activityRules.get(first)[2] : MANY_RULES;
        }
        activityRuleType = new short[activityRules.size()];
        activityRuleOutcome = new byte[activityRules.size()];
        activityRuleSlot = new int[activityRules.size()];
        activityRuleSeconds = new boolean[activityRules.size()];
        for (int i = 0; i < activityRules.size(); i++) {
            int[] rule = activityRules.get(i);
            activityRuleType[i] = (short) rule[0];
            activityRuleOutcome[i] = (byte) rule[1];
            activityRuleSlot[i] = rule[2];
            activityRuleSeconds[i] = rule[3] != 0;
        }
        int n = opportunityRules.size();
        opportunityRuleOp = new byte[n];
        opportunityRuleSlot = new int[n];
        opportunityRulePipeline = new int[n];
        opportunityRuleFrom = new int[n];
        opportunityRuleTo = new int[n];
        opportunityRuleLost = new int[n];
        for (int i = 0; i < n; i++) {
            int[] rule = opportunityRules.get(i);
            opportunityRuleOp[i] = (byte) rule[0];
            opportunityRuleSlot[i] = rule[1];
            opportunityRulePipeline[i] = rule[2];
            opportunityRuleFrom[i] = rule[3];
            opportunityRuleTo[i] = rule[4];
            opportunityRuleLost[i] = rule[5];
        }
    }

    int cellOf(int rep, int day) {
        return buckets == 1 ? rep : rep * buckets + (day - weekOrigin) / 7;
    }

    private static List<String> sortedReps(ActivityLog log) {
        List<String> reps = new ArrayList<>(log.reps);
        reps.sort(null);
        return reps;
    }

    private int slot() {
        return slots++;
    }

    /**
     * Returns the slot counting activities of a type (and outcome, or -1 for any), or summing their
     * seconds; KPIs that count the same thing share one slot, so it is counted once.
     */
    private int activitySlot(int type, int outcome, boolean seconds) {
        return activitySlots.computeIfAbsent(List.of(type, outcome, seconds ? 1 : 0), key -> {
            int slot = slot();
            activityRules.add(new int[] {type, outcome, slot, seconds ? 1 : 0});
            return slot;
        });
    }

    /** Returns the slot of an opportunity counter, shared by every KPI that needs it. */
    private int opportunitySlot(byte op) {
        return opportunitySlots.computeIfAbsent((int) op, key -> {
            int slot = slot();
            opportunityRules.add(new int[] {op, slot, -1, -1, -1, -1});
            return slot;
        });
    }

    private Formula compile(Kpi kpi) {
        if (kpi instanceof Kpi.ActivityCount k) {
            int count = activitySlot(log.typeId(k.type()), k.outcome() == null ? -1 : k.outcome().ordinal(), false);
            return p -> KpiResult.of(BigDecimal.valueOf(p[count]), KpiUnit.COUNT, p[count]);
        } else if (kpi instanceof Kpi.TotalHours k) {
            int seconds = activitySlot(log.typeId(k.type()), -1, true);
            int count = activitySlot(log.typeId(k.type()), -1, false);
            return p -> KpiResult.of(BigDecimal.valueOf(p[seconds])
                    .divide(SECONDS_PER_HOUR, KpiResult.SCALE, RoundingMode.HALF_EVEN), KpiUnit.HOURS, p[count]);
        } else if (kpi instanceof Kpi.WinRate) {
            int won = opportunitySlot(WON);
            int lost = opportunitySlot(LOST);
            return p -> KpiResult.ratio(BigDecimal.valueOf(p[won]), BigDecimal.valueOf(p[won] + p[lost]),
                    KpiUnit.PERCENT, p[won] + p[lost], "no deals closed in the period");
        } else if (kpi instanceof Kpi.AverageRevenuePerSale) {
            int revenue = opportunitySlot(WON_REVENUE);
            int won = opportunitySlot(WON);
            int scale = moneyScale;
            return p -> KpiResult.ratio(BigDecimal.valueOf(p[revenue], scale), BigDecimal.valueOf(p[won]),
                    KpiUnit.MONEY, p[won], "no deals won in the period");
        } else if (kpi instanceof Kpi.StageConversion k) {
            int cohort = slot();
            int reached = slot();
            opportunityRules.add(new int[] {CONVERSION, cohort, log.pipelineId(k.pipeline()),
                k.pipeline().indexOf(k.from()), k.pipeline().indexOf(k.to()),
                k.pipeline().indexOf(k.pipeline().lost())});
            String reason = "no opportunities entered " + k.from().name() + " in the period";
            return p -> KpiResult.ratio(BigDecimal.valueOf(p[reached]), BigDecimal.valueOf(p[cohort]),
                    KpiUnit.PERCENT, p[cohort], reason);
        } else if (kpi instanceof Kpi.MeanSalesCycleDays) {
            int days = opportunitySlot(WON_CYCLE_DAYS);
            int won = opportunitySlot(WON);
            return p -> KpiResult.ratio(BigDecimal.valueOf(p[days]), BigDecimal.valueOf(p[won]),
                    KpiUnit.DAYS, p[won], "no deals won in the period");
        } else if (kpi instanceof Kpi.NewAccountsWon) {
            int fresh = opportunitySlot(FIRST_WIN);
            int won = opportunitySlot(WON);
            return p -> KpiResult.of(BigDecimal.valueOf(p[fresh]), KpiUnit.COUNT, p[won]);
        } else {
            Kpi.Ratio k = (Kpi.Ratio) kpi;
            Formula numerator = compile(k.numerator());
            Formula denominator = compile(k.denominator());
            String reason = k.denominator().displayName() + " is zero";
            return p -> ratio(numerator.result(p), denominator.result(p), k.unit(), reason);
        }
    }

    private static KpiResult ratio(KpiResult numerator, KpiResult denominator, KpiUnit unit, String reason) {
        if (numerator instanceof KpiResult.Undefined u) {
            return KpiResult.undefined(u.reason(), denominator.sampleSize());
        }
        if (denominator instanceof KpiResult.Undefined u) {
            return KpiResult.undefined(u.reason(), denominator.sampleSize());
        }
        return KpiResult.ratio(((KpiResult.Defined) numerator).value(), ((KpiResult.Defined) denominator).value(),
                unit, denominator.sampleSize(), reason);
    }

    static boolean inPeriod(int day, int startDay, int endDay) {
        return day >= startDay && day <= endDay;
    }
}
