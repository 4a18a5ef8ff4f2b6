package io.github.kpiengine.review;

import io.github.kpiengine.Money;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Rep;
import io.github.kpiengine.engine.GoalProgress;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.plan.Focus;
import io.github.kpiengine.plan.Pacing;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the review says about one rep: the figures, the ratios planned at, the plan and its
 * magic number, the barometer and pacing, the gaps to the peers, the gateways to focus on, the
 * projection of the planned period, the funnel, the advice and the goals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rep the rep
 * @param unit the rep's unit, whose other reps are the peers
 * @param figures the rep's figures over the reviewed period, by definition, in the scorecard's order
 *     ({@link ReviewKpis#reviewed()})
 * @param conversions the rep's stage conversions over the mature cohorts ({@link ReviewKpis#mature()})
 * @param ratios the ratio each gateway is planned at, top of the funnel first
 * @param target the revenue target of the planned period
 * @param plan the plan: reachable, already met, or unreachable with the reason and the gateway at
 *     fault
 * @param newOpportunities the new opportunities opened in the pace window: entries into the
 *     new-opportunity stage
 * @param newOpportunitiesPerWeek the same a selling week of the pace window, to 16 digits
 * @param barometer the activity barometer, when the plan is reachable
 * @param pacing where the plan stands in the planned period, when the review is made inside it
 * @param peerGaps the gaps to the peers, in the review's order (revenue per sale, sales cycle, each
 *     gateway, new opportunities); empty for a rep alone in the unit
 * @param focus the two or three gateways to work on: those below the peers first, then those where
 *     one point saves the most activity
 * @param projection what the planned period brings at the recent pace, the pipeline in hand
 *     counted; empty when a gateway or the revenue per sale is unknown
 * @param funnel each stage's requirement in the planned period against what was done in the pace
 *     window, the won deals last
 * @param advice what the rules advise, in the rules' order
 * @param goals the progress of the rep's goals
 */
public record RepReview(Rep rep, OrgUnit unit, Map<Kpi, KpiResult> figures, Map<Kpi, KpiResult> conversions,
        List<PlanningRatio> ratios, Money target, Plan plan, long newOpportunities, BigDecimal newOpportunitiesPerWeek,
        Optional<ActivityBarometer> barometer, Optional<Pacing> pacing, List<GapToPeers> peerGaps, List<Focus> focus,
        Optional<ReviewProjection> projection, List<StageFigure> funnel, List<Advice> advice,
        List<GoalProgress> goals) {

    /**
     * Copies the collections, keeping their order, and checks the parts are present.
     *
     * @param rep the rep
     * @param unit the rep's unit
     * @param figures the reviewed period's figures
     * @param conversions the mature cohorts' conversions
     * @param ratios the planning ratios
     * @param target the target
     * @param plan the plan
     * @param newOpportunities the new opportunities in the pace window
     * @param newOpportunitiesPerWeek the same a week
     * @param barometer the barometer
     * @param pacing the pacing
     * @param peerGaps the gaps to the peers
     * @param focus the gateways to work on
     * @param projection the projection
     * @param funnel the funnel
     * @param advice the advice
     * @param goals the goals' progress
     */
    public RepReview {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(unit, "unit");
        figures = FigureMap.copyOf(figures);
        conversions = FigureMap.copyOf(conversions);
        ratios = List.copyOf(ratios);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
        Checks.nonNegative("newOpportunities", newOpportunities);
        Objects.requireNonNull(newOpportunitiesPerWeek, "newOpportunitiesPerWeek");
        Objects.requireNonNull(barometer, "barometer");
        Objects.requireNonNull(pacing, "pacing");
        peerGaps = List.copyOf(peerGaps);
        focus = List.copyOf(focus);
        Objects.requireNonNull(projection, "projection");
        funnel = List.copyOf(funnel);
        advice = List.copyOf(advice);
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
     * Returns one figure by its definition's id.
     *
     * @param kpiId the id
     * @return the figure
     * @throws IllegalArgumentException if no definition of the review has that id
     */
    public KpiResult figure(String kpiId) {
        Objects.requireNonNull(kpiId, "kpiId");
        for (Map<Kpi, KpiResult> map : List.of(figures, conversions)) {
            for (Map.Entry<Kpi, KpiResult> entry : map.entrySet()) {
                if (entry.getKey().id().equals(kpiId)) {
                    return entry.getValue();
                }
            }
        }
        throw new IllegalArgumentException("kpiId must be the id of a definition of the review: " + kpiId);
    }

    /**
     * Returns the magic number: new opportunities a week the plan needs, rounded up.
     *
     * @return the magic number, or empty when the plan is not reachable
     */
    public Optional<Long> magicNumber() {
        return plan instanceof Plan.Reachable reachable ? Optional.of(reachable.magicNumber()) : Optional.empty();
    }

    /**
     * Returns the gap to the peers of one figure.
     *
     * @param figure the figure's id, such as {@link GapToPeers#REVENUE_PER_SALE}
     * @return the gap, or empty when it could not be measured
     */
    public Optional<GapToPeers> peerGap(String figure) {
        Objects.requireNonNull(figure, "figure");
        return peerGaps.stream().filter(gap -> gap.figure().equals(figure)).findFirst();
    }

    /**
     * Returns the ratio one gateway is planned at.
     *
     * @param gateway the gateway's stage
     * @return the planning ratio
     * @throws IllegalArgumentException if the review has no such gateway
     */
    public PlanningRatio ratio(String gateway) {
        Objects.requireNonNull(gateway, "gateway");
        return ratios.stream().filter(ratio -> ratio.gateway().equals(gateway)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("gateway must be a gateway of the review "
                        + ratios.stream().map(PlanningRatio::gateway).toList() + ": " + gateway));
    }
}
