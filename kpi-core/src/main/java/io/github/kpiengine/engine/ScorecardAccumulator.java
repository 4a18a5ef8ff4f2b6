package io.github.kpiengine.engine;

import io.github.kpiengine.AccountWallet;
import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.CurrencyMismatchException;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import io.github.kpiengine.StageEntry;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The mutable counters of a {@link CompiledScorecard}: add activities, opportunities and account
 * wallets one at a time or in bulk, merge accumulators filled elsewhere, read the figures.
 *
 * <pre>{@code
 * CompiledScorecard compiled = CompiledScorecard.of(scorecard, SalesPeriod.ofYear(2026), Grouping.byRep());
 * ScorecardAccumulator mine = compiled.newAccumulator().add(activity).add(opportunity);
 * ScorecardAccumulator theirs = compiled.decode(bytesFromAnotherMachine);
 * ScorecardResult result = mine.merge(theirs).result();
 * }</pre>
 *
 * <p>Everything is kept by value: reps by id, types by id, sources and pipelines by their
 * definitions, accounts by id. Two accumulators of the same compiled scorecard therefore merge
 * whatever they were filled from, and however a log is split into parts (each activity,
 * opportunity and wallet in exactly one part), merging the parts in any order and grouping gives
 * the figures of {@link Engine#evaluate} over the whole log. What depends on other parts is kept
 * per account until the result is read: an account's first won deal (closed earliest, ties going to
 * the smallest opportunity id) for new accounts won and the client conditions, its wallet, and its
 * won revenue for share of wallet.
 *
 * <p>The counters take {@code 8 × rows × counters} bytes (rows: reps × buckets, plus one per rep
 * when a KPI looks back), a sample list per row for medians, and a few facts per account when the
 * scorecard reads accounts. Activities added one at a time whose type a single plain rule counts
 * (a count without filters) are tallied first in an {@code int} per rep row and such type, which
 * keeps their random increments in the core's cache; the tallies of the reps added since are
 * folded into the counters before a result, a merge or an encoding reads them, at a cost that
 * grows with those reps, not with all of them. {@link #toByteArray()} encodes them compactly and
 * {@link CompiledScorecard#decode(byte[])} reads them back; Java serialization goes through the
 * same encoding. An accumulator read back by Java serialization does not know its scorecard: it can
 * be merged (into or from an accumulator of the same scorecard), encoded and serialized, but adds
 * and results need one made by {@link CompiledScorecard#newAccumulator()} first.
 *
 * <p>Not thread-safe: one thread fills one accumulator; threads merge theirs when done. Reading
 * writes too (a result, an encoding, or a merge from it folds the pending tallies), so an
 * accumulator that is read while another thread adds to it, or from two threads at once, needs
 * one lock around every call.
 */
public final class ScorecardAccumulator implements Serializable {

    /** The version of the serial form, which is the encoding. */
    @Serial
    private static final long serialVersionUID = 1L;

    static final int NONE = Integer.MIN_VALUE;
    /** The type cache holds {@code 2^(32 - shift)} entries. */
    private static final int TYPE_CACHE_SHIFT = 26;
    /** A cached type that rules with filters count: {@link #addByRules}. */
    private static final int BY_RULES = -1;

    final transient CompiledScorecard plan;
    /** The digest of the scorecard of an accumulator read back without it; 0 with a scorecard. */
    private final transient long detachedFingerprint;
    final transient int rowsPerRep;
    final transient int width;
    final transient int sampleSlots;
    final transient int walletRules;
    final transient int clientRules;

    final transient List<String> reps = new ArrayList<>();
    private final transient IdIndex repIndex = new IdIndex();
    transient long[] parts;
    transient int[][] samples;
    transient int[] sampleCounts;
    final transient Map<String, AccountState> accounts = new HashMap<>();
    transient Currency currency;

    private transient String lastRep;
    private transient int lastRepIndex;
    /** The scopes of the last result, kept while no rep is added: reps only ever grow. */
    private transient Scopes scopes;
    private transient int scopesFor;
    private final transient String[] typeKeys = new String[1 << 32 - TYPE_CACHE_SHIFT];
    private final transient int[][] typeRanges = new int[typeKeys.length][];
    private final transient int[] typeColumns = new int[typeKeys.length];
    private transient Map<Source, boolean[]> sourceOk;
    private transient Map<Pipeline, boolean[]> pipelineOk;
    /** The {@code int} tallies of activities added one at a time (see {@link #tally}); null until one is. */
    transient int[] tallies;
    private transient boolean[] tallied;
    private transient int[] talliedReps;
    private transient int talliedCount;
    /** The tallies' columns: one for each of {@link CompiledScorecard#tallySlots}, one for types nothing counts. */
    private final transient int tallyWidth;
    private transient byte[] historyStages = new byte[8];
    private transient int[] historyDays = new int[8];

    ScorecardAccumulator(CompiledScorecard plan) {
        this(plan, 0, plan.rowsPerRep, plan.width, plan.sampleSlots, plan.walletRules,
                plan.clientRules.length);
    }

    ScorecardAccumulator(CompiledScorecard plan, long fingerprint, int rowsPerRep, int width, int sampleSlots,
            int walletRules, int clientRules) {
        this.plan = plan;
        this.detachedFingerprint = plan == null ? fingerprint : 0;
        this.rowsPerRep = rowsPerRep;
        this.width = width;
        this.sampleSlots = sampleSlots;
        this.walletRules = walletRules;
        this.clientRules = clientRules;
        this.tallyWidth = plan == null ? 0 : plan.tallySlots.length + 1;
        this.parts = new long[0];
        growTo(0);
    }

    /**
     * Returns the compiled scorecard this accumulator fills.
     *
     * @return the compiled scorecard, or empty for one read back by Java serialization
     */
    public Optional<CompiledScorecard> compiledScorecard() {
        return Optional.ofNullable(plan);
    }

    /**
     * Returns the ids of the reps seen so far, in the order they first appeared.
     *
     * @return the rep ids
     */
    public List<String> repIds() {
        return List.copyOf(reps);
    }

    /**
     * Adds an activity. It counts in its rep's row of its day's bucket, or nowhere when its day lies
     * outside the period (and the period before, when a KPI looks back); its rep becomes a scope
     * either way, as in a log.
     *
     * @param activity the activity
     * @return this accumulator
     * @throws IllegalStateException if the accumulator was read back without its scorecard
     */
    public ScorecardAccumulator add(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        checkBound();
        int rep = repOf(activity.repId());
        int at = typeAt(activity.type());
        int column = typeColumns[at];
        int local = plan.dateRows().row(activity.date());
        if (column >= 0) {
            tally(rep, local, column);
        } else if (local < rowsPerRep) {
            addByRules(typeRanges[at], rep * rowsPerRep + local, (int) activity.date().toEpochDay(),
                    activity.outcome(), activity.duration().getSeconds(), activity.account().orElse(null),
                    activity.attributes());
        }
        return this;
    }

    /**
     * Applies the rules of an activity's type ({@code range}, from {@link CompiledScorecard#rulesOfType}):
     * outcome and attribute filters, client filters, seconds.
     */
    private void addByRules(int[] range, int row, int day, Outcome outcome, long seconds, String account,
            Map<String, String> attributes) {
        CompiledScorecard.ActivityRule[] rules = plan.activityRules;
        int o = outcome.ordinal();
        for (int r = range[0]; r < range[1]; r++) {
            CompiledScorecard.ActivityRule rule = rules[r];
            if ((rule.outcomes >>> o & 1) == 0 || !rule.attributes.isEmpty() && !rule.matchesAttributes(attributes)) {
                continue;
            }
            count(rule, row, day, account, rule.seconds ? seconds : 1);
        }
    }

    /**
     * Counts an activity whose type one plain rule counts, or none, in an {@code int} tally rather
     * than in the {@code long} rows, as the log scan does: the tallies take a fraction of the rows'
     * memory, so that the random increments of activities added one at a time stay in the core's
     * cache, and a day that counts nowhere and a type that nothing counts have a row and a column
     * of their own, so that adding does not branch on them. The tallies of the reps counted since
     * are folded into the rows before anything reads them ({@link #settle()}), and all of them at
     * once when one reaches {@link Integer#MAX_VALUE}.
     */
    private void tally(int rep, int local, int column) {
        int[] t = tallies;
        if (t == null || rep >= tallied.length) {
            t = growTallies();
        }
        if (!tallied[rep]) {
            tallied[rep] = true;
            talliedReps[talliedCount++] = rep;
        }
        int at = (rep * (rowsPerRep + 1) + local) * tallyWidth + column;
        if (++t[at] == Integer.MAX_VALUE) {
            settle();
        }
    }

    /** Makes room in the tallies for every rep known. */
    private int[] growTallies() {
        int capacity = Math.max(16, Math.max(reps.size(), tallied == null ? 0 : 2 * tallied.length));
        tallies = tallies == null ? new int[Math.multiplyExact(capacity * (rowsPerRep + 1), tallyWidth)]
                : Arrays.copyOf(tallies, Math.multiplyExact(capacity * (rowsPerRep + 1), tallyWidth));
        tallied = tallied == null ? new boolean[capacity] : Arrays.copyOf(tallied, capacity);
        talliedReps = talliedReps == null ? new int[capacity] : Arrays.copyOf(talliedReps, capacity);
        return tallies;
    }

    /**
     * Adds a rep's block of a tally table into its rows. A table holds, for each rep, its
     * {@code rowsPerRep} rows and a spare one, each of {@code columns} tallies; column {@code c} goes
     * to slot {@code slots[c]}, and the columns after the slots, like the spare row, are never read.
     */
    void addTallies(int[] table, int columns, int[] slots, int rep) {
        for (int local = 0; local < rowsPerRep; local++) {
            int row = rep * rowsPerRep + local;
            int at = (rep * (rowsPerRep + 1) + local) * columns;
            for (int c = 0; c < slots.length; c++) {
                parts[row * width + slots[c]] = Math.addExact(parts[row * width + slots[c]], table[at + c]);
            }
        }
    }

    /** Adds a rep's block of a tally table of {@code long}s into its rows, as {@link #addTallies(int[], int, int[], int)}. */
    void addTallies(long[] table, int columns, int[] slots, int rep) {
        for (int local = 0; local < rowsPerRep; local++) {
            int row = rep * rowsPerRep + local;
            int at = (rep * (rowsPerRep + 1) + local) * columns;
            for (int c = 0; c < slots.length; c++) {
                parts[row * width + slots[c]] = Math.addExact(parts[row * width + slots[c]], table[at + c]);
            }
        }
    }

    /** Folds the tallies of the reps counted since the last fold into the rows, and clears them. */
    void settle() {
        for (int k = 0; k < talliedCount; k++) {
            int rep = talliedReps[k];
            tallied[rep] = false;
            addTallies(tallies, tallyWidth, plan.tallySlots, rep);
            int block = (rowsPerRep + 1) * tallyWidth;
            Arrays.fill(tallies, rep * block, (rep + 1) * block, 0);
        }
        talliedCount = 0;
    }

    /**
     * Adds activities given as columns: the bulk path, with no allocation per activity. The
     * columns are checked whole before anything is added.
     *
     * @param columns the activities
     * @return this accumulator
     * @throws IllegalArgumentException if the columns no longer hold valid activities
     * @throws IllegalStateException if the accumulator was read back without its scorecard
     */
    public ScorecardAccumulator add(ActivityColumns columns) {
        Objects.requireNonNull(columns, "columns");
        checkBound();
        int[] order = columns.validate();
        int[] repMap = new int[columns.repIds().size()];
        growTo(Math.max(reps.size(), order.length));
        for (int r : order) {
            repMap[r] = repOf(columns.repIds().get(r));
        }
        List<ActivityType> types = columns.types();
        int[] from = new int[types.size()];
        int[] to = new int[types.size()];
        int[] single = new int[types.size()];
        for (int t = 0; t < from.length; t++) {
            int[] range = plan.rulesOfType.get(types.get(t).id());
            single[t] = range == null ? LogBinding.NO_RULE : range[2];
            if (range != null) {
                from[t] = range[0];
                to[t] = range[1];
            }
        }
        int[] rep = columns.rep;
        int[] type = columns.type;
        int[] day = columns.epochDay;
        int n = columns.size();
        CountedTypes counted = CountedTypes.of(single, width);
        int[] counters = LogScan.counters(this, counted, repMap, n);
        if (counters != null) {
            // One-slot types into counters of their own, found by table look-ups (see LogScan).
            int[] column = counted.column;
            int columnsPerRow = counted.slots.length + 1;
            int perRep = rowsPerRep + 1;
            for (int i = 0; i < n; i++) {
                int t = type[i];
                int c = column[t];
                int local = plan.dayRow(day[i]);
                int r = repMap[rep[i]];
                if (c >= 0) {
                    counters[(r * perRep + local) * columnsPerRow + c]++;
                } else if (local < rowsPerRep) {
                    applyColumnRules(columns, i, r * rowsPerRep + local, from[t], to[t]);
                }
            }
            LogScan.fold(this, counted, counters);
            return this;
        }
        long[] p = parts;
        int w = width;
        for (int i = 0; i < n; i++) {
            int t = type[i];
            int slot = single[t];
            if (slot == LogBinding.NO_RULE) {
                continue;
            }
            int local = plan.localRow(day[i]);
            if (local < 0) {
                continue;
            }
            int row = repMap[rep[i]] * rowsPerRep + local;
            if (slot >= 0) {
                p[row * w + slot]++;
            } else {
                applyColumnRules(columns, i, row, from[t], to[t]);
            }
        }
        return this;
    }

    /**
     * Applies the rules of a column activity's type: outcome filters, counts and seconds. Columns
     * carry no attributes and no account: a rule that reads attributes meets none, and a client
     * filter sees a prospect.
     */
    private void applyColumnRules(ActivityColumns columns, int i, int row, int from, int to) {
        byte[] outcome = columns.outcome;
        int[] seconds = columns.seconds;
        CompiledScorecard.ActivityRule[] rules = plan.activityRules;
        int o = outcome == null ? Outcome.NONE.ordinal() : outcome[i];
        for (int r = from; r < to; r++) {
            CompiledScorecard.ActivityRule rule = rules[r];
            if ((rule.outcomes >>> o & 1) == 0 || !rule.attributes.isEmpty()) {
                continue;
            }
            count(rule, row, columns.epochDay[i], null, rule.seconds ? seconds == null ? 0 : seconds[i] : 1);
        }
    }

    /**
     * Adds an opportunity: its wins, losses, revenue, cycle, stage conversions, opening and the
     * buckets at whose end it is open.
     *
     * @param opportunity the opportunity
     * @return this accumulator
     * @throws IllegalArgumentException if its amount does not fit a {@code long} of minor units or a
     *         date lies beyond the engine's range
     * @throws CurrencyMismatchException if its amount is in another currency than what was added before
     * @throws IllegalStateException if the accumulator was read back without its scorecard
     */
    public ScorecardAccumulator add(Opportunity opportunity) {
        Objects.requireNonNull(opportunity, "opportunity");
        checkBound();
        long amount = ActivityLog.minorUnits("amount", opportunity.amount());
        int created = ActivityLog.day("created", opportunity.created());
        int close = opportunity.closeDate().isPresent() ? ActivityLog.day("closeDate", opportunity.closeDate().get())
                : NONE;
        List<StageEntry> history = opportunity.history();
        if (historyDays.length < history.size()) {
            historyDays = new int[history.size()];
            historyStages = new byte[history.size()];
        }
        Pipeline pipeline = opportunity.pipeline();
        for (int h = 0; h < history.size(); h++) {
            historyDays[h] = ActivityLog.day("entered", history.get(h).entered());
        }
        checkCurrency(opportunity.amount().currency());
        for (int h = 0; h < history.size(); h++) {
            historyStages[h] = (byte) pipeline.indexOf(history.get(h).stage());
        }
        currency = opportunity.amount().currency();
        int rep = repOf(opportunity.ownerId());
        OpportunityCounts.add(this, rep, opportunity.accountId(), opportunity.id(), opportunity.source(), created, close,
                opportunity.result().ordinal(), amount, sourceOk(opportunity.source()), pipelineOk(pipeline),
                historyStages, historyDays, 0, history.size());
        return this;
    }

    /**
     * Adds an account's wallet (its known spend and owner), for share of wallet. The same wallet
     * added twice counts once.
     *
     * @param wallet the wallet
     * @return this accumulator
     * @throws IllegalArgumentException if another wallet was added for the account, or the spend
     *         does not fit a {@code long} of minor units
     * @throws CurrencyMismatchException if the spend is in another currency than what was added before
     * @throws IllegalStateException if the accumulator was read back without its scorecard
     */
    public ScorecardAccumulator add(AccountWallet wallet) {
        Objects.requireNonNull(wallet, "wallet");
        checkBound();
        long spend = ActivityLog.minorUnits("knownSpend", wallet.knownSpend());
        checkCurrency(wallet.knownSpend().currency());
        AccountState known = accounts.get(wallet.accountId());
        if (known != null && known.walletOwner >= 0
                && !(reps.get(known.walletOwner).equals(wallet.ownerId()) && known.walletSpend == spend)) {
            throw new IllegalArgumentException("wallet must not be added twice for account: " + wallet.accountId());
        }
        currency = wallet.knownSpend().currency();
        int owner = repOf(wallet.ownerId());
        wallet(wallet.accountId(), owner, spend);
        return this;
    }

    /**
     * Adds every activity, opportunity and wallet of a log, scanning its columns.
     *
     * @param log the log
     * @return this accumulator
     * @throws CurrencyMismatchException if the log's money is in another currency than what was added before
     * @throws IllegalStateException if the accumulator was read back without its scorecard
     */
    public ScorecardAccumulator addAll(ActivityLog log) {
        Objects.requireNonNull(log, "log");
        checkBound();
        LogBinding binding = new LogBinding(plan, log);
        int[] repMap = repsOf(log);
        LogScan.addActivities(this, binding, repMap);
        LogScan.addOpportunities(this, binding, repMap, 0, binding.opportunityCount);
        LogScan.addWallets(this, binding, repMap);
        return this;
    }

    /** Registers every rep of a log, in its order, and returns where each went. */
    int[] repsOf(ActivityLog log) {
        if (log.currency != null) {
            checkCurrency(log.currency);
            currency = log.currency;
        }
        int[] map = new int[log.reps.size()];
        // Room for the log's reps at once when they are new here; none when they are known.
        growTo(Math.max(reps.size(), map.length));
        for (int r = 0; r < map.length; r++) {
            map[r] = repOf(log.reps.get(r));
        }
        return map;
    }

    /** Counts a value of an activity that met a rule's other filters, under its client filter. */
    void count(CompiledScorecard.ActivityRule rule, int row, int day, String account, long value) {
        if (rule.client != CompiledScorecard.ANY_CLIENT) {
            if (account != null) {
                account(account).defer(rule.clientIndex, row, day, value);
                return;
            }
            if ((rule.client & CompiledScorecard.PROSPECT) == 0) {
                return;
            }
        }
        int at = row * width + rule.slot;
        parts[at] = Math.addExact(parts[at], value);
    }

    void wallet(String account, int owner, long spend) {
        if (plan != null && plan.walletSpendSlot < 0) {
            return;
        }
        AccountState state = account(account);
        state.walletOwner = owner;
        state.walletSpend = spend;
    }

    void addSample(int row, int slot, int value) {
        int at = row * sampleSlots + slot;
        int count = sampleCounts[at];
        if (samples[at] == null) {
            samples[at] = new int[4];
        } else if (count == samples[at].length) {
            samples[at] = Arrays.copyOf(samples[at], count * 2);
        }
        samples[at][count] = value;
        sampleCounts[at] = count + 1;
    }

    /** Adds an activity read through a collector's fields, checked by the caller. */
    void addFields(String repId, ActivityType type, LocalDate date, Outcome outcome, long seconds) {
        int rep = repOf(repId);
        int at = typeAt(type);
        int column = typeColumns[at];
        int local = plan.dateRows().row(date);
        if (column >= 0) {
            tally(rep, local, column);
        } else if (local < rowsPerRep) {
            // The collector's activities carry no account and no attributes.
            addByRules(typeRanges[at], rep * rowsPerRep + local, (int) date.toEpochDay(), outcome, seconds, null,
                    Map.of());
        }
    }

    /**
     * Adds another accumulator of the same compiled scorecard into this one, by value: reps by id,
     * accounts by id. The other keeps its figures (its tallies are folded into its counters).
     * Merging an accumulator into itself counts everything twice (its accounts' facts once).
     *
     * @param other the accumulator to add
     * @return this accumulator
     * @throws IllegalArgumentException if the other accumulates another scorecard, period or
     *         grouping of rows, or holds another wallet for an account of this one
     * @throws CurrencyMismatchException if the two hold money in different currencies
     */
    public ScorecardAccumulator merge(ScorecardAccumulator other) {
        Objects.requireNonNull(other, "other");
        boolean samePlan = other.plan == plan && plan != null;
        if (!samePlan && other.fingerprint() != fingerprint() || other.rowsPerRep != rowsPerRep
                || other.width != width || other.sampleSlots != sampleSlots || other.walletRules != walletRules
                || other.clientRules != clientRules) {
            throw new IllegalArgumentException(
                    "other must accumulate the same compiled scorecard (definitions, period and grouping): " + other);
        }
        if (other == this) {
            other = AccumulatorCodec.decode(AccumulatorCodec.encode(this), plan);
        }
        settle();
        other.settle();
        if (other.currency != null) {
            checkCurrency(other.currency);
        }
        String conflict = null;
        for (Map.Entry<String, AccountState> entry : other.accounts.entrySet()) {
            AccountState theirs = entry.getValue();
            AccountState mine = accounts.get(entry.getKey());
            if (theirs.walletOwner >= 0 && mine != null && mine.walletOwner >= 0
                    && !(reps.get(mine.walletOwner).equals(other.reps.get(theirs.walletOwner))
                            && mine.walletSpend == theirs.walletSpend)
                    && (conflict == null || entry.getKey().compareTo(conflict) < 0)) {
                // The smallest id, so that the message does not follow the map's order.
                conflict = entry.getKey();
            }
        }
        if (conflict != null) {
            throw new IllegalArgumentException("wallet must not be added twice for account: " + conflict);
        }
        if (other.currency != null) {
            currency = other.currency;
        }
        int[] map = new int[other.reps.size()];
        boolean same = other.reps.size() <= reps.size();
        for (int r = 0; r < map.length; r++) {
            map[r] = repOf(other.reps.get(r));
            same &= map[r] == r;
        }
        int block = rowsPerRep * width;
        if (same) {
            for (int i = 0, n = other.reps.size() * block; i < n; i++) {
                parts[i] = Math.addExact(parts[i], other.parts[i]);
            }
        } else {
            for (int r = 0; r < map.length; r++) {
                int mine = map[r] * block;
                int theirs = r * block;
                for (int k = 0; k < block; k++) {
                    parts[mine + k] = Math.addExact(parts[mine + k], other.parts[theirs + k]);
                }
            }
        }
        if (other.sampleCounts != null) {
            for (int at = 0, n = other.reps.size() * rowsPerRep * sampleSlots; at < n; at++) {
                int count = other.sampleCounts[at];
                if (count == 0) {
                    continue;
                }
                int row = at / sampleSlots;
                int mappedRow = map[row / rowsPerRep] * rowsPerRep + row % rowsPerRep;
                for (int k = 0; k < count; k++) {
                    addSample(mappedRow, at % sampleSlots, other.samples[at][k]);
                }
            }
        }
        for (Map.Entry<String, AccountState> entry : other.accounts.entrySet()) {
            mergeAccount(account(entry.getKey()), entry.getValue(), map);
        }
        return this;
    }

    private void mergeAccount(AccountState mine, AccountState theirs, int[] map) {
        if (theirs.firstWinDay != NONE) {
            mine.won(theirs.firstWinDay, theirs.firstWinId, map[theirs.firstWinRep], theirs.firstWinSource);
        }
        if (theirs.walletOwner >= 0) {
            mine.walletOwner = map[theirs.walletOwner];
            mine.walletSpend = theirs.walletSpend;
        }
        if (theirs.walletRevenue != null) {
            for (int k = 0; k < theirs.walletRevenue.length; k++) {
                mine.addWalletRevenue(k, theirs.walletRevenue.length, theirs.walletRevenue[k]);
            }
        }
        for (int e = 0; e < theirs.deferredCount; e++) {
            int row = theirs.deferred[e * 3 + 1];
            mine.defer(theirs.deferred[e * 3], map[row / rowsPerRep] * rowsPerRep + row % rowsPerRep,
                    theirs.deferred[e * 3 + 2], theirs.deferredValues[e]);
        }
    }

    /**
     * Returns the figures so far for every scope, as one evaluation of everything added would give
     * them. The accumulator stays open: adding more and reading again is allowed. Reading copies the
     * counters (8 bytes × rows × counters) and resolves the facts kept per account.
     *
     * @return the figures, immutable
     * @throws CurrencyMismatchException if a pipeline coverage target is in another currency than the money added
     * @throws IllegalStateException if the accumulator was read back without its scorecard
     */
    public ScorecardResult result() {
        checkBound();
        return publish(true);
    }

    /** Publishes the counters; without a copy the accumulator must not change afterwards. */
    ScorecardResult publish(boolean copy) {
        settle();
        for (Currency target : plan.coverageCurrencies) {
            if (currency != null && !currency.equals(target)) {
                throw new CurrencyMismatchException(currency, target);
            }
        }
        int rows = reps.size() * rowsPerRep;
        long[] p = copy || !accounts.isEmpty() ? Arrays.copyOf(parts, rows * width) : parts;
        int[][] s = null;
        int[] counts = null;
        if (sampleSlots > 0) {
            counts = Arrays.copyOf(sampleCounts, rows * sampleSlots);
            s = new int[counts.length][];
            for (int at = 0; at < counts.length; at++) {
                if (counts[at] > 0) {
                    s[at] = Arrays.copyOf(samples[at], counts[at]);
                }
            }
        }
        for (AccountState account : accounts.values()) {
            account.resolve(plan, p);
        }
        int scale = currency == null ? 0 : Math.max(0, currency.getDefaultFractionDigits());
        ScopeSum.Layout layout = new ScopeSum.Layout(p, width, plan.buckets, rowsPerRep, plan.lagging,
                plan.bucketPeriods.clone(), sampleSlots, s, counts, scale);
        if (scopes == null || scopesFor != reps.size()) {
            scopes = plan.scopes(reps);
            scopesFor = reps.size();
        }
        return new ScorecardResult(plan.kpis, plan.formulas, scopes, layout, Optional.ofNullable(currency));
    }

    /**
     * Encodes the counters in a compact, versioned form that {@link CompiledScorecard#decode(byte[])}
     * reads back: a partial result that can cross a network. The bytes name the compiled scorecard
     * by a digest, carry a checksum, and are the same for equal contents whatever the order things
     * were added in, accounts apart.
     *
     * @return the bytes
     */
    public byte[] toByteArray() {
        return AccumulatorCodec.encode(this);
    }

    /**
     * Describes the accumulator's size.
     *
     * @return a text for people
     */
    @Override
    public String toString() {
        return "ScorecardAccumulator[reps=" + reps.size() + ", rowsPerRep=" + rowsPerRep + ", counters=" + width
                + ", accounts=" + accounts.size() + (plan == null ? ", without its scorecard" : "") + "]";
    }

    /** Returns the digest of the compiled scorecard. */
    long fingerprint() {
        return plan != null ? plan.fingerprint() : detachedFingerprint;
    }

    int repOf(String rep) {
        if (rep == lastRep) {
            return lastRepIndex;
        }
        int index = repIndex.get(rep);
        if (index < 0) {
            index = newRep(rep);
        }
        lastRep = rep;
        lastRepIndex = index;
        return index;
    }

    /** Gives a rep its index: out of {@link #repOf}'s way, so that the JIT inlines that into every add. */
    private int newRep(String rep) {
        int index = reps.size();
        reps.add(rep);
        repIndex.put(rep, index);
        growTo(reps.size());
        return index;
    }

    private void growTo(int repCount) {
        int needed = Math.multiplyExact(Math.multiplyExact(repCount, rowsPerRep), width);
        if (needed > parts.length) {
            parts = Arrays.copyOf(parts, (int) Math.min(ActivityLog.MAX_CAPACITY, Math.max(needed, 2L * parts.length)));
        }
        if (sampleSlots > 0) {
            int sampleNeeded = Math.multiplyExact(Math.multiplyExact(repCount, rowsPerRep), sampleSlots);
            if (sampleCounts == null) {
                sampleCounts = new int[sampleNeeded];
                samples = new int[sampleNeeded][];
            } else if (sampleNeeded > sampleCounts.length) {
                int capacity = (int) Math.min(ActivityLog.MAX_CAPACITY, Math.max(sampleNeeded, 2L * sampleCounts.length));
                sampleCounts = Arrays.copyOf(sampleCounts, capacity);
                samples = Arrays.copyOf(samples, capacity);
            }
        }
    }

    AccountState account(String id) {
        AccountState state = accounts.get(id);
        if (state == null) {
            state = new AccountState();
            accounts.put(id, state);
        }
        return state;
    }

    /**
     * Returns where a type's rules are cached: {@link #typeColumns} and {@link #typeRanges} at the
     * returned index hold its tally column (the last one when nothing counts it) or
     * {@link #BY_RULES}, and its entry of {@link CompiledScorecard#rulesOfType}. The cache is
     * direct-mapped by the id's hash, so a type whose id is the string seen before is found without
     * a search.
     */
    private int typeAt(ActivityType type) {
        String id = type.id();
        int at = id.hashCode() * 0x9E3779B9 >>> TYPE_CACHE_SHIFT;
        if (typeKeys[at] != id) {
            cacheType(at, id);
        }
        return at;
    }

    private void cacheType(int at, String id) {
        int[] range = plan.rulesOfType.get(id);
        typeKeys[at] = id;
        typeRanges[at] = range;
        // A type that nothing counts goes to the tallies' last column, which is never read.
        typeColumns[at] = range == null ? tallyWidth - 1 : range[3] >= 0 ? range[3] : BY_RULES;
    }

    private boolean[] sourceOk(Source source) {
        if (sourceOk == null) {
            sourceOk = new HashMap<>();
        }
        return sourceOk.computeIfAbsent(source, s -> {
            boolean[] ok = new boolean[plan.opportunityRules.length];
            for (int k = 0; k < ok.length; k++) {
                ok[k] = plan.opportunityRules[k].matches(s);
            }
            return ok;
        });
    }

    private boolean[] pipelineOk(Pipeline pipeline) {
        if (pipelineOk == null) {
            pipelineOk = new IdentityHashMap<>();
        }
        return pipelineOk.computeIfAbsent(pipeline, p -> {
            boolean[] ok = new boolean[plan.opportunityRules.length];
            for (int k = 0; k < ok.length; k++) {
                ok[k] = !plan.opportunityRules[k].readsPipeline() || plan.opportunityRules[k].pipeline.equals(p);
            }
            return ok;
        });
    }

    private void checkCurrency(Currency other) {
        if (currency != null && !currency.equals(other)) {
            throw new CurrencyMismatchException(currency, other);
        }
    }

    private void checkBound() {
        if (plan == null) {
            throw new IllegalStateException("accumulator was read back without its scorecard: merge it into one made by"
                    + " CompiledScorecard.newAccumulator(), or read its bytes with CompiledScorecard.decode");
        }
    }

    /**
     * Serializes the accumulator as its encoding.
     *
     * @return the serial form
     */
    @Serial
    private Object writeReplace() {
        return new Encoded(toByteArray());
    }

    /**
     * Refuses a stream that holds the accumulator's fields rather than its encoding.
     *
     * @param in the stream
     * @throws InvalidObjectException always
     */
    @Serial
    private void readObject(ObjectInputStream in) throws InvalidObjectException {
        throw new InvalidObjectException("accumulator must be read through its encoding");
    }

    /** The serial form: the encoding. */
    private static final class Encoded implements Serializable {

        /** The version of this serial form. */
        @Serial
        private static final long serialVersionUID = 1L;

        /** The accumulator's encoding, as {@link ScorecardAccumulator#toByteArray()} writes it. */
        private final byte[] encoding;

        Encoded(byte[] encoding) {
            this.encoding = encoding;
        }

        @Serial
        private Object readResolve() {
            return AccumulatorCodec.decode(encoding, null);
        }
    }
}
