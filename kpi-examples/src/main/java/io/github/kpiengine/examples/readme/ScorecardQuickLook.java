package io.github.kpiengine.examples.readme;

import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Target;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The README's engine snippet: a scorecard with a carried target and a peer gap, evaluated per rep. */
public final class ScorecardQuickLook {

    private ScorecardQuickLook() {
    }

    /**
     * Runs the snippet.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README begin
        Pipeline sales = Pipeline.of("lead", "proposal");
        ActivityLog log = ActivityLog.create()
                .append(Opportunity.builder("o-1", "ann", sales).account("acme").amount(Money.parse("EUR 30000"))
                        .enter("lead", LocalDate.of(2026, 1, 12)).won(LocalDate.of(2026, 2, 20)).build())
                .append(Opportunity.builder("o-2", "ann", sales).account("beta").amount(Money.parse("EUR 20000"))
                        .enter("lead", LocalDate.of(2026, 1, 14)).lost(LocalDate.of(2026, 3, 2)).build())
                .append(Opportunity.builder("o-3", "bob", sales).account("core").amount(Money.parse("EUR 90000"))
                        .enter("lead", LocalDate.of(2026, 1, 20)).won(LocalDate.of(2026, 3, 9)).build());

        Kpi perSale = Kpis.averageRevenuePerSale();
        Kpi winRate = Kpis.winRate()        // green from 50 %, red under 30 %, judged after 2 deals
                .withTarget(Target.of(new BigDecimal("0.5"), new BigDecimal("0.3"), 2));
        Kpi gapToPeers = Kpis.peerGap(perSale);
        ScorecardResult result = Engine.evaluate(Scorecard.of(winRate, perSale, gapToPeers),
                log, SalesPeriod.ofQuarter(2026, 1), Grouping.byRep());

        ScopeKey ann = ScopeKey.of("ann");
        System.out.println(result.result(ann, winRate).toRatio());                 // 1/2: 1 won of 2 closed
        System.out.println(result.status(ann, winRate).orElseThrow());             // GREEN
        System.out.println(result.result(ann, perSale).toMoney().orElseThrow());   // EUR 30000.00
        System.out.println(result.result(ann, gapToPeers).value().orElseThrow());  // -0.6666666667: 67 % below peers
        System.out.println(gapToPeers.id());                                       // peer_gap(revenue_per_sale)
        // README end
    }
}
