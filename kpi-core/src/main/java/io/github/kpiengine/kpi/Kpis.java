package io.github.kpiengine.kpi;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
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
     * The mean length in days of the sales cycles of the deals won in the period.
     *
     * <p>Formula: Σ (close date − creation date, in days) ÷ the number of deals won in the period.
     * When no deal was won, the result is undefined: "no deals won in the period". Sample size: the
     * deals won.
     *
     * @return the KPI, id {@code mean_sales_cycle_days}
     */
    public static Kpi meanSalesCycleDays() {
        return new Kpi.MeanSalesCycleDays("mean_sales_cycle_days", "Mean sales cycle (days)");
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
            return new Kpi.StageConversion(id, displayName, k.pipeline(), k.from(), k.to());
        } else if (kpi instanceof Kpi.MeanSalesCycleDays) {
            return new Kpi.MeanSalesCycleDays(id, displayName);
        } else if (kpi instanceof Kpi.NewAccountsWon) {
            return new Kpi.NewAccountsWon(id, displayName);
        } else {
            Kpi.Ratio k = (Kpi.Ratio) kpi;
            return new Kpi.Ratio(id, displayName, k.numerator(), k.denominator(), k.unit(), k.direction());
        }
    }
}
