package io.github.kpiengine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Money;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.Rep;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.FunnelSolver;
import io.github.kpiengine.plan.Gateway;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The laws of the review, each over at least 1,000 random teams or plans. */
class SalesReviewPropertiesTest {

    private static final Money CENT = Money.parse("EUR 0.01");

    @Provide
    Arbitrary<List<Ratio>> funnels() {
        return Arbitraries.integers().between(10, 1000).map(permille -> Ratio.of(BigDecimal.valueOf(permille, 3)))
                .list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 1000)
    void barometer_paceEqualToTheExactWeeklyNeed_reads100Percent(@ForAll("funnels") List<Ratio> ratios,
            @ForAll @LongRange(min = 1, max = 10_000_000_00L) long targetCents,
            @ForAll @LongRange(min = 100_00L, max = 100_000_00L) long dealCents,
            @ForAll @IntRange(min = 1, max = 520) int weekTenths) {
        FunnelModel.Builder builder = FunnelModel.builder(Money.of("EUR", BigDecimal.valueOf(targetCents, 2)),
                Money.of("EUR", BigDecimal.valueOf(dealCents, 2))).weeks(BigDecimal.valueOf(weekTenths, 1));
        for (int i = 0; i < ratios.size(); i++) {
            builder.gateway("stage_" + i, ratios.get(i));
        }
        Plan.Reachable plan = (Plan.Reachable) FunnelSolver.solve(builder.build());

        ActivityBarometer onPace = ActivityBarometer.of(plan.magicNumberExact(), plan);
        ActivityBarometer justUnder = ActivityBarometer.of(plan.magicNumberExact().subtract(new BigDecimal("1e-9")), plan);

        assertThat(onPace.percent()).isEqualByComparingTo("100");
        assertThat(onPace.healthy()).isTrue();
        assertThat(justUnder.healthy()).isFalse();
    }

    @Property(tries = 1000)
    void newcomer_noHistory_plansAtTheTeamsRatiosAndRevenuePerSale(@ForAll long seed) {
        SalesReview review = SalesReview.of(RandomTeams.withNewcomer(seed).input().build());
        RepReview newcomer = review.rep("newbie");

        for (ReviewGateway gateway : review.gateways()) {
            PlanningRatio ratio = newcomer.ratio(gateway.stage());
            Ratio team = teamRatio(review, "u0", gateway.stage());
            assertThat(ratio.own().isDefined()).isFalse();
            assertThat(ratio.weight()).isEqualByComparingTo("0");
            assertThat(ratio.planned()).isEqualTo(team);
            assertThat(ratio.team()).isEqualTo(team);
        }
        if (!(newcomer.plan() instanceof Plan.Unreachable)) {
            Money perSale = review.unit("u0").figure(review.kpis().revenuePerSale()).toMoney()
                    .filter(Money::isPositive).orElseGet(() -> review.organisation()
                            .figure(review.kpis().revenuePerSale()).toMoney().orElseThrow());
            assertThat(newcomer.plan().model().averageDeal()).isEqualTo(perSale);
        }
    }

    /** The unit's counted ratio, or the organisation's when the unit has none. */
    private static Ratio teamRatio(SalesReview review, String unit, String stage) {
        Ratio own = review.unit(unit).ratios().get(stage);
        return own.isDefined() ? own : review.organisation().ratios().get(stage);
    }

    @Property(tries = 1000)
    void figures_equalTheEnginesForTheSameScorecard(@ForAll long seed) {
        RandomTeams team = RandomTeams.of(seed);
        // Reps and units come from one scan of a tree with a unit for each rep, or, when a unit's id would
        // clash with those, from two scans: every other try takes the second path.
        SalesReview review = new Reviewer(team.input().build(), seed % 2 == 0).review();
        Scorecard reviewed = review.kpis().reviewed();
        Scorecard mature = review.kpis().mature();
        ScorecardResult byRep = Engine.evaluate(reviewed, team.log, RandomTeams.Q1, Grouping.byRep());
        ScorecardResult matureByRep = Engine.evaluate(mature, team.log, review.matureCohorts(), Grouping.byRep());
        ScorecardResult byUnit = Engine.evaluate(reviewed, team.log, RandomTeams.Q1, Grouping.byOrgUnit(team.org));
        ScorecardResult matureByUnit = Engine.evaluate(mature, team.log, review.matureCohorts(),
                Grouping.byOrgUnit(team.org));
        Set<ScopeKey> logged = new HashSet<>(byRep.scopes());

        for (RepReview rep : review.reps()) {
            ScopeKey scope = ScopeKey.of(rep.rep().id());
            if (logged.contains(scope)) {
                assertThat(rep.figures()).isEqualTo(byRep.results(scope));
                assertThat(rep.conversions()).isEqualTo(matureByRep.results(scope));
            } else {
                // A rep with nothing in the log: the engine's figures of a unit holding that rep alone.
                OrgTree alone = OrgTree.builder().root("alone", "Alone", rep.rep().id()).rep(rep.rep(), "alone").build();
                assertThat(rep.figures()).isEqualTo(Engine.evaluate(reviewed, team.log, RandomTeams.Q1,
                        Grouping.byOrgUnit(alone)).results(ScopeKey.of("alone")));
            }
        }
        for (UnitReview unit : review.units()) {
            ScopeKey scope = ScopeKey.of(unit.unit().id());
            assertThat(unit.figures()).isEqualTo(byUnit.results(scope));
            assertThat(unit.conversions()).isEqualTo(matureByUnit.results(scope));
        }
    }

