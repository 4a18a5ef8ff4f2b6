package io.github.kpiengine.engine;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Rep;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Source;
import io.github.kpiengine.Stage;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiExpression;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Statistic;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A scorecard compiled for a period and a grouping: the additive counters ("parts") each row holds,
 * the rules that fill them, and the formulas that turn a scope's summed parts into figures. It
 * depends on no log: activities and opportunities reach its accumulators by value (rep id, type
 * id, source, pipeline), so accumulators filled apart, on other threads or other machines, merge.
 *
 * <pre>{@code
 * CompiledScorecard compiled = CompiledScorecard.of(scorecard, SalesPeriod.ofYear(2026), Grouping.byRep());
 * ScorecardAccumulator accumulator = compiled.newAccumulator();
 * accumulator.add(activity);
 * ScorecardResult result = accumulator.result();
 * }</pre>
 *
 * <p>Every KPI reduces to sums of longs per row (and, for medians, lists of values; for new
 * accounts, share of wallet and the client conditions, a few facts per account), so merging and
 * rolling up are additions. Rows: one per rep and bucket, then, when a KPI looks back, one per rep
 * for the period before the first bucket.
 *
 * <p>Immutable and thread-safe.
 */
public final class CompiledScorecard {

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

    /** A client filter: activities with an existing client pass. */
    static final int EXISTING = 1;
    /** A client filter: activities with a prospect (or no account) pass. */
    static final int PROSPECT = 2;
    /** No client filter. */
    static final int ANY_CLIENT = EXISTING | PROSPECT;

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    static final int ANY_OUTCOME = 0xFF;

    interface Formula {
        KpiResult result(ScopeSum scope);
    }

    /** An activity counter: which type, outcomes, attributes and clients it counts, into which slot. */
    static final class ActivityRule {
        final ActivityType type;
        final int outcomes;
        final int slot;
        final boolean seconds;
        final List<Condition.AttributeIs> attributes;
        final int client;
        /** The rule's index among the rules with a client filter, or -1. */
        int clientIndex = -1;

        ActivityRule(ActivityType type, int outcomes, int slot, boolean seconds, List<Condition.AttributeIs> attributes,
                int client) {
            this.type = type;
            this.outcomes = outcomes;
            this.slot = slot;
            this.seconds = seconds;
            this.attributes = attributes;
            this.client = client;
        }

