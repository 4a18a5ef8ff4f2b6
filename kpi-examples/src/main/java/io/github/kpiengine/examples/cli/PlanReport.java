package io.github.kpiengine.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.plan.Capacity;
import io.github.kpiengine.plan.ConfidencePlan;
import io.github.kpiengine.plan.CycleLag;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.plan.StageRequirement;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a plan as text for people or as one JSON object; README.md documents both.
 *
 * <p>The JSON carries every figure in full (the exact ones to 16 significant digits) for programs.
 * The text is for a sales manager: counts grouped by thousands, figures before rounding up to two
 * decimal places, hours to one, chances as percentages, money always with its currency.
 */
final class PlanReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanReport() {
    }

    static String json(Plan plan) {
        FunnelModel model = plan.model();
        ObjectNode json = JSON.createObjectNode().put("status", status(plan));
        if (plan instanceof Plan.Unreachable unreachable) {
            json.put("reason", unreachable.reason());
            unreachable.stage().ifPresent(stage -> json.put("stage", stage));
        } else if (plan instanceof Plan.AlreadyMet met) {
            json.put("reason", met.reason());
        }
        json.put("target", model.target().toString())
                .put("dealSize", model.averageDeal().toString())
                .put("opportunityStage", model.opportunityStage())
                .put("weeks", Figures.plain(model.weeks()));
        if (plan instanceof Plan.Reachable reachable) {
            reachable(json, reachable);
        }
        return write(json);
    }

    private static void reachable(ObjectNode json, Plan.Reachable plan) {
        json.put("wonDeals", plan.wonDeals())
                .put("wonDealsExact", Figures.plain(plan.wonDealsExact()));
        ArrayNode stages = json.putArray("stages");
        for (StageRequirement stage : plan.stages()) {
            stages.addObject()
                    .put("name", stage.stage())
                    .put("required", stage.required())
                    .put("exact", Figures.plain(stage.exact()))
                    .put("weekly", stage.weekly())
                    .put("weeklyExact", Figures.plain(stage.weeklyExact()));
        }
        json.put("newOpportunities", plan.newOpportunities())
                .put("openingWeeks", Figures.plain(plan.openingWeeks()))
                .put("magicNumber", plan.magicNumber())
                .put("magicNumberExact", Figures.plain(plan.magicNumberExact()));
        if (plan.confidence().isPresent()) {
            ConfidencePlan confidence = plan.confidence().get();
            json.put("confidence", confidence.level().toString())
                    .put("winProbability", Figures.plain(confidence.winProbability()));
            if (confidence instanceof ConfidencePlan.CountedConfidence counted) {
                json.put("confidenceNewOpportunities", counted.newOpportunities())
                        .put("confidenceMagicNumber", counted.weekly());
            } else if (confidence instanceof ConfidencePlan.UncountedConfidence uncounted) {
                json.put("confidenceReason", uncounted.reason());
            }
        }
        if (plan.cycleLag().isPresent()) {
            CycleLag lag = plan.cycleLag().get();
            json.put("cycleDays", lag.cycleDays())
                    .put("lastOpenDay", lag.lastOpenDay().toString());
        }
        if (plan.capacity().isPresent()) {
            Capacity capacity = plan.capacity().get();
            json.putObject("capacity")
                    .put("hoursNeeded", Figures.plain(capacity.hoursNeeded()))
                    .put("hoursAvailable", Figures.plain(capacity.hoursAvailable()))
                    .put("utilisation", Figures.plain(capacity.utilisation()))
                    .put("feasible", capacity.feasible());
        }
    }

    static String text(Plan plan) {
        FunnelModel model = plan.model();
        StringBuilder out = new StringBuilder();
        out.append("Target ").append(Figures.money(model.target())).append(" at ")
                .append(Figures.money(model.averageDeal()))
                .append(" a deal, over ").append(Figures.figure(model.weeks())).append(" selling ")
                .append(model.weeks().compareTo(BigDecimal.ONE) == 0 ? "week" : "weeks").append('\n');
        if (plan instanceof Plan.Unreachable unreachable) {
            out.append("UNREACHABLE: ").append(unreachable.reason());
            return out.toString();
        }
        if (plan instanceof Plan.AlreadyMet met) {
            out.append("ALREADY MET: ").append(met.reason());
            return out.toString();
        }
        Plan.Reachable reachable = (Plan.Reachable) plan;
        out.append("Won deals needed: ").append(Figures.count(reachable.wonDeals())).append('\n').append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"stage", "required", "unrounded", "a week"});
        for (StageRequirement stage : reachable.stages()) {
            rows.add(new String[] {stage.stage(), Figures.count(stage.required()), Figures.figure(stage.exact()),
                Figures.count(stage.weekly())});
        }
        int[] widths = new int[4];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            out.append(String.format(Locale.ROOT, "%-" + widths[0] + "s  %" + widths[1] + "s  %" + widths[2]
                    + "s  %" + widths[3] + "s%n", (Object[]) row));
        }
        long magic = reachable.magicNumber();
        out.append('\n').append("Magic number: ").append(Figures.count(magic))
                .append(magic == 1 ? " new opportunity (" : " new opportunities (")
                .append(model.opportunityStage()).append(") a week, ")
                .append(Figures.figure(reachable.magicNumberExact())).append(" before rounding up, over ")
                .append(Figures.figure(reachable.openingWeeks())).append(" opening ")
                .append(reachable.openingWeeks().compareTo(BigDecimal.ONE) == 0 ? "week" : "weeks");
        reachable.cycleLag().ifPresent(lag -> out.append('\n').append("Sales cycle of ")
                .append(Figures.count(lag.cycleDays()))
                .append(lag.cycleDays() == 1 ? " day" : " days").append(": open the last new opportunity by ")
                .append(lag.lastOpenDay()));
        reachable.confidence().ifPresent(c -> out.append('\n').append(confidence(c)));
        reachable.capacity().ifPresent(c -> out.append('\n').append(capacity(c, model)));
        return out.toString();
    }

    private static String confidence(ConfidencePlan plan) {
        String start = "With " + plan.level() + " confidence (each new opportunity won with a "
                + Figures.percent(plan.winProbability()) + " chance): ";
        if (plan instanceof ConfidencePlan.CountedConfidence counted) {
            return start + Figures.count(counted.newOpportunities())
                    + (counted.newOpportunities() == 1 ? " new opportunity, " : " new opportunities, ")
                    + Figures.count(counted.weekly()) + " a week";
        }
        return start + "not counted, " + ((ConfidencePlan.UncountedConfidence) plan).reason();
    }

    private static String capacity(Capacity capacity, FunnelModel model) {
        String available = hours(capacity.hoursAvailable()) + " a week available for selling";
        if (model.hoursPerActivity().isEmpty()) {
            return "Capacity: " + available + "; give --activity-hours to compare the hours the plan needs";
        }
        String text = "Capacity: " + hours(capacity.hoursNeeded()) + " a week needed of " + available + " ("
                + Figures.percent(capacity.utilisation()) + " used, " + (capacity.feasible() ? "fits" : "does NOT fit");
        Map<String, Ratio> fits = capacity.ratiosThatFit();
        if (!fits.isEmpty()) {
            text += "; it would fit at " + fits.entrySet().stream()
                    .map(fit -> fit.getKey() + " " + fit.getValue()).collect(Collectors.joining(" or "));
        }
        return text + ")";
    }

    private static String hours(BigDecimal hours) {
        return Figures.oneDecimal(hours) + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }

    /** Writes a tree on one line; Jackson keeps an object's members in the order they were put. */
    private static String write(ObjectNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            // A tree of strings, numbers and booleans always writes.
            throw new UncheckedIOException(e);
        }
    }

    private static String status(Plan plan) {
        if (plan instanceof Plan.Reachable) {
            return "REACHABLE";
        }
        return plan instanceof Plan.AlreadyMet ? "ALREADY_MET" : "UNREACHABLE";
    }
}