    @Property(tries = 1000)
    void split_unitTargetOverItsReps_plansReachTheUnitsTarget(@ForAll long seed,
            @ForAll @LongRange(min = 0, max = 50_000_000L) long firstCents,
            @ForAll @LongRange(min = 0, max = 50_000_000L) long secondCents) {
        RandomTeams team = RandomTeams.of(seed);
        Map<String, Money> units = new LinkedHashMap<>();
        units.put("u0", Money.of("EUR", BigDecimal.valueOf(firstCents, 2)));
        units.put("u1", Money.of("EUR", BigDecimal.valueOf(secondCents, 2)));
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        java.util.Random random = new java.util.Random(seed);
        team.org.reps().forEach(rep -> weights.put(rep.id(), BigDecimal.valueOf(1 + random.nextInt(9))));
        SalesReview review = SalesReview.of(team.input()
                .targets(ReviewTargets.split(units, ReviewTargets.Split.byWeights(weights))).build());

        for (Map.Entry<String, Money> unitTarget : units.entrySet()) {
            UnitReview unit = review.unit(unitTarget.getKey());
            assertThat(unit.repTargets()).isEqualTo(unitTarget.getValue());
            Money planned = Money.zero(unitTarget.getValue().currency());
            for (Rep rep : unit.reps()) {
                Plan plan = review.rep(rep.id()).plan();
                if (plan instanceof Plan.Reachable reachable) {
                    Money deal = reachable.model().averageDeal();
                    Money reached = deal.multipliedBy(reachable.wonDeals())
                            .plus(reachable.pipelineInHand().expectedRevenue());
                    // The pipeline in hand's revenue is rounded to the cent.
                    assertThat(reached.plus(CENT).isLessThan(rep(review, rep).target()))
                            .as("%s reaches %s", reached, rep(review, rep).target()).isFalse();
                    planned = planned.plus(reached.isLessThan(rep(review, rep).target()) ? reached
                            : rep(review, rep).target());
                } else if (plan instanceof Plan.AlreadyMet) {
                    planned = planned.plus(rep(review, rep).target());
                }
            }
            List<String> unreachable = unit.reps().stream().filter(rep -> rep(review, rep).plan()
                    instanceof Plan.Unreachable).map(Rep::id).toList();
            assertThat(unit.unreachable()).extracting(u -> u.rep().id()).containsExactlyElementsOf(unreachable);
            if (unreachable.isEmpty()) {
                // Each rep's whole wins (and the pipeline in hand, rounded to the cent) reach the rep's part.
                assertThat(planned.plus(CENT.multipliedBy(unit.reps().size()))
                        .isLessThan(unitTarget.getValue())).isFalse();
            }
        }
    }

    private static RepReview rep(SalesReview review, Rep rep) {
        return review.rep(rep.id());
    }

    @Property(tries = 1000)
    void betterRatio_neverRaisesTheMagicNumber(@ForAll long seed, @ForAll @IntRange(min = 1, max = 1000) int permille) {
        SalesReview review = SalesReview.of(RandomTeams.of(seed).input().build());

        for (RepReview rep : review.reps()) {
            if (!(rep.plan() instanceof Plan.Reachable plan)) {
                continue;
            }
            for (Gateway gateway : plan.model().gateways()) {
                BigDecimal value = gateway.ratio().value();
                BigDecimal better = value.add(BigDecimal.ONE.subtract(value).multiply(BigDecimal.valueOf(permille, 3)))
                        .setScale(12, RoundingMode.CEILING).min(BigDecimal.ONE);
                Plan improved = FunnelSolver.solve(plan.model().withRatio(gateway.stage(), Ratio.of(better)));
                if (improved instanceof Plan.Reachable reachable) {
                    assertThat(reachable.magicNumber()).isLessThanOrEqualTo(plan.magicNumber());
                    assertThat(reachable.magicNumberExact()).isLessThanOrEqualTo(plan.magicNumberExact());
                } else {
                    assertThat(improved).isInstanceOf(Plan.AlreadyMet.class);
                }
            }
        }
    }

}
