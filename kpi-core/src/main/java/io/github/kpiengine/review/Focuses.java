package io.github.kpiengine.review;

import io.github.kpiengine.Ratio;
import io.github.kpiengine.plan.Focus;
import io.github.kpiengine.plan.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Picks the two or three gateways a rep should work on. */
final class Focuses {

    private Focuses() {
    }

    /**
     * Every gateway below the peers (three at most), then the ones whose point of improvement saves
     * the most activity, until there are two: the plan's ranking already lists them that way.
     */
    static List<Focus> pick(Plan.Reachable plan, List<PeerGap> gaps, List<ReviewGateway> gateways) {
        Map<String, Ratio> peers = new HashMap<>();
        for (ReviewGateway gateway : gateways) {
            gaps.stream().filter(gap -> gap.figure().equals(gateway.kpi().id())).findFirst()
                    .filter(gap -> gap.peerValue().compareTo(java.math.BigDecimal.ONE) <= 0)
                    .ifPresent(gap -> peers.put(gateway.stage(), Ratio.of(gap.peerValue())));
        }
        List<Focus> picked = new ArrayList<>();
        for (Focus focus : plan.focus(peers)) {
            boolean below = focus.gapToReference().map(gap -> gap.signum() < 0).orElse(false);
            if (below ? picked.size() < 3 : picked.size() < 2) {
                picked.add(focus);
            }
        }
        return picked;
    }
}
