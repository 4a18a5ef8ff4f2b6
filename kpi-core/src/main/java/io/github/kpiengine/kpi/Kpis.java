package io.github.kpiengine.kpi;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Money;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The catalogue of KPI definitions, as static factories.
 *
 * <pre>{@code
 * Kpi calls = Kpis.activityCount(ActivityType.COLD_CALL);
 * Kpi winRate = Kpis.winRate();
 * Kpi proposalRate = Kpis.stageConversion(pipeline, "first_appointment", "proposal");
 * }</pre>
 *
 * <p>Each factory gives a stable id and display name; {@link #renamed(Kpi, String, String)} sets
 * others. Every figure counts what falls in the evaluated period, for each scope (a rep, a rep's
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
     * @return the KPI, id {@code count_<type>}
     */
    public static Kpi activityCount(ActivityType type) {
        Objects.requireNonNull(type, "type");
        return new Kpi.ActivityCount("count_" + type.id(), type.displayName() + " count", type, null);
    }

    /**
     * Counts the activities of a type done in the period that ended with one outcome.
     *
     * <p>Formula: the number of activities of {@code type} with {@code outcome} whose day lies in the
     * period. A scope with none gives a defined 0. Sample size: the count.
     *
     * @param type the activity type
     * @param outcome the outcome
     * @return the KPI, id {@code count_<type>_<outcome>}
     */
    public static Kpi activityCount(ActivityType type, Outcome outcome) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        String suffix = outcome.name().toLowerCase(Locale.ROOT);
        return new Kpi.ActivityCount("count_" + type.id() + "_" + suffix,
                type.displayName() + " count (" + suffix.replace('_', ' ') + ")", type, outcome);
    }

    /**
     * Sums the hours spent on activities of a timed type in the period.
     *
     * <p>Formula: Σ duration of the activities of {@code type} whose day lies in the period, in
     * hours, rounded half-even to {@link KpiResult#SCALE} places. A scope with none gives a defined
     * 0 hours. Sample size: the number of activities.
     *
     * @param type the timed activity type
     * @return the KPI, id {@code hours_<type>}
     * @throws IllegalArgumentException if the type is counted, not timed
     */
    public static Kpi totalHours(ActivityType type) {
        Objects.requireNonNull(type, "type");
        return new Kpi.TotalHours("hours_" + type.id(), type.displayName() + " hours", type);
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
        return new Kpi.WinRate("win_rate", "Win rate");
    }

    /**
     * The won revenue per deal won in the period.
     *
     * <p>Formula: Σ amount of the deals won in the period ÷ their number. The sum is exact, in the
     * log's one currency; the value is rounded half-even to {@link KpiResult#SCALE} places. When no
     * deal was won, the result is undefined: "no deals won in the period". Sample size: the deals won.
     *
     * @return the KPI, id {@code average_revenue_per_sale}
     */
    public static Kpi averageRevenuePerSale() {
        return new Kpi.AverageRevenuePerSale("average_revenue_per_sale", "Average revenue per sale");
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
     * @return the KPI, id {@code conversion_<from>_<to>}
     * @throws IllegalArgumentException if a stage is not in the pipeline or the order is wrong
     */
    public static Kpi stageConversion(Pipeline pipeline, String from, String to) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return new Kpi.StageConversion("conversion_" + from + "_" + to,
                "Conversion " + from + " to " + to, pipeline, pipeline.stage(from), pipeline.stage(to));
    }

    /**
     * The mean length in days of the sales cycles of the deals won in the period, from creation.
     *
     * @return the KPI, id {@code mean_sales_cycle_days}; see {@link #salesCycleDays(Statistic)}
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
     * @return the KPI, id {@code mean_sales_cycle_days} or {@code median_sales_cycle_days}
     */
    public static Kpi salesCycleDays(Statistic statistic) {
        Objects.requireNonNull(statistic, "statistic");
        String name = statistic.name().toLowerCase(Locale.ROOT);
        return new Kpi.SalesCycleDays(name + "_sales_cycle_days",
                (statistic == Statistic.MEAN ? "Mean" : "Median") + " sales cycle (days)", statistic, null, null);
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
     * @return the KPI, id {@code <mean|median>_sales_cycle_days_from_<start>}
     * @throws IllegalArgumentException if the stage is not an open stage of the pipeline
     */
    public static Kpi salesCycleDays(Statistic statistic, Pipeline pipeline, String start) {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(start, "start");
        String name = statistic.name().toLowerCase(Locale.ROOT);
        return new Kpi.SalesCycleDays(name + "_sales_cycle_days_from_" + start,
                (statistic == Statistic.MEAN ? "Mean" : "Median") + " sales cycle from " + start + " (days)",
                statistic, pipeline, pipeline.stage(start));
    }

    /**
     * Counts the accounts won for the first time in the period.
     *
     * <p>Formula: the number of deals won in the period that are their account's first won deal in
     * the whole log (earliest close date; on the same day, the one appended first). Each account
     * counts at most once, for the owner of that first deal. A scope with none gives a defined 0.
     * Sample size: the deals won in the period.
     *
     * @return the KPI, id {@code new_accounts_won}
     */
    public static Kpi newAccountsWon() {
        return new Kpi.NewAccountsWon("new_accounts_won", "New accounts won");
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
     * @return the KPI, id {@code <numerator id>_per_<denominator id>}
     */
    public static Kpi ratio(Kpi numerator, Kpi denominator, KpiUnit unit, Direction direction) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        return new Kpi.Ratio(numerator.id() + "_per_" + denominator.id(),
                numerator.displayName() + " per " + denominator.displayName(), numerator, denominator,
                unit, direction);
    }

    /**
     * The conversion between two stages, counted by cohort or by flow, eventual or direct.
     *
     * <p>Formulas, with the opportunity lead (1 March) → first_appointment (10 March) → proposal
     * (5 April), evaluated for lead → proposal:
     * <ul>
     *   <li>{@link Kpi.StageConversion.Basis#COHORT} (the default): the opportunities whose first
     *       entry into {@code from} lies in the period, and how many of them ever reached {@code to}
     *       (eventual) or went there next (direct); both counted on the day of the entry into
     *       {@code from}. March: 1 of 1 (eventual), 0 of 1 (direct: first_appointment came between).</li>
     *   <li>{@link Kpi.StageConversion.Basis#FLOW}: the first entries into {@code from} made in the
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
     * @return the KPI, id {@code conversion_<from>_<to>}, with {@code _flow} and {@code _direct}
     *         appended for the non-default options
     * @throws IllegalArgumentException if a stage is not in the pipeline or the order is wrong
     */
    public static Kpi stageConversion(Pipeline pipeline, String from, String to, Kpi.StageConversion.Basis basis,
            Kpi.StageConversion.Reach reach) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reach, "reach");
        String suffix = (basis == Kpi.StageConversion.Basis.FLOW ? "_flow" : "")
                + (reach == Kpi.StageConversion.Reach.DIRECT ? "_direct" : "");
        String note = (basis == Kpi.StageConversion.Basis.FLOW ? ", flow" : "")
                + (reach == Kpi.StageConversion.Reach.DIRECT ? ", direct" : "");
        return new Kpi.StageConversion("conversion_" + from + "_" + to + suffix,
                "Conversion " + from + " to " + to + note, pipeline, pipeline.stage(from), pipeline.stage(to),
                basis, reach);
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
     * @return the KPI, id {@code sales_velocity}, in money per day
     */
    public static Kpi salesVelocity() {
        return new Kpi.SalesVelocity("sales_velocity", "Sales velocity (per day)");
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
     * @return the KPI, id {@code pipeline_coverage}
     */
    public static Kpi pipelineCoverage(Money target) {
        return new Kpi.PipelineCoverage("pipeline_coverage", "Pipeline coverage", target);
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
        return new Kpi.ShareOfWallet("share_of_wallet", "Share of wallet");
    }

    /**
     * The share of the new accounts won in the period that came through a referral (a client's or
     * a partner's).
     *
     * <p>Formula: {@link #newAccountsWon()} where the first won deal's source is a referral ÷
     * {@link #newAccountsWon()}. Undefined when no new account was won: "New accounts won is zero".
     *
     * @return the KPI, id {@code referral_share_of_new_clients}
     */
    public static Kpi referralShareOfNewClients() {
        Kpi all = newAccountsWon();
        return renamed(ratio(where(all, Condition.referral()), all), "referral_share_of_new_clients",
                "Referral share of new clients");
    }

    /**
     * The share of visits that ended with an order commitment or a referral list.
     *
     * <p>Formula: Σ visits with outcome {@code ORDER_COMMITMENT} or {@code REFERRAL_LIST} ÷ Σ visits,
     * over the activity types given. Undefined when there was no visit: "Visits is zero".
     *
     * @param visitTypes the activity types that are visits, at least one
     * @return the KPI, id {@code productive_visit_rate}
     */
    public static Kpi productiveVisitRate(ActivityType... visitTypes) {
        Objects.requireNonNull(visitTypes, "visitTypes");
        Checks.check(visitTypes.length > 0, "visitTypes must not be empty: []");
        Kpi[] counts = new Kpi[visitTypes.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = activityCount(visitTypes[i]);
        }
        Kpi visits = sum("visits", "Visits", counts);
        return renamed(ratio(where(visits, Condition.outcomeIn(Outcome.ORDER_COMMITMENT, Outcome.REFERRAL_LIST)),
                visits), "productive_visit_rate", "Productive-visit rate");
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
     * @return the KPI, id {@code selling_time_share}
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
        return renamed(ratio(sum("selling_hours", "Selling hours", hours), workingHours(calendar)),
                "selling_time_share", "Selling-time share");
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
        return new Kpi.WorkingHours("working_hours", "Working hours", calendar);
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
        Objects.requireNonNull(terms, "terms");
        return new Kpi.Sum(id, displayName, List.of(terms),
                terms.length == 0 ? Direction.HIGHER_IS_BETTER : terms[0].direction());
    }

    /**
     * The sum of KPIs of one unit, better when the first is; named after its terms.
     *
     * @param terms the KPIs, at least one, all of one unit
     * @return the KPI, id {@code <a>_plus_<b>...} ({@code sum_of_<a>} for one term); see
     *         {@link #sum(String, String, Kpi...)}
     * @throws IllegalArgumentException if there is no term or the units differ
     */
    public static Kpi sum(Kpi... terms) {
        Objects.requireNonNull(terms, "terms");
        Checks.check(terms.length > 0, "terms must not be empty: []");
        List<Kpi> list = List.of(terms);
        String id = String.join("_plus_", list.stream().map(Kpi::id).toList());
        String name = String.join(" plus ", list.stream().map(Kpi::displayName).toList());
        return terms.length == 1 ? sum("sum_of_" + id, "Sum of " + name, terms) : sum(id, name, terms);
    }

    /**
     * One KPI less another of the same unit, improving the way the first does.
     *
     * <p>Formula: value(minuend) − value(subtrahend). Undefined when either is, with its reason.
     * Sample size: the minuend's.
     *
     * @param minuend the KPI subtracted from
     * @param subtrahend the KPI subtracted
     * @return the KPI, id {@code <minuend id>_minus_<subtrahend id>}
     * @throws IllegalArgumentException if the units differ
     */
    public static Kpi difference(Kpi minuend, Kpi subtrahend) {
        Objects.requireNonNull(minuend, "minuend");
        Objects.requireNonNull(subtrahend, "subtrahend");
        return new Kpi.Difference(minuend.id() + "_minus_" + subtrahend.id(),
                minuend.displayName() + " minus " + subtrahend.displayName(), minuend, subtrahend,
                minuend.direction());
    }

    /**
     * A KPI multiplied by a constant, in the KPI's unit and direction.
     *
     * <p>Formula: value(kpi) × factor, exact. Undefined when the KPI is. Sample size: the KPI's.
     *
     * @param kpi the KPI
     * @param factor the constant, not zero
     * @return the KPI, id {@code <kpi id>_times_<factor>}
     * @throws IllegalArgumentException if the factor is zero
     */
    public static Kpi scaled(Kpi kpi, BigDecimal factor) {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(factor, "factor");
        String text = factor.stripTrailingZeros().toPlainString();
        return new Kpi.Scaled(kpi.id() + "_times_" + text.replace('.', '_').replace("-", "minus_"),
                kpi.displayName() + " × " + text, kpi, factor, kpi.unit(), kpi.direction());
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
     * @return the KPI, id {@code <kpi id>_per_week}
     */
    public static Kpi perWeek(Kpi kpi, WorkCalendar calendar) {
        Objects.requireNonNull(kpi, "kpi");
        return new Kpi.TimeRate(kpi.id() + "_per_week", kpi.displayName() + " per week", kpi,
                Kpi.TimeRate.Per.WEEK, calendar);
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
     * @return the KPI, id {@code <kpi id>_per_working_day}
     */
    public static Kpi perWorkingDay(Kpi kpi, WorkCalendar calendar) {
        Objects.requireNonNull(kpi, "kpi");
        return new Kpi.TimeRate(kpi.id() + "_per_working_day", kpi.displayName() + " per working day", kpi,
                Kpi.TimeRate.Per.WORKING_DAY, calendar);
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
     * @return the KPI, id {@code <kpi id>_where_<condition>}
     * @throws IllegalArgumentException if the KPI reads something the condition cannot apply to: an
     *         activity condition on win rate, a source condition on a count of activities
     */
    public static Kpi where(Kpi kpi, Condition condition) {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(condition, "condition");
        String text;
        if (condition instanceof Condition.OutcomeIn c) {
            text = "outcome_" + String.join("_or_", c.outcomes().stream().sorted()
                    .map(o -> o.name().toLowerCase(Locale.ROOT)).toList());
        } else if (condition instanceof Condition.AttributeIs c) {
            text = c.key() + "_" + c.value();
        } else if (condition instanceof Condition.SourceIn c) {
            text = "source_" + String.join("_or_", c.sourceIds().stream().sorted().toList());
        } else {
            text = "referral";
        }
        return new Kpi.Where(kpi.id() + "_where_" + text, kpi.displayName() + " (" + text.replace('_', ' ') + ")",
                kpi, condition);
    }

    /**
     * A KPI against a fixed target: achieved ÷ target.
     *
     * <p>Formula: value(kpi) ÷ target, the same target for every scope. Undefined when the KPI is.
     * Example: 13 new accounts against a target of 20: 65 %. Sample size: the KPI's.
     *
     * @param kpi the KPI
     * @param target the value each scope should reach, positive
     * @return the KPI, id {@code <kpi id>_attainment}
     */
    public static Kpi attainment(Kpi kpi, BigDecimal target) {
        Objects.requireNonNull(kpi, "kpi");
        return new Kpi.Attainment(kpi.id() + "_attainment", kpi.displayName() + " attainment", kpi, target);
    }

    /**
     * A KPI less a fixed target, in the KPI's unit: negative when short of a higher-is-better target.
     *
     * <p>Formula: value(kpi) − target. Undefined when the KPI is. Sample size: the KPI's.
     *
     * @param kpi the KPI
     * @param target the value each scope should reach
     * @return the KPI, id {@code <kpi id>_gap_to_target}
     */
    public static Kpi gapToTarget(Kpi kpi, BigDecimal target) {
        Objects.requireNonNull(kpi, "kpi");
        return new Kpi.TargetGap(kpi.id() + "_gap_to_target", kpi.displayName() + " gap to target", kpi, target);
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
     * @return the KPI, id {@code <kpi id>_previous_period}
     * @throws IllegalArgumentException if the KPI looks back already
     */
    public static Kpi previousPeriod(Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        return new Kpi.PreviousPeriod(kpi.id() + "_previous_period", kpi.displayName() + " (previous period)", kpi);
    }

    /**
     * The change of a KPI against the previous period, relative to the previous value.
     *
     * <p>Formula: (value − previous value) ÷ previous value, with the previous value as in
     * {@link #previousPeriod(Kpi)}. Example: 60 calls after 50: +20 %. Undefined when either value
     * is, or the previous value is zero: "{@code <name>} (previous period) is zero".
     *
     * @param kpi the KPI; it must not look back itself
     * @return the KPI, id {@code <kpi id>_change}
     */
    public static Kpi changeFromPreviousPeriod(Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        Kpi previous = previousPeriod(kpi);
        return renamed(ratio(difference(kpi, previous), previous, KpiUnit.PERCENT, kpi.direction()),
                kpi.id() + "_change", kpi.displayName() + " change from the previous period");
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
     * @return the KPI, id {@code <kpi id>_peer_gap}
     */
    public static Kpi peerGap(Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        return new Kpi.PeerComparison(kpi.id() + "_peer_gap", kpi.displayName() + " gap to peers", kpi,
                Kpi.PeerComparison.Measure.GAP);
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
     * @return the KPI, id {@code <kpi id>_peer_rank}
     */
    public static Kpi peerRank(Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        return new Kpi.PeerComparison(kpi.id() + "_peer_rank", kpi.displayName() + " rank among peers", kpi,
                Kpi.PeerComparison.Measure.RANK);
    }

    /**
     * The same definition carrying a target and bands, by which every result judges it.
     *
     * @param kpi the KPI
     * @param target the target, red threshold and minimum sample
     * @return the KPI, with the same id
     * @throws IllegalArgumentException if the KPI carries a target already
     */
    public static Kpi withTarget(Kpi kpi, Target target) {
        return new Kpi.Targeted(kpi, target);
    }

    /**
     * Returns the definitions a definition is built from, in order; none for a leaf.
     *
     * @param kpi the definition
     * @return its parts
     */
    public static List<Kpi> parts(Kpi kpi) {
        Objects.requireNonNull(kpi, "kpi");
        if (kpi instanceof Kpi.Ratio k) {
            return List.of(k.numerator(), k.denominator());
        } else if (kpi instanceof Kpi.Sum k) {
            return k.terms();
        } else if (kpi instanceof Kpi.Difference k) {
            return List.of(k.minuend(), k.subtrahend());
        } else if (kpi instanceof Kpi.Scaled k) {
            return List.of(k.kpi());
        } else if (kpi instanceof Kpi.TimeRate k) {
            return List.of(k.kpi());
        } else if (kpi instanceof Kpi.Where k) {
            return List.of(k.kpi());
        } else if (kpi instanceof Kpi.Attainment k) {
            return List.of(k.kpi());
        } else if (kpi instanceof Kpi.TargetGap k) {
            return List.of(k.kpi());
        } else if (kpi instanceof Kpi.PreviousPeriod k) {
            return List.of(k.kpi());
        } else if (kpi instanceof Kpi.Targeted k) {
            return List.of(k.kpi());
        } else if (kpi instanceof Kpi.PeerComparison k) {
            return List.of(k.kpi());
        }
        return List.of();
    }

    static boolean looksBack(Kpi kpi) {
        return holds(kpi, Kpi.PreviousPeriod.class, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /**
     * Tells whether a definition holds a part of a kind. Each shared part is visited once, so a
     * definition that refers to another many times costs its distinct parts, not its written-out size.
     */
    private static boolean holds(Kpi kpi, Class<? extends Kpi> kind, java.util.Set<Kpi> visited) {
        if (!visited.add(kpi)) {
            return false;
        }
        if (kind.isInstance(kpi)) {
            return true;
        }
        for (Kpi part : parts(kpi)) {
            if (holds(part, kind, visited)) {
                return true;
            }
        }
        return false;
    }

    static boolean comparesWithPeers(Kpi kpi) {
        return holds(kpi, Kpi.PeerComparison.class,
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    static void checkCondition(Kpi kpi, Condition condition) {
        checkCondition(kpi, condition, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static void checkCondition(Kpi kpi, Condition condition, java.util.Set<Kpi> visited) {
        if (!visited.add(kpi)) {
            return;
        }
        List<Kpi> parts = parts(kpi);
        if (!parts.isEmpty()) {
            for (Kpi part : parts) {
                checkCondition(part, condition, visited);
            }
            return;
        }
        if (kpi instanceof Kpi.WorkingHours) {
            return;
        }
        boolean activities = kpi instanceof Kpi.ActivityCount || kpi instanceof Kpi.TotalHours;
        if (activities != condition.appliesToActivities()) {
            throw new IllegalArgumentException("condition must apply to what " + kpi.id() + " counts: "
                    + (condition.appliesToActivities() ? "an outcome or attribute filters activities, "
                            + kpi.id() + " counts opportunities"
                            : "a source filters opportunities, " + kpi.id() + " counts activities"));
        }
    }

    /**
     * Returns the same definition with another id and display name.
     *
     * @param kpi the definition
     * @param id the new id
     * @param displayName the new display name
     * @return the renamed definition
     */
    public static Kpi renamed(Kpi kpi, String id, String displayName) {
        Objects.requireNonNull(kpi, "kpi");
        if (kpi instanceof Kpi.ActivityCount k) {
            return new Kpi.ActivityCount(id, displayName, k.type(), k.outcome());
        } else if (kpi instanceof Kpi.TotalHours k) {
            return new Kpi.TotalHours(id, displayName, k.type());
        } else if (kpi instanceof Kpi.WinRate) {
            return new Kpi.WinRate(id, displayName);
        } else if (kpi instanceof Kpi.AverageRevenuePerSale) {
            return new Kpi.AverageRevenuePerSale(id, displayName);
        } else if (kpi instanceof Kpi.StageConversion k) {
            return new Kpi.StageConversion(id, displayName, k.pipeline(), k.from(), k.to(), k.basis(), k.reach());
        } else if (kpi instanceof Kpi.SalesCycleDays k) {
            return new Kpi.SalesCycleDays(id, displayName, k.statistic(), k.pipeline(), k.start());
        } else if (kpi instanceof Kpi.NewAccountsWon) {
            return new Kpi.NewAccountsWon(id, displayName);
        } else if (kpi instanceof Kpi.Ratio k) {
            return new Kpi.Ratio(id, displayName, k.numerator(), k.denominator(), k.unit(), k.direction());
        } else if (kpi instanceof Kpi.SalesVelocity) {
            return new Kpi.SalesVelocity(id, displayName);
        } else if (kpi instanceof Kpi.PipelineCoverage k) {
            return new Kpi.PipelineCoverage(id, displayName, k.target());
        } else if (kpi instanceof Kpi.ShareOfWallet) {
            return new Kpi.ShareOfWallet(id, displayName);
        } else if (kpi instanceof Kpi.WorkingHours k) {
            return new Kpi.WorkingHours(id, displayName, k.calendar());
        } else if (kpi instanceof Kpi.Sum k) {
            return new Kpi.Sum(id, displayName, k.terms(), k.direction());
        } else if (kpi instanceof Kpi.Difference k) {
            return new Kpi.Difference(id, displayName, k.minuend(), k.subtrahend(), k.direction());
        } else if (kpi instanceof Kpi.Scaled k) {
            return new Kpi.Scaled(id, displayName, k.kpi(), k.factor(), k.unit(), k.direction());
        } else if (kpi instanceof Kpi.TimeRate k) {
            return new Kpi.TimeRate(id, displayName, k.kpi(), k.per(), k.calendar());
        } else if (kpi instanceof Kpi.Where k) {
            return new Kpi.Where(id, displayName, k.kpi(), k.condition());
        } else if (kpi instanceof Kpi.Attainment k) {
            return new Kpi.Attainment(id, displayName, k.kpi(), k.target());
        } else if (kpi instanceof Kpi.TargetGap k) {
            return new Kpi.TargetGap(id, displayName, k.kpi(), k.target());
        } else if (kpi instanceof Kpi.PreviousPeriod k) {
            return new Kpi.PreviousPeriod(id, displayName, k.kpi());
        } else if (kpi instanceof Kpi.PeerComparison k) {
            return new Kpi.PeerComparison(id, displayName, k.kpi(), k.measure());
        }
        Kpi.Targeted k = (Kpi.Targeted) kpi;
        return new Kpi.Targeted(renamed(k.kpi(), id, displayName), k.target());
    }
}
