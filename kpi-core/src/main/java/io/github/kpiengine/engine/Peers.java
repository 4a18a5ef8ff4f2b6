package io.github.kpiengine.engine;

import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** The arithmetic of peer comparison, shared by {@link ScorecardResult} and the peer KPIs. */
final class Peers {

    private Peers() {
    }

    /**
     * A scope's figure against its peers': the peer value (the formula over the average peer), the
     * gap (value − peer value) ÷ peer value, the rank (the share of peers beaten, ties counting half,
     * as a fraction) and the number of peers with a defined figure.
     */
    record Judged(KpiResult value, KpiResult peerValue, int peers, Optional<BigDecimal> gap,
            Optional<BigDecimal> rank, int count) {
    }

    static Judged judge(CompiledScorecard.Formula formula, Direction direction, ScopeSum self, List<ScopeSum> peers) {
        KpiResult value = formula.result(self);
        int beaten = 0;
        int tied = 0;
        int judged = 0;
        int sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
        for (ScopeSum peer : peers) {
            KpiResult own = formula.result(peer);
            if (value.isDefined() && own.isDefined()) {
                judged++;
                int compared = sign * value.value().orElseThrow().compareTo(own.value().orElseThrow());
                if (compared > 0) {
                    beaten++;
                } else if (compared == 0) {
                    tied++;
                }
            }
        }
        KpiResult peerValue = peers.isEmpty() ? KpiResult.undefined("no peers to compare with", value.unit(), 0)
                : formula.result(self.averageOf(peers));
        Optional<BigDecimal> gap = Optional.empty();
        if (value.isDefined() && peerValue.isDefined() && peerValue.value().orElseThrow().signum() != 0) {
            BigDecimal theirs = peerValue.value().orElseThrow();
            gap = Optional.of(value.value().orElseThrow().subtract(theirs)
                    .divide(theirs, KpiResult.SCALE, RoundingMode.HALF_EVEN));
        }
        Optional<BigDecimal> rank = judged == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(beaten * 2L + tied)
                        .divide(BigDecimal.valueOf(judged * 2L), KpiResult.SCALE, RoundingMode.HALF_EVEN));
        return new Judged(value, peerValue, peers.size(), gap, rank, judged);
    }
}
