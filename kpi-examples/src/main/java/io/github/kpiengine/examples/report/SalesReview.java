package io.github.kpiengine.examples.report;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.Rep;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.examples.sample.SampleCompany;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.plan.Barometer;
import io.github.kpiengine.plan.Credibility;
import io.github.kpiengine.plan.Focus;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.FunnelSolver;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reviews a sales organisation: the standard scorecard for every rep and unit, a plan for the next
 * quarter for every rep, the activity barometer, the gaps to peers and the KPIs to focus on.
 *
 * <p>Counts and money are taken over the year; the conversion ratios over the cohorts that had time
 * to close (so that a December proposal still open is not counted as lost); the pace of new
 * opportunities over the last quarter. A rep's peers are the other reps of the team, and every peer
 * figure is aggregated by its parts without the rep. A rep plans at their own ratios blended with
 * {@link Credibility} toward the team's, and at their own revenue per sale.
 *
 * <p>Immutable and thread-safe.
 */
public final class SalesReview {

    /** Cold calls made. */
    public static final String CALLS = "calls";
    /** Cold calls that booked a first appointment. */
    public static final String CALLS_BOOKED = "calls_booked";
    /** Call → first appointment: calls booked ÷ calls. */
    public static final String CALL_TO_APPOINTMENT = "call_to_appointment";
    /** First appointment → proposal, by cohort. */
    public static final String APPOINTMENT_TO_PROPOSAL = "appointment_to_proposal";
    /** Proposal → won, by cohort. */
    public static final String CLOSE_RATIO = "close_ratio";
    /** Won ÷ closed deals. */
    public static final String WIN_RATE = "win_rate";
    /** Won revenue ÷ won deals. */
    public static final String REVENUE_PER_SALE = "revenue_per_sale";
    /** Mean days from creation to close of the won deals. */
    public static final String SALES_CYCLE = "cycle_days";
    /** Accounts won for the first time. */
    public static final String NEW_ACCOUNTS = "new_accounts";
    /** Revenue of the deals won. */
    public static final String WON_REVENUE = "won_revenue";
    /** Deals won. */
    public static final String DEALS_WON = "deals_won";

    private static final List<String> CONVERSIONS = List.of(CALL_TO_APPOINTMENT, APPOINTMENT_TO_PROPOSAL,
            CLOSE_RATIO);
    private static final Map<String, String> GATEWAY_OF = Map.of(CALL_TO_APPOINTMENT, "call",
            APPOINTMENT_TO_PROPOSAL, "first_appointment", CLOSE_RATIO, "proposal");
    private static final Map<String, String> GATEWAY_LABEL = Map.of("call", "call → appointment",
            "first_appointment", "appointment → proposal", "proposal", "close ratio");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NOTABLE_GAP = BigDecimal.valueOf(15);
    private static final int SCALE = 6;

    private final ReviewInput input;
    private final List<RepReview> reps;
    private final List<UnitReview> units;

    private SalesReview(ReviewInput input, List<RepReview> reps, List<UnitReview> units) {
        this.input = input;
        this.reps = List.copyOf(reps);
        this.units = List.copyOf(units);
    }

    /**
     * Returns the standard scorecard of a pipeline whose opportunities open at
     * {@code first_appointment} and go on to {@code proposal}.
     *
     * @param pipeline the pipeline
     * @return the scorecard, with the ids of this class's constants
     */
    public static Scorecard standardScorecard(Pipeline pipeline) {
        Objects.requireNonNull(pipeline, "pipeline");
        Kpi calls = Kpis.activityCount(ActivityType.COLD_CALL).named(CALLS, "Cold calls");
        Kpi booked = Kpis.activityCount(ActivityType.COLD_CALL, Outcome.ADVANCED).named(CALLS_BOOKED,
                "Calls that booked an appointment");
        return Scorecard.of(calls, booked,
                Kpis.ratio(booked, calls).named(CALL_TO_APPOINTMENT, "Call → appointment"),
                Kpis.stageConversion(pipeline, "first_appointment", "proposal")
                        .named(APPOINTMENT_TO_PROPOSAL, "Appointment → proposal"),
                Kpis.stageConversion(pipeline, "proposal", "won").named(CLOSE_RATIO, "Close ratio"),
                Kpis.winRate(),
                Kpis.averageRevenuePerSale(),
                Kpis.meanSalesCycleDays(),
                Kpis.newAccountsWon(),
                Kpis.wonRevenue(),
                Kpis.dealsWon());
    }

