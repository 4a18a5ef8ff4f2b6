package io.github.kpiengine.review;

import io.github.kpiengine.Ratio;
import io.github.kpiengine.plan.Focus;
import io.github.kpiengine.plan.Gateway;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the two or three gateways a rep should work on.
 *
 * <p>The ranking is {@link Plan.Reachable#focus(Map)}'s, computed here from each ratio's numerator
 * and denominator: that method reads {@link Ratio#value()} three times a gateway, a 34-digit
 * division whose exact quotients have their zeros stripped one by one, which made a sixth of a
 * review's time. A review's plans have no hours per activity, so no gateway saves hours. A test
 * checks the two rankings agree.
 */
final class Focuses {

    private static final BigDecimal ONE_POINT = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal NO_HOURS = BigDecimal.ZERO.setScale(2);

    private Focuses() {
    }

    /**
     * Every gateway below the peers (three at most), then the ones whose point of improvement saves
     * the most activity, until there are two.
     */
    static List<Focus> pick(Plan.Reachable plan, List<PeerGap> gaps, List<ReviewGateway> gateways) {
        Map<String, BigDecimal> peers = new HashMap<>();
        for (ReviewGateway gateway : gateways) {
            gaps.stream().filter(gap -> gap.figure().equals(gateway.kpi().id())).findFirst()
                    .filter(gap -> gap.peerValue().compareTo(BigDecimal.ONE) <= 0)
                    .ifPresent(gap -> peers.put(gateway.stage(), gap.peerValue()));
        }
        List<Focus> picked = new ArrayList<>();
        for (Focus focus : rank(plan, peers)) {
            boolean below = focus.gapToReference().map(gap -> gap.signum() < 0).orElse(false);
            if (below ? picked.size() < 3 : picked.size() < 2) {
                picked.add(focus);
            }
        }
        return picked;
    }

    /** The plan's focus ranking against reference values (such as the peers'), by stage. */
    static List<Focus> rank(Plan.Reachable plan, Map<String, BigDecimal> reference) {
        List<Gateway> gateways = plan.model().gateways();
        List<Focus> result = new ArrayList<>();
        for (int g = 0; g < gateways.size(); g++) {
            Ratio ratio = gateways.get(g).ratio();
            long saved = 0;
            if (!ratio.isOne()) {
                // floor(value + 0.01, 12 places) = floor(value, 12 places) + 0.01: 0.01 has two places.
                BigDecimal better = floor12(ratio).add(ONE_POINT).min(BigDecimal.ONE);
                Ratio improved = Ratio.of(better);
                long out = plan.wonDeals();
                for (int i = gateways.size() - 1; i >= 0; i--) {
                    long need = (i == g ? improved : gateways.get(i).ratio()).requiredFor(out);
                    saved += plan.stages().get(i).required() - need;
                    out = need;
                }
            }
            BigDecimal peer = reference.get(gateways.get(g).stage());
            Optional<BigDecimal> gap = peer == null ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(ratio.numerator()).multiply(HUNDRED)
                            .subtract(peer.multiply(HUNDRED).multiply(BigDecimal.valueOf(ratio.denominator())))
                            .divide(BigDecimal.valueOf(ratio.denominator()), 2, RoundingMode.HALF_EVEN));
            result.add(new Focus(gateways.get(g).stage(), ratio, saved, NO_HOURS, gap));
        }
        result.sort(Comparator
                .comparing((Focus f) -> f.gapToReference().map(gap -> gap.signum() < 0).orElse(false))
                .reversed()
                .thenComparing(Focus::activitiesSaved, Comparator.reverseOrder()));
        return List.copyOf(result);
    }

    private static BigDecimal floor12(Ratio ratio) {
        return BigDecimal.valueOf(ratio.numerator()).divide(BigDecimal.valueOf(ratio.denominator()), 12,
                RoundingMode.FLOOR);
    }
}
