package io.github.kpiengine.engine;

import io.github.kpiengine.CurrencyMismatchException;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Rep;
import io.github.kpiengine.Source;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.KpiExpression;
import io.github.kpiengine.kpi.Statistic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A scorecard compiled against one log, period and grouping: the additive counters ("parts") each
 * row holds, the rules that fill them, and the formulas that turn a scope's summed parts into
 * figures. Every KPI reduces to sums of longs (and, for medians, lists of values), so merging and
 * rolling up are additions.
 *
 * <p>Rows: one per rep and bucket ("cells"), then, when a KPI looks back, one per rep for the period
 * before the first bucket.
 */
final class CompiledScorecard {

    static final byte WON = 0;
    static final byte LOST = 1;
    static final byte WON_REVENUE = 2;
    static final byte WON_CYCLE_DAYS = 3;
    static final byte FIRST_WIN = 4;
    static final byte CONVERSION = 5;
    static final byte CYCLE_SAMPLE = 6;
    static final byte OPEN_COUNT = 7;
    static final byte OPEN_AMOUNT = 8;
    static final byte WALLET_REVENUE = 9;
    static final byte OPENED = 10;

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final int ANY_OUTCOME = 0xFF;

    interface Formula {
        KpiResult result(ScopeSum scope);
    }

    /** An opportunity counter: what is counted, into which slot, under which conditions. */
    static final class OpportunityRule {
        final byte op;
        final int slot;
        final int pipeline;
        final int from;
        final int to;
        final int lost;
        final boolean flow;
        final boolean direct;
        final boolean[] sources;

        OpportunityRule(byte op, int slot, int pipeline, int from, int to, int lost, boolean flow, boolean direct,
                boolean[] sources) {
            this.op = op;
            this.slot = slot;
            this.pipeline = pipeline;
            this.from = from;
            this.to = to;
            this.lost = lost;
            this.flow = flow;
            this.direct = direct;
            this.sources = sources;
        }
    }

    /** The conditions a KPI's leaves are compiled under, from the {@code where}s around them. */
    private record Filter(int outcomes, List<Condition.AttributeIs> attributes, List<Condition> sources) {

        static final Filter NONE = new Filter(ANY_OUTCOME, List.of(), List.of());

        Filter and(Condition condition) {
            if (condition instanceof Condition.OutcomeIn in) {
                int mask = 0;
                for (io.github.kpiengine.Outcome outcome : in.outcomes()) {
                    mask |= 1 << outcome.ordinal();
                }
                return new Filter(outcomes & mask, attributes, sources);
            } else if (condition instanceof Condition.AttributeIs is) {
                List<Condition.AttributeIs> more = new ArrayList<>(attributes);
                more.add(is);
                return new Filter(outcomes, List.copyOf(more), sources);
            }
            List<Condition> more = new ArrayList<>(sources);
            more.add(condition);
            return new Filter(outcomes, attributes, List.copyOf(more));
        }

        /** The attribute conditions as a set of values: equal exactly when they select the same activities. */
        Set<Condition.AttributeIs> attributeKey() {
            return Set.copyOf(attributes);
        }

        /** The source conditions as a set of values. */
        Set<Condition> sourceKey() {
            return Set.copyOf(sources);
        }
    }

    final ActivityLog log;
    final int activityCount;
    final int opportunityCount;
    final int startDay;
    final int endDay;
    final int buckets;
    /** For each day of the period, its bucket; null with one bucket. */
    final int[] bucketOfDay;
    final int[] bucketEndDay;
    final SalesPeriod[] bucketPeriods;
    final int repCount;
    final int cells;
    final boolean lagging;
    final int previousStart;
    final int previousEnd;
    final int rows;
    final int width;
    final int sampleSlots;

    final byte[] activityRuleOutcomes;
    final int[] activityRuleSlot;
    final boolean[] activityRuleSeconds;
    /** For each rule, which attribute sets of the log meet it; null when the rule reads no attribute. */
    final boolean[][] activityRuleAttributes;
    final OpportunityRule[] opportunityRules;
    final int walletSpendSlot;
    final int walletAccountsSlot;

    final List<Kpi> kpis;
    final List<Formula> formulas = new ArrayList<>();
    final Scopes scopes;

    /** For each type id, where its rules start in the rule arrays (sorted by type); one more entry. */
    final int[] typeRuleStart;

