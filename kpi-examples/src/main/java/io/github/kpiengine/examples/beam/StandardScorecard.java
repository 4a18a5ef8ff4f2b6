package io.github.kpiengine.examples.beam;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.CompiledScorecard;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.Kpis;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline's scorecard: a count of every counted activity type and the hours of every timed
 * one, win rate, average revenue per sale, mean sales cycle, new accounts won, the conversion of
 * each step of the pipeline down to won, first appointments with prospects ("new contacts") and
 * on-site hours with existing clients; by rep, or by rep and week (weeks start on Monday).
 *
 * @param period a year ({@code 2026}) or {@code START/END} in ISO dates
 * @param stages the pipeline's open stages, comma-separated
 * @param byWeek whether a scope is a rep's week rather than a rep
 */
public record StandardScorecard(String period, String stages, boolean byWeek) implements ScorecardSpec {

    private static final long serialVersionUID = 1L;

    /**
     * Returns the pipeline of the stages.
     *
     * @return the pipeline
     */
    public Pipeline pipeline() {
        return Pipeline.of(stages.split(","));
    }

    /**
     * Returns the period.
     *
     * @return the period
     */
    public SalesPeriod salesPeriod() {
        if (period.contains("/")) {
            String[] ends = period.split("/", 2);
            return SalesPeriod.of(LocalDate.parse(ends[0]), LocalDate.parse(ends[1]));
        }
        return SalesPeriod.ofYear(Integer.parseInt(period));
    }

    /**
     * Returns the scorecard's definitions.
     *
     * @return the scorecard
     */
    public Scorecard scorecard() {
        List<Kpi> kpis = new ArrayList<>();
        for (ActivityType type : ActivityType.standard()) {
            kpis.add(type.isTimed() ? Kpis.totalHours(type) : Kpis.activityCount(type));
        }
        kpis.add(Kpis.winRate());
        kpis.add(Kpis.averageRevenuePerSale());
        kpis.add(Kpis.meanSalesCycleDays());
        kpis.add(Kpis.newAccountsWon());
        Pipeline pipeline = pipeline();
        List<String> steps = new ArrayList<>(List.of(stages.split(",")));
        steps.add("won");
        for (int s = 0; s + 1 < steps.size(); s++) {
            kpis.add(Kpis.stageConversion(pipeline, steps.get(s), steps.get(s + 1)));
        }
        kpis.add(Kpis.where(Kpis.activityCount(ActivityType.FIRST_APPOINTMENT), Condition.prospect()));
        kpis.add(Kpis.where(Kpis.totalHours(ActivityType.ON_SITE_SESSION), Condition.existingClient()));
        return new Scorecard(kpis);
    }

    @Override
    public CompiledScorecard compile() {
        return CompiledScorecard.of(scorecard(), salesPeriod(),
                byWeek ? Grouping.byRepAndWeek(WorkCalendar.standard()) : Grouping.byRep());
    }
}