        boolean matchesAttributes(Map<String, String> values) {
            for (Condition.AttributeIs condition : attributes) {
                if (!condition.value().equals(values.get(condition.key()))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the rule's count is all it needs: no outcome, attribute or client filter, no seconds. */
        boolean plain() {
            return outcomes == ANY_OUTCOME && !seconds && attributes.isEmpty() && client == ANY_CLIENT;
        }
    }

    /** An opportunity counter: what is counted, into which slot, under which conditions. */
    static final class OpportunityRule {
        final byte op;
        final int slot;
        final Pipeline pipeline;
        final int from;
        final int to;
        final int lost;
        final boolean flow;
        final boolean direct;
        final List<Condition> sources;
        /** The rule's index among the share-of-wallet rules, or -1. */
        int walletIndex = -1;

        OpportunityRule(byte op, int slot, Pipeline pipeline, int from, int to, int lost, boolean flow, boolean direct,
                List<Condition> sources) {
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

        boolean matches(Source source) {
            for (Condition condition : sources) {
                if (!(condition instanceof Condition.SourceIn in ? in.sourceIds().contains(source.id())
                        : source.referral())) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the rule reads the opportunity's stage history in one pipeline. */
        boolean readsPipeline() {
            return pipeline != null;
        }
    }

    /** The conditions a KPI's leaves are compiled under, from the {@code where}s around them. */
    private record Filter(int outcomes, List<Condition.AttributeIs> attributes, List<Condition> sources, int client) {

        static final Filter NONE = new Filter(ANY_OUTCOME, List.of(), List.of(), ANY_CLIENT);

        Filter and(Condition condition) {
            if (condition instanceof Condition.OutcomeIn in) {
                int mask = 0;
                for (io.github.kpiengine.Outcome outcome : in.outcomes()) {
                    mask |= 1 << outcome.ordinal();
                }
                return new Filter(outcomes & mask, attributes, sources, client);
            } else if (condition instanceof Condition.AttributeIs is) {
                List<Condition.AttributeIs> more = new ArrayList<>(attributes);
                more.add(is);
                return new Filter(outcomes, List.copyOf(more), sources, client);
            } else if (condition instanceof Condition.ExistingClient) {
                return new Filter(outcomes, attributes, sources, client & EXISTING);
            } else if (condition instanceof Condition.Prospect) {
                return new Filter(outcomes, attributes, sources, client & PROSPECT);
            }
            List<Condition> more = new ArrayList<>(sources);
            more.add(condition);
            return new Filter(outcomes, attributes, List.copyOf(more), client);
        }

        /** The attribute conditions, sorted and without repeats: equal exactly when they select the same activities. */
        List<String> attributeKey() {
            return attributes.stream().map(a -> a.key() + "=" + a.value()).distinct().sorted().toList();
        }

        /** The source conditions as sorted texts. */
        List<String> sourceKey() {
            return sources.stream().map(CompiledScorecard::canonical).distinct().sorted().toList();
        }
    }

    private final Scorecard scorecard;
    private final SalesPeriod period;
    private final Grouping grouping;
    final int startDay;
    final int endDay;
    final int buckets;
    /** For each day of the period, its bucket; null with one bucket. */
    final int[] bucketOfDay;
    final int[] bucketEndDay;
    final SalesPeriod[] bucketPeriods;
    final boolean lagging;
    final int previousStart;
    final int previousEnd;
    /** Rows per rep: one per bucket, and one for the period before when a KPI looks back. */
    final int rowsPerRep;
    /**
     * For a scan into counters of its own: the row within a rep of each day from
     * {@link #dayRowsFrom} to the period's end + 1 (the bucket, the row of the period before, or
     * {@link #rowsPerRep}, a row that is never read, for every other day and for the two ends), so
     * that the scan does not branch on the day; null when the days are too many to tabulate.
     */
    final int[] dayRows;
    /** The rows of dates, made when an accumulator first adds an {@code Activity}; null until then. */
    private volatile DateRows dateRows;
    /** The day of {@link #dayRows}' first entry, the day before the first that counts. */
    final int dayRowsFrom;
    final int width;
    final int sampleSlots;

    final ActivityRule[] activityRules;
    /**
     * For each type id, its rules' indexes in {@link #activityRules}, [first, last), then the one
     * slot that counts it when a single rule without filters does, else {@link LogBinding#MANY_RULES},
     * then that slot's index in {@link #tallySlots}, else {@link LogBinding#MANY_RULES}.
     */
    final Map<String, int[]> rulesOfType;
    /**
     * The slots that count a type alone (a single rule without filters): the columns of an
     * accumulator's {@code int} tallies of activities added one at a time.
     */
    final int[] tallySlots;
    final ActivityRule[] clientRules;
    final OpportunityRule[] opportunityRules;
    final int walletRules;
    final boolean firstWins;
    final int walletSpendSlot;
    final int walletAccountsSlot;
    final List<Currency> coverageCurrencies;

    final List<Kpi> kpis;
    final List<Formula> formulas = new ArrayList<>();
    /** A digest of everything the counters mean, so that an encoding is never read against another scorecard; 0 until asked. */
    private volatile long fingerprint;

    private int slots;
    private int samples;
    private final Map<List<Object>, Integer> slotOf = new HashMap<>();
    private final List<ActivityRule> activityRuleList = new ArrayList<>();
    private final List<OpportunityRule> opportunityRuleList = new ArrayList<>();
    private final Set<Currency> coverage = new LinkedHashSet<>();
    private int walletSpend = -1;
    private int walletAccounts = -1;

    private CompiledScorecard(Scorecard scorecard, SalesPeriod period, Grouping grouping) {
        this.scorecard = scorecard;
        this.period = period;
        this.grouping = grouping;
        this.startDay = Math.toIntExact(period.start().toEpochDay());
        this.endDay = Math.toIntExact(period.end().toEpochDay());
        List<SalesPeriod> bucketList = buckets(period, grouping);
        buckets = bucketList.size();
        bucketPeriods = bucketList.toArray(SalesPeriod[]::new);
        bucketEndDay = new int[buckets];
        bucketOfDay = buckets == 1 ? null : new int[endDay - startDay + 1];
        for (int b = 0; b < buckets; b++) {
            int first = Math.toIntExact(bucketPeriods[b].start().toEpochDay());
            bucketEndDay[b] = Math.toIntExact(bucketPeriods[b].end().toEpochDay());
            if (bucketOfDay != null) {
                Arrays.fill(bucketOfDay, first - startDay, bucketEndDay[b] - startDay + 1, b);
            }
        }
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
        rowsPerRep = buckets + (lagging ? 1 : 0);
        dayRowsFrom = (lagging ? Math.min(startDay, previousStart) : startDay) - 1;
        dayRows = dayRows();
        width = slots;
        sampleSlots = samples;
        walletSpendSlot = walletSpend;
        walletAccountsSlot = walletAccounts;
        coverageCurrencies = List.copyOf(coverage);
        opportunityRules = opportunityRuleList.toArray(OpportunityRule[]::new);
        int wallets = 0;
        boolean wins = false;
        for (OpportunityRule rule : opportunityRules) {
            if (rule.op == WALLET_REVENUE) {
                rule.walletIndex = wallets++;
            }
            wins |= rule.op == FIRST_WIN;
        }
        walletRules = wallets;

        // Sorted by type (stably), so an activity visits only the rules of its own type.
        List<ActivityRule> sorted = new ArrayList<>(activityRuleList);
        sorted.sort(Comparator.comparing(rule -> rule.type.id()));
        activityRules = sorted.toArray(ActivityRule[]::new);
        Map<String, int[]> ranges = new HashMap<>();
        List<ActivityRule> clients = new ArrayList<>();
        for (int r = 0; r < activityRules.length; r++) {
            ranges.computeIfAbsent(activityRules[r].type.id(), id -> new int[4]);
            int[] range = ranges.get(activityRules[r].type.id());
            if (range[1] == 0) {
                range[0] = r;
            }
            range[1] = r + 1;
            if (activityRules[r].client != ANY_CLIENT) {
                activityRules[r].clientIndex = clients.size();
                clients.add(activityRules[r]);
            }
        }
        List<int[]> typeRanges = new ArrayList<>(ranges.values());
        int[] countSlot = new int[typeRanges.size()];
        for (int t = 0; t < countSlot.length; t++) {
            int[] range = typeRanges.get(t);
            ActivityRule first = activityRules[range[0]];
            range[2] = range[1] - range[0] == 1 && first.plain() ? first.slot : LogBinding.MANY_RULES;
            countSlot[t] = range[2];
        }
        CountedTypes tallied = CountedTypes.of(countSlot, width);
        tallySlots = tallied.slots;
        for (int t = 0; t < countSlot.length; t++) {
            typeRanges.get(t)[3] = tallied.column[t];
        }
        rulesOfType = Map.copyOf(ranges);
        clientRules = clients.toArray(ActivityRule[]::new);
        firstWins = wins || clientRules.length > 0;
    }

    /**
     * Compiles a scorecard for a period and a grouping.
     *
     * @param scorecard the KPIs
     * @param period the period, both ends included
     * @param grouping how to split the activities into scopes
     * @return the compiled scorecard
     */
    public static CompiledScorecard of(Scorecard scorecard, SalesPeriod period, Grouping grouping) {
        Objects.requireNonNull(scorecard, "scorecard");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(grouping, "grouping");
        return new CompiledScorecard(scorecard, period, grouping);
    }

    /**
     * Returns the KPIs compiled.
     *
     * @return the scorecard
     */
    public Scorecard scorecard() {
        return scorecard;
    }

    /**
     * Returns the period, both ends included.
     *
     * @return the period
     */
    public SalesPeriod period() {
        return period;
    }

    /**
     * Returns how the activities are split into scopes.
     *
     * @return the grouping
     */
    public Grouping grouping() {
        return grouping;
    }

    /**
     * Returns a new, empty accumulator of this scorecard.
     *
     * @return the accumulator
     */
    public ScorecardAccumulator newAccumulator() {
        return new ScorecardAccumulator(this);
    }

    /**
     * Reads an accumulator back from its {@linkplain ScorecardAccumulator#toByteArray() encoding}.
     *
     * @param encoding the bytes
     * @return the accumulator, bound to this scorecard
     * @throws IllegalArgumentException if the bytes are truncated, corrupted, of an unknown version
     *         or of another scorecard, period or grouping of the rows
     */
    public ScorecardAccumulator decode(byte[] encoding) {
        Objects.requireNonNull(encoding, "encoding");
        return AccumulatorCodec.decode(encoding, this);
    }

    /**
     * Returns the scopes of a grouping over reps, given by value.
     *
     * @param reps the rep ids, in the accumulator's order
     * @return the scopes
     */
    Scopes scopes(List<String> reps) {
        if (grouping instanceof Grouping.ByOrgUnit byUnit) {
            Map<String, Integer> index = new HashMap<>();
            for (int r = 0; r < reps.size(); r++) {
                index.put(reps.get(r), r);
            }
            List<String> keys = new ArrayList<>();
            List<int[]> rowsOfUnit = new ArrayList<>();
            List<Integer> repCounts = new ArrayList<>();
            for (OrgUnit unit : byUnit.tree().units()) {
                List<Integer> rowsBelow = new ArrayList<>();
                List<Rep> below = byUnit.tree().repsBelow(unit.id());
                for (Rep rep : below) {
                    Integer r = index.get(rep.id());
                    if (r != null) {
                        rowsBelow.add(r * rowsPerRep);
                    }
                }
                keys.add(unit.id());
                rowsOfUnit.add(rowsBelow.stream().mapToInt(Integer::intValue).toArray());
                repCounts.add(below.size());
            }
            Map<String, Integer> unitIndex = new HashMap<>();
            for (int u = 0; u < keys.size(); u++) {
                unitIndex.put(keys.get(u), u);
            }
            int[] parents = new int[keys.size()];
            for (int u = 0; u < parents.length; u++) {
                parents[u] = byUnit.tree().parent(keys.get(u)).map(parent -> unitIndex.get(parent.id())).orElse(-1);
            }
            return new Scopes.Units(keys, rowsOfUnit, repCounts.stream().mapToInt(Integer::intValue).toArray(),
                    parents);
        }
        Integer[] order = new Integer[reps.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(reps::get));
        List<String> sorted = new ArrayList<>(order.length);
        int[] repIds = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted.add(reps.get(order[i]));
            repIds[i] = order[i];
        }
        return new Scopes.RepBuckets(sorted, repIds, List.of(bucketPeriods), rowsPerRep,
                !(grouping instanceof Grouping.ByRep));
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
        return lagging(expression, Collections.newSetFromMap(new IdentityHashMap<>()));
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

    /** The most days {@link #dayRows} tabulates: a period and its look-back of some 270 years. */
    private static final int MAX_TABULATED_DAYS = 100_000;

    private int[] dayRows() {
        long days = (long) endDay - dayRowsFrom + 2;
        if (days > MAX_TABULATED_DAYS) {
            return null;
        }
        int[] rows = new int[(int) days];
        for (int k = 0; k < rows.length; k++) {
            int row = k == 0 || k == rows.length - 1 ? -1 : localRow(dayRowsFrom + k);
            rows[k] = row < 0 ? rowsPerRep : row;
        }
        return rows;
    }

    /** Returns the rows of dates, made on first use: evaluating a log needs none. */
    DateRows dateRows() {
        DateRows rows = dateRows;
        if (rows == null) {
            rows = new DateRows(this);
            dateRows = rows;
        }
        return rows;
    }

    /**
     * The row within a rep of each day of the years that hold a counted day, at
     * {@code (year - fromYear) << 9 | month << 5 | dayOfMonth}, and {@link #rowsPerRep} (a row that
     * is never read) for a day that counts nowhere: a {@link LocalDate}'s row without the
     * arithmetic of its epoch day. Immutable.
     */
    static final class DateRows {

        /** The most years tabulated (32 KiB of rows); a period and its look-back over more take the epoch day's way. */
        private static final int MAX_YEARS = 16;

        private final CompiledScorecard plan;
        private final int fromYear;
        private final int years;
        private final int[] rows;

        DateRows(CompiledScorecard plan) {
            this.plan = plan;
            this.fromYear = LocalDate.ofEpochDay(plan.dayRowsFrom + 1L).getYear();
            int spanned = LocalDate.ofEpochDay(plan.endDay).getYear() - fromYear + 1;
            this.years = spanned <= MAX_YEARS && plan.dayRows != null ? spanned : 0;
            this.rows = new int[years << 9];
            Arrays.fill(rows, plan.rowsPerRep);
            for (int year = 0; year < years; year++) {
                boolean leap = Year.isLeap(fromYear + year);
                long day = LocalDate.of(fromYear + year, 1, 1).toEpochDay();
                for (Month month : Month.values()) {
                    for (int d = 1; d <= month.length(leap); d++, day++) {
                        rows[year << 9 | month.getValue() << 5 | d] = plan.dayRow((int) day);
                    }
                }
            }
        }

        /**
         * Returns a date's row within a rep's rows, as {@link CompiledScorecard#localRow(long)} does
         * for its epoch day, but {@link CompiledScorecard#rowsPerRep} when it counts nowhere.
         */
        int row(LocalDate date) {
            int year = date.getYear() - fromYear;
            if (year >= 0 && year < years) {
                return rows[year << 9 | date.getMonthValue() << 5 | date.getDayOfMonth()];
            }
            if (years > 0) {
                // The table holds every year with a counted day: a day of another year counts nowhere.
                return plan.rowsPerRep;
            }
            int row = plan.localRow(date.toEpochDay());
            return row < 0 ? plan.rowsPerRep : row;
        }
    }

    /** Returns the row within a rep of a day from {@link #dayRows}, {@link #rowsPerRep} when none. */
    int dayRow(int day) {
        return dayRows[Math.max(0, Math.min(day - dayRowsFrom, dayRows.length - 1))];
    }

    /**
     * Returns a day's row within a rep's rows: its bucket, {@link #buckets} for the period before,
     * or -1 when the day is neither in the period nor (when a KPI looks back) the one before it.
     */
    int localRow(long day) {
        if (day >= startDay && day <= endDay) {
            return bucketOfDay == null ? 0 : bucketOfDay[(int) day - startDay];
        }
        if (lagging && day >= previousStart && day <= previousEnd) {
            return buckets;
        }
        return -1;
    }

    /** Returns the row of a rep's day, or -1 when the day counts nowhere. */
    int rowOf(int rep, long day) {
        int local = localRow(day);
        return local < 0 ? -1 : rep * rowsPerRep + local;
    }

    /** Returns the digest of what the counters mean, computed once. */
    long fingerprint() {
        long known = fingerprint;
        if (known == 0) {
            known = digest();
            fingerprint = known;
        }
        return known;
    }

    private long digest() {
        StringBuilder text = new StringBuilder("kpi-engine accumulator\n");
        for (Kpi kpi : kpis) {
            text.append(Kpi.of(kpi.expression()).id()).append('\n');
        }
        for (SalesPeriod bucket : bucketPeriods) {
            text.append(bucket.start()).append('/').append(bucket.end()).append('\n');
        }
        text.append(lagging).append(' ').append(width).append(' ').append(sampleSlots).append('\n');
        for (ActivityRule rule : activityRules) {
            text.append("a ").append(rule.type.id()).append(' ').append(rule.type.measure()).append(' ')
                    .append(rule.outcomes).append(' ').append(rule.slot).append(' ').append(rule.seconds).append(' ')
                    .append(rule.attributes.stream().map(CompiledScorecard::canonical).sorted().toList()).append(' ')
                    .append(rule.client).append('\n');
        }
        for (OpportunityRule rule : opportunityRules) {
            text.append("o ").append(rule.op).append(' ').append(rule.slot).append(' ')
                    .append(rule.pipeline == null ? "" : rule.pipeline.stages().stream().map(Stage::name).toList())
                    .append(' ').append(rule.from)
                    .append(' ').append(rule.to).append(' ').append(rule.lost).append(' ').append(rule.flow)
                    .append(' ').append(rule.direct).append(' ')
                    .append(rule.sources.stream().map(CompiledScorecard::canonical).sorted().toList()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = value << 8 | (digest[i] & 0xFF);
            }
            return value == 0 ? 1 : value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 must be available in every Java runtime", e);
        }
    }

    /**
     * Writes a condition the same way in every runtime: a record's text would list a set's members
     * in its hash order, which differs from one JVM to the next.
     */
    static String canonical(Condition condition) {
        if (condition instanceof Condition.OutcomeIn in) {
            return "outcome" + in.outcomes().stream().map(Enum::name).sorted().toList();
        } else if (condition instanceof Condition.AttributeIs is) {
            return "attribute[" + is.key() + "=" + is.value() + "]";
        } else if (condition instanceof Condition.SourceIn in) {
            return "source" + in.sourceIds().stream().sorted().toList();
        }
        return condition.getClass().getSimpleName();
    }

    private int slot() {
        return slots++;
    }

    /**
     * Returns the slot counting activities of a type under a filter, or summing their seconds; KPIs
     * that count the same thing share one slot, so it is counted once.
     */
    private int activitySlot(ActivityType type, Filter filter, boolean seconds) {
        List<Object> key = List.of("activity", type.id(), filter.outcomes(), filter.attributeKey(), filter.client(),
                seconds);
        Integer known = slotOf.get(key);
        if (known != null) {
            return known;
        }
        int slot = slot();
        slotOf.put(key, slot);
        if (filter.outcomes() != 0 && filter.client() != 0) {
            activityRuleList.add(new ActivityRule(type, filter.outcomes(), slot, seconds, filter.attributes(),
                    filter.client()));
        }
        return slot;
    }

    /** Returns the first of {@code count} consecutive slots of an opportunity counter, shared by every KPI that needs it. */
    private int opportunitySlots(byte op, Filter filter, int count, Pipeline pipeline, int from, int to, int lost,
            boolean flow, boolean direct) {
        List<Object> key = List.of("opportunity", op, filter.sourceKey(), pipeline == null ? "" : pipeline.stages(),
                from, to, flow, direct);
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
                filter.sources()));
        return first;
    }

    private int opportunitySlot(byte op, Filter filter) {
        return opportunitySlots(op, filter, 1, null, -1, -1, -1, false, false);
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
            return count(activitySlot(e.type(), own, false));
        }

        @Override
        public Formula totalHours(KpiExpression.TotalHours e) {
            int seconds = activitySlot(e.type(), filter, true);
            int count = activitySlot(e.type(), filter, false);
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

        /** A count held in one slot, its own sample; summed over a unit's reps. */
        private Formula count(int slot) {
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[slot])), KpiUnit.COUNT, s.parts[slot]);
        }

        @Override
        public Formula averageRevenuePerSale(KpiExpression.AverageRevenuePerSale e) {
            int revenue = opportunitySlot(WON_REVENUE, filter);
            int won = opportunitySlot(WON, filter);
            return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[revenue], s.scale), BigDecimal.valueOf(s.parts[won]),
                    KpiUnit.MONEY, s.parts[won], "no deals won in the period");
        }

