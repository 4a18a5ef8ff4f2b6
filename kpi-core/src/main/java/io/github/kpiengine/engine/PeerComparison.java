package io.github.kpiengine.engine;

import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A scope's figure against its peers': "revenue per sale 40 % below peers", "better than 80 % of the
 * team". See {@link ScorecardResult#compareWithPeers(String, String, java.util.Collection)}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param scope the scope compared
 * @param kpiId the KPI's id
 * @param value the scope's figure
 * @param peerValue the KPI over the peers' summed parts, the scope left out; undefined when there
 *     are no peers or their parts divide by zero
 * @param peerCount the peers compared with
 * @param gap (value − peer value) ÷ peer value to ten places; empty when either figure is undefined
 *     or the peer value is zero
 * @param percentileRank the share of peers with a defined figure that the scope beats, ties counting
 *     half, from 0 to 100 with two decimals, reading the KPI's direction; empty when none can be
 *     compared
 */
public record PeerComparison(String scope, String kpiId, KpiResult value, KpiResult peerValue, int peerCount,
        Optional<BigDecimal> gap, Optional<BigDecimal> percentileRank) {

    /**
     * Checks the parts are present.
     *
     * @param scope the scope
     * @param kpiId the KPI's id
     * @param value the scope's figure
     * @param peerValue the peers' figure
     * @param peerCount the peers
     * @param gap the gap
     * @param percentileRank the percentile rank
     */
    public PeerComparison {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(kpiId, "kpiId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(peerValue, "peerValue");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(percentileRank, "percentileRank");
    }
}
