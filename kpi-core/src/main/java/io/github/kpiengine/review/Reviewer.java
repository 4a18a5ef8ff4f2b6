package io.github.kpiengine.review;

import io.github.kpiengine.Goal;
import io.github.kpiengine.Money;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.Rep;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Stage;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.GoalProgress;
import io.github.kpiengine.engine.GoalTracker;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.plan.Credibility;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.FunnelSolver;
import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.plan.TeamPlan;
import io.github.kpiengine.plan.TeamPlanner;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one review: the evaluations, then every rep, then every unit. Used once, by one thread. */
final class Reviewer {

    private static final String NO_DEAL = "no deal was won in the reviewed period by the rep or a unit above:"
            + " there is no revenue per sale to plan with";

    private final ReviewInput input;
    private final OrgTree org;
    private final WorkCalendar calendar;
    private final ReviewKpis kpis;
    private final Map<String, Kpi> kpisById = new HashMap<>();
    private final Map<String, Basis> units = new HashMap<>();
    private final Map<String, Basis> reps = new HashMap<>();
    private final Map<String, Money> targets = new LinkedHashMap<>();
    private final Map<String, Money> unitTargets = new LinkedHashMap<>();
    private final Map<String, Plan> splitPlans = new HashMap<>();
    private final Map<String, Integer> repsBelow = new HashMap<>();
    private final AdviceFormats texts;
    private List<ReviewGateway> gateways;
    private BigDecimal paceWeeks;
    private BigDecimal plannedWeeks;

    private final boolean oneScanAllowed;

    Reviewer(ReviewInput input) {
        this(input, true);
    }

    /** A reviewer that may, or may not, evaluate reps and units in one scan (tests take both paths). */
    Reviewer(ReviewInput input, boolean oneScanAllowed) {
        this.oneScanAllowed = oneScanAllowed;
        this.input = input;
        this.org = input.org();
        this.calendar = input.calendar();
        this.kpis = ReviewKpis.of(input);
        this.texts = new AdviceFormats(input.texts());
    }

    SalesReview review() {
        Scorecard reviewedCard = kpis.reviewed();
        reviewedCard.kpis().forEach(kpi -> kpisById.put(kpi.id(), kpi));
        kpis.mature().kpis().forEach(kpi -> kpisById.put(kpi.id(), kpi));
        Optional<OrgTree> oneScan = oneScanAllowed ? Evaluations.oneScanTree(org) : Optional.empty();
        Evaluations reviewed = Evaluations.of(reviewedCard, input.log(), input.reviewed(), org, oneScan, true);
        FigureMap whole = reviewed.unit(org.root().id());
        SalesPeriod mature = input.matureCohorts().orElseGet(() -> matureCohorts(whole.get(kpis.salesCycle())));
        Evaluations conversions = Evaluations.of(kpis.mature(), input.log(), mature, org, oneScan, true);
        SalesPeriod pace = input.pace();
        paceWeeks = calendar.sellingWeeks(pace);
        plannedWeeks = calendar.sellingWeeks(input.planned());
        Checks.check(paceWeeks.signum() > 0, "paceWindow must hold at least one working day of the calendar: " + pace);
        Evaluations paced = Evaluations.of(kpis.pace(), input.log(), pace, org, Optional.empty(), false);
        gateways = gateways(whole);

        for (Rep rep : org.reps()) {
            Basis basis = new Basis(reviewed.rep(rep.id()), conversions.rep(rep.id()));
            basis.pace(paced.rep(rep.id()), kpis, input.pipeline().openStages(), input.opportunityStage(), paceWeeks);
            reps.put(rep.id(), basis);
        }
        // Pre-order: a unit's parent, and so its revenue per sale, comes before the unit.
        for (OrgUnit unit : org.units()) {
            Basis basis = new Basis(reviewed.unit(unit.id()), conversions.unit(unit.id()));
            List<Rep> below = org.repsBelow(unit.id());
            for (Rep rep : below) {
                basis.add(reps.get(rep.id()));
            }
            repsBelow.put(unit.id(), below.size());
            basis.perWeek = perWeek(basis.opened);
            basis.deal = positive(basis.figure(kpis.revenuePerSale()))
                    .or(() -> org.parent(unit.id()).flatMap(parent -> units.get(parent.id()).deal));
            units.put(unit.id(), basis);
        }
        for (Rep rep : org.reps()) {
            Basis basis = reps.get(rep.id());
            basis.deal = positive(basis.figure(kpis.revenuePerSale()))
                    .or(() -> units.get(org.unitOf(rep.id()).id()).deal);
        }
        Map<String, Long> soFar = soFar();
        targets();
        Optional<GoalTracker> tracker = input.goals().isEmpty() ? Optional.empty()
                : Optional.of(GoalTracker.of(input.log(), org, calendar, drivers()));
        Map<String, List<GoalProgress>> goals = goals(tracker);

        List<RepReview> repReviews = new ArrayList<>();
        for (Rep rep : org.reps()) {
            repReviews.add(repReview(rep, soFar, goals));
        }
        Map<String, RepReview> byId = new HashMap<>();
        repReviews.forEach(review -> byId.put(review.rep().id(), review));
        List<UnitReview> unitReviews = new ArrayList<>();
        for (OrgUnit unit : org.units()) {
            unitReviews.add(unitReview(unit, byId, goals));
        }
        return new SalesReview(input, kpis, gateways, mature, repReviews, unitReviews);
    }

