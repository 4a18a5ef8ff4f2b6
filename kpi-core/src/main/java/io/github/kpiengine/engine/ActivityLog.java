package io.github.kpiengine.engine;

import io.github.kpiengine.AccountWallet;
import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.CurrencyMismatchException;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Money;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import io.github.kpiengine.StageEntry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The activities and opportunities an engine evaluates, stored column-wise.
 *
 * <pre>{@code
 * ActivityLog log = ActivityLog.create();
 * log.append(Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 2)));
 * log.append(deal);
 * }</pre>
 *
 * <p>Each activity takes {@value #BYTES_PER_ACTIVITY} bytes in primitive arrays grown by doubling
 * (call {@link #trimToSize()} once the log is filled, or size it with {@link #create(int)}, to drop
 * the spare capacity):
 * the rep (an {@code int} into a dictionary of rep ids), the type (a {@code short} into a dictionary
 * of types), the day (an {@code int} epoch day), the outcome (a {@code byte}) and the duration (an
 * {@code int} of whole seconds; fractions of a second are dropped). An activity's attributes
 * are kept aside, 8 more bytes for each activity that has any (an index and a dictionary id of its
 * attribute map), and its account, where it has one, 8 more bytes (an index and a dictionary id
 * of the account: the client conditions read it); its opportunity is not kept. Opportunities keep their id, owner,
 * account, source, creation and close days, result, amount (a {@code long} in the currency's minor
 * units), pipeline and stage history. Account wallets (known spend and owner, for share of wallet)
 * are kept per account.
 *
 * <p>Every append checks everything before it writes anything: an activity, opportunity, wallet or
 * batch refused (with an {@link IllegalArgumentException} naming the field and the value) leaves the
 * log as it was. A log holds at most {@value #MAX_CAPACITY} activities (and as many opportunities
 * and stage entries), the largest array a Java runtime allocates.
 *
 * <p>All money in one log is in one currency: the first opportunity sets it and an opportunity in
 * another is refused. The log is not thread-safe while it is appended to; once filled, any number of
 * threads may evaluate it at the same time.
 */
public final class ActivityLog {

    /** The bytes each activity takes in the columns: 4 rep + 2 type + 4 day + 1 outcome + 4 seconds. */
    public static final int BYTES_PER_ACTIVITY = 15;

    /** The most activities (and opportunities, and stage entries) a log holds: the largest array a runtime allocates. */
    public static final int MAX_CAPACITY = Integer.MAX_VALUE - 8;

    private static final int INITIAL_CAPACITY = 16;

    private final Map<String, Integer> repIndex = new HashMap<>();
    final List<String> reps = new ArrayList<>();
    private final Map<String, Integer> typeIndex = new HashMap<>();
    final List<ActivityType> types = new ArrayList<>();
    private final Map<String, Integer> accountIndex = new HashMap<>();
    final List<String> accountNames = new ArrayList<>();
    private final Map<Pipeline, Integer> pipelineIndex = new HashMap<>();
    final List<Pipeline> pipelines = new ArrayList<>();
    private final Set<String> opportunityIdSet = new HashSet<>();
    final List<String> opportunityIds = new ArrayList<>();
    private final Map<String, Integer> sourceIndex = new HashMap<>();
    final List<Source> sources = new ArrayList<>();
    private final Map<Map<String, String>, Integer> attributeSetIndex = new HashMap<>();
    final List<Map<String, String>> attributeSets = new ArrayList<>();
    Currency currency;

    int activityCount;
    int[] activityRep = new int[INITIAL_CAPACITY];
    short[] activityType = new short[INITIAL_CAPACITY];
    int[] activityDay = new int[INITIAL_CAPACITY];
    byte[] activityOutcome = new byte[INITIAL_CAPACITY];
    int[] activitySeconds = new int[INITIAL_CAPACITY];

    int attributedCount;
    int[] attributedActivity = new int[INITIAL_CAPACITY];
    int[] attributedSet = new int[INITIAL_CAPACITY];

    int accountedCount;
    int[] accountedActivity = new int[INITIAL_CAPACITY];
    int[] accountedAccount = new int[INITIAL_CAPACITY];

    int opportunityCount;
    int[] opportunityRep = new int[INITIAL_CAPACITY];
    int[] opportunityAccount = new int[INITIAL_CAPACITY];
    int[] opportunityCreated = new int[INITIAL_CAPACITY];
    int[] opportunityClose = new int[INITIAL_CAPACITY];
    byte[] opportunityResult = new byte[INITIAL_CAPACITY];
    long[] opportunityAmount = new long[INITIAL_CAPACITY];
    short[] opportunityPipeline = new short[INITIAL_CAPACITY];
    byte[] opportunitySource = new byte[INITIAL_CAPACITY];
    int[] historyStart = new int[INITIAL_CAPACITY + 1];

    int historyCount;
    byte[] historyStage = new byte[INITIAL_CAPACITY];
    int[] historyDay = new int[INITIAL_CAPACITY];

    int[] walletOwner = new int[INITIAL_CAPACITY];
    long[] walletSpend = new long[INITIAL_CAPACITY];
    int walletCount;

    private ActivityLog() {
    }

    /**
     * Returns an empty log.
     *
     * @return the log
     */
    public static ActivityLog create() {
        return new ActivityLog();
    }

    /**
     * Returns an empty log with room for a number of activities before its columns grow.
     *
     * @param expectedActivities the activities expected, not negative
     * @return the log
     * @throws IllegalArgumentException if the number is negative or above {@value #MAX_CAPACITY}
     */
    public static ActivityLog create(int expectedActivities) {
        if (!(expectedActivities >= 0 && expectedActivities <= MAX_CAPACITY)) {
            throw new IllegalArgumentException("expectedActivities must lie in [0, " + MAX_CAPACITY + "]: "
                    + expectedActivities);
        }
        ActivityLog log = new ActivityLog();
        log.resizeActivities(Math.max(INITIAL_CAPACITY, expectedActivities));
        return log;
    }

    /**
     * Shrinks the activity columns to the activities held, so that each takes exactly
     * {@value #BYTES_PER_ACTIVITY} bytes (and 8 more each for those with attributes or an account).
     * Appending afterwards grows them again.
     *
     * @return this log
     */
    public ActivityLog trimToSize() {
        resizeActivities(Math.max(1, activityCount));
        attributedActivity = Arrays.copyOf(attributedActivity, Math.max(1, attributedCount));
        attributedSet = Arrays.copyOf(attributedSet, Math.max(1, attributedCount));
        accountedActivity = Arrays.copyOf(accountedActivity, Math.max(1, accountedCount));
        accountedAccount = Arrays.copyOf(accountedAccount, Math.max(1, accountedCount));
        return this;
    }

    /**
     * Returns the capacity a column grows to so as to hold {@code needed} entries: double, at least
     * what is needed, at most {@value #MAX_CAPACITY}.
     *
     * @throws IllegalArgumentException if more than {@value #MAX_CAPACITY} entries are needed
     */
    static int grownCapacity(int length, long needed, String what) {
        if (needed <= length) {
            return length;
        }
        if (needed > MAX_CAPACITY) {
            throw new IllegalArgumentException(what + " must number at most " + MAX_CAPACITY + " in one log: " + needed);
        }
        return (int) Math.min(MAX_CAPACITY, Math.max(needed, Math.max(INITIAL_CAPACITY, 2L * length)));
    }

    private void resizeActivities(int capacity) {
        activityRep = Arrays.copyOf(activityRep, capacity);
        activityType = Arrays.copyOf(activityType, capacity);
        activityDay = Arrays.copyOf(activityDay, capacity);
        activityOutcome = Arrays.copyOf(activityOutcome, capacity);
        activitySeconds = Arrays.copyOf(activitySeconds, capacity);
    }

    private void ensureActivities(long needed) {
        int capacity = grownCapacity(activityRep.length, needed, "activities");
        if (capacity != activityRep.length) {
            resizeActivities(capacity);
        }
    }

    /**
     * Appends an activity.
     *
     * @param activity the activity
     * @return this log
     * @throws IllegalArgumentException if another type with the same id but a different definition
     *         was appended before, the log already holds 32,767 types or {@value #MAX_CAPACITY}
     *         activities, the duration does not fit an {@code int} of seconds or the day an
     *         {@code int} epoch day; the log is then unchanged
     */
    public ActivityLog append(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        int known = checkType(activity.type());
        int day = day("date", activity.date());
        int seconds = seconds(activity.duration());
        grownCapacity(activityRep.length, activityCount + 1L, "activities");
        int type = known >= 0 ? known : addType(activity.type());
        int rep = repOf(activity.repId());
        ensureActivities(activityCount + 1L);
        int i = activityCount;
        activityRep[i] = rep;
        activityType[i] = (short) type;
        activityDay[i] = day;
        activityOutcome[i] = (byte) activity.outcome().ordinal();
        activitySeconds[i] = seconds;
        if (!activity.attributes().isEmpty()) {
            attribute(i, activity.attributes());
        }
        if (activity.account().isPresent()) {
            account(i, accountOf(activity.account().get()));
        }
        activityCount++;
        return this;
    }

    /**
     * Appends activities given as columns: the bulk path, with no allocation per activity. Every
     * value is checked before anything is written.
     *
     * @param columns the activities
     * @return this log
     * @throws IllegalArgumentException if a value of the columns is out of range, a type conflicts
     *         with one appended before, or the log would exceed its limits; the log is then unchanged
     */
    public ActivityLog append(ActivityColumns columns) {
        Objects.requireNonNull(columns, "columns");
        int[] order = columns.validate();
        List<ActivityType> batchTypes = columns.types();
        int newTypes = 0;
        for (ActivityType type : batchTypes) {
            if (checkType(type) < 0) {
                newTypes++;
            }
        }
        if (!(types.size() + newTypes <= Short.MAX_VALUE)) {
            throw new IllegalArgumentException("types must be at most " + Short.MAX_VALUE + ": " + (types.size() + newTypes));
        }
        int n = columns.size();
        ensureActivities(activityCount + (long) n);
        short[] typeMap = new short[batchTypes.size()];
        for (int t = 0; t < typeMap.length; t++) {
            int known = checkType(batchTypes.get(t));
            typeMap[t] = (short) (known >= 0 ? known : addType(batchTypes.get(t)));
        }
        int[] repMap = new int[columns.repIds().size()];
        for (int r : order) {
            repMap[r] = repOf(columns.repIds().get(r));
        }
        int[] rep = columns.rep;
        int[] type = columns.type;
        int at = activityCount;
        for (int i = 0; i < n; i++) {
            activityRep[at + i] = repMap[rep[i]];
            activityType[at + i] = typeMap[type[i]];
        }
        System.arraycopy(columns.epochDay, 0, activityDay, at, n);
        if (columns.outcome == null) {
            Arrays.fill(activityOutcome, at, at + n, (byte) io.github.kpiengine.Outcome.NONE.ordinal());
        } else {
            System.arraycopy(columns.outcome, 0, activityOutcome, at, n);
        }
        if (columns.seconds == null) {
            Arrays.fill(activitySeconds, at, at + n, 0);
        } else {
            System.arraycopy(columns.seconds, 0, activitySeconds, at, n);
        }
        activityCount += n;
        return this;
    }

    private void attribute(int activity, Map<String, String> attributes) {
        Integer set = attributeSetIndex.get(attributes);
        if (set == null) {
            set = attributeSets.size();
            Map<String, String> copy = Map.copyOf(attributes);
            attributeSets.add(copy);
            attributeSetIndex.put(copy, set);
        }
        if (attributedCount == attributedActivity.length) {
            int capacity = grownCapacity(attributedActivity.length, attributedCount + 1L, "attributed activities");
            attributedActivity = Arrays.copyOf(attributedActivity, capacity);
            attributedSet = Arrays.copyOf(attributedSet, capacity);
        }
        attributedActivity[attributedCount] = activity;
        attributedSet[attributedCount] = set;
        attributedCount++;
    }

    private void account(int activity, int account) {
        if (accountedCount == accountedActivity.length) {
            int capacity = grownCapacity(accountedActivity.length, accountedCount + 1L, "activities with an account");
            accountedActivity = Arrays.copyOf(accountedActivity, capacity);
            accountedAccount = Arrays.copyOf(accountedAccount, capacity);
        }
        accountedActivity[accountedCount] = activity;
        accountedAccount[accountedCount] = account;
        accountedCount++;
    }

    /** Returns the dictionary id of an activity's attribute map, or -1 when it has none. */
    int attributeSetOf(int activity) {
        int at = Arrays.binarySearch(attributedActivity, 0, attributedCount, activity);
        return at >= 0 ? attributedSet[at] : -1;
    }

    /** Returns an activity's account, or null when it has none. */
    String accountOfActivity(int activity) {
        int at = Arrays.binarySearch(accountedActivity, 0, accountedCount, activity);
        return at >= 0 ? accountNames.get(accountedAccount[at]) : null;
    }

    /**
     * Appends an opportunity.
     *
     * @param opportunity the opportunity
     * @return this log
     * @throws IllegalArgumentException if an opportunity with the same id was appended before, its
     *         pipeline has more than 127 stages, another source with the same id but a different
     *         definition was appended before, its amount does not fit a {@code long} of minor units,
     *         a date does not fit an {@code int} epoch day, or the log is full; the log is then unchanged
     * @throws CurrencyMismatchException if its amount is in another currency than the log's
     */
    public ActivityLog append(Opportunity opportunity) {
        Objects.requireNonNull(opportunity, "opportunity");
        if (opportunityIdSet.contains(opportunity.id())) {
            throw new IllegalArgumentException("opportunity must not be appended twice: " + opportunity.id());
        }
        Currency amountCurrency = opportunity.amount().currency();
        if (currency != null && !currency.equals(amountCurrency)) {
            throw new CurrencyMismatchException(currency, amountCurrency);
        }
        Pipeline pipeline = opportunity.pipeline();
        if (!(pipeline.stages().size() <= Byte.MAX_VALUE)) {
            throw new IllegalArgumentException("pipeline must have at most " + Byte.MAX_VALUE + " stages: " + pipeline.stages().size());
        }
        long amount = minorUnits("amount", opportunity.amount());
        int created = day("created", opportunity.created());
        int close = opportunity.closeDate().isPresent() ? day("closeDate", opportunity.closeDate().get()) : Integer.MIN_VALUE;
        for (StageEntry entry : opportunity.history()) {
            day("entered", entry.entered());
        }
        int knownSource = checkSource(opportunity.source());
        if (!(pipelineIndex.containsKey(pipeline) || pipelines.size() < Short.MAX_VALUE)) {
            throw new IllegalArgumentException("pipelines must be at most " + Short.MAX_VALUE + ": " + pipelines.size());
        }
        grownCapacity(opportunityRep.length, opportunityCount + 1L, "opportunities");
        grownCapacity(historyStage.length, historyCount + (long) opportunity.history().size(), "stage entries");

        int source = knownSource >= 0 ? knownSource : addSource(opportunity.source());
        currency = amountCurrency;
        opportunityIdSet.add(opportunity.id());
        opportunityIds.add(opportunity.id());
        int rep = repOf(opportunity.ownerId());
        int account = accountOf(opportunity.accountId());
        int pipelineId = pipelineIndex.computeIfAbsent(pipeline, p -> {
            pipelines.add(p);
            return pipelines.size() - 1;
        });
        if (opportunityCount == opportunityRep.length) {
            int capacity = grownCapacity(opportunityRep.length, opportunityCount + 1L, "opportunities");
            opportunityRep = Arrays.copyOf(opportunityRep, capacity);
            opportunityAccount = Arrays.copyOf(opportunityAccount, capacity);
            opportunityCreated = Arrays.copyOf(opportunityCreated, capacity);
            opportunityClose = Arrays.copyOf(opportunityClose, capacity);
            opportunityResult = Arrays.copyOf(opportunityResult, capacity);
            opportunityAmount = Arrays.copyOf(opportunityAmount, capacity);
            opportunityPipeline = Arrays.copyOf(opportunityPipeline, capacity);
            opportunitySource = Arrays.copyOf(opportunitySource, capacity);
            historyStart = Arrays.copyOf(historyStart, capacity + 1);
        }
        int i = opportunityCount;
        opportunityRep[i] = rep;
        opportunityAccount[i] = account;
        opportunityCreated[i] = created;
        opportunityClose[i] = close;
        opportunityResult[i] = (byte) opportunity.result().ordinal();
        opportunityAmount[i] = amount;
        opportunityPipeline[i] = (short) pipelineId;
        opportunitySource[i] = (byte) source;
        int entries = opportunity.history().size();
        if (historyCount + entries > historyStage.length) {
            int capacity = grownCapacity(historyStage.length, historyCount + (long) entries, "stage entries");
            historyStage = Arrays.copyOf(historyStage, capacity);
            historyDay = Arrays.copyOf(historyDay, capacity);
        }
        for (StageEntry entry : opportunity.history()) {
            historyStage[historyCount] = (byte) pipeline.indexOf(entry.stage());
            historyDay[historyCount] = (int) entry.entered().toEpochDay();
            historyCount++;
        }
        historyStart[i + 1] = historyCount;
        opportunityCount++;
        return this;
    }

    /**
     * Records an account's known total spend and its owner, for share of wallet.
     *
     * @param wallet the account's wallet
     * @return this log
     * @throws IllegalArgumentException if the account's wallet was appended before, or the spend
     *         does not fit a {@code long} of minor units; the log is then unchanged
     * @throws CurrencyMismatchException if the spend is in another currency than the log's
     */
    public ActivityLog append(AccountWallet wallet) {
        Objects.requireNonNull(wallet, "wallet");
        Currency spendCurrency = wallet.knownSpend().currency();
        if (currency != null && !currency.equals(spendCurrency)) {
            throw new CurrencyMismatchException(currency, spendCurrency);
        }
        Integer known = accountIndex.get(wallet.accountId());
        if (known != null && walletOwner[known] >= 0) {
            throw new IllegalArgumentException("wallet must not be appended twice for account: " + wallet.accountId());
        }
        long spend = minorUnits("knownSpend", wallet.knownSpend());
        currency = spendCurrency;
        int account = accountOf(wallet.accountId());
        walletOwner[account] = repOf(wallet.ownerId());
        walletSpend[account] = spend;
        walletCount++;
        return this;
    }

    /**
     * Returns the number of activities appended.
     *
     * @return the count
     */
    public int activityCount() {
        return activityCount;
    }

    /**
     * Returns the number of opportunities appended.
     *
     * @return the count
     */
    public int opportunityCount() {
        return opportunityCount;
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
     * Returns the currency of the log's money, set by its first opportunity.
     *
     * @return the currency, or empty while the log holds no opportunity
     */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    int repId(String rep) {
        Integer id = repIndex.get(rep);
        return id == null ? -1 : id;
    }

    /** Returns the id of a type already logged, -1 for a new one; refuses a conflicting definition or one too many. */
    private int checkType(ActivityType type) {
        Integer id = typeIndex.get(type.id());
        if (id != null) {
            // The message is built only on failure: this runs for every activity appended.
            if (!types.get(id).equals(type)) {
                throw new IllegalArgumentException("type must match the type logged before as "
                        + types.get(id).id() + " (" + types.get(id).measure() + "): " + type.measure());
            }
            return id;
        }
        if (!(types.size() < Short.MAX_VALUE)) {
            throw new IllegalArgumentException("types must be at most " + Short.MAX_VALUE + ": " + type.id());
        }
        return -1;
    }

    private int addType(ActivityType type) {
        types.add(type);
        typeIndex.put(type.id(), types.size() - 1);
        return types.size() - 1;
    }

    int accountCount() {
        return accountNames.size();
    }

    private int checkSource(Source source) {
        Integer id = sourceIndex.get(source.id());
        if (id != null) {
            if (!sources.get(id).equals(source)) {
                throw new IllegalArgumentException("source must match the source logged before as "
                        + sources.get(id) + ": " + source);
            }
            return id;
        }
        if (!(sources.size() < Byte.MAX_VALUE)) {
            throw new IllegalArgumentException("sources must be at most " + Byte.MAX_VALUE + ": " + source.id());
        }
        return -1;
    }

    private int addSource(Source source) {
        sources.add(source);
        sourceIndex.put(source.id(), sources.size() - 1);
        return sources.size() - 1;
    }

    private int repOf(String rep) {
        return repIndex.computeIfAbsent(rep, r -> {
            reps.add(r);
            return reps.size() - 1;
        });
    }

    private int accountOf(String account) {
        Integer id = accountIndex.get(account);
        if (id != null) {
            return id;
        }
        int next = accountNames.size();
        if (next == walletOwner.length) {
            int capacity = grownCapacity(walletOwner.length, next + 1L, "accounts");
            walletOwner = Arrays.copyOf(walletOwner, capacity);
            walletSpend = Arrays.copyOf(walletSpend, capacity);
        }
        accountIndex.put(account, next);
        accountNames.add(account);
        walletOwner[next] = -1;
        return next;
    }

    /** Returns a date as an {@code int} epoch day, or refuses it naming the field. */
    static int day(String field, LocalDate date) {
        long day = date.toEpochDay();
        if (!(day >= Integer.MIN_VALUE + 1 && day <= Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(field + " must lie within " + LocalDate.ofEpochDay(Integer.MIN_VALUE + 1)
                    + " and " + LocalDate.ofEpochDay(Integer.MAX_VALUE) + ": " + date);
        }
        return (int) day;
    }

    /** Returns a duration as an {@code int} of whole seconds, or refuses it. */
    static int seconds(Duration duration) {
        long seconds = duration.getSeconds();
        if (!(seconds >= 0 && seconds <= Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("duration must be at most " + Integer.MAX_VALUE + " seconds: " + duration);
        }
        return (int) seconds;
    }

    /** Returns an amount in minor units as a {@code long}, or refuses it naming the field. */
    static long minorUnits(String field, Money money) {
        BigDecimal amount = money.amount();
        if (amount.unscaledValue().bitLength() > 63) {
            throw new IllegalArgumentException(field + " must fit a long of minor units (at most "
                    + BigDecimal.valueOf(Long.MAX_VALUE, amount.scale()).toPlainString() + "): " + money);
        }
        return amount.unscaledValue().longValue();
    }
}