    /**
     * Reviews the sample company.
     *
     * @param company the sample company
     * @return the review
     */
    public static SalesReview of(SampleCompany company) {
        Objects.requireNonNull(company, "company");
        return of(company.reviewInput());
    }

    /**
     * Reviews any organisation: its units and reps over the period, the ratios of its mature
     * cohorts, and each rep's plan for the next quarter.
     *
     * @param input the organisation, its log, periods and targets
     * @return the review
     */
    public static SalesReview of(ReviewInput input) {
        Objects.requireNonNull(input, "input");
        Scorecard scorecard = standardScorecard(input.pipeline());
        ActivityLog log = input.log();
        OrgTree org = input.org();
        Figures year = Figures.of(scorecard, log, input.period(), org);
        Figures mature = Figures.of(scorecard, log, input.matureCohorts(), org);
        Figures last = Figures.of(scorecard, log, input.lastQuarter(), org);
        BigDecimal lastWeeks = input.calendar().sellingWeeks(input.lastQuarter());
        // Data that never records a call booking an appointment cannot measure that gateway: plans
        // then start at the first appointment rather than calling a 0 % gateway unreachable.
        boolean callsMeasured = mature.unit(org.root().id()).get(CALLS_BOOKED) instanceof KpiResult.Defined booked
                && booked.number().signum() > 0;

        List<UnitReview> units = new ArrayList<>();
        for (OrgUnit unit : org.units()) {
            units.add(new UnitReview(unit, org.ancestors(unit.id()).size(), org.repsBelow(unit.id()).size(),
                    merged(year.unit(unit.id()), mature.unit(unit.id()))));
        }
        List<RepReview> reps = new ArrayList<>();
        for (Rep rep : org.reps()) {
            OrgUnit team = org.unitOf(rep.id());
            int peers = org.repsBelow(team.id()).size() - 1;
            Map<String, KpiResult> figures = merged(year.rep(rep.id()), mature.rep(rep.id()));
            Map<String, KpiResult> teamFigures = merged(year.unit(team.id()), mature.unit(team.id()));

            Map<String, Ratio> planned = new LinkedHashMap<>();
            Map<String, Ratio> peerRatios = new LinkedHashMap<>();
            for (String kpi : CONVERSIONS) {
                if (!callsMeasured && kpi.equals(CALL_TO_APPOINTMENT)) {
                    continue;
                }
                planned.put(GATEWAY_OF.get(kpi), Credibility.blend(counted(figures.get(kpi)),
                        counted(teamFigures.get(kpi)), Credibility.DEFAULT_K));
                peerValue(figures.get(kpi), teamFigures.get(kpi))
                        .ifPresent(peer -> peerRatios.put(GATEWAY_OF.get(kpi), Ratio.of(peer)));
            }
            KpiResult ownDeal = figures.get(REVENUE_PER_SALE);
            BigDecimal deal = (ownDeal.isDefined() ? ownDeal : teamFigures.get(REVENUE_PER_SALE)) instanceof
                    KpiResult.Defined d ? d.number() : BigDecimal.ONE;
            Money target = input.quarterlyTargets().get(rep.id());
            FunnelModel.Builder model = FunnelModel.builder(target,
                    Money.of(target.currency(), deal, RoundingMode.HALF_EVEN));
            planned.forEach(model::gateway);
            Plan plan = FunnelSolver.solve(model.opportunityStage("first_appointment")
                    .period(input.nextQuarter(), input.calendar())
                    .build());

            long opened = last.rep(rep.id()).get(APPOINTMENT_TO_PROPOSAL).sampleSize();
            BigDecimal perWeek = BigDecimal.valueOf(opened).divide(lastWeeks, 2, RoundingMode.HALF_EVEN);
            Optional<Barometer> barometer = plan instanceof Plan.Reachable r
                    ? Optional.of(r.barometer(perWeek)) : Optional.empty();
            List<Focus> focus = plan instanceof Plan.Reachable r ? pickFocus(r.focus(peerRatios)) : List.of();

            List<PeerGap> gaps = peerGaps(figures, teamFigures,
                    opened, last.unit(team.id()).get(APPOINTMENT_TO_PROPOSAL).sampleSize(), peers);
            reps.add(new RepReview(rep, team, figures, target, plan, perWeek, barometer, gaps, focus,
                    funnel(plan, last.rep(rep.id()), callsMeasured)));
        }
        return new SalesReview(input, reps, units);
    }

