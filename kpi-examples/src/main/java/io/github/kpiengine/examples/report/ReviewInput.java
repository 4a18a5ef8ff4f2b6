package io.github.kpiengine.examples.report;

import io.github.kpiengine.Money;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Rep;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.ActivityLog;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a {@link SalesReview} reads: the organisation and its log, the periods it looks at, the
 * targets it plans for, and the words that name them in the report.
 *
 * <p>Immutable and thread-safe once the log is no longer appended to.
 *
 * @param periodLabel how the reviewed period is named, such as {@code "2026"}
 * @param lastLabel how the last quarter is named, such as {@code "Q4 2026"}
 * @param nextLabel how the planned quarter is named, such as {@code "Q1 2027"}
 * @param source where the data came from and how ratios were measured, one or two sentences for the
 *     report's footer
 * @param org the organisation; every rep of the tree is reviewed
 * @param log the activities and opportunities
 * @param calendar the working days that make the selling weeks
 * @param pipeline the opportunities' pipeline, with the stages {@code first_appointment} and
 *     {@code proposal}
 * @param period the period reviewed
 * @param matureCohorts the period whose cohorts had time to close: the ratios are measured on it
 * @param lastQuarter the period whose pace of new opportunities the barometer reads
 * @param nextQuarter the period planned
 * @param quarterlyTargets each rep's revenue target for the planned quarter, one for every rep
 */
public record ReviewInput(String periodLabel, String lastLabel, String nextLabel, String source, OrgTree org,
        ActivityLog log, WorkCalendar calendar, Pipeline pipeline, SalesPeriod period, SalesPeriod matureCohorts,
        SalesPeriod lastQuarter, SalesPeriod nextQuarter, Map<String, Money> quarterlyTargets) {

    /**
     * Validates the components and copies the targets.
     *
     * @param periodLabel how the reviewed period is named
     * @param lastLabel how the last quarter is named
     * @param nextLabel how the planned quarter is named
     * @param source where the data came from
     * @param org the organisation
     * @param log the activities and opportunities
     * @param calendar the working days
     * @param pipeline the pipeline, with first_appointment and proposal
     * @param period the period reviewed
     * @param matureCohorts the period whose cohorts had time to close
     * @param lastQuarter the period the barometer reads
     * @param nextQuarter the period planned
     * @param quarterlyTargets each rep's revenue target
     * @throws IllegalArgumentException if the pipeline lacks a stage or a rep has no target
     */
    public ReviewInput {
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(lastLabel, "lastLabel");
        Objects.requireNonNull(nextLabel, "nextLabel");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(matureCohorts, "matureCohorts");
        Objects.requireNonNull(lastQuarter, "lastQuarter");
        Objects.requireNonNull(nextQuarter, "nextQuarter");
        quarterlyTargets = Map.copyOf(Objects.requireNonNull(quarterlyTargets, "quarterlyTargets"));
        for (String stage : new String[] {"first_appointment", "proposal"}) {
            if (pipeline.find(stage).isEmpty()) {
                throw new IllegalArgumentException("pipeline must have the stages first_appointment and proposal: "
                        + pipeline);
            }
        }
        for (Rep rep : org.reps()) {
            if (!quarterlyTargets.containsKey(rep.id())) {
                throw new IllegalArgumentException("quarterlyTargets must hold every rep of the org: " + rep.id());
            }
        }
    }
}
