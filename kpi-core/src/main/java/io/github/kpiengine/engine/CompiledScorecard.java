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
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Statistic;
import io.github.kpiengine.kpi.Target;
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

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final int ANY_OUTCOME = 0xFF;

    interface Formula {
        KpiResult result(Scope scope);
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

    final List<String> kpiIds = new ArrayList<>();
    final List<Direction> directions = new ArrayList<>();
    final List<Optional<Target>> targets = new ArrayList<>();
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
            List<String> starts = bucketList.stream().map(b -> b.start().toString()).toList();
            scopes = new Scopes.RepBuckets(reps, repIds, starts, buckets > 1 || grouping instanceof Grouping.ByRepAndWeek);
        }
        cells = Math.multiplyExact(repCount, buckets);
        boolean looksBack = false;
        for (Kpi kpi : scorecard.kpis()) {
            kpiIds.add(kpi.id());
            directions.add(kpi.direction());
            targets.add(kpi.carriedTarget());
            formulas.add(compile(kpi, Filter.NONE));
            looksBack |= lagging(kpi);
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

    private static boolean lagging(Kpi kpi) {
        return lagging(kpi, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean lagging(Kpi kpi, Set<Kpi> visited) {
        if (!visited.add(kpi)) {
            return false;
        }
        if (kpi instanceof Kpi.PreviousPeriod) {
            return true;
        }
        for (Kpi part : Kpis.parts(kpi)) {
            if (lagging(part, visited)) {
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

    private Formula compile(Kpi kpi, Filter filter) {
        int scale = moneyScale;
        if (kpi instanceof Kpi.ActivityCount k) {
            Filter own = k.outcome() == null ? filter : filter.and(Condition.outcomeIn(k.outcome()));
            int count = activitySlot(log.typeId(k.type()), own, false);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[count])), KpiUnit.COUNT, s.parts[count]);
        } else if (kpi instanceof Kpi.TotalHours k) {
            int seconds = activitySlot(log.typeId(k.type()), filter, true);
            int count = activitySlot(log.typeId(k.type()), filter, false);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[seconds]))
                    .divide(SECONDS_PER_HOUR, KpiResult.SCALE, RoundingMode.HALF_EVEN), KpiUnit.HOURS, s.parts[count]);
        } else if (kpi instanceof Kpi.WinRate) {
            int won = opportunitySlot(WON, filter);
            int lost = opportunitySlot(LOST, filter);
            return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[won]), BigDecimal.valueOf(s.parts[won] + s.parts[lost]),
                    KpiUnit.PERCENT, s.parts[won] + s.parts[lost], "no deals closed in the period");
        } else if (kpi instanceof Kpi.AverageRevenuePerSale) {
            int revenue = opportunitySlot(WON_REVENUE, filter);
            int won = opportunitySlot(WON, filter);
            return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[revenue], scale), BigDecimal.valueOf(s.parts[won]),
                    KpiUnit.MONEY, s.parts[won], "no deals won in the period");
        } else if (kpi instanceof Kpi.StageConversion k) {
            int cohort = opportunitySlots(CONVERSION, filter, 2, log.pipelineId(k.pipeline()),
                    k.pipeline().indexOf(k.from()), k.pipeline().indexOf(k.to()),
                    k.pipeline().indexOf(k.pipeline().lost()), k.basis() == Kpi.StageConversion.Basis.FLOW,
                    k.reach() == Kpi.StageConversion.Reach.DIRECT);
            int reached = cohort + 1;
            String reason = "no opportunities entered " + k.from().name() + " in the period";
            return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[reached]), BigDecimal.valueOf(s.parts[cohort]),
                    KpiUnit.PERCENT, s.parts[cohort], reason);
        } else if (kpi instanceof Kpi.SalesCycleDays k) {
            return cycle(k, filter);
        } else if (kpi instanceof Kpi.NewAccountsWon) {
            int fresh = opportunitySlot(FIRST_WIN, filter);
            int won = opportunitySlot(WON, filter);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[fresh])), KpiUnit.COUNT, s.parts[won]);
        } else if (kpi instanceof Kpi.SalesVelocity) {
            return velocity(filter);
        } else if (kpi instanceof Kpi.PipelineCoverage k) {
            if (log.currency != null && !log.currency.equals(k.target().currency())) {
                throw new CurrencyMismatchException(log.currency, k.target().currency());
            }
            int open = opportunitySlot(OPEN_AMOUNT, filter);
            int count = opportunitySlot(OPEN_COUNT, filter);
            int revenue = opportunitySlot(WON_REVENUE, filter);
            BigDecimal target = k.target().amount();
            return s -> {
                BigDecimal remaining = target.multiply(BigDecimal.valueOf(s.divisor))
                        .subtract(BigDecimal.valueOf(s.parts[revenue], scale));
                if (remaining.signum() <= 0) {
                    return KpiResult.undefined("target already met", s.parts[count]);
                }
                return KpiResult.ratio(BigDecimal.valueOf(s.parts[open], scale), remaining, KpiUnit.NUMBER,
                        s.parts[count], "target already met");
            };
        } else if (kpi instanceof Kpi.ShareOfWallet) {
            int revenue = opportunitySlot(WALLET_REVENUE, filter);
            if (walletSpend < 0) {
                walletSpend = slot();
                walletAccounts = slot();
            }
            int spend = walletSpend;
            int accounts = walletAccounts;
            return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[revenue], scale), BigDecimal.valueOf(s.parts[spend], scale),
                    KpiUnit.PERCENT, s.parts[accounts], "no accounts with a known spend");
        } else if (kpi instanceof Kpi.WorkingHours k) {
            return s -> KpiResult.of(s.extensive(k.calendar().workingHours(s.period).multiply(BigDecimal.valueOf(s.reps))),
                    KpiUnit.HOURS, s.reps);
        } else if (kpi instanceof Kpi.Ratio k) {
            Formula numerator = compile(k.numerator(), filter);
            Formula denominator = compile(k.denominator(), filter);
            String reason = k.denominator().displayName() + " is zero";
            return s -> ratio(numerator.result(s), denominator.result(s), k.unit(), reason);
        } else if (kpi instanceof Kpi.Sum k) {
            List<Formula> terms = k.terms().stream().map(term -> compile(term, filter)).toList();
            KpiUnit unit = k.unit();
            return s -> {
                BigDecimal total = BigDecimal.ZERO;
                long sample = 0;
                for (Formula term : terms) {
                    KpiResult result = term.result(s);
                    if (!(result instanceof KpiResult.Defined d)) {
                        return result;
                    }
                    total = total.add(d.value());
                    sample += d.sampleSize();
                }
                return KpiResult.of(total, unit, sample);
            };
        } else if (kpi instanceof Kpi.Difference k) {
            Formula minuend = compile(k.minuend(), filter);
            Formula subtrahend = compile(k.subtrahend(), filter);
            KpiUnit unit = k.unit();
            return s -> {
                KpiResult a = minuend.result(s);
                KpiResult b = subtrahend.result(s);
                if (!(a instanceof KpiResult.Defined x)) {
                    return a;
                }
                if (!(b instanceof KpiResult.Defined y)) {
                    return KpiResult.undefined(((KpiResult.Undefined) b).reason(), a.sampleSize());
                }
                return KpiResult.of(x.value().subtract(y.value()), unit, x.sampleSize());
            };
        } else if (kpi instanceof Kpi.Scaled k) {
            Formula inner = compile(k.kpi(), filter);
            return s -> {
                KpiResult a = inner.result(s);
                return a instanceof KpiResult.Defined x
                        ? KpiResult.of(x.value().multiply(k.factor()), k.unit(), x.sampleSize()) : a;
            };
        } else if (kpi instanceof Kpi.TimeRate k) {
            Formula inner = compile(k.kpi(), filter);
            KpiUnit unit = k.unit();
            return s -> {
                KpiResult a = inner.result(s);
                if (!(a instanceof KpiResult.Defined x)) {
                    return a;
                }
                BigDecimal time = k.per() == Kpi.TimeRate.Per.WEEK ? k.calendar().sellingWeeks(s.period)
                        : BigDecimal.valueOf(k.calendar().workingDays(s.period));
                return KpiResult.ratio(x.value(), time, unit, x.sampleSize(), "no working days in the period");
            };
        } else if (kpi instanceof Kpi.Where k) {
            return compile(k.kpi(), filter.and(k.condition()));
        } else if (kpi instanceof Kpi.Attainment k) {
            Formula inner = compile(k.kpi(), filter);
            return s -> {
                KpiResult a = inner.result(s);
                return a instanceof KpiResult.Defined x
                        ? KpiResult.ratio(x.value(), k.target(), KpiUnit.PERCENT, x.sampleSize(), "target is zero") : a;
            };
        } else if (kpi instanceof Kpi.TargetGap k) {
            Formula inner = compile(k.kpi(), filter);
            KpiUnit unit = k.unit();
            return s -> {
                KpiResult a = inner.result(s);
                return a instanceof KpiResult.Defined x
                        ? KpiResult.of(x.value().subtract(k.target()), unit, x.sampleSize()) : a;
            };
        } else if (kpi instanceof Kpi.PreviousPeriod k) {
            Formula inner = compile(k.kpi(), filter);
            return s -> inner.result(s.previous());
        } else if (kpi instanceof Kpi.PeerComparison k) {
            Formula inner = compile(k.kpi(), filter);
            Direction direction = k.kpi().direction();
            String id = k.id();
            boolean gap = k.measure() == Kpi.PeerComparison.Measure.GAP;
            return s -> {
                Peers.Judged judged = Peers.judge("scope", id, inner, direction, s, s.peers());
                PeerComparison c = judged.comparison();
                if (!(c.value() instanceof KpiResult.Defined)) {
                    return c.value();
                }
                if (gap) {
                    if (c.peerValue() instanceof KpiResult.Undefined u) {
                        return KpiResult.undefined(u.reason(), c.value().sampleSize());
                    }
                    return c.gap().map(g -> KpiResult.of(g, KpiUnit.PERCENT, c.value().sampleSize()))
                            .orElseGet(() -> KpiResult.undefined("peer value is zero", c.value().sampleSize()));
                }
                return c.percentileRank().map(r -> KpiResult.of(r.movePointLeft(2), KpiUnit.PERCENT, judged.count()))
                        .orElseGet(() -> KpiResult.undefined("no peers to compare with", 0));
            };
        }
        return compile(((Kpi.Targeted) kpi).kpi(), filter);
    }

    private Formula cycle(Kpi.SalesCycleDays k, Filter filter) {
        int pipeline = k.start() == null ? -1 : log.pipelineId(k.pipeline());
        int stage = k.start() == null ? -1 : k.pipeline().indexOf(k.start());
        String reason = k.start() == null ? "no deals won in the period"
                : "no deals won in the period entered " + k.start().name();
        if (k.statistic() == Statistic.MEDIAN) {
            int sample = opportunitySlots(CYCLE_SAMPLE, filter, 0, pipeline, stage, -1, -1, false, false);
            return s -> {
                int[] days = s.samples(sample);
                if (days.length == 0) {
                    return KpiResult.undefined(reason, 0);
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
                return KpiResult.undefined("no deals closed in the period", 0);
            }
            if (p == 0) {
                return KpiResult.undefined("no deals won in the period", closed);
            }
            if (s.parts[days] == 0) {
                return KpiResult.undefined("mean sales cycle is zero days", closed);
            }
            BigDecimal numerator = BigDecimal.valueOf(s.parts[open]).multiply(BigDecimal.valueOf(s.parts[revenue], scale))
                    .multiply(BigDecimal.valueOf(p));
            BigDecimal denominator = BigDecimal.valueOf(closed).multiply(BigDecimal.valueOf(s.parts[days]))
                    .multiply(BigDecimal.valueOf(s.divisor));
            return KpiResult.ratio(numerator, denominator, KpiUnit.MONEY, closed, "mean sales cycle is zero days");
        };
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
}
