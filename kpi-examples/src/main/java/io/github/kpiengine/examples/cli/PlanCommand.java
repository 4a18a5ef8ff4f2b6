package io.github.kpiengine.examples.cli;

import io.github.kpiengine.Money;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.examples.cli.Converters.DecimalConverter;
import io.github.kpiengine.examples.cli.Converters.MoneyConverter;
import io.github.kpiengine.examples.cli.Converters.RatioConverter;
import io.github.kpiengine.examples.cli.Converters.StageHours;
import io.github.kpiengine.examples.cli.Converters.StageHoursConverter;
import io.github.kpiengine.examples.cli.Converters.StageRatio;
import io.github.kpiengine.examples.cli.Converters.StageRatioConverter;
import io.github.kpiengine.examples.crm.Text;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.FunnelSolver;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kpi plan}: the reverse funnel from flags. */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Works a revenue target back through the funnel to the activity that produces it.")
final class PlanCommand implements Callable<Integer> {

    private static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(168);

    /** The output formats. */
    enum Format {
        /** A table for people. */
        TEXT,
        /** One JSON object. */
        JSON
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--target", required = true, paramLabel = "MONEY", converter = MoneyConverter.class,
            description = "Revenue to reach, such as 'EUR 1200000'.")
    Money target;

    @Option(names = "--deal-size", required = true, paramLabel = "MONEY", converter = MoneyConverter.class,
            description = "Average revenue of a won deal, in the target's currency.")
    Money dealSize;

    @Option(names = "--stage", required = true, paramLabel = "NAME=RATIO", converter = StageRatioConverter.class,
            description = "A stage and the share of it reaching the next (the last one's next is a won "
                    + "deal), such as 'proposal=50%%' or 'proposal=0.5'. Repeat, top of the funnel first.")
    List<StageRatio> stages = new ArrayList<>();

    @Option(names = "--opportunity-stage", paramLabel = "NAME",
            description = "The stage that counts as a new opportunity for the magic number (default: the first stage).")
    String opportunityStage;

    @Option(names = "--weeks", paramLabel = "WEEKS", converter = DecimalConverter.class,
            description = "Selling weeks of the period, such as 48 or 46.5. Give this or --calendar.")
    BigDecimal weeks;

    @Option(names = "--calendar", arity = "0..1", paramLabel = "YEAR", fallbackValue = "next",
            description = "Take the selling weeks (working days / 5) of a calendar year, Monday to Friday with no "
                    + "holidays: the next calendar year, or the YEAR given. Give this or --weeks.")
    String calendar;

    @Option(names = "--cycle-days", paramLabel = "DAYS",
            description = "Sales cycle in days; opportunities must be opened that long before the year ends. "
                    + "Needs --calendar.")
    Long cycleDays;

    @Option(names = "--confidence", paramLabel = "RATIO", converter = RatioConverter.class,
            description = "Also plan to reach the target with this chance, such as '90%%' or '0.9'.")
    Ratio confidence;

    @Option(names = "--hours-per-week", paramLabel = "HOURS", converter = DecimalConverter.class,
            description = "Work hours of a week; turns on the capacity check.")
    BigDecimal hoursPerWeek;

    @Option(names = "--selling-share", paramLabel = "RATIO", converter = RatioConverter.class,
            description = "Share of the work hours spent selling (default: 40%%).")
    Ratio sellingShare;

