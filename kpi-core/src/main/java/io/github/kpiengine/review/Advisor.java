package io.github.kpiengine.review;

import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the figures of one rep's review for the advice rules, and applies them. */
final class Advisor implements ReviewFigure.FigureVisitor<Optional<AdviceRule.FigureReading>> {

    private final Reviewer.Basis rep;
    private final Map<String, Kpi> kpisById;
    private final Reviewer.Basis organisation;
    private final List<ReviewGateway> gateways;
    private final String opportunityStage;
    private final Optional<ActivityBarometer> barometer;
    private final List<GapToPeers> gaps;

    Advisor(Reviewer.Basis rep, Map<String, Kpi> kpisById, Reviewer.Basis organisation, List<ReviewGateway> gateways,
            String opportunityStage, Optional<ActivityBarometer> barometer, List<GapToPeers> gaps) {
        this.rep = rep;
        this.kpisById = kpisById;
        this.organisation = organisation;
        this.gateways = gateways;
        this.opportunityStage = opportunityStage;
        this.barometer = barometer;
        this.gaps = gaps;
    }

    List<Advice> advise(AdviceRules rules, AdviceFormats texts) {
        List<Advice> advice = new ArrayList<>();
        for (AdviceRule rule : rules.rules()) {
            Optional<AdviceRule.FigureReading> reading = rule.figure().accept(this);
            if (reading.isPresent()) {
                rule.apply(reading.get(), texts).ifPresent(advice::add);
            }
        }
        return advice;
    }

    @Override
    public Optional<AdviceRule.FigureReading> kpi(ReviewFigure.OfKpi figure) {
        Kpi kpi = kpi(figure.kpiId());
        return reading(kpi.displayName(), rep.figure(kpi));
    }

    @Override
    public Optional<AdviceRule.FigureReading> recorded(ReviewFigure.Recorded figure) {
        Kpi kpi = kpi(figure.kpiId());
        boolean recorded = organisation.figure(kpi).value().map(value -> value.signum() > 0).orElse(false);
        return recorded ? reading(kpi.displayName(), rep.figure(kpi)) : Optional.empty();
    }

    @Override
    public Optional<AdviceRule.FigureReading> opportunityGateway(ReviewFigure.OpportunityGateway figure) {
        for (ReviewGateway gateway : gateways) {
            if (gateway.origin() == ReviewGateway.Origin.STAGE && gateway.stage().equals(opportunityStage)) {
                return gateway(gateway);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<AdviceRule.FigureReading> closingGateway(ReviewFigure.ClosingGateway figure) {
        return gateway(gateways.get(gateways.size() - 1));
    }

    @Override
    public Optional<AdviceRule.FigureReading> gateway(ReviewFigure.GatewayAt figure) {
        ReviewGateway gateway = gateways.stream().filter(g -> g.stage().equals(figure.stage())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("rule's gateway must be a gateway of the review "
                        + gateways.stream().map(ReviewGateway::stage).toList() + ": " + figure.stage()));
        return gateway(gateway);
    }

    @Override
    public Optional<AdviceRule.FigureReading> barometer(ReviewFigure.BarometerFigure figure) {
        return barometer.map(reading -> new AdviceRule.FigureReading("Activity barometer",
                reading.percent().movePointLeft(2), rep.opened));
    }

    @Override
    public Optional<AdviceRule.FigureReading> peerGap(ReviewFigure.PeerGapOf figure) {
        for (GapToPeers gap : gaps) {
            if (gap.figure().equals(figure.figure())) {
                return Optional.of(new AdviceRule.FigureReading(gap.label(), gap.gap(), gap.sample()));
            }
        }
        return Optional.empty();
    }

    private Optional<AdviceRule.FigureReading> gateway(ReviewGateway gateway) {
        return reading(gateway.label(), rep.figure(gateway.kpi()));
    }

    private Kpi kpi(String id) {
        Kpi kpi = kpisById.get(id);
        if (kpi == null) {
            throw new IllegalArgumentException("rule's KPI must be a KPI of the review: " + id);
        }
        return kpi;
    }

    private static Optional<AdviceRule.FigureReading> reading(String label, KpiResult figure) {
        Optional<BigDecimal> value = figure.value();
        return value.map(v -> new AdviceRule.FigureReading(label, v, figure.sampleSize()));
    }
}