    /** The cohorts that had the organisation's mean sales cycle to close before the period ended. */
    private SalesPeriod matureCohorts(KpiResult cycle) {
        SalesPeriod period = input.reviewed();
        if (cycle.value().isEmpty()) {
            return period;
        }
        long days = cycle.value().get().setScale(0, RoundingMode.CEILING).longValueExact();
        LocalDate end = period.end().minusDays(days);
        return end.isBefore(period.start()) ? period : SalesPeriod.of(period.start(), end);
    }

    private List<ReviewGateway> gateways(FigureMap whole) {
        List<ReviewGateway> all = new ArrayList<>();
        boolean callsRecorded = kpis.callsBooked().map(booked -> whole.get(booked).value()
                .map(value -> value.signum() > 0).orElse(false)).orElse(false);
        if (callsRecorded) {
            Kpi conversion = kpis.callConversion().orElseThrow();
            all.add(new ReviewGateway(input.callType().orElseThrow().id(), conversion.displayName(),
                    input.callType().orElseThrow().displayName(), ReviewGateway.Origin.CALL, conversion));
        }
        List<Stage> open = input.pipeline().openStages();
        for (int i = 0; i < open.size(); i++) {
            Stage next = i + 1 < open.size() ? open.get(i + 1) : input.pipeline().won();
            all.add(new ReviewGateway(open.get(i).name(), open.get(i).displayName() + " → " + next.displayName(),
                    open.get(i).displayName(), ReviewGateway.Origin.STAGE, kpis.conversions().get(i)));
        }
        return List.copyOf(all);
    }

    /** Each rep's new opportunities from the planned period's start to the review's day, when inside it. */
    private Map<String, Long> soFar() {
        Map<String, Long> opened = new HashMap<>();
        Optional<LocalDate> day = input.asOf().filter(input.planned()::contains);
        if (day.isPresent()) {
            Kpi conversion = kpis.conversions().get(stageIndex(input.opportunityStage()));
            Evaluations evaluations = Evaluations.of(new Scorecard(List.of(conversion)), input.log(),
                    SalesPeriod.of(input.planned().start(), day.get()), org, Optional.empty(), false);
            for (Rep rep : org.reps()) {
                opened.put(rep.id(), evaluations.rep(rep.id()).get(conversion).sampleSize());
            }
        }
        return opened;
    }

