package io.github.kpiengine.kpi;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Money;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of KPI definitions, as static factories.
 *
 * <pre>{@code
 * Kpi calls = Kpis.activityCount(ActivityType.COLD_CALL);
 * Kpi winRate = Kpis.winRate();
 * Kpi proposalRate = Kpis.stageConversion(pipeline, "first_appointment", "proposal");
 * }</pre>
 *
 * <p>Each factory derives the definition's id and display name from its expression
 * ({@code count(cold_call)}, "Cold call count"); {@link Kpi#named(String, String)} sets others and
 * {@link Kpi#withTarget(Target)} adds a target. Two different expressions never derive one id.
 * Every figure counts what falls in the evaluated period, for each scope (a rep, a rep's
 * week, an org unit), and every ratio is aggregated by its parts: a unit's win rate is the sum of its
 * reps' won deals over the sum of their closed deals.
 */
public final class Kpis {

    private Kpis() {
    }

    /**
     * Counts the activities of a type done in the period.
     *
     * <p>Formula: the number of activities of {@code type} whose day lies in the period. A scope with
     * no such activity gives a defined 0 (a count has no denominator). A type the log never saw
     * counts 0 as well. Sample size: the count.
     *
     * @param type the activity type
     * @return the KPI, id {@code count(<type>)}
     */
    public static Kpi activityCount(ActivityType type) {
        Objects.requireNonNull(type, "type");
        return Kpi.of(new KpiExpression.ActivityCount(type, Optional.empty()));
    }

    /**
     * Counts the activities of a type done in the period that ended with one outcome.
     *
     * <p>Formula: the number of activities of {@code type} with {@code outcome} whose day lies in the
     * period. A scope with none gives a defined 0. Sample size: the count.
     *
     * @param type the activity type
     * @param outcome the outcome
     * @return the KPI, id {@code count(<type>,<outcome>)}
     */
    public static Kpi activityCount(ActivityType type, Outcome outcome) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        return Kpi.of(new KpiExpression.ActivityCount(type, Optional.of(outcome)));
    }

    /**
     * Sums the hours spent on activities of a timed type in the period.
     *
     * <p>Formula: Σ duration of the activities of {@code type} whose day lies in the period, in
     * hours, rounded half-even to {@link KpiResult#SCALE} places. A scope with none gives a defined
     * 0 hours. Sample size: the number of activities.
     *
     * @param type the timed activity type
     * @return the KPI, id {@code hours(<type>)}
     * @throws IllegalArgumentException if the type is counted, not timed
     */
    public static Kpi totalHours(ActivityType type) {
        return Kpi.of(new KpiExpression.TotalHours(type));
    }

    /**
     * The share of the deals closed in the period that were won.
     *
     * <p>Formula: won ÷ (won + lost), counting the opportunities whose close date lies in the period,
     * by their owner. When no deal closed, the result is undefined: "no deals closed in the period".
     * Sample size: won + lost.
     *
     * @return the KPI, id {@code win_rate}
     */
    public static Kpi winRate() {
        return Kpi.of(new KpiExpression.WinRate());
    }

    /**
     * The won revenue per deal won in the period.
     *
     * <p>Formula: Σ amount of the deals won in the period ÷ their number. The sum is exact, in the
     * log's one currency; the value is rounded half-even to {@link KpiResult#SCALE} places. When no
     * deal was won, the result is undefined: "no deals won in the period". Sample size: the deals won.
     *
     * @return the KPI, id {@code revenue_per_sale}
     */
    public static Kpi averageRevenuePerSale() {
        return Kpi.of(new KpiExpression.AverageRevenuePerSale());
    }

    /**
     * The revenue of the deals won in the period.
     *
     * <p>Formula: Σ amount of the deals whose close date lies in the period and that were won, by
     * their owner, exact, in the log's one currency. A scope with no won deal gives a defined zero
     * (a sum has no denominator). Example: deals of EUR 30,000 and EUR 12,500.50 won in March give
     * EUR 42,500.50 for March. Sample size: the deals won.
     *
     * @return the KPI, id {@code won_revenue}
     */
    public static Kpi wonRevenue() {
        return Kpi.of(new KpiExpression.WonRevenue());
    }

    /**
     * Counts the deals won in the period.
     *
     * <p>Formula: the number of opportunities whose close date lies in the period and that were won,
     * by their owner. A scope with none gives a defined 0. Example: two deals won in March and one
     * lost: 2. Sample size: the count.
     *
     * @return the KPI, id {@code deals_won}
     */
    public static Kpi dealsWon() {
        return Kpi.of(new KpiExpression.DealsWon());
    }

    /**
     * Counts the deals lost in the period; fewer is better.
     *
     * <p>Formula: the number of opportunities whose close date lies in the period and that were lost,
     * by their owner. A scope with none gives a defined 0. Example: two deals won in March and one
     * lost: 1. Sample size: the count.
     *
     * @return the KPI, id {@code deals_lost}
     */
    public static Kpi dealsLost() {
        return Kpi.of(new KpiExpression.DealsLost());
    }

    /**
     * Counts the opportunities opened in the period.
     *
     * <p>Formula: the number of opportunities whose creation date lies in the period, by their owner,
     * whatever became of them. A scope with none gives a defined 0. Example: opportunities created on
     * 2 and 30 March and on 1 April: 2 for March. Sample size: the count.
     *
     * @return the KPI, id {@code opportunities_opened}
     */
    public static Kpi opportunitiesOpened() {
        return Kpi.of(new KpiExpression.OpportunitiesOpened());
    }

    /**
     * The value of the opportunities open at the end of the period.
     *
     * <p>Formula: Σ amount of the opportunities created on or before the last day of the scope's
     * period and not closed by then, by their owner, exact, in the log's one currency. A scope with
     * none gives a defined zero. Example: an opportunity of EUR 20,000 created in February and won
     * on 10 April counts for March, not for April. Sample size: the open opportunities.
     *
     * @return the KPI, id {@code open_pipeline}
     */
    public static Kpi openPipelineValue() {
        return Kpi.of(new KpiExpression.OpenPipelineValue());
    }

    /**
     * The share of the opportunities that entered one stage in the period and went on to another.
     *
     * <p>Formula (cohort, eventual): of the opportunities on {@code pipeline} whose <em>first</em>
     * entry into {@code from} lies in the period (the cohort, attributed to that day), the share whose
     * history, after that entry, holds {@code to}, a later open stage, or won. Rules:
     * <ul>
     *   <li>skipped stages: reaching a stage after {@code to} counts as passing {@code to};
     *       lead → proposal → won passes first_appointment;</li>
     *   <li>backward moves: only the first entry into {@code from} counts; lead → proposal → lead →
     *       proposal is one member of the lead cohort, and it converted;</li>
     *   <li>an opportunity that never entered {@code from} (it skipped it) is not in the cohort;</li>
     *   <li>lost is never a later stage: lead → lost did not convert.</li>
     * </ul>
     * When the cohort is empty, the result is undefined: "no opportunities entered {@code from} in
     * the period". Sample size: the cohort.
     *
     * @param pipeline the pipeline
     * @param from the name of the open stage whose entries form the cohort
     * @param to the name of a later open stage, or {@code "won"}
     * @return the KPI, id {@code conversion(<from>,<to>)}
     * @throws IllegalArgumentException if a stage is not in the pipeline or the order is wrong
     */
    public static Kpi stageConversion(Pipeline pipeline, String from, String to) {
        return stageConversion(pipeline, from, to, KpiExpression.StageConversion.Basis.COHORT,
                KpiExpression.StageConversion.Reach.EVENTUAL);
    }

    /**
     * The mean length in days of the sales cycles of the deals won in the period, from creation.
     *
     * @return the KPI, id {@code cycle_days}; see {@link #salesCycleDays(Statistic)}
     */
    public static Kpi meanSalesCycleDays() {
        return salesCycleDays(Statistic.MEAN);
    }

    /**
     * The length in days of the sales cycles of the deals won in the period, from creation.
     *
     * <p>Formula: the mean or median of (close date − creation date, in days) over the deals won in
     * the period, by their owner. A unit's median is the median of all its reps' deals, never a
     * median of medians. When no deal was won, the result is undefined: "no deals won in the period".
     * Sample size: the deals won. Example: cycles of 10, 20 and 90 days have a mean of 40 and a
     * median of 20.
     *
     * @param statistic the mean or the median
     * @return the KPI, id {@code cycle_days} or {@code median(cycle_days)}
     */
    public static Kpi salesCycleDays(Statistic statistic) {
        return Kpi.of(new KpiExpression.SalesCycleDays(statistic, Optional.empty(), Optional.empty()));
    }

    /**
     * The length in days of the sales cycles of the deals won in the period, from the first entry
     * into a stage, such as the first appointment.
     *
     * <p>Formula: the mean or median of (close date − the day the deal first entered {@code start})
     * over the deals won in the period that entered {@code start}; a won deal that skipped it is left
     * out. When none is left, the result is undefined: "no deals won in the period entered
     * {@code start}". Sample size: the deals counted.
     *
     * @param statistic the mean or the median
     * @param pipeline the pipeline
     * @param start the name of the open stage whose first entry starts the cycle
     * @return the KPI, id {@code cycle_days(<start>)} or {@code median(cycle_days(<start>))}
     * @throws IllegalArgumentException if the stage is not an open stage of the pipeline
     */
    public static Kpi salesCycleDays(Statistic statistic, Pipeline pipeline, String start) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(start, "start");
        return Kpi.of(new KpiExpression.SalesCycleDays(statistic, Optional.of(pipeline),
                Optional.of(pipeline.stage(start))));
    }

    /**
     * Counts the accounts won for the first time in the period.
     *
     * <p>Formula: the number of deals won in the period that are their account's first won deal in
     * the whole log (earliest close date; on the same day, the one appended first). Each account
     * counts at most once, for the owner of that first deal. A scope with none gives a defined 0.
     * Sample size: the deals won in the period.
     *
     * @return the KPI, id {@code new_accounts}
     */
    public static Kpi newAccountsWon() {
        return Kpi.of(new KpiExpression.NewAccountsWon());
    }

    /**
     * The ratio of two KPIs, as a percentage that is better when higher.
     *
     * @param numerator the KPI divided
     * @param denominator the KPI divided by
     * @return the KPI; see {@link #ratio(Kpi, Kpi, KpiUnit, Direction)}
     */
    public static Kpi ratio(Kpi numerator, Kpi denominator) {
        return ratio(numerator, denominator, KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER);
    }

    /**
     * The ratio of two KPIs.
     *
     * <p>Formula: value(numerator) ÷ value(denominator), each computed over the scope's summed parts
     * first (a unit's figure is never a mean of its reps' ratios). When either KPI is undefined, the
     * ratio is undefined with that reason; when the denominator's value is zero, it is undefined:
     * "{@code <denominator name>} is zero". Sample size: the denominator's.
     *
     * @param numerator the KPI divided
     * @param denominator the KPI divided by
     * @param unit the unit of the ratio
     * @param direction which way the ratio improves
     * @return the KPI, id {@code ratio(<numerator>,<denominator>)}, with the unit and direction after them when
     *         they are not percent and higher-is-better
     */
    public static Kpi ratio(Kpi numerator, Kpi denominator, KpiUnit unit, Direction direction) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        return Kpi.of(new KpiExpression.Quotient(numerator.expression(), denominator.expression(), unit, direction));
    }

    /**
     * The conversion between two stages, counted by cohort or by flow, eventual or direct.
     *
     * <p>Formulas, with the opportunity lead (1 March) → first_appointment (10 March) → proposal
     * (5 April), evaluated for lead → proposal:
     * <ul>
     *   <li>{@link KpiExpression.StageConversion.Basis#COHORT} (the default): the opportunities whose first
     *       entry into {@code from} lies in the period, and how many of them ever reached {@code to}
     *       (eventual) or went there next (direct); both counted on the day of the entry into
     *       {@code from}. March: 1 of 1 (eventual), 0 of 1 (direct: first_appointment came between).</li>
     *   <li>{@link KpiExpression.StageConversion.Basis#FLOW}: the first entries into {@code from} made in the
     *       period, against the first arrivals at {@code to} (or beyond, for eventual) made in the
     *       period by opportunities that entered {@code from} before; each counted on its own day.
     *       March: 0 of 1; April: 1 of 0, undefined. A flow ratio may exceed 100 %: it
     *       compares the period's traffic, not one group's fate.</li>
     * </ul>
     * Skipped stages, backward moves and lost follow {@link #stageConversion(Pipeline, String, String)};
     * a direct move must be the next entry of the history after the first entry into {@code from}.
     * When nothing entered {@code from}, the result is undefined: "no opportunities entered
     * {@code from} in the period". Sample size: the entries into {@code from}.
     *
     * @param pipeline the pipeline
     * @param from the name of the open stage
     * @param to the name of a later open stage, or {@code "won"}
     * @param basis cohort or flow
     * @param reach eventual or direct
     * @return the KPI, id {@code conversion(<from>,<to>)}, with {@code ,flow} and {@code ,direct} before the
     *         closing parenthesis for the non-default options
     * @throws IllegalArgumentException if a stage is not in the pipeline or the order is wrong
     */
    public static Kpi stageConversion(Pipeline pipeline, String from, String to,
            KpiExpression.StageConversion.Basis basis, KpiExpression.StageConversion.Reach reach) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return Kpi.of(new KpiExpression.StageConversion(pipeline, pipeline.stage(from), pipeline.stage(to), basis, reach));
    }

    /**
     * The revenue the open pipeline should bring in per day.
     *
     * <p>Formula: open opportunities × win rate × average revenue per sale ÷ mean sales cycle in
     * days. Open opportunities are those created on or before the last day of the scope's period and
     * not closed by then, by their owner; the other three are those of {@link #winRate()},
     * {@link #averageRevenuePerSale()} and {@link #meanSalesCycleDays()} over the period. Undefined
     * when no deal closed ("no deals closed in the period"), none was won ("no deals won in the
     * period") or the mean cycle is zero days ("mean sales cycle is zero days"). Example: 20 open,
     * 25 % win rate, EUR 10,000 a sale, 50 days: EUR 1,000 a day. Sample size: the deals closed.
     *
     * @return the KPI, id {@code velocity}, in money per day
     */
    public static Kpi salesVelocity() {
        return Kpi.of(new KpiExpression.SalesVelocity());
    }

    /**
     * The open pipeline against the revenue still to win in the period.
     *
     * <p>Formula: Σ amount of the opportunities open on the last day of the scope's period ÷
     * (target − revenue won in the period). The target applies to every scope (a rep's, or a unit's
     * when grouping by unit). Undefined when the target is met: "target already met". Example:
     * EUR 300,000 open, target EUR 200,000, EUR 100,000 won: coverage 3. Sample size: the open
     * opportunities.
     *
     * @param target the revenue target of each scope for the period, in the log's currency
     * @return the KPI, id {@code coverage(<amount>,<currency>)}
     */
    public static Kpi pipelineCoverage(Money target) {
        return Kpi.of(new KpiExpression.PipelineCoverage(target));
    }

    /**
     * Our revenue from accounts against their known total spend.
     *
     * <p>Formula: Σ revenue won in the period from accounts with a known spend ÷ Σ their known
     * spend, both counted for the account's owner as recorded with
     * {@code ActivityLog.append(AccountWallet)} (whoever owned the deals). Accounts without a known
     * spend are left out of both sides. The spend is the account's spend over the evaluated period;
     * under a weekly or monthly grouping, each bucket's revenue is set against the whole spend.
     * Undefined when the scope owns no account with a known spend: "no accounts with a known
     * spend". Example: EUR 30,000 won from an account spending EUR 120,000: 25 %. Sample size: the
     * accounts with a known spend.
     *
     * @return the KPI, id {@code share_of_wallet}
     */
    public static Kpi shareOfWallet() {
        return Kpi.of(new KpiExpression.ShareOfWallet());
    }

    /**
     * The share of the new accounts won in the period that came through a referral (a client's or
     * a partner's).
     *
     * <p>Formula: {@link #newAccountsWon()} where the first won deal's source is a referral ÷
     * {@link #newAccountsWon()}. Undefined when no new account was won: "New accounts won is zero".
     *
     * @return the KPI, id {@code referral_share}
     */
    public static Kpi referralShareOfNewClients() {
        Kpi all = newAccountsWon();
        return ratio(where(all, Condition.referral()), all).named("referral_share", "Referral share of new clients");
    }

    /**
     * The share of visits that ended with an order commitment or a referral list.
     *
     * <p>Formula: Σ visits with outcome {@code ORDER_COMMITMENT} or {@code REFERRAL_LIST} ÷ Σ visits,
     * over the activity types given. Undefined when there was no visit: "Visits is zero".
     *
     * @param visitTypes the activity types that are visits, at least one
     * @return the KPI, id {@code productive_visits(<type>,...)}
     */
    public static Kpi productiveVisitRate(ActivityType... visitTypes) {
        Objects.requireNonNull(visitTypes, "visitTypes");
        Checks.check(visitTypes.length > 0, "visitTypes must not be empty: []");
        Kpi[] counts = new Kpi[visitTypes.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = activityCount(visitTypes[i]);
        }
        Kpi visits = sum(counts);
        return ratio(where(visits, Condition.outcomeIn(Outcome.ORDER_COMMITMENT, Outcome.REFERRAL_LIST)), visits)
                .named(typesId("productive_visits", visitTypes), "Productive-visit rate");
    }

    /**
     * The share of the working time spent on selling.
     *
     * <p>Formula: Σ hours of the timed selling types ÷ {@link #workingHours(WorkCalendar)} (the
     * calendar's working hours in the scope's period × the reps the scope covers). Undefined when the
     * period holds no working hour: "Working hours is zero".
     *
     * @param calendar the calendar of working days and hours
     * @param sellingTypes the timed activity types that are selling, at least one
     * @return the KPI, id {@code selling_time(<type>,...)}
     * @throws IllegalArgumentException if a type is counted, not timed
     */
    public static Kpi sellingTimeShare(WorkCalendar calendar, ActivityType... sellingTypes) {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(sellingTypes, "sellingTypes");
        Checks.check(sellingTypes.length > 0, "sellingTypes must not be empty: []");
        Kpi[] hours = new Kpi[sellingTypes.length];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = totalHours(sellingTypes[i]);
        }
        return ratio(sum(hours), workingHours(calendar))
                .named(typesId("selling_time", sellingTypes), "Selling-time share");
    }

    /**
     * The working hours of each scope.
     *
     * <p>Formula: the calendar's working hours in the scope's period (its working days × its hours a
     * day) × the number of reps the scope covers (one for a rep, every rep below a unit, whether or
     * not they logged anything). Never undefined; a period without working days gives 0.
     *
     * @param calendar the calendar
     * @return the KPI, id {@code working_hours}
     */
    public static Kpi workingHours(WorkCalendar calendar) {
        return Kpi.of(new KpiExpression.WorkingHours(calendar));
    }

    /**
     * The sum of KPIs of one unit, better when higher.
     *
     * <p>Formula: Σ value(term). Undefined when a term is undefined, with its reason. Sample size:
     * the sum of the terms'.
     *
     * @param id the id
     * @param displayName the display name
     * @param terms the KPIs, at least one, all of one unit
     * @return the KPI
     * @throws IllegalArgumentException if there is no term or the units differ
     */
    public static Kpi sum(String id, String displayName, Kpi... terms) {
        return sum(terms).named(id, displayName);
    }

    /**
     * The sum of KPIs of one unit, better when the first is; named after its terms.
     *
     * @param terms the KPIs, at least one, all of one unit
     * @return the KPI, id {@code sum(<a>,<b>,...)}; see
     *         {@link #sum(String, String, Kpi...)}
     * @throws IllegalArgumentException if there is no term or the units differ
     */
    public static Kpi sum(Kpi... terms) {
        Objects.requireNonNull(terms, "terms");
        Checks.check(terms.length > 0, "terms must not be empty: []");
        List<KpiExpression> expressions = new ArrayList<>();
        for (Kpi term : terms) {
            expressions.add(Objects.requireNonNull(term, "terms").expression());
        }
        return Kpi.of(new KpiExpression.Sum(expressions, terms[0].direction()));
    }

    /**
     * One KPI less another of the same unit, improving the way the first does.
     *
     * <p>Formula: value(minuend) − value(subtrahend). Undefined when either is, with its reason.
     * Sample size: the minuend's.
     *
     * @param minuend the KPI subtracted from
     * @param subtrahend the KPI subtracted
     * @return the KPI, id {@code difference(<minuend>,<subtrahend>)}
     * @throws IllegalArgumentException if the units differ
     */
    public static Kpi difference(Kpi minuend, Kpi subtrahend) {
        Objects.requireNonNull(minuend, "minuend");
        Objects.requireNonNull(subtrahend, "subtrahend");
        return Kpi.of(new KpiExpression.Difference(minuend.expression(), subtrahend.expression(), minuend.direction()));
    }

    /**
     * A KPI multiplied by a constant, in the KPI's unit and direction.
     *
     * <p>Formula: value(kpi) × factor, exact. Undefined when the KPI is. Sample size: the KPI's.
     *
     * @param kpi the KPI
     * @param factor the constant, not zero
     * @return the KPI, id {@code scaled(<kpi>,<factor>)}
     * @throws IllegalArgumentException if the factor is zero
     */
    public static Kpi scaled(Kpi kpi, BigDecimal factor) {
        Objects.requireNonNull(kpi, "kpi");
        return Kpi.of(new KpiExpression.Scaled(kpi.expression(), factor, kpi.unit(), kpi.direction()));
    }

    /**
     * A KPI per selling week of each scope's period.
     *
     * <p>Formula: value(kpi) ÷ the calendar's selling weeks in the scope's period (its working days ÷
     * the working days of a full week; a week grouping's weeks, a unit's whole period). A unit's
     * figure is the unit's total per week, not per rep. Undefined when the period holds no working
     * day: "no working days in the period". Example: 30 calls in a four-week month with one holiday
     * (19 working days, 3.8 weeks): 7.89 a week.
     *
     * @param kpi the KPI
     * @param calendar the calendar
     * @return the KPI, id {@code per_week(<kpi>)}
     */
    public static Kpi perWeek(Kpi kpi, WorkCalendar calendar) {
        Objects.requireNonNull(kpi, "kpi");
        return Kpi.of(new KpiExpression.TimeRate(kpi.expression(), KpiExpression.TimeRate.Per.WEEK, calendar));
    }

    /**
     * A KPI per working day of each scope's period.
     *
     * <p>Formula: value(kpi) ÷ the calendar's working days in the scope's period. Undefined when there
     * is none: "no working days in the period". Example: EUR 42,000 won in a month of 21 working
     * days: EUR 2,000 a working day.
     *
     * @param kpi the KPI
     * @param calendar the calendar
     * @return the KPI, id {@code per_working_day(<kpi>)}
     */
    public static Kpi perWorkingDay(Kpi kpi, WorkCalendar calendar) {
        Objects.requireNonNull(kpi, "kpi");
        return Kpi.of(new KpiExpression.TimeRate(kpi.expression(), KpiExpression.TimeRate.Per.WORKING_DAY, calendar));
    }

    /**
     * A KPI over only the activities or opportunities that meet a condition.
     *
     * <p>Formula: the KPI, with every activity (for outcome and attribute conditions) or opportunity
     * (for source conditions) that fails the condition left out. Conditions nest: a filter inside
     * another must meet both. An activity without the attribute fails an attribute condition. An
     * activity's source, where a CRM records one, is an attribute:
     * {@code where(activityCount(COLD_CALL), Condition.attribute("source", "client_referral"))}.
     * Working hours are never filtered.
     *
     * @param kpi the KPI
     * @param condition the condition
     * @return the KPI, id {@code where(<kpi>,<condition>)}
     * @throws IllegalArgumentException if the KPI reads something the condition cannot apply to: an
     *         activity condition on win rate, a source condition on a count of activities
     */
    public static Kpi where(Kpi kpi, Condition condition) {
        Objects.requireNonNull(kpi, "kpi");
        return Kpi.of(new KpiExpression.Where(kpi.expression(), condition));
    }

    /**
     * A KPI against a fixed target: achieved ÷ target.
     *
     * <p>Formula: value(kpi) ÷ target, the same target for every scope. Undefined when the KPI is.
     * Example: 13 new accounts against a target of 20: 65 %. Sample size: the KPI's.
     *
     * @param kpi the KPI
     * @param target the value each scope should reach, positive
     * @return the KPI, id {@code attainment(<kpi>,<target>)}
     */
    public static Kpi attainment(Kpi kpi, BigDecimal target) {
        Objects.requireNonNull(kpi, "kpi");
        return Kpi.of(new KpiExpression.Attainment(kpi.expression(), target));
    }

    /**
     * A KPI less a fixed target, in the KPI's unit: negative when short of a higher-is-better target.
     *
     * <p>Formula: value(kpi) − target. Undefined when the KPI is. Sample size: the KPI's.
     *
     * @param kpi the KPI
     * @param target the value each scope should reach
     * @return the KPI, id {@code gap_to_target(<kpi>,<target>)}
     */
    public static Kpi gapToTarget(Kpi kpi, BigDecimal target) {
        Objects.requireNonNull(kpi, "kpi");
        return Kpi.of(new KpiExpression.TargetGap(kpi.expression(), target));
    }

    /**
     * A KPI over the period before each scope's period.
     *
     * <p>Formula: the KPI evaluated over the previous period, for the same rep or unit. For a rep or
     * a unit over the whole period, the previous period is {@code SalesPeriod.previous()} of it (the
     * quarter before a quarter). For a week (or month, or quarter) grouping, the previous period of a
     * bucket is the bucket before it, and that of the first bucket is {@code SalesPeriod.previous()} of
     * the first bucket. The log must hold those earlier days; nothing is assumed about days it lacks.
     *
     * @param kpi the KPI; it must not look back itself
     * @return the KPI, id {@code previous(<kpi>)}
     * @throws IllegalArgumentException if the KPI looks back already
     */
    public static Kpi previousPeriod(Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        return Kpi.of(new KpiExpression.PreviousPeriod(kpi.expression()));
    }

    /**
     * The change of a KPI against the previous period, relative to the previous value.
     *
     * <p>Formula: (value − previous value) ÷ previous value, with the previous value as in
     * {@link #previousPeriod(Kpi)}. Example: 60 calls after 50: +20 %. Undefined when either value
     * is, or the previous value is zero: "{@code <name>} (previous period) is zero".
     *
     * @param kpi the KPI; it must not look back itself
     * @return the KPI, id {@code change(<kpi>)}
     */
    public static Kpi changeFromPreviousPeriod(Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        Kpi previous = previousPeriod(kpi);
        return ratio(difference(kpi, previous), previous, KpiUnit.PERCENT, kpi.direction())
                .named("change(" + Naming.id(kpi.expression()) + ")", kpi.displayName() + " change from the previous period");
    }

    /**
     * The gap of a KPI to its peers'.
     *
     * <p>Formula: (value − peer value) ÷ peer value, where the peers are the other reps in the same
     * bucket (the same week, month or quarter, or the whole period) or, when grouping by unit, the
     * other units under the same parent; the peer value is the KPI over the peers' summed parts as
     * for the average peer (a ratio is Σ numerators ÷ Σ denominators of the others; a count is their
     * total ÷ their number). Example: revenue per sale EUR 18,000 against peers' EUR 30,000: −40 %.
     * Undefined when there is no peer ("no peers to compare with"), the value or the peer value is
     * undefined (with its reason) or the peer value is zero ("peer value is zero"). Sample size: the
     * KPI's. Reading it for every scope costs a pass over the peer group per scope.
     *
     * @param kpi the KPI; it must not compare with peers itself
     * @return the KPI, id {@code peer_gap(<kpi>)}
     */
    public static Kpi peerGap(Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        return Kpi.of(new KpiExpression.PeerGap(kpi.expression()));
    }

    /**
     * The percentile rank of a KPI within its peer group, as a fraction: 1 beats every peer.
     *
     * <p>Formula: (peers beaten + ties ÷ 2) ÷ peers with a defined figure, reading the KPI's
     * direction (a shorter cycle beats a longer one); peers as in {@link #peerGap(Kpi)}. Example: a
     * rep above two of four peers and tied with one ranks 0.625. Undefined when the value is, or no
     * peer has a defined figure: "no peers to compare with". Sample size: the peers judged.
     *
     * @param kpi the KPI; it must not compare with peers itself
     * @return the KPI, id {@code peer_rank(<kpi>)}
     */
    public static Kpi peerRank(Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        return Kpi.of(new KpiExpression.PeerRank(kpi.expression()));
    }

    private static String typesId(String name, ActivityType... types) {
        StringBuilder id = new StringBuilder(name).append('(');
        for (int i = 0; i < types.length; i++) {
            id.append(i == 0 ? "" : ",").append(Objects.requireNonNull(types[i], "types").id());
        }
        return id.append(')').toString();
    }
}
