package io.github.kpiengine.examples.readme;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.engine.CompiledScorecard;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScorecardAccumulator;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.Kpis;
import java.time.LocalDate;

/** The README's scale snippet: a tenant's accumulator filled one activity at a time, and a part from elsewhere merged. */
public final class ScaleQuickLook {

    private ScaleQuickLook() {
    }

    /**
     * Runs the snippet.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README begin
        Kpi calls = Kpis.activityCount(ActivityType.COLD_CALL);
        CompiledScorecard compiled = CompiledScorecard.of(Scorecard.of(calls, Kpis.winRate()),
                SalesPeriod.ofQuarter(2026, 1), Grouping.byRep());

        // One accumulator per tenant: add each activity as the CRM records it, read the rep's figure.
        ScorecardAccumulator tenant = compiled.newAccumulator();
        tenant.add(Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 1, 5)));
        tenant.add(Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 1, 6)));
        System.out.println(tenant.result().result(ScopeKey.of("ann"), calls).value().orElseThrow());

        // A part filled elsewhere crosses the network as bytes and merges by rep id.
        byte[] bytes = compiled.newAccumulator()
                .add(Activity.of("bob", ActivityType.COLD_CALL, LocalDate.of(2026, 2, 2)))
                .add(Opportunity.builder("o-1", "bob", Pipeline.of("lead")).account("acme")
                        .amount(Money.parse("EUR 9000")).enter("lead", LocalDate.of(2026, 2, 2))
                        .won(LocalDate.of(2026, 3, 3)).build())
                .toByteArray();
        ScorecardResult merged = tenant.merge(compiled.decode(bytes)).result();
        System.out.println(merged.scopes());
        System.out.println(merged.result(ScopeKey.of("bob"), "win_rate").toRatio());
        // README end
    }
}
