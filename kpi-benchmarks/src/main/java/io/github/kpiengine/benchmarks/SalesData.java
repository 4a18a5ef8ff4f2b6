package io.github.kpiengine.benchmarks;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.Kpis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded sales data for the engine benchmarks: activities and opportunities of a year of selling,
 * held as primitive columns and handed out as plain records or appended into an {@link ActivityLog}.
 *
 * <p>Activities fall on the days of 2026 plus a week either side (so that the period filter has
 * something to drop); about a quarter are first appointments, proposals and cold calls each of a
 * share, the rest prospecting calls, demos and negotiations. One opportunity is generated per 20
 * activities: created in 2026, then won (45 %), lost (35 %) or still open (20 %) within 90 days, for
 * EUR 500.00 to 50,000.00. The same size and seed always give the same data.
 */
public final class SalesData {

    /** The seed of every generation. */
    public static final long SEED = 0x6b70_6932_3032_36L;

    /** The evaluated period: the year 2026. */
    public static final SalesPeriod PERIOD = SalesPeriod.ofYear(2026);

    /** The calendar whose Monday-to-Sunday weeks split the period. */
    public static final WorkCalendar CALENDAR = WorkCalendar.standard();

    /** The scorecard grouping: one scope per rep and week of the period. */
    public static final Grouping GROUPING = Grouping.byRepAndWeek(CALENDAR);

    /** The currency of every amount. */
    public static final Currency EUR = Currency.getInstance("EUR");

    /** The pipeline of every opportunity. */
    public static final Pipeline PIPELINE = Pipeline.of("lead", "first_appointment", "proposal");

    /** The activity types, indexed by their code in {@link #activityType}. */
    public static final List<ActivityType> TYPES = List.of(ActivityType.FIRST_APPOINTMENT,
            ActivityType.PROPOSAL, ActivityType.COLD_CALL, ActivityType.PROSPECTING_CALL,
            ActivityType.DEMO, ActivityType.NEGOTIATION);

    /** The code of first appointments. */
    public static final byte FIRST_APPOINTMENT = 0;

    /** The code of proposals. */
    public static final byte PROPOSAL = 1;

    /** The code of cold calls. */
    public static final byte COLD_CALL = 2;

    /** The code of a won opportunity in {@link #opportunityResult}. */
    public static final byte WON = 1;

    /** The code of a lost opportunity in {@link #opportunityResult}. */
    public static final byte LOST = 2;

    /** The code of an open opportunity in {@link #opportunityResult}. */
    public static final byte OPEN = 0;

    /** The day of an open opportunity's close in {@link #opportunityClose}. */
    public static final int NOT_CLOSED = Integer.MIN_VALUE;

    /** The outcomes, indexed by their code in {@link #activityOutcome}. */
    public static final List<Outcome> OUTCOMES = List.of(Outcome.values());

    /** The number of weekly buckets of the period, the first and last cut to it. */
    public static final int WEEKS = CALENDAR.weeks(PERIOD).size();

    /** The first day of the period, as an epoch day. */
    public static final int START_DAY = (int) PERIOD.start().toEpochDay();

    /** The last day of the period, as an epoch day. */
    public static final int END_DAY = (int) PERIOD.end().toEpochDay();

    /** The epoch day of the Monday that starts the period's first week. */
    public static final int WEEK_ORIGIN = (int) CALENDAR.weekStartOf(PERIOD.start()).toEpochDay();

    private static final int SPREAD_BEFORE = 7;
    private static final int SPREAD_AFTER = 7;
    private static final int ACTIVITIES_PER_OPPORTUNITY = 20;
    private static final int ACCOUNTS_PER_REP = 40;
    private static final int[] TYPE_WEIGHTS = {15, 10, 40, 15, 10, 10};

    private static final LocalDate[] DATES = dates();

    /** The rep ids, indexed by their code in {@link #activityRep}; sorted, as the engine orders scopes. */
    public final String[] repIds;
    /** The number of activities. */
    public final int activityCount;
    /** Each activity's rep code. */
    public final int[] activityRep;
    /** Each activity's type code, an index of {@link #TYPES}. */
    public final byte[] activityType;
    /** Each activity's day, an epoch day. */
    public final int[] activityDay;
    /** Each activity's outcome code, an index of {@link #OUTCOMES}. */
    public final byte[] activityOutcome;
    /** The number of opportunities. */
    public final int opportunityCount;
    /** Each opportunity's owner rep code. */
    public final int[] opportunityRep;
    /** Each opportunity's creation day, an epoch day. */
    public final int[] opportunityCreated;
    /** Each opportunity's close day, an epoch day, or {@link #NOT_CLOSED}. */
    public final int[] opportunityClose;
    /** Each opportunity's result: {@link #OPEN}, {@link #WON} or {@link #LOST}. */
    public final byte[] opportunityResult;
    /** Each opportunity's amount, in euro cents. */
    public final long[] opportunityCents;