    /** A type no rule counts. */
    static final int NO_RULE = -1;
    /** A type with a filter, a sum of seconds or several rules: the general path. */
    static final int MANY_RULES = -2;
    /** For each type id: the one slot that counts it, {@link #NO_RULE} or {@link #MANY_RULES}. */
    final int[] countSlotOfType;

    private int slots;
    private int samples;
    private final Map<List<Object>, Integer> slotOf = new HashMap<>();
    private final List<int[]> activityRules = new ArrayList<>();
    private final List<boolean[]> activityAttributes = new ArrayList<>();
    private final List<OpportunityRule> opportunityRuleList = new ArrayList<>();
    private final int moneyScale;
    private int walletSpend = -1;
    private int walletAccounts = -1;

    CompiledScorecard(Scorecard scorecard, ActivityLog log, SalesPeriod period, Grouping grouping) {
        this.log = log;
        this.activityCount = log.activityCount;
        this.opportunityCount = log.opportunityCount;
        this.startDay = Math.toIntExact(period.start().toEpochDay());
        this.endDay = Math.toIntExact(period.end().toEpochDay());
        this.moneyScale = log.currency == null ? 0 : Math.max(0, log.currency.getDefaultFractionDigits());
        this.repCount = log.reps.size();
        List<String> reps = new ArrayList<>(log.reps);
        reps.sort(null);
        int[] repIds = new int[reps.size()];
        for (int i = 0; i < repIds.length; i++) {
            repIds[i] = log.repId(reps.get(i));
        }
        List<SalesPeriod> bucketList = buckets(period, grouping);
        buckets = bucketList.size();
        bucketPeriods = bucketList.toArray(SalesPeriod[]::new);
        bucketEndDay = new int[buckets];
        bucketOfDay = buckets == 1 ? null : new int[endDay - startDay + 1];
        for (int b = 0; b < buckets; b++) {
            int first = Math.toIntExact(bucketPeriods[b].start().toEpochDay());
            bucketEndDay[b] = Math.toIntExact(bucketPeriods[b].end().toEpochDay());
            if (bucketOfDay != null) {
                java.util.Arrays.fill(bucketOfDay, first - startDay, bucketEndDay[b] - startDay + 1, b);
            }
        }
        if (grouping instanceof Grouping.ByOrgUnit byUnit) {
            List<String> keys = new ArrayList<>();
            List<int[]> cellsOfUnit = new ArrayList<>();
            List<Integer> repCounts = new ArrayList<>();
            for (OrgUnit unit : byUnit.tree().units()) {
                List<Integer> cellsBelow = new ArrayList<>();
                List<Rep> below = byUnit.tree().repsBelow(unit.id());
                for (Rep rep : below) {
                    int r = log.repId(rep.id());
                    if (r >= 0) {
                        cellsBelow.add(r);
                    }
                }
                keys.add(unit.id());
                cellsOfUnit.add(cellsBelow.stream().mapToInt(Integer::intValue).toArray());
                repCounts.add(below.size());
            }
            int[] parents = new int[keys.size()];
            for (int u = 0; u < parents.length; u++) {
                parents[u] = byUnit.tree().parent(keys.get(u)).map(parent -> keys.indexOf(parent.id())).orElse(-1);
            }
            scopes = new Scopes.Units(keys, cellsOfUnit, repCounts.stream().mapToInt(Integer::intValue).toArray(),
                    parents);
        } else {
            scopes = new Scopes.RepBuckets(reps, repIds, bucketList, !(grouping instanceof Grouping.ByRep));
        }
        cells = Math.multiplyExact(repCount, buckets);
        boolean looksBack = false;
        kpis = scorecard.kpis();
        for (Kpi kpi : kpis) {
            formulas.add(compile(kpi.expression(), Filter.NONE));
            looksBack |= lagging(kpi.expression());
        }
        lagging = looksBack;
        SalesPeriod before = bucketPeriods[0].previous();
        previousStart = Math.toIntExact(before.start().toEpochDay());
        previousEnd = Math.toIntExact(before.end().toEpochDay());
        rows = cells + (lagging ? repCount : 0);
        width = slots;
        sampleSlots = samples;
        walletSpendSlot = walletSpend;
        walletAccountsSlot = walletAccounts;
        opportunityRules = opportunityRuleList.toArray(OpportunityRule[]::new);

        // Sorted by type, so the scan visits only the rules of an activity's own type.
        Integer[] order = new Integer[activityRules.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> activityRules.get(i)[0]));
        int n = order.length;
        int[] ruleType = new int[n];
        activityRuleOutcomes = new byte[n];
        activityRuleSlot = new int[n];
        activityRuleSeconds = new boolean[n];
        activityRuleAttributes = new boolean[n][];
        for (int i = 0; i < n; i++) {
            int[] rule = activityRules.get(order[i]);
            ruleType[i] = rule[0];
            activityRuleOutcomes[i] = (byte) rule[1];
            activityRuleSlot[i] = rule[2];
            activityRuleSeconds[i] = rule[3] != 0;
            activityRuleAttributes[i] = activityAttributes.get(order[i]);
        }
        int typeCount = log.types.size();
        typeRuleStart = new int[typeCount + 1];
        int at = 0;
        for (int t = 0; t <= typeCount; t++) {
            while (at < n && ruleType[at] < t) {
                at++;
            }
            typeRuleStart[t] = at;
        }
        countSlotOfType = new int[typeCount];
        for (int t = 0; t < typeCount; t++) {
            int first = typeRuleStart[t];
            int last = typeRuleStart[t + 1];
            boolean single = last - first == 1 && activityRuleOutcomes[first] == (byte) ANY_OUTCOME
                    && !activityRuleSeconds[first] && activityRuleAttributes[first] == null;
            countSlotOfType[t] = first == last ? NO_RULE : single ? activityRuleSlot[first] : MANY_RULES;
        }
    }

    private static List<SalesPeriod> buckets(SalesPeriod period, Grouping grouping) {
        if (grouping instanceof Grouping.ByRepAndWeek byWeek) {
            return byWeek.calendar().weeks(period);
        }
        int months = grouping instanceof Grouping.ByRepAndMonth ? 1 : grouping instanceof Grouping.ByRepAndQuarter ? 3 : 0;
        if (months == 0) {
            return List.of(period);
        }
        List<SalesPeriod> buckets = new ArrayList<>();
        YearMonth month = YearMonth.from(period.start());
        month = month.minusMonths((month.getMonthValue() - 1) % months);
        while (!month.atDay(1).isAfter(period.end())) {
            LocalDate first = month.atDay(1);
            LocalDate last = month.plusMonths(months - 1).atEndOfMonth();
            buckets.add(SalesPeriod.of(first.isBefore(period.start()) ? period.start() : first,
                    last.isAfter(period.end()) ? period.end() : last));
            month = month.plusMonths(months);
        }
        return buckets;
    }

    private static boolean lagging(KpiExpression expression) {
        return lagging(expression, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean lagging(KpiExpression expression, Set<KpiExpression> visited) {
        if (!visited.add(expression)) {
            return false;
        }
        if (expression instanceof KpiExpression.PreviousPeriod) {
            return true;
        }
        for (KpiExpression child : expression.children()) {
            if (lagging(child, visited)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the row of a rep's day, or -1 when the day is neither in the period nor the one before it. */
    int rowOf(int rep, int day) {
        if (day >= startDay && day <= endDay) {
            return bucketOfDay == null ? rep : rep * buckets + bucketOfDay[day - startDay];
        }
        if (lagging && day >= previousStart && day <= previousEnd) {
            return cells + rep;
        }
        return -1;
    }

    private int slot() {
        return slots++;
    }

    /**
     * Returns the slot counting activities of a type under a filter, or summing their seconds; KPIs
     * that count the same thing share one slot, so it is counted once.
     */
    private int activitySlot(int type, Filter filter, boolean seconds) {
        List<Object> key = List.of("activity", type, filter.outcomes(), filter.attributeKey(), seconds);
        Integer known = slotOf.get(key);
        if (known != null) {
            return known;
        }
        int slot = slot();
        slotOf.put(key, slot);
        if (type >= 0 && filter.outcomes() != 0) {
            activityRules.add(new int[] {type, filter.outcomes(), slot, seconds ? 1 : 0});
            activityAttributes.add(filter.attributes().isEmpty() ? null : attributeMatches(filter));
        }
        return slot;
    }

    private boolean[] attributeMatches(Filter filter) {
        boolean[] matches = new boolean[log.attributeSets.size()];
        for (int set = 0; set < matches.length; set++) {
            Map<String, String> attributes = log.attributeSets.get(set);
            boolean all = true;
            for (Condition.AttributeIs condition : filter.attributes()) {
                all &= condition.value().equals(attributes.get(condition.key()));
            }
            matches[set] = all;
        }
        return matches;
    }

    private boolean[] sourceMatches(Filter filter) {
        if (filter.sources().isEmpty()) {
            return null;
        }
        boolean[] matches = new boolean[log.sources.size()];
        for (int s = 0; s < matches.length; s++) {
            Source source = log.sources.get(s);
            boolean all = true;
            for (Condition condition : filter.sources()) {
                all &= condition instanceof Condition.SourceIn in ? in.sourceIds().contains(source.id())
                        : source.referral();
            }
            matches[s] = all;
        }
        return matches;
    }

    /** Returns the first of {@code count} consecutive slots of an opportunity counter, shared by every KPI that needs it. */
    private int opportunitySlots(byte op, Filter filter, int count, int pipeline, int from, int to, int lost,
            boolean flow, boolean direct) {
        List<Object> key = List.of("opportunity", op, filter.sourceKey(), pipeline, from, to, flow, direct);
        Integer known = slotOf.get(key);
        if (known != null) {
            return known;
        }
        int first = op == CYCLE_SAMPLE ? samples++ : slot();
        for (int i = 1; i < count; i++) {
            slot();
        }
        slotOf.put(key, first);
        opportunityRuleList.add(new OpportunityRule(op, first, pipeline, from, to, lost, flow, direct,
                sourceMatches(filter)));
        return first;
    }

    private int opportunitySlot(byte op, Filter filter) {
        return opportunitySlots(op, filter, 1, -1, -1, -1, -1, false, false);
    }

    private Formula compile(KpiExpression expression, Filter filter) {
        return expression.accept(new Compile(filter));
    }

    /** Compiles each kind of expression under the filter of the {@code where}s around it. */
    private final class Compile implements KpiExpression.Visitor<Formula> {

        private final Filter filter;

        Compile(Filter filter) {
            this.filter = filter;
        }

        @Override
        public Formula activityCount(KpiExpression.ActivityCount e) {
            Filter own = e.outcome().map(o -> filter.and(Condition.outcomeIn(o))).orElse(filter);
            int count = activitySlot(log.typeId(e.type()), own, false);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[count])), KpiUnit.COUNT, s.parts[count]);
        }

        @Override
        public Formula totalHours(KpiExpression.TotalHours e) {
            int seconds = activitySlot(log.typeId(e.type()), filter, true);
            int count = activitySlot(log.typeId(e.type()), filter, false);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[seconds]))
                    .divide(SECONDS_PER_HOUR, KpiResult.SCALE, RoundingMode.HALF_EVEN), KpiUnit.HOURS, s.parts[count]);
        }

        @Override
        public Formula winRate(KpiExpression.WinRate e) {
            int won = opportunitySlot(WON, filter);
            int lost = opportunitySlot(LOST, filter);
            return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[won]), BigDecimal.valueOf(s.parts[won] + s.parts[lost]),
                    KpiUnit.PERCENT, s.parts[won] + s.parts[lost], "no deals closed in the period");
        }

        @Override
        public Formula averageRevenuePerSale(KpiExpression.AverageRevenuePerSale e) {
            int revenue = opportunitySlot(WON_REVENUE, filter);
            int won = opportunitySlot(WON, filter);
            int scale = moneyScale;
            return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[revenue], scale), BigDecimal.valueOf(s.parts[won]),
                    KpiUnit.MONEY, s.parts[won], "no deals won in the period");
        }

        @Override
        public Formula wonRevenue(KpiExpression.WonRevenue e) {
            int revenue = opportunitySlot(WON_REVENUE, filter);
            int won = opportunitySlot(WON, filter);
            int scale = moneyScale;
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[revenue], scale)), KpiUnit.MONEY,
                    s.parts[won]);
        }

        @Override
        public Formula dealsWon(KpiExpression.DealsWon e) {
            int won = opportunitySlot(WON, filter);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[won])), KpiUnit.COUNT, s.parts[won]);
        }

        @Override
        public Formula dealsLost(KpiExpression.DealsLost e) {
            int lost = opportunitySlot(LOST, filter);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[lost])), KpiUnit.COUNT, s.parts[lost]);
        }

        @Override
        public Formula opportunitiesOpened(KpiExpression.OpportunitiesOpened e) {
            int opened = opportunitySlot(OPENED, filter);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[opened])), KpiUnit.COUNT, s.parts[opened]);
        }

        @Override
        public Formula openPipelineValue(KpiExpression.OpenPipelineValue e) {
            int amount = opportunitySlot(OPEN_AMOUNT, filter);
            int count = opportunitySlot(OPEN_COUNT, filter);
            int scale = moneyScale;
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[amount], scale)), KpiUnit.MONEY,
                    s.parts[count]);
        }

        @Override
        public Formula stageConversion(KpiExpression.StageConversion e) {
            int cohort = opportunitySlots(CONVERSION, filter, 2, log.pipelineId(e.pipeline()),
                    e.pipeline().indexOf(e.from()), e.pipeline().indexOf(e.to()),
                    e.pipeline().indexOf(e.pipeline().lost()), e.basis() == KpiExpression.StageConversion.Basis.FLOW,
                    e.reach() == KpiExpression.StageConversion.Reach.DIRECT);
            int reached = cohort + 1;
            String reason = "no opportunities entered " + e.from().name() + " in the period";
            return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[reached]), BigDecimal.valueOf(s.parts[cohort]),
                    KpiUnit.PERCENT, s.parts[cohort], reason);
        }

        @Override
        public Formula salesCycleDays(KpiExpression.SalesCycleDays e) {
            return cycle(e, filter);
        }

        @Override
        public Formula newAccountsWon(KpiExpression.NewAccountsWon e) {
            int fresh = opportunitySlot(FIRST_WIN, filter);
            int won = opportunitySlot(WON, filter);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[fresh])), KpiUnit.COUNT, s.parts[won]);
        }

        @Override
        public Formula salesVelocity(KpiExpression.SalesVelocity e) {
            return velocity(filter);
        }

        @Override
        public Formula pipelineCoverage(KpiExpression.PipelineCoverage e) {
            if (log.currency != null && !log.currency.equals(e.target().currency())) {
                throw new CurrencyMismatchException(log.currency, e.target().currency());
            }
            int open = opportunitySlot(OPEN_AMOUNT, filter);
            int count = opportunitySlot(OPEN_COUNT, filter);
            int revenue = opportunitySlot(WON_REVENUE, filter);
            BigDecimal target = e.target().amount();
            int scale = moneyScale;
            return s -> {
                BigDecimal remaining = target.multiply(BigDecimal.valueOf(s.divisor))
                        .subtract(BigDecimal.valueOf(s.parts[revenue], scale));
                if (remaining.signum() <= 0) {
                    return KpiResult.undefined("target already met", KpiUnit.NUMBER, s.parts[count]);
                }
                return KpiResult.ratio(BigDecimal.valueOf(s.parts[open], scale), remaining, KpiUnit.NUMBER,
                        s.parts[count], "target already met");
            };
        }

        @Override
        public Formula shareOfWallet(KpiExpression.ShareOfWallet e) {
            int revenue = opportunitySlot(WALLET_REVENUE, filter);
            if (walletSpend < 0) {
                walletSpend = slot();
                walletAccounts = slot();
            }
            int spend = walletSpend;
            int accounts = walletAccounts;
            int scale = moneyScale;
            return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[revenue], scale),
                    BigDecimal.valueOf(s.parts[spend], scale), KpiUnit.PERCENT, s.parts[accounts],
                    "no accounts with a known spend");
        }

        @Override
        public Formula workingHours(KpiExpression.WorkingHours e) {
            return s -> KpiResult.of(s.extensive(e.calendar().workingHours(s.period).multiply(BigDecimal.valueOf(s.reps))),
                    KpiUnit.HOURS, s.reps);
        }

        @Override
        public Formula quotient(KpiExpression.Quotient e) {
            Formula numerator = compile(e.numerator(), filter);
            Formula denominator = compile(e.denominator(), filter);
            String reason = Kpi.of(e.denominator()).displayName() + " is zero";
            KpiUnit unit = e.unit();
            return s -> ratio(numerator.result(s), denominator.result(s), unit, reason);
        }

        @Override
        public Formula sum(KpiExpression.Sum e) {
            List<Formula> terms = e.terms().stream().map(term -> compile(term, filter)).toList();
            KpiUnit unit = e.unit();
            return s -> {
                BigDecimal total = BigDecimal.ZERO;
                long sample = 0;
                for (Formula term : terms) {
                    KpiResult result = term.result(s);
                    if (!result.isDefined()) {
                        return result.in(unit, Optional.empty());
                    }
                    total = total.add(result.value().orElseThrow());
                    sample += result.sampleSize();
                }
                return KpiResult.of(total, unit, sample);
            };
        }

        @Override
        public Formula difference(KpiExpression.Difference e) {
            Formula minuend = compile(e.minuend(), filter);
            Formula subtrahend = compile(e.subtrahend(), filter);
            KpiUnit unit = e.unit();
            return s -> {
                KpiResult a = minuend.result(s);
                KpiResult b = subtrahend.result(s);
                if (!a.isDefined()) {
                    return a.in(unit, Optional.empty());
                }
                if (!b.isDefined()) {
                    return KpiResult.undefined(b.undefinedReason().orElseThrow(), unit, a.sampleSize());
                }
                return KpiResult.of(a.value().orElseThrow().subtract(b.value().orElseThrow()), unit, a.sampleSize());
            };
        }

        @Override
        public Formula scaled(KpiExpression.Scaled e) {
            Formula inner = compile(e.operand(), filter);
            KpiUnit unit = e.unit();
            BigDecimal factor = e.factor();
            return s -> {
                KpiResult a = inner.result(s);
                return a.isDefined() ? KpiResult.of(a.value().orElseThrow().multiply(factor), unit, a.sampleSize())
                        : a.in(unit, Optional.empty());
            };
        }

        @Override
        public Formula timeRate(KpiExpression.TimeRate e) {
            Formula inner = compile(e.operand(), filter);
            KpiUnit unit = e.unit();
            boolean week = e.per() == KpiExpression.TimeRate.Per.WEEK;
            return s -> {
                KpiResult a = inner.result(s);
                if (!a.isDefined()) {
                    return a;
                }
                BigDecimal time = week ? e.calendar().sellingWeeks(s.period)
                        : BigDecimal.valueOf(e.calendar().workingDays(s.period));
                return KpiResult.ratio(a.value().orElseThrow(), time, unit, a.sampleSize(), "no working days in the period");
            };
        }

        @Override
        public Formula where(KpiExpression.Where e) {
            return compile(e.operand(), filter.and(e.condition()));
        }

        @Override
        public Formula attainment(KpiExpression.Attainment e) {
            Formula inner = compile(e.operand(), filter);
            BigDecimal target = e.target();
            return s -> {
                KpiResult a = inner.result(s);
                return a.isDefined() ? KpiResult.ratio(a.value().orElseThrow(), target, KpiUnit.PERCENT, a.sampleSize(),
                        "target is zero") : a.in(KpiUnit.PERCENT, Optional.empty());
            };
        }

        @Override
        public Formula targetGap(KpiExpression.TargetGap e) {
            Formula inner = compile(e.operand(), filter);
            KpiUnit unit = e.unit();
            BigDecimal target = e.target();
            return s -> {
                KpiResult a = inner.result(s);
                return a.isDefined() ? KpiResult.of(a.value().orElseThrow().subtract(target), unit, a.sampleSize()) : a;
            };
        }

        @Override
        public Formula previousPeriod(KpiExpression.PreviousPeriod e) {
            Formula inner = compile(e.operand(), filter);
            return s -> inner.result(s.previous());
        }

        @Override
        public Formula peerGap(KpiExpression.PeerGap e) {
            Formula inner = compile(e.operand(), filter);
            Direction direction = e.operand().direction();
            return s -> {
                Peers.Judged judged = Peers.judge(inner, direction, s, s.peers());
                KpiResult value = judged.value();
                if (!value.isDefined()) {
                    return value.in(KpiUnit.PERCENT, Optional.empty());
                }
                if (!judged.peerValue().isDefined()) {
                    return KpiResult.undefined(judged.peerValue().undefinedReason().orElseThrow(), KpiUnit.PERCENT,
                            value.sampleSize());
                }
                return judged.gap().map(g -> KpiResult.of(g, KpiUnit.PERCENT, value.sampleSize()))
                        .orElseGet(() -> KpiResult.undefined("peer value is zero", KpiUnit.PERCENT, value.sampleSize()));
            };
        }

        @Override
        public Formula peerRank(KpiExpression.PeerRank e) {
            Formula inner = compile(e.operand(), filter);
            Direction direction = e.operand().direction();
            return s -> {
                Peers.Judged judged = Peers.judge(inner, direction, s, s.peers());
                if (!judged.value().isDefined()) {
                    return judged.value().in(KpiUnit.PERCENT, Optional.empty());
                }
                return judged.rank().map(r -> KpiResult.of(r, KpiUnit.PERCENT, judged.count()))
                        .orElseGet(() -> KpiResult.undefined("no peers to compare with", KpiUnit.PERCENT, 0));
            };
        }
    }

    private Formula cycle(KpiExpression.SalesCycleDays k, Filter filter) {
        int pipeline = k.start().isEmpty() ? -1 : log.pipelineId(k.pipeline().orElseThrow());
        int stage = k.start().isEmpty() ? -1 : k.pipeline().orElseThrow().indexOf(k.start().get());
        String reason = k.start().map(start -> "no deals won in the period entered " + start.name())
                .orElse("no deals won in the period");
        if (k.statistic() == Statistic.MEDIAN) {
            int sample = opportunitySlots(CYCLE_SAMPLE, filter, 0, pipeline, stage, -1, -1, false, false);
            return s -> {
                int[] days = s.samples(sample);
                if (days.length == 0) {
                    return KpiResult.undefined(reason, KpiUnit.DAYS, 0);
                }
                int middle = days.length / 2;
                BigDecimal median = days.length % 2 == 1 ? BigDecimal.valueOf(days[middle])
                        : BigDecimal.valueOf((long) days[middle - 1] + days[middle]).divide(BigDecimal.valueOf(2));
                return KpiResult.of(median, KpiUnit.DAYS, days.length);
            };
        }
        int days = opportunitySlots(WON_CYCLE_DAYS, filter, 2, pipeline, stage, -1, -1, false, false);
        int won = days + 1;
        return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[days]), BigDecimal.valueOf(s.parts[won]),
                KpiUnit.DAYS, s.parts[won], reason);
    }

    private Formula velocity(Filter filter) {
        int open = opportunitySlot(OPEN_COUNT, filter);
        int won = opportunitySlot(WON, filter);
        int lost = opportunitySlot(LOST, filter);
        int revenue = opportunitySlot(WON_REVENUE, filter);
        int days = opportunitySlots(WON_CYCLE_DAYS, filter, 2, -1, -1, -1, -1, false, false);
        int scale = moneyScale;
        return s -> {
            long p = s.parts[won];
            long closed = p + s.parts[lost];
            if (closed == 0) {
                return KpiResult.undefined("no deals closed in the period", KpiUnit.MONEY, 0);
            }
            if (p == 0) {
                return KpiResult.undefined("no deals won in the period", KpiUnit.MONEY, closed);
            }
            if (s.parts[days] == 0) {
                return KpiResult.undefined("mean sales cycle is zero days", KpiUnit.MONEY, closed);
            }
            BigDecimal numerator = BigDecimal.valueOf(s.parts[open]).multiply(BigDecimal.valueOf(s.parts[revenue], scale))
                    .multiply(BigDecimal.valueOf(p));
            BigDecimal denominator = BigDecimal.valueOf(closed).multiply(BigDecimal.valueOf(s.parts[days]))
                    .multiply(BigDecimal.valueOf(s.divisor));
            return KpiResult.ratio(numerator, denominator, KpiUnit.MONEY, closed, "mean sales cycle is zero days");
        };
    }

    private static KpiResult ratio(KpiResult numerator, KpiResult denominator, KpiUnit unit, String reason) {
        if (!numerator.isDefined()) {
            return KpiResult.undefined(numerator.undefinedReason().orElseThrow(), unit, denominator.sampleSize());
        }
        if (!denominator.isDefined()) {
            return KpiResult.undefined(denominator.undefinedReason().orElseThrow(), unit, denominator.sampleSize());
        }
        return KpiResult.ratio(numerator.value().orElseThrow(), denominator.value().orElseThrow(), unit,
                denominator.sampleSize(), reason);
    }
}
