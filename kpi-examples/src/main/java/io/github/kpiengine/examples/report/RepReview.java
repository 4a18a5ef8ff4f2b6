package io.github.kpiengine.examples.report;

import io.github.kpiengine.Money;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Rep;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.plan.Barometer;
import io.github.kpiengine.plan.Focus;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the review says about one rep: the year's figures, the plan for the next quarter, the
 * barometer, the gaps to peers and the KPIs to focus on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rep the rep
 * @param team the rep's team
 * @param figures the rep's scorecard: the year's counts and money, the mature cohorts' conversions
 * @param target the revenue target of the next quarter
 * @param plan the plan for the next quarter
 * @param newOpportunitiesPerWeek the new opportunities a week in the last quarter
 * @param barometer the activity barometer, when the plan is reachable
 * @param peerGaps the gaps to the peers, largest first
 * @param focus the two or three gateways to work on
 * @param funnel the stages, required next quarter against done last quarter
 */
public record RepReview(Rep rep, OrgUnit team, Map<String, KpiResult> figures, Money target, Plan plan,
        BigDecimal newOpportunitiesPerWeek, Optional<Barometer> barometer, List<PeerGap> peerGaps,
        List<Focus> focus, List<StageFigure> funnel) {

    /**
     * Checks the parts are present and copies the collections.
     *
     * @param rep the rep
     * @param team the rep's team
     * @param figures the rep's scorecard
     * @param target the revenue target
     * @param plan the plan
     * @param newOpportunitiesPerWeek the new opportunities a week
     * @param barometer the barometer
     * @param peerGaps the gaps to the peers
     * @param focus the gateways to work on
     * @param funnel the stages
     */
    public RepReview {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(team, "team");
        figures = Map.copyOf(figures);
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(newOpportunitiesPerWeek, "newOpportunitiesPerWeek");
        Objects.requireNonNull(barometer, "barometer");
        peerGaps = List.copyOf(peerGaps);
        focus = List.copyOf(focus);
        funnel = List.copyOf(funnel);
    }

    /**
     * Returns one figure of the rep's scorecard.
     *
     * @param kpiId the KPI's id, one of the {@code SalesReview} constants
     * @return the figure
     */
    public KpiResult figure(String kpiId) {
        return Objects.requireNonNull(figures.get(kpiId), kpiId);
    }

    /**
     * Returns the magic number: new opportunities a week the plan needs.
     *
     * @return the magic number, or empty when the plan is not reachable
     */
    public Optional<Long> magicNumber() {
        return plan instanceof Plan.Reachable reachable ? Optional.of(reachable.magicNumber()) : Optional.empty();
    }
}
