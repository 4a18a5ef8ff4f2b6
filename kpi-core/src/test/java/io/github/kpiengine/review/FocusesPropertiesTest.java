package io.github.kpiengine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.FunnelSolver;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** The review's focus ranking is the solver's, computed without reading ratios as 34-digit values. */
class FocusesPropertiesTest {

    /** Counted ratios and decimal ones from 1 % in millionths, some of them 100 %. */
    @Provide
    Arbitrary<List<Ratio>> funnels() {
        Arbitrary<Ratio> counted = Arbitraries.integers().between(1, 200)
                .flatMap(d -> Arbitraries.integers().between(1, d).map(n -> Ratio.of(n, d)));
        Arbitrary<Ratio> decimal = Arbitraries.integers().between(10_000, 1_000_000)
                .map(n -> Ratio.of(BigDecimal.valueOf(n, 6)));
        return Arbitraries.oneOf(counted, decimal).list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 1000)
    void rank_isThePlansFocus(@ForAll("funnels") List<Ratio> ratios,
            @ForAll @LongRange(min = 1, max = 5_000_000_00L) long targetCents,
            @ForAll @LongRange(min = 1_000_00L, max = 100_000_00L) long dealCents,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long seed) {
        FunnelModel.Builder builder = FunnelModel.builder(Money.of("EUR", BigDecimal.valueOf(targetCents, 2)),
                Money.of("EUR", BigDecimal.valueOf(dealCents, 2))).weeks(BigDecimal.valueOf(13));
        for (int i = 0; i < ratios.size(); i++) {
            builder.gateway("stage_" + i, ratios.get(i));
        }
        Plan.Reachable plan = (Plan.Reachable) FunnelSolver.solve(builder.build());
        java.util.Random random = new java.util.Random(seed);
        Map<String, BigDecimal> peers = new HashMap<>();
        Map<String, Ratio> reference = new HashMap<>();
        for (int i = 0; i < ratios.size(); i++) {
            if (random.nextBoolean()) {
                BigDecimal peer = BigDecimal.valueOf(random.nextInt(10_000_000), 10).add(BigDecimal.valueOf(
                        random.nextInt(1000), 3)).min(BigDecimal.ONE);
                peers.put("stage_" + i, peer);
                reference.put("stage_" + i, Ratio.of(peer));
            }
        }

        assertThat(Focuses.rank(plan, peers)).isEqualTo(plan.focus(reference));
    }
}
