package io.github.kpiengine.examples.readme;

import io.github.kpiengine.Money;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.FunnelSolver;
import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.plan.StageRequirement;

/** The README's first snippet: a revenue target worked back to weekly new opportunities. */
public final class ReverseFunnel {

    private ReverseFunnel() {
    }

    /**
     * Runs the snippet.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // README begin
        FunnelModel model = FunnelModel.builder(Money.parse("EUR 1200000"), Money.parse("EUR 30000"))
                .gateway("call", Ratio.parse("20%"))                 // call -> first appointment
                .gateway("first_appointment", Ratio.parse("65%"))    // appointment -> proposal
                .gateway("proposal", Ratio.parse("50%"))             // proposal -> won deal
                .opportunityStage("first_appointment")
                .period(SalesPeriod.ofYear(2026), WorkCalendar.standard()) // 261 working days
                .build();

        if (FunnelSolver.solve(model) instanceof Plan.Reachable plan) {
            for (StageRequirement stage : plan.stages()) {
                System.out.println(stage);      // call 620 (exact 615.38…, 12 a week) …
            }
            System.out.println("won deals " + plan.wonDeals() + ", magic number " + plan.magicNumber()
                    + " new opportunities a week");
        }
        // README end
    }
}