    private SalesData(int activities, int reps) {
        if (activities < 0) {
            throw new IllegalArgumentException("activities must be at least 0: " + activities);
        }
        if (reps < 1) {
            throw new IllegalArgumentException("reps must be at least 1: " + reps);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        repIds = new String[reps];
        for (int r = 0; r < reps; r++) {
            repIds[r] = String.format(Locale.ROOT, "rep%05d", r);
        }
        activityCount = activities;
        activityRep = new int[activities];
        activityType = new byte[activities];
        activityDay = new int[activities];
        activityOutcome = new byte[activities];
        int totalWeight = 0;
        for (int weight : TYPE_WEIGHTS) {
            totalWeight += weight;
        }
        int firstDay = START_DAY - SPREAD_BEFORE;
        int days = DATES.length;
        for (int i = 0; i < activities; i++) {
            activityRep[i] = random.nextInt(reps);
            int pick = random.nextInt(totalWeight);
            byte type = 0;
            while (pick >= TYPE_WEIGHTS[type]) {
                pick -= TYPE_WEIGHTS[type];
                type++;
            }
            activityType[i] = type;
            activityDay[i] = firstDay + random.nextInt(days);
            activityOutcome[i] = (byte) random.nextInt(OUTCOMES.size());
        }
        opportunityCount = activities / ACTIVITIES_PER_OPPORTUNITY;
        opportunityRep = new int[opportunityCount];
        opportunityCreated = new int[opportunityCount];
        opportunityClose = new int[opportunityCount];
        opportunityResult = new byte[opportunityCount];
        opportunityCents = new long[opportunityCount];
        for (int i = 0; i < opportunityCount; i++) {
            opportunityRep[i] = random.nextInt(reps);
            int created = START_DAY + random.nextInt(END_DAY - START_DAY + 1);
            opportunityCreated[i] = created;
            int roll = random.nextInt(100);
            byte result = roll < 45 ? WON : roll < 80 ? LOST : OPEN;
            opportunityResult[i] = result;
            opportunityClose[i] = result == OPEN ? NOT_CLOSED : created + random.nextInt(91);
            opportunityCents[i] = random.nextLong(50_000, 5_000_001);
        }
    }

    /**
     * Collects garbage after a benchmark's set-up, so that the data it keeps for the whole trial
     * leave the young generation: a young collection during a measurement then does not copy
     * hundreds of megabytes of log (it took 50 to 100 ms a collection at ten million activities),
     * which a benchmark that allocates more per operation (two threads' two accumulators) would pay
     * more often than the others.
     */
    public static void tenure() {
        System.gc();
    }

    /**
     * Generates the data of a size from the fixed {@link #SEED}.
     *
     * @param activities the number of activities, at least 0
     * @param reps the number of reps, at least 1
     * @return the data
     */
    public static SalesData generate(int activities, int reps) {
        return new SalesData(activities, reps);
    }

    /**
     * Returns the scorecard of the benchmarks: three counts by type, two ratios and a money average.
     *
     * @return the 6-KPI scorecard
     */
    public static Scorecard scorecard() {
        Kpi firstAppointments = Kpis.activityCount(ActivityType.FIRST_APPOINTMENT);
        Kpi proposals = Kpis.activityCount(ActivityType.PROPOSAL);
        return Scorecard.of(firstAppointments, proposals, Kpis.activityCount(ActivityType.COLD_CALL),
                Kpis.winRate(), Kpis.ratio(proposals, firstAppointments), Kpis.averageRevenuePerSale());
    }

    /**
     * Returns the date of an epoch day of the generated range, without allocating.
     *
     * @param epochDay the epoch day
     * @return the date
     */
    public static LocalDate date(int epochDay) {
        return DATES[epochDay - (START_DAY - SPREAD_BEFORE)];
    }

    /**
     * Returns the scope key the engine gives a rep's week: {@code "<rep>/<first day of week>"}.
     *
     * @param rep the rep's code
     * @param week the week's index in the period
     * @return the scope key
     */
    public ScopeKey scopeKey(int rep, int week) {
        int first = Math.max(START_DAY, WEEK_ORIGIN + 7 * week);
        int last = Math.min(END_DAY, WEEK_ORIGIN + 7 * week + 6);
        return ScopeKey.of(repIds[rep], SalesPeriod.of(LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last)));
    }

