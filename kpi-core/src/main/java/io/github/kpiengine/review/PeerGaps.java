package io.github.kpiengine.review;

import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rep's gaps to the peers: the unit's parts less the rep's, so that the peer value never holds
 * the rep and a ratio is never a mean of ratios.
 */
final class PeerGaps {

    private static final int SCALE = KpiResult.SCALE;

    private PeerGaps() {
    }

    /** The rep's figures against the unit's, the peers being the unit's other reps. */
    static List<GapToPeers> of(Reviewer.Basis rep, Reviewer.Basis team, int peers, List<ReviewGateway> gateways,
            ReviewKpis kpis, BigDecimal paceWeeks) {
        List<GapToPeers> gaps = new ArrayList<>();
        if (peers <= 0) {
            return gaps;
        }
        byParts(GapToPeers.REVENUE_PER_SALE, "Revenue per sale", Direction.HIGHER_IS_BETTER,
                rep.figure(kpis.revenuePerSale()), team.figure(kpis.revenuePerSale()), peers).ifPresent(gaps::add);
        byParts(GapToPeers.SALES_CYCLE, "Sales cycle", Direction.LOWER_IS_BETTER, rep.figure(kpis.salesCycle()),
                team.figure(kpis.salesCycle()), peers).ifPresent(gaps::add);
        for (ReviewGateway gateway : gateways) {
            byParts(gateway.kpi().id(), gateway.label(), Direction.HIGHER_IS_BETTER, rep.figure(gateway.kpi()),
                    team.figure(gateway.kpi()), peers).ifPresent(gaps::add);
        }
        long others = team.opened - rep.opened;
        if (others > 0) {
            BigDecimal peerValue = BigDecimal.valueOf(others)
                    .divide(BigDecimal.valueOf(peers).multiply(paceWeeks), MathContext.DECIMAL64);
            gaps.add(new GapToPeers(GapToPeers.NEW_OPPORTUNITIES, "New opportunities a week", Direction.HIGHER_IS_BETTER,
                    rep.perWeek, peerValue, gap(rep.perWeek, peerValue), peers, rep.opened));
        }
        return gaps;
    }

    /** (rep − peers) ÷ peers with the peers' value as (Σ numerators − rep's) ÷ (Σ denominators − rep's). */
    private static Optional<GapToPeers> byParts(String id, String label, Direction direction, KpiResult rep,
            KpiResult team, int peers) {
        if (!(rep instanceof KpiResult.Defined own) || !own.isRatio()
                || !(team instanceof KpiResult.Defined all) || !all.isRatio()) {
            return Optional.empty();
        }
        BigDecimal denominator = all.denominator().orElseThrow().subtract(own.denominator().orElseThrow());
        if (denominator.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal peerValue = all.numerator().orElseThrow().subtract(own.numerator().orElseThrow())
                .divide(denominator, SCALE, RoundingMode.HALF_EVEN);
        if (peerValue.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new GapToPeers(id, label, direction, own.number(), peerValue, gap(own.number(), peerValue),
                peers, own.sampleSize()));
    }

    private static BigDecimal gap(BigDecimal rep, BigDecimal peers) {
        return rep.subtract(peers).divide(peers, SCALE, RoundingMode.HALF_EVEN);
    }
}
