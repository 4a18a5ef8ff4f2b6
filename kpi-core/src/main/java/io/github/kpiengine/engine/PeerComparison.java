package io.github.kpiengine.engine;

import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A scope's figure against its peers': "revenue per sale 40 % below peers", "better than 80 % of the
 * team". See {@link ScorecardResult#compareWithPeers(ScopeKey, Kpi, java.util.Collection)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scope the scope compared
 * @param kpi the KPI compared
 * @param value the scope's figure
 * @param peerValue the KPI over the peers' summed parts, the scope left out, as for the average peer;
 *     undefined when there are no peers or their parts divide by zero
 * @param peerCount the peers compared with
 * @param gap (value − peer value) ÷ peer value to ten places; empty when either figure is undefined
 *     or the peer value is zero
 * @param percentileRank the share of peers with a defined figure that the scope beats, ties counting
 *     half, as a fraction from 0 to 1 (1 beats every peer) reading the KPI's direction; empty when
 *     none can be compared
 */
public record PeerComparison(ScopeKey scope, Kpi kpi, KpiResult value, KpiResult peerValue, int peerCount,
        Optional<BigDecimal> gap, Optional<BigDecimal> percentileRank) {

    /**
     * Checks the parts are present.
     *
     * @param scope the scope
     * @param kpi the KPI
     * @param value the scope's figure
     * @param peerValue the peers' figure
     * @param peerCount the peers
     * @param gap the gap
     * @param percentileRank the percentile rank
     */
    public PeerComparison {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(peerValue, "peerValue");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(percentileRank, "percentileRank");
    }
}
