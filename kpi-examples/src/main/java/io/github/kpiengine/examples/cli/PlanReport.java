package io.github.kpiengine.examples.cli;

import io.github.kpiengine.plan.Capacity;
import io.github.kpiengine.plan.ConfidencePlan;
import io.github.kpiengine.plan.CycleLag;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.plan.StageRequirement;
import java.util.ArrayList;
import java.util.List;

/** Renders a plan as text for people or as one JSON object; README-cli.md documents both. */
final class PlanReport {

    private PlanReport() {
    }

    static String json(Plan plan) {
        FunnelModel model = plan.model();
        Json json = Json.object().string("status", status(plan));
        if (plan instanceof Plan.Unreachable unreachable) {
            json.string("reason", unreachable.reason());
            unreachable.stage().ifPresent(stage -> json.string("stage", stage));
        } else if (plan instanceof Plan.AlreadyMet met) {
            json.string("reason", met.reason());
        }
        json.string("target", model.target().toString())
                .string("dealSize", model.averageDeal().toString())
                .string("opportunityStage", model.opportunityStage())
                .decimal("weeks", model.weeks());
        if (plan instanceof Plan.Reachable reachable) {
            reachable(json, reachable);
        }
        return json.toString();
    }

    private static void reachable(Json json, Plan.Reachable plan) {
        List<Json> stages = new ArrayList<>();
        for (StageRequirement stage : plan.stages()) {
            stages.add(Json.object()
                    .string("name", stage.stage())
                    .number("required", stage.required())
                    .decimal("exact", stage.exact())
                    .number("weekly", stage.weekly())
                    .decimal("weeklyExact", stage.weeklyExact()));
        }
        json.number("wonDeals", plan.wonDeals())
                .decimal("wonDealsExact", plan.wonDealsExact())
                .array("stages", stages)
                .number("newOpportunities", plan.newOpportunities())
                .decimal("openingWeeks", plan.openingWeeks())
                .number("magicNumber", plan.magicNumber())
                .decimal("magicNumberExact", plan.magicNumberExact());
        if (plan.confidence().isPresent()) {
            ConfidencePlan confidence = plan.confidence().get();
            json.string("confidence", confidence.level().toString())
                    .decimal("winProbability", confidence.winProbability());
            if (confidence instanceof ConfidencePlan.Counted counted) {
                json.number("confidenceNewOpportunities", counted.newOpportunities())
                        .number("confidenceMagicNumber", counted.weekly());
            } else if (confidence instanceof ConfidencePlan.Uncounted uncounted) {
                json.string("confidenceReason", uncounted.reason());
            }
        }
        if (plan.cycleLag().isPresent()) {
            CycleLag lag = plan.cycleLag().get();
            json.number("cycleDays", lag.cycleDays())
                    .string("lastOpenDay", lag.lastOpenDay().toString());
        }
        if (plan.capacity().isPresent()) {
            Capacity capacity = plan.capacity().get();
            json.object("capacity", Json.object()
                    .decimal("hoursNeeded", capacity.hoursNeeded())
                    .decimal("hoursAvailable", capacity.hoursAvailable())
                    .decimal("utilisation", capacity.utilisation())
                    .bool("feasible", capacity.feasible()));
        }
    }

    static String text(Plan plan) {
        FunnelModel model = plan.model();
        StringBuilder out = new StringBuilder();
        out.append("Target ").append(model.target()).append(" at ").append(model.averageDeal())
                .append(" a deal, over ").append(Json.plain(model.weeks())).append(" selling weeks\n");
        if (plan instanceof Plan.Unreachable unreachable) {
            out.append("UNREACHABLE: ").append(unreachable.reason());
            return out.toString();
        }
        if (plan instanceof Plan.AlreadyMet met) {
            out.append("ALREADY MET: ").append(met.reason());
            return out.toString();
        }
        Plan.Reachable reachable = (Plan.Reachable) plan;
        out.append("Won deals needed: ").append(reachable.wonDeals()).append('\n').append('\n');
        int width = "stage".length();
        for (StageRequirement stage : reachable.stages()) {
            width = Math.max(width, stage.stage().length());
        }
        String row = "%-" + width + "s  %10s  %20s  %8s%n";
        out.append(String.format(row, "stage", "required", "exact", "a week"));
        for (StageRequirement stage : reachable.stages()) {
            out.append(String.format(row, stage.stage(), stage.required(), Json.plain(stage.exact()),
                    stage.weekly()));
        }
        out.append('\n').append("Magic number: ").append(reachable.magicNumber())
                .append(" new opportunities (").append(model.opportunityStage()).append(") a week, exact ")
                .append(Json.plain(reachable.magicNumberExact())).append(", over ")
                .append(Json.plain(reachable.openingWeeks())).append(" opening weeks");
        reachable.cycleLag().ifPresent(lag -> out.append('\n').append("Sales cycle of ").append(lag.cycleDays())
                .append(" days: open the last new opportunity by ").append(lag.lastOpenDay()));
        reachable.confidence().ifPresent(c -> {
            out.append('\n').append("With ").append(c.level()).append(" confidence: ");
            if (c instanceof ConfidencePlan.Counted counted) {
                out.append(counted.newOpportunities()).append(" new opportunities, ")
                        .append(counted.weekly()).append(" a week");
            } else {
                out.append("not counted, ").append(((ConfidencePlan.Uncounted) c).reason());
            }
            out.append(" (win probability ").append(Json.plain(c.winProbability())).append(')');
        });
        reachable.capacity().ifPresent(c -> out.append('\n').append("Capacity: ")
                .append(Json.plain(c.hoursNeeded())).append(" hours a week needed of ")
                .append(Json.plain(c.hoursAvailable())).append(" available for selling (")
                .append(c.feasible() ? "fits" : "does NOT fit").append(')'));
        return out.toString();
    }

    private static String status(Plan plan) {
        if (plan instanceof Plan.Reachable) {
            return "REACHABLE";
        }
        return plan instanceof Plan.AlreadyMet ? "ALREADY_MET" : "UNREACHABLE";
    }
}
