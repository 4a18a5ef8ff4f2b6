package io.github.kpiengine.examples.cli;

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
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
 * decimal places, chances as percentages, money always with its currency.
 */
final class PlanReport {

    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

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
                    .put("winProbability", Json.plain(confidence.winProbability()));
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
                    .put("hoursNeeded", Json.plain(capacity.hoursNeeded()))
                    .put("hoursAvailable", Json.plain(capacity.hoursAvailable()))
                    .put("utilisation", Json.plain(capacity.utilisation()))
                    .put("feasible", capacity.feasible());
        }
    }

    static String text(Plan plan) {
        FunnelModel model = plan.model();
        StringBuilder out = new StringBuilder();
        out.append("Target ").append(money(model.target())).append(" at ").append(money(model.averageDeal()))
                .append(" a deal, over ").append(figure(model.weeks())).append(" selling ")
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
        out.append("Won deals needed: ").append(count(reachable.wonDeals())).append('\n').append('\n');
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"stage", "required", "unrounded", "a week"});
        for (StageRequirement stage : reachable.stages()) {
            rows.add(new String[] {stage.stage(), count(stage.required()), figure(stage.exact()),
                count(stage.weekly())});
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
        out.append('\n').append("Magic number: ").append(count(magic))
                .append(magic == 1 ? " new opportunity (" : " new opportunities (")
                .append(model.opportunityStage()).append(") a week, ")
                .append(figure(reachable.magicNumberExact())).append(" before rounding up, over ")
                .append(figure(reachable.openingWeeks())).append(" opening ")
                .append(reachable.openingWeeks().compareTo(BigDecimal.ONE) == 0 ? "week" : "weeks");
        reachable.cycleLag().ifPresent(lag -> out.append('\n').append("Sales cycle of ").append(count(lag.cycleDays()))
                .append(lag.cycleDays() == 1 ? " day" : " days").append(": open the last new opportunity by ")
                .append(lag.lastOpenDay()));
        reachable.confidence().ifPresent(c -> out.append('\n').append(confidence(c)));
        reachable.capacity().ifPresent(c -> out.append('\n').append(capacity(c, model)));
        return out.toString();
    }

    private static String confidence(ConfidencePlan plan) {
        String start = "With " + plan.level() + " confidence (each new opportunity won with a "
                + percent(plan.winProbability()) + " chance): ";
        if (plan instanceof ConfidencePlan.CountedConfidence counted) {
            return start + count(counted.newOpportunities())
                    + (counted.newOpportunities() == 1 ? " new opportunity, " : " new opportunities, ")
                    + count(counted.weekly()) + " a week";
        }
        return start + "not counted, " + ((ConfidencePlan.UncountedConfidence) plan).reason();
    }

    private static String capacity(Capacity capacity, FunnelModel model) {
        String available = hours(capacity.hoursAvailable()) + " a week available for selling";
        if (model.hoursPerActivity().isEmpty()) {
            return "Capacity: " + available + "; give --activity-hours to compare the hours the plan needs";
        }
        String text = "Capacity: " + hours(capacity.hoursNeeded()) + " a week needed of " + available + " ("
                + percent(capacity.utilisation()) + " used, " + (capacity.feasible() ? "fits" : "does NOT fit");
        Map<String, Ratio> fits = capacity.ratiosThatFit();
        if (!fits.isEmpty()) {
            text += "; it would fit at " + fits.entrySet().stream()
                    .map(fit -> fit.getKey() + " " + fit.getValue()).collect(Collectors.joining(" or "));
        }
        return text + ")";
    }

    private static String hours(BigDecimal hours) {
        return figure(hours) + (hours.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
    }

    /** A count grouped by thousands: 2,083,333,333,333,334. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * A figure for people: two decimal places, grouped by thousands, without trailing zeros; a
     * figure below 0.01 keeps two significant digits rather than showing as zero.
     */
    static String figure(BigDecimal value) {
        BigDecimal rounded = value.abs().compareTo(new BigDecimal("0.01")) < 0 && value.signum() != 0
                ? value.round(TWO_DIGITS) : value.setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal stripped = rounded.signum() == 0 ? BigDecimal.ZERO : rounded.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMinimumFractionDigits(Math.max(0, stripped.scale()));
        format.setMaximumFractionDigits(Math.max(0, stripped.scale()));
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(stripped);
    }

    /** A share as a percentage for people: 0.325 is 32.5%. */
    static String percent(BigDecimal share) {
        return figure(share.movePointRight(2)) + "%";
    }

    /** Money for people, always with its currency: EUR 1,200,000.00. */
    static String money(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        int scale = money.amount().scale();
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return money.currency().getCurrencyCode() + " " + format.format(money.amount());
    }

    private static String status(Plan plan) {
        if (plan instanceof Plan.Reachable) {
            return "REACHABLE";
        }
        return plan instanceof Plan.AlreadyMet ? "ALREADY_MET" : "UNREACHABLE";
    }
}