    /**
     * Returns one activity as the domain type the log takes.
     *
     * @param i the activity's index
     * @return the activity
     */
    public Activity activity(int i) {
        return Activity.builder(repIds[activityRep[i]], TYPES.get(activityType[i]), date(activityDay[i]))
                .outcome(OUTCOMES.get(activityOutcome[i]))
                .build();
    }

    /**
     * Returns one opportunity as the domain type the log takes.
     *
     * @param i the opportunity's index
     * @return the opportunity
     */
    public Opportunity opportunity(int i) {
        int rep = opportunityRep[i];
        LocalDate created = LocalDate.ofEpochDay(opportunityCreated[i]);
        Opportunity.Builder builder = Opportunity.builder("opp" + i, repIds[rep], PIPELINE)
                .account("acct" + (rep * ACCOUNTS_PER_REP + i % ACCOUNTS_PER_REP))
                .created(created)
                .amount(Money.of(EUR, BigDecimal.valueOf(opportunityCents[i], 2)))
                .enter("lead", created);
        if (opportunityResult[i] == WON) {
            builder.won(LocalDate.ofEpochDay(opportunityClose[i]));
        } else if (opportunityResult[i] == LOST) {
            builder.lost(LocalDate.ofEpochDay(opportunityClose[i]));
        }
        return builder.build();
    }

    /**
     * Returns every activity, in order, as a domain object.
     *
     * @return the activities
     */
    public Activity[] activities() {
        Activity[] activities = new Activity[activityCount];
        for (int i = 0; i < activityCount; i++) {
            activities[i] = activity(i);
        }
        return activities;
    }

    /**
     * Appends every opportunity and then every activity into a log.
     *
     * @param log the log
     * @return the log
     */
    public ActivityLog appendTo(ActivityLog log) {
        for (int i = 0; i < opportunityCount; i++) {
            log.append(opportunity(i));
        }
        for (int i = 0; i < activityCount; i++) {
            log.append(activity(i));
        }
        return log;
    }

    /**
     * Returns a new log holding every opportunity and activity.
     *
     * @return the log
     */
    public ActivityLog toLog() {
        return appendTo(ActivityLog.create()).trimToSize();
    }

    /**
     * Returns the activities as plain records, the way a CRM export would hand them over.
     *
     * @return the records, in order
     */
    public List<ActivityRecord> activityRecords() {
        List<ActivityRecord> records = new ArrayList<>(activityCount);
        for (int i = 0; i < activityCount; i++) {
            records.add(new ActivityRecord(repIds[activityRep[i]], TYPES.get(activityType[i]).id(),
                    date(activityDay[i]), OUTCOMES.get(activityOutcome[i]).name()));
        }
        return records;
    }

    /**
     * Returns the opportunities as plain records, the way a CRM export would hand them over.
     *
     * @return the records, in order
     */
    public List<OpportunityRecord> opportunityRecords() {
        List<OpportunityRecord> records = new ArrayList<>(opportunityCount);
        for (int i = 0; i < opportunityCount; i++) {
            String status = opportunityResult[i] == WON ? "won" : opportunityResult[i] == LOST ? "lost" : "open";
            LocalDate close = opportunityClose[i] == NOT_CLOSED ? null : LocalDate.ofEpochDay(opportunityClose[i]);
            records.add(new OpportunityRecord("opp" + i, repIds[opportunityRep[i]],
                    LocalDate.ofEpochDay(opportunityCreated[i]), close, status, opportunityCents[i]));
        }
        return records;
    }

    private static LocalDate[] dates() {
        int first = (int) PERIOD.start().toEpochDay() - SPREAD_BEFORE;
        int last = (int) PERIOD.end().toEpochDay() + SPREAD_AFTER;
        LocalDate[] dates = new LocalDate[last - first + 1];
        for (int d = first; d <= last; d++) {
            dates[d - first] = LocalDate.ofEpochDay(d);
        }
        return dates;
    }

    /**
     * An activity as a plain record.
     *
     * @param repId the rep's id
     * @param type the activity type's id
     * @param date the day it was done
     * @param outcome the outcome's name
     */
    public record ActivityRecord(String repId, String type, LocalDate date, String outcome) {
    }

    /**
     * An opportunity as a plain record.
     *
     * @param id the opportunity's id
     * @param ownerId the owner rep's id
     * @param created the day it was created
     * @param closeDate the day it was won or lost, or null while open
     * @param status {@code "open"}, {@code "won"} or {@code "lost"}
     * @param amountCents the amount, in euro cents
     */
    public record OpportunityRecord(String id, String ownerId, LocalDate created, LocalDate closeDate,
            String status, long amountCents) {
    }
}
