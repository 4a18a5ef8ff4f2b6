package io.github.kpiengine.review;

import io.github.kpiengine.SalesPeriod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sales review of a team: from its history to every rep's figures, planning ratios, plan and
 * magic number, activity barometer, gaps to the peers, focus, projection, advice and goals, and
 * every unit's figures and plan, in one call.
 *
 * <pre>{@code
 * SalesReview review = SalesReview.of(ReviewInput.builder(log, org, pipeline, calendar)
 *         .reviewed(SalesPeriod.ofYear(2026)).planned(SalesPeriod.ofQuarter(2027, 1))
 *         .targets(ReviewTargets.perRep(targets)).build());
 * RepReview ann = review.rep("ann");
 * ann.magicNumber();   // new opportunities a week
 * ann.barometer();     // the recent pace against the plan's exact weekly need
 * ann.advice();        // what the rules advise
 * }</pre>
 *
 * <p>The loop of the practice, on any pipeline:
 * <ol>
 *   <li>the figures: the review's {@link ReviewKpis} evaluated by the engine for every rep and every
 *       unit (a unit's figure over every rep below it, aggregated by parts) over the reviewed
 *       period; the stage conversions over the {@linkplain #matureCohorts() mature cohorts} only, so
 *       that a proposal made last week and still open does not count as lost;</li>
 *   <li>the gateways: one per open stage of the pipeline, to the next stage or to won, and, first,
 *       calls → the first stage when the data records calls that booked it;</li>
 *   <li>the planning ratios: each rep's own, blended toward the unit's with
 *       {@link io.github.kpiengine.plan.Credibility}; the plan for the rep's target at them and at
 *       the rep's revenue per sale (the unit's, or the one above it, when the rep won nothing), the
 *       pipeline in hand subtracted; the new opportunities counted at the input's opportunity
 *       stage;</li>
 *   <li>the pace: new opportunities a week in the {@linkplain #paceWindow() pace window}, read on
 *       the barometer against the plan's exact weekly need;</li>
 *   <li>the peers: the rest of the rep's unit, every figure aggregated by parts without the rep;
 *       the focus: the gateways below the peers first, then by activity saved;</li>
 *   <li>the projection, the funnel, the advice of the rules, the goals' progress.</li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class SalesReview {

    private final ReviewInput input;
    private final ReviewKpis kpis;
    private final List<ReviewGateway> gateways;
    private final SalesPeriod matureCohorts;
    private final List<RepReview> reps;
    private final List<UnitReview> units;
    private final Map<String, RepReview> repsById = new LinkedHashMap<>();
    private final Map<String, UnitReview> unitsById = new LinkedHashMap<>();

    SalesReview(ReviewInput input, ReviewKpis kpis, List<ReviewGateway> gateways, SalesPeriod matureCohorts,
            List<RepReview> reps, List<UnitReview> units) {
        this.input = input;
        this.kpis = kpis;
        this.gateways = List.copyOf(gateways);
        this.matureCohorts = matureCohorts;
        this.reps = List.copyOf(reps);
        this.units = List.copyOf(units);
        reps.forEach(rep -> repsById.put(rep.rep().id(), rep));
        units.forEach(unit -> unitsById.put(unit.unit().id(), unit));
    }

    /**
     * Reviews a team.
     *
     * @param input the team's history, periods, targets and options
     * @return the review
     * @throws IllegalArgumentException if a goal names a driver that is not a KPI of the review, or
     *     an advice rule reads a KPI or gateway the review does not have
     */
    public static SalesReview of(ReviewInput input) {
        Objects.requireNonNull(input, "input");
        return new Reviewer(input).review();
    }

    /**
     * Returns what was reviewed.
     *
     * @return the input
     */
    public ReviewInput input() {
        return input;
    }

    /**
     * Returns the definitions evaluated.
     *
     * @return the review's KPIs
     */
    public ReviewKpis kpis() {
        return kpis;
    }

    /**
     * Returns the gateways planned, top of the funnel first.
     *
     * @return the gateways
     */
    public List<ReviewGateway> gateways() {
        return gateways;
    }

    /**
     * Returns one gateway.
     *
     * @param stage the gateway's stage
     * @return the gateway
     * @throws IllegalArgumentException if the review has no such gateway
     */
    public ReviewGateway gateway(String stage) {
        Objects.requireNonNull(stage, "stage");
        return gateways.stream().filter(g -> g.stage().equals(stage)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("stage must be a gateway of the review "
                        + gateways.stream().map(ReviewGateway::stage).toList() + ": " + stage));
    }

    /**
     * Returns the cohorts the conversions were measured on: the input's, or those that had one
     * sales cycle (the organisation's mean) to close before the reviewed period ends, or the whole
     * reviewed period when it is shorter than a cycle or no deal was won.
     *
     * @return the mature cohorts' period
     */
    public SalesPeriod matureCohorts() {
        return matureCohorts;
    }

    /**
     * Returns the period whose pace the barometer reads.
     *
     * @return the pace window
     */
    public SalesPeriod paceWindow() {
        return input.pace();
    }

    /**
     * Returns the review of every rep, in the order of the org tree.
     *
     * @return the rep reviews
     */
    public List<RepReview> reps() {
        return reps;
    }

    /**
     * Returns one rep's review.
     *
     * @param repId the rep's id
     * @return the review
     * @throws IllegalArgumentException if the rep is not in the review
     */
    public RepReview rep(String repId) {
        Objects.requireNonNull(repId, "repId");
        RepReview rep = repsById.get(repId);
        if (rep == null) {
            throw new IllegalArgumentException("repId must be a rep of the review: " + repId);
        }
        return rep;
    }

    /**
     * Returns the review of every unit, the organisation first, in pre-order of the org tree.
     *
     * @return the unit reviews
     */
    public List<UnitReview> units() {
        return units;
    }

    /**
     * Returns one unit's review.
     *
     * @param unitId the unit's id
     * @return the review
     * @throws IllegalArgumentException if the unit is not in the review
     */
    public UnitReview unit(String unitId) {
        Objects.requireNonNull(unitId, "unitId");
        UnitReview unit = unitsById.get(unitId);
        if (unit == null) {
            throw new IllegalArgumentException("unitId must be a unit of the review: " + unitId);
        }
        return unit;
    }

    /**
     * Returns the organisation's review: the root unit's.
     *
     * @return the root unit's review
     */
    public UnitReview organisation() {
        return units.get(0);
    }
}
