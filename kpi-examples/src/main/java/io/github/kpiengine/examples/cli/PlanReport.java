package io.github.kpiengine.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kpiengine.plan.Capacity;
import io.github.kpiengine.plan.ConfidencePlan;
import io.github.kpiengine.plan.CycleLag;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.plan.StageRequirement;

/** Renders a plan as text for people or as one JSON object; README-cli.md documents both. */
final class PlanReport {

    private PlanReport() {
    }

    static String json(Plan plan) {
        FunnelModel model = plan.model();
        ObjectNode json = Json.object().put("status", status(plan));
        if (plan instanceof Plan.Unreachable unreachable) {
            json.put("reason", unreachable.reason());
            unreachable.stage().ifPresent(stage -> json.put("stage", stage));
        } else if (plan instanceof Plan.AlreadyMet met) {
            json.put("reason", met.reason());
        }
        json.put("target", model.target().toString())
                .put("dealSize", model.averageDeal().toString())
                .put("opportunityStage", model.opportunityStage())
                .put("weeks", Json.plain(model.weeks()));
        if (plan instanceof Plan.Reachable reachable) {
            reachable(json, reachable);
        }
        return Json.write(json);
    }

    private static void reachable(ObjectNode json, Plan.Reachable plan) {
        json.put("wonDeals", plan.wonDeals())
                .put("wonDealsExact", Json.plain(plan.wonDealsExact()));
        ArrayNode stages = json.putArray("stages");
        for (StageRequirement stage : plan.stages()) {
            stages.addObject()
                    .put("name", stage.stage())
                    .put("required", stage.required())
                    .put("exact", Json.plain(stage.exact()))
                    .put("weekly", stage.weekly())
                    .put("weeklyExact", Json.plain(stage.weeklyExact()));
        }
        json.put("newOpportunities", plan.newOpportunities())
                .put("openingWeeks", Json.plain(plan.openingWeeks()))
                .put("magicNumber", plan.magicNumber())
                .put("magicNumberExact", Json.plain(plan.magicNumberExact()));
        if (plan.confidence().isPresent()) {
            ConfidencePlan confidence = plan.confidence().get();
            json.put("confidence", confidence.level().toString())
                    .put("winProbability", Json.plain(confidence.winProbability()))
                    .put("confidenceNewOpportunities", confidence.newOpportunities())
                    .put("confidenceMagicNumber", confidence.weekly());
        }
        if (plan.cycleLag().isPresent()) {
            CycleLag lag = plan.cycleLag().get();
            json.put("cycleDays", lag.cycleDays())
                    .put("lastOpenDay", lag.lastOpenDay().toString());
        }
        if (plan.capacity().isPresent()) {
            Capacity capacity = plan.capacity().get();
            json.putObject("capacity")
                    .put("hoursNeeded", Json.plain(capacity.hoursNeeded()))
                    .put("hoursAvailable", Json.plain(capacity.hoursAvailable()))
                    .put("utilisation", Json.plain(capacity.utilisation()))
                    .put("feasible", capacity.feasible());
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
        reachable.confidence().ifPresent(c -> out.append('\n').append("With ").append(c.level())
                .append(" confidence: ").append(c.newOpportunities()).append(" new opportunities, ")
                .append(c.weekly()).append(" a week (win probability ")
                .append(Json.plain(c.winProbability())).append(')'));
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
