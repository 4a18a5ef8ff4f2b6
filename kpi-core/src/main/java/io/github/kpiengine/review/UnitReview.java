package io.github.kpiengine.review;

import io.github.kpiengine.Money;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.Rep;
import io.github.kpiengine.engine.GoalProgress;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the review says about one unit: its figures by parts over every rep below it (the
 * head's figure), its plan at its own ratios against the sum of its reps' targets, how many reps
 * are on pace, and the reps whose plan is unreachable, each with the gateway at fault.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit
 * @param depth 0 for the organisation, 1 for the units below it, and so on
 * @param head the rep who heads the unit and owns its figures
 * @param reps every rep below the unit, in the tree's order
 * @param figures the unit's figures over the reviewed period, each aggregated by its parts
 * @param conversions the unit's stage conversions over the mature cohorts
 * @param ratios the unit's own ratio of each gateway, counted, by stage, top of the funnel first; the
 *     nearest unit above's where the unit has no entry
 * @param target the unit's own target, when one was given (a split unit's or a unit goal's)
 * @param repTargets the sum of the reps' targets
 * @param plan the unit's plan at its own ratios and revenue per sale, for its own target or else
 *     the sum of its reps'
 * @param newOpportunities the reps' new opportunities in the pace window, summed
 * @param newOpportunitiesPerWeek the same a selling week
 * @param barometer the unit's pace against its plan's exact weekly need, when reachable
 * @param repsMagicNumber the sum of the magic numbers of the reps whose plan is reachable
 * @param repsOnPace the reps whose barometer reads 100 % or more
 * @param unreachable the reps whose plan is unreachable, never dropped silently from a total
 * @param goals the progress of the unit's goals
 */
public record UnitReview(OrgUnit unit, int depth, Rep head, List<Rep> reps, Map<Kpi, KpiResult> figures,
        Map<Kpi, KpiResult> conversions, Map<String, Ratio> ratios, Optional<Money> target, Money repTargets,
        Plan plan, long newOpportunities, BigDecimal newOpportunitiesPerWeek, Optional<ActivityBarometer> barometer,
        long repsMagicNumber, int repsOnPace, List<UnreachableRep> unreachable, List<GoalProgress> goals) {

    /**
     * Copies the collections, keeping their order, and checks the parts are present.
     *
     * @param unit the unit
     * @param depth its depth in the tree
     * @param head its head
     * @param reps the reps below it
     * @param figures its figures
     * @param conversions its conversions
     * @param ratios its ratios
     * @param target its own target
     * @param repTargets the sum of its reps' targets
     * @param plan its plan
     * @param newOpportunities its new opportunities
     * @param newOpportunitiesPerWeek the same a week
     * @param barometer its barometer
     * @param repsMagicNumber the sum of its reps' magic numbers
     * @param repsOnPace its reps on pace
     * @param unreachable its reps with an unreachable plan
     * @param goals its goals' progress
     */
    public UnitReview {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(head, "head");
        reps = List.copyOf(reps);
        figures = FigureMap.copyOf(figures);
        conversions = FigureMap.copyOf(conversions);
        ratios = Collections.unmodifiableMap(new LinkedHashMap<>(ratios));
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(repTargets, "repTargets");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(newOpportunitiesPerWeek, "newOpportunitiesPerWeek");
        Objects.requireNonNull(barometer, "barometer");
        unreachable = List.copyOf(unreachable);
        goals = List.copyOf(goals);
    }

    /**
     * Returns one figure: a conversion over the mature cohorts, anything else over the reviewed
     * period.
     *
     * @param kpi a definition of the review's {@link ReviewKpis}
     * @return the figure
     * @throws IllegalArgumentException if the definition is not the review's
     */
    public KpiResult figure(Kpi kpi) {
        return FigureMap.figure(figures, conversions, kpi);
    }

    /**
     * A rep whose plan no activity can reach, and why.
     *
     * <p>Immutable and thread-safe.
     *
     * @param rep the rep
     * @param reason the plan's reason
     * @param gateway the gateway at fault, when one is
     */
    public record UnreachableRep(Rep rep, String reason, Optional<ReviewGateway> gateway) {

        /**
         * Checks the parts are present.
         *
         * @param rep the rep
         * @param reason the reason
         * @param gateway the gateway at fault
         */
        public UnreachableRep {
            Objects.requireNonNull(rep, "rep");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(gateway, "gateway");
        }
    }
}
