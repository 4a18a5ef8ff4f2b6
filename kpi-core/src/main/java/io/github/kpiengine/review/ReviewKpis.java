package io.github.kpiengine.review;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Stage;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.Kpis;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The KPI definitions a review evaluates, and the three scorecards it evaluates them in.
 *
 * <ul>
 *   <li>{@link #reviewed()}, over the reviewed period: the activity counts (hours for timed types),
 *       the calls that booked the first stage and their ratio, win rate, revenue per sale, mean sales
 *       cycle, won revenue, deals won and lost, opportunities opened, new accounts, open pipeline
 *       value, productive-visit rate, selling-time share, and the app's own KPIs;</li>
 *   <li>{@link #mature()}, over the mature cohorts: one cohort conversion per open stage of the
 *       pipeline, to the next stage or to won;</li>
 *   <li>{@link #pace()}, over the pace window: the same conversions (their samples are the entries
 *       into each stage), the calls made and the deals won.</li>
 * </ul>
 * Ids are the catalogue's ({@code win_rate}, {@code conversion(first_appointment,proposal)}), except
 * {@value #CALL_CONVERSION}, {@value #PRODUCTIVE_VISITS} and {@value #SELLING_TIME}. Immutable and
 * thread-safe.
 *
 * @param activityCounts a count (or hours, for a timed type) of each activity type reviewed
 * @param calls the calls made, when a call type is reviewed
 * @param callsBooked the calls whose outcome booked the first stage ({@code ADVANCED})
 * @param callConversion calls booked ÷ calls made, id {@value #CALL_CONVERSION}
 * @param conversions one cohort conversion per open stage, top of the pipeline first
 * @param winRate won ÷ closed deals
 * @param revenuePerSale won revenue ÷ deals won
 * @param salesCycle the mean days from creation to close of the deals won
 * @param wonRevenue the revenue won
 * @param dealsWon the deals won
 * @param dealsLost the deals lost
 * @param opportunitiesOpened the opportunities created
 * @param newAccounts the accounts won for the first time
 * @param openPipeline the value of the opportunities open at the period's end
 * @param productiveVisits the share of visits that ended with an order commitment or a referral
 *     list, id {@value #PRODUCTIVE_VISITS}
 * @param sellingTime the share of the working hours spent on timed selling activities, id
 *     {@value #SELLING_TIME}
 * @param extra the app's own KPIs, over the reviewed period
 */
public record ReviewKpis(List<Kpi> activityCounts, Optional<Kpi> calls, Optional<Kpi> callsBooked,
        Optional<Kpi> callConversion, List<Kpi> conversions, Kpi winRate, Kpi revenuePerSale, Kpi salesCycle,
        Kpi wonRevenue, Kpi dealsWon, Kpi dealsLost, Kpi opportunitiesOpened, Kpi newAccounts, Kpi openPipeline,
        Kpi productiveVisits, Kpi sellingTime, List<Kpi> extra) {

    /** The id of calls booked ÷ calls made. */
    public static final String CALL_CONVERSION = "call_conversion";
    /** The id of the productive-visit rate. */
    public static final String PRODUCTIVE_VISITS = "productive_visits";
    /** The id of the selling-time share. */
    public static final String SELLING_TIME = "selling_time";

    /**
     * Copies the lists and checks the parts are present.
     *
     * @param activityCounts the activity counts
     * @param calls the calls made
     * @param callsBooked the calls booked
     * @param callConversion the call conversion
     * @param conversions the stage conversions
     * @param winRate the win rate
     * @param revenuePerSale the revenue per sale
     * @param salesCycle the mean sales cycle
     * @param wonRevenue the won revenue
     * @param dealsWon the deals won
     * @param dealsLost the deals lost
     * @param opportunitiesOpened the opportunities opened
     * @param newAccounts the new accounts
     * @param openPipeline the open pipeline value
     * @param productiveVisits the productive-visit rate
     * @param sellingTime the selling-time share
     * @param extra the app's KPIs
     */
    public ReviewKpis {
        activityCounts = List.copyOf(activityCounts);
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(callsBooked, "callsBooked");
        Objects.requireNonNull(callConversion, "callConversion");
        conversions = List.copyOf(conversions);
        Objects.requireNonNull(winRate, "winRate");
        Objects.requireNonNull(revenuePerSale, "revenuePerSale");
        Objects.requireNonNull(salesCycle, "salesCycle");
        Objects.requireNonNull(wonRevenue, "wonRevenue");
        Objects.requireNonNull(dealsWon, "dealsWon");
        Objects.requireNonNull(dealsLost, "dealsLost");
        Objects.requireNonNull(opportunitiesOpened, "opportunitiesOpened");
        Objects.requireNonNull(newAccounts, "newAccounts");
        Objects.requireNonNull(openPipeline, "openPipeline");
        Objects.requireNonNull(productiveVisits, "productiveVisits");
        Objects.requireNonNull(sellingTime, "sellingTime");
        extra = List.copyOf(extra);
    }

    /**
     * Returns the definitions a review of this input evaluates.
     *
     * @param input the review's input
     * @return the definitions
     */
    public static ReviewKpis of(ReviewInput input) {
        Objects.requireNonNull(input, "input");
        Pipeline pipeline = input.pipeline();
        WorkCalendar calendar = input.calendar();
        List<Kpi> counts = new ArrayList<>();
        for (ActivityType type : input.activityTypes()) {
            counts.add(type.isTimed() ? Kpis.totalHours(type) : Kpis.activityCount(type));
        }
        Optional<Kpi> calls = input.callType().map(Kpis::activityCount);
        Optional<Kpi> booked = input.callType().map(type -> Kpis.activityCount(type, Outcome.ADVANCED));
        Optional<Kpi> callConversion = input.callType().map(type -> Kpis.ratio(booked.orElseThrow(),
                calls.orElseThrow()).named(CALL_CONVERSION, type.displayName() + " → "
                        + pipeline.first().displayName()));
        List<Kpi> conversions = new ArrayList<>();
        List<Stage> open = pipeline.openStages();
        for (int i = 0; i < open.size(); i++) {
            Stage next = i + 1 < open.size() ? open.get(i + 1) : pipeline.won();
            conversions.add(Kpis.stageConversion(pipeline, open.get(i).name(), next.name()));
        }
        Kpi[] visits = input.visitTypes().stream().map(Kpis::activityCount).toArray(Kpi[]::new);
        return new ReviewKpis(counts, calls, booked, callConversion, conversions, Kpis.winRate(),
                Kpis.averageRevenuePerSale(), Kpis.meanSalesCycleDays(), Kpis.wonRevenue(), Kpis.dealsWon(),
                Kpis.dealsLost(), Kpis.opportunitiesOpened(), Kpis.newAccountsWon(), Kpis.openPipelineValue(),
                Kpis.productiveVisitRate(input.visitTypes().toArray(ActivityType[]::new))
                        .named(PRODUCTIVE_VISITS, "Productive-visit rate"),
                Kpis.sellingTimeShare(calendar, input.sellingTypes().toArray(ActivityType[]::new))
                        .named(SELLING_TIME, "Selling-time share"),
                input.extraKpis());
    }

    /**
     * Returns the scorecard of the reviewed period: every definition but the stage conversions,
     * each id once.
     *
     * @return the scorecard
     */
    public Scorecard reviewed() {
        List<Kpi> all = new ArrayList<>(activityCounts);
        calls.ifPresent(all::add);
        callsBooked.ifPresent(all::add);
        callConversion.ifPresent(all::add);
        all.addAll(List.of(winRate, revenuePerSale, salesCycle, wonRevenue, dealsWon, dealsLost, opportunitiesOpened,
                newAccounts, openPipeline, productiveVisits, sellingTime));
        all.addAll(extra);
        return distinct(all);
    }

    /**
     * Returns the scorecard of the mature cohorts: the stage conversions.
     *
     * @return the scorecard
     */
    public Scorecard mature() {
        return new Scorecard(conversions);
    }

    /**
     * Returns the scorecard of the pace window: the stage conversions, whose samples are the entries
     * into each stage, the calls made and the deals won.
     *
     * @return the scorecard
     */
    public Scorecard pace() {
        List<Kpi> all = new ArrayList<>(conversions);
        calls.ifPresent(all::add);
        all.add(dealsWon);
        return new Scorecard(all);
    }

    /** The same definition asked for twice (the calls are also an activity count) is kept once. */
    private static Scorecard distinct(List<Kpi> kpis) {
        Map<String, Kpi> byId = new LinkedHashMap<>();
        for (Kpi kpi : kpis) {
            Kpi before = byId.putIfAbsent(kpi.id(), kpi);
            Checks.check(before == null || before.equals(kpi),
                    "extraKpis must not reuse an id of the review's KPIs: " + kpi.id());
        }
        return new Scorecard(List.copyOf(byId.values()));
    }
}
