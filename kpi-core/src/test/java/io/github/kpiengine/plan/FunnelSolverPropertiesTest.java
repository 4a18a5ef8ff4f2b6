package io.github.kpiengine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FunnelSolverPropertiesTest {

    /** A funnel of one to four gateways with ratios of 1 % to 100 % in steps of 0.1 %. */
    @Provide
    Arbitrary<List<Ratio>> funnels() {
        return Arbitraries.integers().between(10, 1000)
                .map(permille -> Ratio.of(BigDecimal.valueOf(permille, 3)))
                .list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Money> targets() {
        return Arbitraries.longs().between(1, 100_000_000_00L).map(cents -> Money.of("EUR",
                BigDecimal.valueOf(cents, 2)));
    }

    @Provide
    Arbitrary<Money> deals() {
        return Arbitraries.longs().between(100_00L, 100_000_00L).map(cents -> Money.of("EUR",
                BigDecimal.valueOf(cents, 2)));
    }

    private static FunnelModel model(Money target, Money deal, List<Ratio> ratios) {
        FunnelModel.Builder builder = FunnelModel.builder(target, deal).weeks(BigDecimal.valueOf(48));
        for (int i = 0; i < ratios.size(); i++) {
            builder.gateway("stage_" + i, ratios.get(i));
        }
        return builder.build();
    }

    private static Plan.Reachable solve(FunnelModel model) {
        return (Plan.Reachable) FunnelSolver.solve(model);
    }

    @Property
    void plan_projectedForward_meetsTheTargetAndOneFewerFallsShort(@ForAll("targets") Money target,
            @ForAll("deals") Money deal, @ForAll("funnels") List<Ratio> ratios) {
        Plan.Reachable plan = solve(model(target, deal, ratios));
        long top = plan.stages().get(0).required();

        Projection projection = plan.project();
        assertThat(projection.expectedRevenue().isLessThan(target)).isFalse();
        assertThat(deal.multipliedBy(projection.wholeWins()).isLessThan(target)).isFalse();
        Projection oneFewer = FunnelSolver.project(plan.model(), "stage_0", top - 1);
        assertThat(deal.multipliedBy(oneFewer.wholeWins()).isLessThan(target)).isTrue();
    }

    @Property
    void plan_betterRatio_neverNeedsMoreActivity(@ForAll("targets") Money target,
            @ForAll("deals") Money deal, @ForAll("funnels") List<Ratio> ratios,
            @ForAll @IntRange(min = 0, max = 3) int which, @ForAll @IntRange(min = 1, max = 500) int gain) {
        FunnelModel model = model(target, deal, ratios);
        String stage = "stage_" + Math.min(which, ratios.size() - 1);
        Ratio ratio = model.gateways().get(model.indexOf(stage)).ratio();
        Ratio better = Ratio.of(ratio.value().add(BigDecimal.valueOf(gain, 3)).min(BigDecimal.ONE));

        Plan.Reachable before = solve(model);
        Plan.Reachable after = solve(model.withRatio(stage, better));

        for (int i = 0; i < ratios.size(); i++) {
            assertThat(after.stages().get(i).required()).isLessThanOrEqualTo(before.stages().get(i).required());
        }
    }

    @Property
    void plan_largerTarget_neverNeedsLess(@ForAll("targets") Money target, @ForAll("targets") Money more,
            @ForAll("deals") Money deal, @ForAll("funnels") List<Ratio> ratios) {
        Plan.Reachable smaller = solve(model(target, deal, ratios));
        Plan.Reachable larger = solve(model(target.plus(more), deal, ratios));

        for (int i = 0; i < ratios.size(); i++) {
            assertThat(larger.stages().get(i).required()).isGreaterThanOrEqualTo(smaller.stages().get(i).required());
        }
    }

    @Provide
    Arbitrary<int[]> confidencePairs() {
        return Combinators.combine(Arbitraries.integers().between(50, 98), Arbitraries.integers().between(0, 40))
                .as((low, step) -> new int[] {low, Math.min(99, low + step)});
    }

    @Property
    void confidencePlan_atLeastExpectedValue_andGrowsWithTheLevel(
            @ForAll @IntRange(min = 1, max = 2_000) int deals, @ForAll("funnels") List<Ratio> ratios,
            @ForAll("confidencePairs") int[] levels) {
        FunnelModel model = model(Money.of("EUR", deals * 1000L), Money.of("EUR", 1000), ratios);

        ConfidencePlan.CountedConfidence lower = (ConfidencePlan.CountedConfidence) solve(model.withConfidence(Ratio.ofPercent(levels[0])))
                .confidence().orElseThrow();
        ConfidencePlan.CountedConfidence higher = (ConfidencePlan.CountedConfidence) solve(model.withConfidence(Ratio.ofPercent(levels[1])))
                .confidence().orElseThrow();

        assertThat(lower.newOpportunities()).isGreaterThanOrEqualTo(lower.expectedValueNewOpportunities());
        assertThat(higher.newOpportunities()).isGreaterThanOrEqualTo(lower.newOpportunities());
    }
}
