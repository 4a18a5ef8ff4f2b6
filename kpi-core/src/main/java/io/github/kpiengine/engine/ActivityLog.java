package io.github.kpiengine.engine;

import io.github.kpiengine.AccountWallet;
import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.CurrencyMismatchException;
import io.github.kpiengine.DealResult;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import io.github.kpiengine.StageEntry;
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
 * attribute map); its account and opportunity are not kept. Opportunities keep their owner,
 * account, source, creation and close days, result, amount (a {@code long} in the currency's minor
 * units), pipeline and stage history. Account wallets (known spend and owner, for share of wallet)
 * are kept per account.
 *
 * <p>All money in one log is in one currency: the first opportunity sets it and an opportunity in
 * another is refused. The log is not thread-safe while it is appended to; once filled, any number of
 * threads may evaluate it at the same time.
 */
public final class ActivityLog {

    /** The bytes each activity takes in the columns: 4 rep + 2 type + 4 day + 1 outcome + 4 seconds. */
    public static final int BYTES_PER_ACTIVITY = 15;

    private static final int INITIAL_CAPACITY = 16;

    private final Map<String, Integer> repIndex = new HashMap<>();
    final List<String> reps = new ArrayList<>();
    private final Map<String, Integer> typeIndex = new HashMap<>();
    final List<ActivityType> types = new ArrayList<>();
    private final Map<String, Integer> accountIndex = new HashMap<>();
    private final Map<Pipeline, Integer> pipelineIndex = new HashMap<>();
    final List<Pipeline> pipelines = new ArrayList<>();
    private final Set<String> opportunityIds = new HashSet<>();
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

    int[] firstWinOfAccount = new int[INITIAL_CAPACITY];
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
     * @throws IllegalArgumentException if the number is negative
     */
    public static ActivityLog create(int expectedActivities) {
        if (!(expectedActivities >= 0)) {
            throw new IllegalArgumentException("expectedActivities must not be negative: " + expectedActivities);
        }
        ActivityLog log = new ActivityLog();
        log.resizeActivities(Math.max(INITIAL_CAPACITY, expectedActivities));
        return log;
    }

    /**
     * Shrinks the activity columns to the activities held, so that each takes exactly
     * {@value #BYTES_PER_ACTIVITY} bytes. Appending afterwards grows them again.
     *
     * @return this log
     */
    public ActivityLog trimToSize() {
        resizeActivities(Math.max(1, activityCount));
        return this;
    }

    private void resizeActivities(int capacity) {
        activityRep = Arrays.copyOf(activityRep, capacity);
        activityType = Arrays.copyOf(activityType, capacity);
        activityDay = Arrays.copyOf(activityDay, capacity);
        activityOutcome = Arrays.copyOf(activityOutcome, capacity);
        activitySeconds = Arrays.copyOf(activitySeconds, capacity);
    }