    private int stageIndex(String stage) {
        List<Stage> open = input.pipeline().openStages();
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).name().equals(stage)) {
                return i;
            }
        }
        throw new IllegalArgumentException("stage must be an open stage of the pipeline: " + stage);
    }

    /** Reads or splits every rep's target; a split also plans, through the team planner. */
    private void targets() {
        ReviewTargets given = input.targets();
        if (given instanceof ReviewTargets.PerRep perRep) {
            targets.putAll(perRep.targets());
        } else if (given instanceof ReviewTargets.FromGoals fromGoals) {
            targets.putAll(Targets.repGoals(fromGoals, org, input.planned()));
            unitTargets.putAll(Targets.unitGoals(fromGoals, org, input.planned()));
        } else if (given instanceof ReviewTargets.SplitUnits split) {
            unitTargets.putAll(split.unitTargets());
            boolean capacity = split.split() instanceof ReviewTargets.Split.SellingCapacity;
            split.unitTargets().forEach((unitId, unitTarget) -> {
                List<Rep> below = org.repsBelow(unitId);
                Map<String, BigDecimal> weights = Targets.weights(split.split(), below);
                Map<String, FunnelModel> models = new LinkedHashMap<>();
                for (Rep rep : below) {
                    models.put(rep.id(), model(reps.get(rep.id()), repRatios(rep), unitTarget,
                            capacity ? weights.get(rep.id()) : null, inHand(List.of(rep))));
                }
                TeamPlan team = capacity ? TeamPlanner.planByCapacity(unitTarget, models)
                        : TeamPlanner.plan(unitTarget, models, weights);
                targets.putAll(team.targets());
                team.plans().forEach((rep, plan) -> splitPlans.put(rep,
                        reps.get(rep).deal.isEmpty() ? noDeal(plan) : plan));
            });
        } else {
            throw new IllegalStateException("targets of an unknown kind: " + given);
        }
    }

    private RepReview repReview(Rep rep, Map<String, Long> soFar, Map<String, List<GoalProgress>> goals) {
        Basis basis = reps.get(rep.id());
        OrgUnit unit = org.unitOf(rep.id());
        List<PlanningRatio> ratios = repRatios(rep);
        Money target = targets.get(rep.id());
        Map<String, Long> inHand = inHand(List.of(rep));
        Plan plan = splitPlans.containsKey(rep.id()) ? splitPlans.get(rep.id())
                : solve(model(basis, ratios, target, null, inHand), basis);
        Optional<ActivityBarometer> barometer = Optional.empty();
        Optional<io.github.kpiengine.plan.Pacing> pacing = Optional.empty();
        if (plan instanceof Plan.Reachable reachable) {
            barometer = Optional.of(ActivityBarometer.of(basis.perWeek, reachable));
            if (soFar.containsKey(rep.id())) {
                LocalDate day = input.asOf().orElseThrow();
                BigDecimal weeks = calendar.sellingWeeks(SalesPeriod.of(input.planned().start(), day))
                        .min(reachable.openingWeeks());
                pacing = Optional.of(reachable.pacing(weeks, soFar.get(rep.id())));
            }
        }
        int peers = repsBelow.get(unit.id()) - 1;
        List<GapToPeers> gaps = PeerGaps.of(basis, units.get(unit.id()), peers, gateways, kpis, paceWeeks);
        List<io.github.kpiengine.plan.Focus> focus = plan instanceof Plan.Reachable reachable
                ? Focuses.pick(reachable, gaps, gateways) : List.of();
        Optional<ReviewProjection> projection = Projections.of(plan, basis, input.opportunityStage(), inHand);
        List<Advice> advice = new Advisor(basis, kpisById, units.get(org.root().id()), gateways,
                input.opportunityStage(), barometer, gaps).advise(input.advice(), texts);
        return new RepReview(rep, unit, basis.figures, basis.conversions, ratios, target, plan, basis.opened,
                basis.perWeek, barometer, pacing, gaps, focus, projection, funnel(plan, basis), advice,
                goals.getOrDefault(rep.id(), List.of()));
    }

    private UnitReview unitReview(OrgUnit unit, Map<String, RepReview> repReviews,
            Map<String, List<GoalProgress>> goals) {
        Basis basis = units.get(unit.id());
        List<Rep> below = org.repsBelow(unit.id());
        Map<String, Ratio> ratios = new LinkedHashMap<>();
        List<PlanningRatio> planning = new ArrayList<>();
        for (ReviewGateway gateway : gateways) {
            KpiResult figure = teamFigure(unit, gateway);
            ratios.put(gateway.stage(), figure.toRatio());
            planning.add(new PlanningRatio(gateway.stage(), figure.toRatio(), figure.toRatio(), figure.toRatio(),
                    figure.sampleSize(), figure.sampleSize(), BigDecimal.ONE));
        }
        Money currencyOf = targets.values().iterator().next();
        Money repTargets = Money.zero(currencyOf.currency());
        long magicNumbers = 0;
        int onPace = 0;
        List<UnitReview.UnreachableRep> unreachable = new ArrayList<>();
        for (Rep rep : below) {
            RepReview review = repReviews.get(rep.id());
            repTargets = repTargets.plus(review.target());
            if (review.plan() instanceof Plan.Reachable reachable) {
                magicNumbers = Math.addExact(magicNumbers, reachable.magicNumber());
            } else if (review.plan() instanceof Plan.Unreachable plan) {
                unreachable.add(new UnitReview.UnreachableRep(rep, plan.reason(),
                        plan.stage().flatMap(stage -> gateways.stream().filter(g -> g.stage().equals(stage)).findFirst())));
            }
            if (review.barometer().map(ActivityBarometer::healthy).orElse(false)) {
                onPace++;
            }
        }
        Optional<Money> own = Optional.ofNullable(unitTargets.get(unit.id()));
        Plan plan = solve(model(basis, planning, own.orElse(repTargets), null, inHand(below)), basis);
        Optional<ActivityBarometer> barometer = plan instanceof Plan.Reachable reachable
                ? Optional.of(ActivityBarometer.of(basis.perWeek, reachable)) : Optional.empty();
        return new UnitReview(unit, org.ancestors(unit.id()).size(), org.head(unit.id()), below, basis.figures,
                basis.conversions, ratios, own, repTargets, plan, basis.opened, basis.perWeek, barometer, magicNumbers,
                onPace, unreachable, goals.getOrDefault(unit.id(), List.of()));
    }

    /** The rep's ratios: their own blended toward the unit's (or the nearest unit above with one). */
    private List<PlanningRatio> repRatios(Rep rep) {
        Basis basis = reps.get(rep.id());
        OrgUnit unit = org.unitOf(rep.id());
        List<PlanningRatio> ratios = new ArrayList<>();
        for (ReviewGateway gateway : gateways) {
            KpiResult own = basis.figure(gateway.kpi());
            KpiResult team = teamFigure(unit, gateway);
            Ratio ownRatio = own.toRatio();
            Ratio teamRatio = team.toRatio();
            Ratio planned = teamRatio.isDefined() ? Credibility.blend(ownRatio, teamRatio, input.credibilityK())
                    : teamRatio;
            ratios.add(new PlanningRatio(gateway.stage(), planned, ownRatio, teamRatio, own.sampleSize(),
                    team.sampleSize(), PlanningRatio.weight(own.sampleSize(), input.credibilityK())));
        }
        return ratios;
    }

    /** The unit's figure of a gateway, or the nearest unit above's when the unit has none. */
    private KpiResult teamFigure(OrgUnit unit, ReviewGateway gateway) {
        KpiResult figure = units.get(unit.id()).figure(gateway.kpi());
        Optional<OrgUnit> parent = org.parent(unit.id());
        return figure.isDefined() || parent.isEmpty() ? figure : teamFigure(parent.get(), gateway);
    }

    private static Optional<Money> positive(KpiResult figure) {
        return figure.isDefined() ? figure.toMoney().filter(Money::isPositive) : Optional.empty();
    }

    private FunnelModel model(Basis basis, List<PlanningRatio> ratios, Money target, BigDecimal hoursPerWeek,
            Map<String, Long> inHand) {
        Money deal = basis.deal.orElse(Money.of(target.currency(), BigDecimal.ONE));
        FunnelModel.Builder builder = FunnelModel.builder(target, deal);
        ratios.forEach(ratio -> builder.gateway(ratio.gateway(), ratio.planned()));
        builder.opportunityStage(input.opportunityStage()).period(input.planned(), calendar).weeks(plannedWeeks);
        inHand.forEach((stage, count) -> {
            if (count > 0 && input.netOfPipelineInHand()) {
                builder.openPipeline(stage, count);
            }
        });
        if (hoursPerWeek != null) {
            builder.hoursPerWeek(hoursPerWeek);
        }
        return builder.build();
    }

    private static Plan solve(FunnelModel model, Basis basis) {
        Plan plan = FunnelSolver.solve(model);
        return basis.deal.isEmpty() ? noDeal(plan) : plan;
    }

    /**
     * The plan of a rep or unit without a revenue per sale: unreachable at a gateway if one converts
     * at 0 % or is unknown (the cause to fix first), else for want of a revenue per sale.
     */
    private static Plan noDeal(Plan placeholder) {
        if (placeholder instanceof Plan.Unreachable unreachable && unreachable.stage().isPresent()) {
            return unreachable;
        }
        return new Plan.Unreachable(placeholder.model(), NO_DEAL, Optional.empty());
    }

    /** The open pipeline in hand of some reps, by stage. */
    private Map<String, Long> inHand(List<Rep> owners) {
        Map<String, Long> byStage = new LinkedHashMap<>();
        for (Rep rep : owners) {
            input.openPipeline().getOrDefault(rep.id(), Map.of()).forEach((stage, count) ->
                    byStage.merge(stage, count, Long::sum));
        }
        return byStage;
    }

    private List<StageFigure> funnel(Plan plan, Basis basis) {
        Plan.Reachable reachable = plan instanceof Plan.Reachable r ? r : null;
        List<StageFigure> stages = new ArrayList<>();
        for (ReviewGateway gateway : gateways) {
            long done = gateway.origin() == ReviewGateway.Origin.CALL ? basis.calls
                    : basis.entries.getOrDefault(gateway.stage(), 0L);
            stages.add(new StageFigure(gateway.stage(), gateway.fromLabel(),
                    reachable == null ? 0 : reachable.stage(gateway.stage()).required(), done));
        }
        Stage won = input.pipeline().won();
        stages.add(new StageFigure(won.name(), won.displayName(), reachable == null ? 0 : reachable.wonDeals(),
                basis.won));
        return stages;
    }

    private BigDecimal perWeek(long opened) {
        return perWeek(opened, paceWeeks);
    }

    /** Opened ÷ weeks to 16 digits; none opened is a plain zero, not {@code 0E+1}. */
    static BigDecimal perWeek(long opened, BigDecimal weeks) {
        return opened == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(opened).divide(weeks, MathContext.DECIMAL64);
    }

    /** The driver KPIs goals may name: every KPI of the review. */
    private Scorecard drivers() {
        List<Kpi> all = new ArrayList<>(kpis.reviewed().kpis());
        all.addAll(kpis.mature().kpis());
        return new Scorecard(all);
    }

    /** Each goal's progress by its owner, up to the review's day (or the goal's first day, if later). */
    private Map<String, List<GoalProgress>> goals(Optional<GoalTracker> tracker) {
        Map<String, List<GoalProgress>> byOwner = new HashMap<>();
        LocalDate day = input.asOf().orElse(input.reviewed().end());
        for (Goal goal : input.goals()) {
            LocalDate asOf = day.isBefore(goal.period().start()) ? goal.period().start() : day;
            byOwner.computeIfAbsent(goal.ownerId(), owner -> new ArrayList<>())
                    .add(tracker.orElseThrow().progress(goal, asOf));
        }
        return byOwner;
    }

    /** What the review knows of a rep or a unit: its figures, its pace and its revenue per sale. */
    static final class Basis {

        final FigureMap figures;
        final FigureMap conversions;
        final Map<String, Long> entries = new HashMap<>();
        long opened;
        long calls;
        long won;
        BigDecimal perWeek = BigDecimal.ZERO;
        /** The revenue per sale planned at: the own, or the nearest unit's above that won a deal. */
        Optional<Money> deal = Optional.empty();

        Basis(FigureMap figures, FigureMap conversions) {
            this.figures = figures;
            this.conversions = conversions;
        }

        KpiResult figure(Kpi kpi) {
            KpiResult figure = figures.identical(kpi);
            if (figure == null) {
                figure = conversions.identical(kpi);
            }
            if (figure == null) {
                figure = figures.get(kpi);
            }
            return figure != null ? figure : conversions.get(kpi);
        }

        void pace(FigureMap paced, ReviewKpis kpis, List<Stage> open, String opportunityStage,
                BigDecimal weeks) {
            for (int i = 0; i < open.size(); i++) {
                entries.put(open.get(i).name(), paced.get(kpis.conversions().get(i)).sampleSize());
            }
            opened = entries.getOrDefault(opportunityStage, 0L);
            calls = kpis.calls().map(kpi -> paced.get(kpi).value().orElseThrow().longValueExact()).orElse(0L);
            won = paced.get(kpis.dealsWon()).value().orElseThrow().longValueExact();
            perWeek = Reviewer.perWeek(opened, weeks);
        }

        void add(Basis rep) {
            rep.entries.forEach((stage, count) -> entries.merge(stage, count, Long::sum));
            opened = Math.addExact(opened, rep.opened);
            calls = Math.addExact(calls, rep.calls);
            won = Math.addExact(won, rep.won);
        }
    }
}
