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
     * Compares a scope with its peers: the peer value is the formula over the average peer, the gap
     * (value − peer value) ÷ peer value, the rank the share of peers beaten (ties count half), 0 to 100.
     */
    static PeerComparison compare(String scopeKey, String kpiId, CompiledScorecard.Formula formula,
            Direction direction, Scope self, List<Scope> peers) {
        return judge(scopeKey, kpiId, formula, direction, self, peers).comparison();
    }

    /** A comparison and the number of peers with a defined figure it was judged against. */
    record Judged(PeerComparison comparison, int count) {
    }

    /** Compares as {@link #compare} does, keeping the number of peers judged. */
    static Judged judge(String scopeKey, String kpiId, CompiledScorecard.Formula formula,
            Direction direction, Scope self, List<Scope> peers) {
        KpiResult value = formula.result(self);
        int beaten = 0;
        int tied = 0;
        int judged = 0;
        int sign = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
        for (Scope peer : peers) {
            KpiResult own = formula.result(peer);
            if (value instanceof KpiResult.Defined mine && own instanceof KpiResult.Defined theirs) {
                judged++;
                int compared = sign * mine.value().compareTo(theirs.value());
                if (compared > 0) {
                    beaten++;
                } else if (compared == 0) {
                    tied++;
                }
            }
        }
        KpiResult peerValue = peers.isEmpty() ? KpiResult.undefined("no peers to compare with", 0)
                : formula.result(self.averageOf(peers));
        Optional<BigDecimal> gap = Optional.empty();
        if (value instanceof KpiResult.Defined mine && peerValue instanceof KpiResult.Defined theirs
                && theirs.value().signum() != 0) {
            gap = Optional.of(mine.value().subtract(theirs.value())
                    .divide(theirs.value(), KpiResult.SCALE, RoundingMode.HALF_EVEN));
        }
        Optional<BigDecimal> rank = judged == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(beaten * 2L + tied).multiply(BigDecimal.valueOf(50))
                        .divide(BigDecimal.valueOf(judged), 2, RoundingMode.HALF_EVEN));
        return new Judged(new PeerComparison(scopeKey, kpiId, value, peerValue, peers.size(), gap, rank), judged);
    }
}