        @Override
        public Formula wonRevenue(KpiExpression.WonRevenue e) {
            int revenue = opportunitySlot(WON_REVENUE, filter);
            int won = opportunitySlot(WON, filter);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[revenue], s.scale)), KpiUnit.MONEY,
                    s.parts[won]);
        }

        @Override
        public Formula dealsWon(KpiExpression.DealsWon e) {
            return count(opportunitySlot(WON, filter));
        }

        @Override
        public Formula dealsLost(KpiExpression.DealsLost e) {
            return count(opportunitySlot(LOST, filter));
        }

        @Override
        public Formula opportunitiesOpened(KpiExpression.OpportunitiesOpened e) {
            return count(opportunitySlot(OPENED, filter));
        }

        @Override
        public Formula openPipelineValue(KpiExpression.OpenPipelineValue e) {
            int amount = opportunitySlot(OPEN_AMOUNT, filter);
            int count = opportunitySlot(OPEN_COUNT, filter);
            return s -> KpiResult.of(s.extensive(BigDecimal.valueOf(s.parts[amount], s.scale)), KpiUnit.MONEY,
                    s.parts[count]);
        }

        @Override
        public Formula stageConversion(KpiExpression.StageConversion e) {
            int cohort = opportunitySlots(CONVERSION, filter, 2, e.pipeline(),
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
            coverage.add(e.target().currency());
            int open = opportunitySlot(OPEN_AMOUNT, filter);
            int count = opportunitySlot(OPEN_COUNT, filter);
            int revenue = opportunitySlot(WON_REVENUE, filter);
            BigDecimal target = e.target().amount();
            return s -> {
                BigDecimal remaining = target.multiply(BigDecimal.valueOf(s.divisor))
                        .subtract(BigDecimal.valueOf(s.parts[revenue], s.scale));
                if (remaining.signum() <= 0) {
                    return KpiResult.undefined("target already met", KpiUnit.NUMBER, s.parts[count]);
                }
                return KpiResult.ratio(BigDecimal.valueOf(s.parts[open], s.scale), remaining, KpiUnit.NUMBER,
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
            return s -> KpiResult.ratio(BigDecimal.valueOf(s.parts[revenue], s.scale),
                    BigDecimal.valueOf(s.parts[spend], s.scale), KpiUnit.PERCENT, s.parts[accounts],
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
        Pipeline pipeline = k.start().isEmpty() ? null : k.pipeline().orElseThrow();
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
        int days = opportunitySlots(WON_CYCLE_DAYS, filter, 2, null, -1, -1, -1, false, false);
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
            BigDecimal numerator = BigDecimal.valueOf(s.parts[open]).multiply(BigDecimal.valueOf(s.parts[revenue], s.scale))
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