    @Option(names = "--activity-hours", paramLabel = "NAME=HOURS", converter = StageHoursConverter.class,
            description = "Hours one activity of a stage takes, for the capacity check. Repeatable.")
    List<StageHours> activityHours = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        // The solver answers every valid model with a plan; anything else is an internal error,
        // which the tool's guard reports.
        Plan plan = FunnelSolver.solve(model());
        String report = format == Format.JSON ? PlanReport.json(plan) : PlanReport.text(plan);
        spec.commandLine().getOut().println(report);
        return KpiCommand.EXIT_OK;
    }

    FunnelModel model() {
        if (!target.currency().equals(dealSize.currency())) {
            throw new InputException("--deal-size must be in the currency of --target ("
                    + target.currency() + "): " + dealSize);
        }
        if (!dealSize.isPositive()) {
            throw new InputException("--deal-size must be positive: " + dealSize);
        }
        Set<String> names = new HashSet<>();
        FunnelModel.Builder builder = FunnelModel.builder(target, dealSize);
        for (StageRatio stage : stages) {
            if (!names.add(stage.name())) {
                throw new InputException("--stage must name each stage once: " + Text.oneLine(stage.name()));
            }
            try {
                builder.gateway(stage.name(), stage.ratio());
            } catch (IllegalArgumentException e) {
                throw new InputException("--stage name must be a lower-case identifier of at most 64 characters: "
                        + Text.oneLine(stage.name()));
            }
        }
        if (opportunityStage != null) {
            requireStage("--opportunity-stage", opportunityStage, names);
            builder.opportunityStage(opportunityStage);
        }
        if ((weeks == null) == (calendar == null)) {
            throw new InputException(weeks == null ? "--weeks or --calendar is required"
                    : "--weeks and --calendar exclude each other: give one");
        }
        if (weeks != null) {
            requirePlaces("--weeks", weeks);
            if (weeks.signum() <= 0) {
                throw new InputException("--weeks must be positive: " + shown(weeks));
            }
            if (weeks.compareTo(FunnelModel.MAX_WEEKS) > 0) {
                throw new InputException("--weeks must be at most " + FunnelModel.MAX_WEEKS + ": " + shown(weeks));
            }
            builder.weeks(weeks);
        } else {
            builder.period(SalesPeriod.ofYear(year(calendar)), WorkCalendar.standard());
        }
        if (cycleDays != null) {
            if (calendar == null) {
                throw new InputException("--cycle-days needs --calendar: the opening deadline is a day of the year");
            }
            if (cycleDays < 0) {
                throw new InputException("--cycle-days must not be negative: " + cycleDays);
            }
            builder.cycleDays(cycleDays);
        }
        if (confidence != null) {
            if (confidence.isZero() || confidence.isOne()) {
                throw new InputException("--confidence must be above 0% and below 100%: " + confidence);
            }
            builder.confidence(confidence);
        }
        if (hoursPerWeek != null) {
            requirePlaces("--hours-per-week", hoursPerWeek);
            if (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(MAX_HOURS_PER_WEEK) > 0) {
                throw new InputException("--hours-per-week must be above 0 and at most 168: "
                        + shown(hoursPerWeek));
            }
            builder.hoursPerWeek(hoursPerWeek);
        }
        if (sellingShare != null) {
            if (sellingShare.isZero()) {
                throw new InputException("--selling-share must be above 0%: " + sellingShare);
            }
            builder.sellingShare(sellingShare);
        }
        for (StageHours hours : activityHours) {
            requireStage("--activity-hours", hours.name(), names);
            requirePlaces("--activity-hours", hours.hours());
            if (hours.hours().signum() < 0 || hours.hours().compareTo(MAX_HOURS_PER_WEEK) > 0) {
                throw new InputException("--activity-hours must be from 0 to 168 hours: " + hours.name() + "="
                        + shown(hours.hours()));
            }
            builder.hours(hours.name(), hours.hours());
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new InputException("the plan's flags do not fit together: " + e.getMessage());
        }
    }

    private static void requirePlaces(String flag, BigDecimal value) {
        if (value.stripTrailingZeros().scale() > FunnelModel.MAX_DECIMAL_PLACES) {
            throw new InputException(flag + " must have at most " + FunnelModel.MAX_DECIMAL_PLACES
                    + " decimal places: " + shown(value));
        }
    }

    /** A decimal as typed, or in exponent form when written out it would be very long; cut to 80 characters. */
    private static String shown(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return Text.oneLine(Math.abs((long) stripped.scale()) <= 200 && stripped.precision() <= 200
                ? value.toPlainString() : stripped.toString());
    }

    private static void requireStage(String flag, String name, Set<String> names) {
        if (!names.contains(name)) {
            throw new InputException(flag + " must name one of the --stage stages: " + Text.oneLine(name));
        }
    }

    private static int year(String text) {
        if (text.equals("next")) {
            return Year.now().getValue() + 1;
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= 1900 && year <= 9999) {
                return year;
            }
        } catch (NumberFormatException e) {
            // Falls through to the message below.
        }
        throw new InputException("--calendar must be a year from 1900 to 9999: " + Text.oneLine(text));
    }
}