    /**
     * Returns what was reviewed.
     *
     * @return the organisation, its log, periods and targets
     */
    public ReviewInput input() {
        return input;
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
        return reps.stream().filter(r -> r.rep().id().equals(repId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("repId must be a rep of the review: " + repId));
    }

    /**
     * Returns the review of every unit, company first, in the order of the org tree.
     *
     * @return the unit reviews
     */
    public List<UnitReview> units() {
        return units;
    }

    /**
     * Returns the company's funnel: the stages summed over every rep.
     *
     * @return the stages, top of the funnel first
     */
    public List<StageFigure> funnel() {
        List<StageFigure> total = new ArrayList<>(reps.get(0).funnel());
        for (RepReview rep : reps.subList(1, reps.size())) {
            for (int i = 0; i < total.size(); i++) {
                total.set(i, total.get(i).plus(rep.funnel().get(i)));
            }
        }
        return List.copyOf(total);
    }

    /**
     * Returns the words for a gateway of the plan: {@code "close ratio"} for {@code proposal}.
     *
     * @param gateway the gateway's stage
     * @return the words
     */
    public static String gatewayLabel(String gateway) {
        return GATEWAY_LABEL.getOrDefault(gateway, gateway);
    }

    private static List<Focus> pickFocus(List<Focus> ranking) {
        // Every gateway below the peers (at most three), then the ones whose point of improvement
        // saves the most activity, until there are two: the ranking already lists them that way.
        List<Focus> picked = new ArrayList<>();
        for (Focus focus : ranking) {
            boolean below = focus.gapToReference().map(gap -> gap.signum() < 0).orElse(false);
            if (below ? picked.size() < 3 : picked.size() < 2) {
                picked.add(focus);
            }
        }
        return picked;
    }

    private static List<StageFigure> funnel(Plan plan, Map<String, KpiResult> last, boolean callsMeasured) {
        long[] required = new long[4];
        if (plan instanceof Plan.Reachable r) {
            required = new long[] {callsMeasured ? r.stage("call").required() : 0,
                r.stage("first_appointment").required(), r.stage("proposal").required(), r.wonDeals()};
        }
        long wonDeals = last.get(DEALS_WON).value().orElseThrow().longValueExact();
        List<StageFigure> stages = new ArrayList<>();
        if (callsMeasured) {
            stages.add(new StageFigure("Cold calls", required[0], last.get(CALLS).sampleSize()));
        }
        stages.add(new StageFigure("First appointments", required[1], last.get(APPOINTMENT_TO_PROPOSAL).sampleSize()));
        stages.add(new StageFigure("Proposals", required[2], last.get(CLOSE_RATIO).sampleSize()));
        stages.add(new StageFigure("Won deals", required[3], wonDeals));
        return List.copyOf(stages);
    }

    private static List<PeerGap> peerGaps(Map<String, KpiResult> rep, Map<String, KpiResult> team,
            long opened, long teamOpened, int peers) {
        List<PeerGap> gaps = new ArrayList<>();
        gap("revenue per sale", rep.get(REVENUE_PER_SALE), team.get(REVENUE_PER_SALE), true, "above", "below")
                .ifPresent(gaps::add);
        gap("sales cycle", rep.get(SALES_CYCLE), team.get(SALES_CYCLE), false, "longer", "shorter")
                .ifPresent(gaps::add);
        gap("call → appointment", rep.get(CALL_TO_APPOINTMENT), team.get(CALL_TO_APPOINTMENT), true, "above",
                "below").ifPresent(gaps::add);
        gap("appointment → proposal", rep.get(APPOINTMENT_TO_PROPOSAL), team.get(APPOINTMENT_TO_PROPOSAL), true,
                "above", "below").ifPresent(gaps::add);
        gap("close ratio", rep.get(CLOSE_RATIO), team.get(CLOSE_RATIO), true, "above", "below")
                .ifPresent(gaps::add);
        if (peers > 0 && teamOpened > opened) {
            BigDecimal peerMean = BigDecimal.valueOf(teamOpened - opened)
                    .divide(BigDecimal.valueOf(peers), SCALE, RoundingMode.HALF_EVEN);
            gaps.add(gapOf("new opportunities", BigDecimal.valueOf(opened), peerMean, true, "above", "below"));
        }
        gaps.sort(Comparator.comparing((PeerGap g) -> g.percent().abs()).reversed());
        return gaps;
    }

    /**
     * Returns the gaps worth mentioning: 15 % or more either way.
     *
     * @param gaps the gaps
     * @return the notable ones, largest first
     */
    public static List<PeerGap> notable(List<PeerGap> gaps) {
        return gaps.stream().filter(g -> g.percent().abs().compareTo(NOTABLE_GAP) >= 0).toList();
    }

    private static Optional<PeerGap> gap(String kpi, KpiResult rep, KpiResult team, boolean higherIsBetter,
            String above, String below) {
        if (!(rep instanceof KpiResult.Defined own)) {
            return Optional.empty();
        }
        return peerValue(rep, team).filter(peer -> peer.signum() > 0)
                .map(peer -> gapOf(kpi, own.number(), peer, higherIsBetter, above, below));
    }

    private static PeerGap gapOf(String kpi, BigDecimal rep, BigDecimal peer, boolean higherIsBetter,
            String above, String below) {
        BigDecimal percent = rep.subtract(peer).multiply(HUNDRED).divide(peer, 0, RoundingMode.HALF_EVEN);
        return new PeerGap(kpi, rep, peer, percent, higherIsBetter, above, below);
    }

    /** The peers' value of a ratio: the team's parts without the rep's. */
    private static Optional<BigDecimal> peerValue(KpiResult rep, KpiResult team) {
        BigDecimal[] own = parts(rep);
        BigDecimal[] all = parts(team);
        BigDecimal denominator = all[1].subtract(own[1]);
        if (denominator.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(all[0].subtract(own[0]).divide(denominator, SCALE, RoundingMode.HALF_EVEN));
    }

    private static BigDecimal[] parts(KpiResult result) {
        if (result instanceof KpiResult.Defined d && d.isRatio()) {
            return new BigDecimal[] {d.numerator().orElseThrow(), d.denominator().orElseThrow()};
        }
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static Ratio counted(KpiResult result) {
        if (result instanceof KpiResult.Defined d && d.isRatio()) {
            return Ratio.of(d.numerator().orElseThrow().longValueExact(), d.denominator().orElseThrow().longValueExact());
        }
        return Ratio.undefined(result instanceof KpiResult.Undefined u ? u.reason() : "not a ratio");
    }

    /** Counts and money from the year, conversions from the mature cohorts. */
    private static Map<String, KpiResult> merged(Map<String, KpiResult> year, Map<String, KpiResult> mature) {
        Map<String, KpiResult> figures = new HashMap<>(year);
        CONVERSIONS.forEach(kpi -> figures.put(kpi, mature.get(kpi)));
        return figures;
    }

    /** One evaluation by rep and by unit. */
    private record Figures(ScorecardResult byRep, ScorecardResult byUnit) {

        static Figures of(Scorecard scorecard, ActivityLog log, SalesPeriod period, OrgTree org) {
            return new Figures(Engine.evaluate(scorecard, log, period, Grouping.byRep()),
                    Engine.evaluate(scorecard, log, period, Grouping.byOrgUnit(org)));
        }

        Map<String, KpiResult> rep(String id) {
            return byId(byRep.results(ScopeKey.of(id)));
        }

        Map<String, KpiResult> unit(String id) {
            return byId(byUnit.results(ScopeKey.of(id)));
        }

        private static Map<String, KpiResult> byId(Map<Kpi, KpiResult> figures) {
            Map<String, KpiResult> byId = new LinkedHashMap<>();
            figures.forEach((kpi, figure) -> byId.put(kpi.id(), figure));
            return byId;
        }
    }
}