    /**
     * Appends an activity.
     *
     * @param activity the activity
     * @return this log
     * @throws IllegalArgumentException if another type with the same id but a different definition
     *         was appended before, or the log already holds 32,767 types
     */
    public ActivityLog append(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        int type = typeOf(activity.type());
        int rep = repOf(activity.repId());
        if (activityCount == activityRep.length) {
            resizeActivities(Math.max(INITIAL_CAPACITY, activityCount * 2));
        }
        int i = activityCount;
        activityRep[i] = rep;
        activityType[i] = (short) type;
        activityDay[i] = day(activity.date());
        activityOutcome[i] = (byte) activity.outcome().ordinal();
        activitySeconds[i] = Math.toIntExact(activity.duration().getSeconds());
        if (!activity.attributes().isEmpty()) {
            attribute(i, activity.attributes());
        }
        activityCount++;
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
            attributedActivity = Arrays.copyOf(attributedActivity, attributedCount * 2);
            attributedSet = Arrays.copyOf(attributedSet, attributedCount * 2);
        }
        attributedActivity[attributedCount] = activity;
        attributedSet[attributedCount] = set;
        attributedCount++;
    }

    /** Returns the dictionary id of an activity's attribute map, or -1 when it has none. */
    int attributeSetOf(int activity) {
        int at = Arrays.binarySearch(attributedActivity, 0, attributedCount, activity);
        return at >= 0 ? attributedSet[at] : -1;
    }

    /**
     * Appends an activity given as its columns, without an {@link Activity} object: the path of
     * {@link Engine#activityCollector}. The caller has validated the values.
     */
    ActivityLog appendColumns(String rep, ActivityType type, LocalDate date, Outcome outcome, long seconds,
            Map<String, String> attributes) {
        int t = typeOf(type);
        int r = repOf(rep);
        if (activityCount == activityRep.length) {
            resizeActivities(Math.max(INITIAL_CAPACITY, activityCount * 2));
        }
        int i = activityCount;
        activityRep[i] = r;
        activityType[i] = (short) t;
        activityDay[i] = day(date);
        activityOutcome[i] = (byte) outcome.ordinal();
        activitySeconds[i] = Math.toIntExact(seconds);
        if (!attributes.isEmpty()) {
            attribute(i, attributes);
        }
        activityCount++;
        return this;
    }

    /** Appends every activity of another log, translating its dictionary ids: a collector's combiner. */
    ActivityLog appendActivitiesOf(ActivityLog other) {
        for (int i = 0; i < other.activityCount; i++) {
            appendColumns(other.reps.get(other.activityRep[i]), other.types.get(other.activityType[i]),
                    LocalDate.ofEpochDay(other.activityDay[i]), Outcome.values()[other.activityOutcome[i]],
                    other.activitySeconds[i], other.attributes(other.attributeSetOf(i)));
        }
        return this;
    }

    private Map<String, String> attributes(int set) {
        return set < 0 ? Map.of() : attributeSets.get(set);
    }

    /**
     * Appends an opportunity.
     *
     * @param opportunity the opportunity
     * @return this log
     * @throws IllegalArgumentException if an opportunity with the same id was appended before, its
     *         pipeline has more than 127 stages, or another source with the same id but a different
     *         definition was appended before
     * @throws CurrencyMismatchException if its amount is in another currency than the log's
     */
    public ActivityLog append(Opportunity opportunity) {
        Objects.requireNonNull(opportunity, "opportunity");
        if (opportunityIds.contains(opportunity.id())) {
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
        long amount = opportunity.amount().amount().unscaledValue().longValueExact();
        int source = sourceOf(opportunity.source());
        currency = amountCurrency;
        opportunityIds.add(opportunity.id());
        int rep = repOf(opportunity.ownerId());
        int account = accountOf(opportunity.accountId());
        int pipelineId = pipelineIndex.computeIfAbsent(pipeline, p -> {
            pipelines.add(p);
            return pipelines.size() - 1;
        });
        if (opportunityCount == opportunityRep.length) {
            int capacity = opportunityCount * 2;
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
        opportunityCreated[i] = day(opportunity.created());
        opportunityClose[i] = opportunity.closeDate().map(ActivityLog::day).orElse(Integer.MIN_VALUE);
        opportunityResult[i] = (byte) opportunity.result().ordinal();
        opportunityAmount[i] = amount;
        opportunityPipeline[i] = (short) pipelineId;
        opportunitySource[i] = (byte) source;
        for (StageEntry entry : opportunity.history()) {
            if (historyCount == historyStage.length) {
                historyStage = Arrays.copyOf(historyStage, historyCount * 2);
                historyDay = Arrays.copyOf(historyDay, historyCount * 2);
            }
            historyStage[historyCount] = (byte) pipeline.indexOf(entry.stage());
            historyDay[historyCount] = day(entry.entered());
            historyCount++;
        }
        historyStart[i + 1] = historyCount;
        if (opportunity.result() == DealResult.WON) {
            int first = firstWinOfAccount[account];
            if (first < 0 || opportunityClose[i] < opportunityClose[first]) {
                firstWinOfAccount[account] = i;
            }
        }
        opportunityCount++;
        return this;
    }

    /**
     * Records an account's known total spend and its owner, for share of wallet.
     *
     * @param wallet the account's wallet
     * @return this log
     * @throws IllegalArgumentException if the account's wallet was appended before
     * @throws CurrencyMismatchException if the spend is in another currency than the log's
     */
    public ActivityLog append(AccountWallet wallet) {
        Objects.requireNonNull(wallet, "wallet");
        Currency spendCurrency = wallet.knownSpend().currency();
        if (currency != null && !currency.equals(spendCurrency)) {
            throw new CurrencyMismatchException(currency, spendCurrency);
        }
        int account = accountOf(wallet.accountId());
        if (walletOwner[account] >= 0) {
            throw new IllegalArgumentException("wallet must not be appended twice for account: " + wallet.accountId());
        }
        long spend = wallet.knownSpend().amount().unscaledValue().longValueExact();
        currency = spendCurrency;
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

    int typeId(ActivityType type) {
        Integer id = typeIndex.get(type.id());
        return id == null ? -1 : id;
    }

    int pipelineId(Pipeline pipeline) {
        Integer id = pipelineIndex.get(pipeline);
        return id == null ? -1 : id;
    }

    int repId(String rep) {
        Integer id = repIndex.get(rep);
        return id == null ? -1 : id;
    }

    private int typeOf(ActivityType type) {
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
        types.add(type);
        typeIndex.put(type.id(), types.size() - 1);
        return types.size() - 1;
    }

    int accountCount() {
        return accountIndex.size();
    }

    private int sourceOf(Source source) {
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
        int next = accountIndex.size();
        accountIndex.put(account, next);
        if (next == firstWinOfAccount.length) {
            firstWinOfAccount = Arrays.copyOf(firstWinOfAccount, next * 2);
            walletOwner = Arrays.copyOf(walletOwner, next * 2);
            walletSpend = Arrays.copyOf(walletSpend, next * 2);
        }
        firstWinOfAccount[next] = -1;
        walletOwner[next] = -1;
        return next;
    }

    private static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }
}
