package io.github.kpiengine.review;

import io.github.kpiengine.Money;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.Gateway;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Projects the planned period at a rep's recent pace, the pipeline in hand counted. */
final class Projections {

    private Projections() {
    }

    static Optional<ReviewProjection> of(Plan plan, Reviewer.Basis basis, String opportunityStage,
            Map<String, Long> inHand) {
        FunnelModel model = plan.model();
        if (basis.deal.isEmpty() || model.gateways().stream().anyMatch(g -> !g.ratio().isDefined())) {
            return Optional.empty();
        }
        long fresh = basis.perWeek.multiply(model.weeks()).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        // The chance of a win from each stage down: the products of the ratios, each value read once.
        List<Gateway> gateways = model.gateways();
        BigDecimal[] chance = new BigDecimal[gateways.size() + 1];
        chance[gateways.size()] = BigDecimal.ONE;
        for (int i = gateways.size() - 1; i >= 0; i--) {
            chance[i] = chance[i + 1].multiply(value(gateways.get(i).ratio()), MathContext.DECIMAL64);
        }
        List<Long> counts = new ArrayList<>();
        List<BigDecimal> chances = new ArrayList<>();
        counts.add(fresh);
        chances.add(chance[model.indexOf(opportunityStage)]);
        long held = 0;
        for (Map.Entry<String, Long> open : inHand.entrySet()) {
            counts.add(open.getValue());
            chances.add(chance[model.indexOf(open.getKey())]);
            held = Math.addExact(held, open.getValue());
        }
        BigDecimal expected = BigDecimal.ZERO;
        long[] n = new long[counts.size()];
        double[] p = new double[counts.size()];
        for (int g = 0; g < n.length; g++) {
            n[g] = counts.get(g);
            p[g] = chances.get(g).doubleValue();
            expected = expected.add(chances.get(g).multiply(BigDecimal.valueOf(n[g])), MathContext.DECIMAL64);
        }
        if (expected.signum() == 0) {
            expected = BigDecimal.ZERO;
        }
        Money deal = model.averageDeal();
        WinDistribution wins = WinDistribution.of(n, p);
        return Optional.of(new ReviewProjection(fresh, held, expected,
                deal.multipliedBy(expected, RoundingMode.HALF_EVEN), deal.multipliedBy(wins.quantile(0.1)),
                deal.multipliedBy(wins.quantile(0.5)), deal.multipliedBy(wins.quantile(0.9))));
    }

    /**
     * A ratio's value to 20 places: far finer than a projection needs, and without the cost of
     * {@link io.github.kpiengine.Ratio#value()}, which divides to 34 digits and strips the zeros of
     * every exact quotient.
     */
    private static BigDecimal value(io.github.kpiengine.Ratio ratio) {
        return BigDecimal.valueOf(ratio.numerator()).divide(BigDecimal.valueOf(ratio.denominator()), 20,
                RoundingMode.HALF_EVEN);
    }
}
