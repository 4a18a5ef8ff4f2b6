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
 * <p>The ranking is the plan's own ({@link Plan.Reachable#focus(Map)}), against the peers' ratios:
 * the gateways below the peers first, then by the activity one point of improvement saves.
 */
final class Focuses {

    private Focuses() {
    }

    /**
     * Every gateway below the peers (three at most), then the ones whose point of improvement saves
     * the most activity, until there are two.
     */
    static List<Focus> pick(Plan.Reachable plan, List<GapToPeers> gaps, List<ReviewGateway> gateways) {
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
        Map<String, Ratio> ratios = new HashMap<>();
        reference.forEach((stage, value) -> ratios.put(stage, Ratio.of(value)));
        return plan.focus(ratios);
    }
}
