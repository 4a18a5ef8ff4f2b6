package io.github.kpiengine.examples.cli;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Rep;
import io.github.kpiengine.Stage;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.examples.cli.CsvLoader.BadRowsException;
import io.github.kpiengine.examples.cli.Converters.MoneyConverter;
import io.github.kpiengine.examples.cli.CsvLoader.Loaded;
import io.github.kpiengine.examples.report.HtmlReport;
import io.github.kpiengine.examples.report.ReviewReport;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.review.ReviewInput;
import io.github.kpiengine.review.ReviewTargets;
import io.github.kpiengine.review.SalesReview;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kpi scorecard}: the standard scorecard over CSV exports. */
@Command(name = "scorecard", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluates the standard scorecard per rep over CSV files of activities and opportunities.")
final class ScorecardCommand implements Callable<Integer> {

    /** The length of the review's last and next quarters, in days. */
    static final int QUARTER_DAYS = 91;

    private static final BigDecimal GROWTH = new BigDecimal("1.1");

    /** The most bad rows listed one by one before the rest are counted. */
    static final int MAX_LISTED = 20;

    /** The output formats. */
    enum Format {
        /** An aligned table for people. */
        TEXT,
        /** CSV, one row per scope. */
        CSV
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--activities", paramLabel = "FILE",
            description = "CSV of activities: rep,type,date,account,opportunity,duration_minutes,outcome. Repeatable.")
    List<Path> activityFiles = new ArrayList<>();

    @Option(names = "--opportunities", paramLabel = "FILE",
            description = "CSV of opportunities: id,owner,account,source,created,amount,currency,stages,result,"
                    + "close_date. Repeatable.")
    List<Path> opportunityFiles = new ArrayList<>();

    @Option(names = "--pipeline", paramLabel = "STAGES", split = ",",
            defaultValue = "lead,first_appointment,proposal",
            description = "The open stages of the opportunities' pipeline, in order (default: ${DEFAULT-VALUE}).")
    List<String> pipelineStages;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "The period to evaluate: a year (2026) or START/END (2026-01-01/2026-03-31). "
                    + "Default: the first to the last day in the data.")
    String period;

    @Option(names = "--by-week", description = "One row per rep and week instead of per rep.")
    boolean byWeek;

    @Option(names = "--skip-bad-rows",
            description = "Load the good rows and report the bad ones; without it a bad row refuses the load.")
    boolean skipBadRows;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write the HTML sales review of the data to FILE: one unit of every rep; the last "
                    + "91 days of the period are the last quarter, the 91 days after it the quarter planned, the "
                    + "cohorts up to 91 days before its end give the ratios. Works on any --pipeline.")
    Path html;

    @Option(names = "--opportunity-stage", paramLabel = "STAGE",
            description = "With --html: the stage of --pipeline where a new opportunity counts, for the magic number"
                    + " and the barometer. Default: the pipeline's first stage.")
    String opportunityStage;

    @Option(names = "--quarterly-target", paramLabel = "MONEY", converter = MoneyConverter.class,
            description = "Each rep's revenue target for the quarter planned in the --html review, such as "
                    + "'EUR 300000'. Default: the rep's won revenue in the last quarter plus 10 %%, or the mean "
                    + "of the others' for a rep who won nothing.")
    Money quarterlyTarget;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        if (activityFiles.isEmpty() && opportunityFiles.isEmpty()) {
            throw new InputException("--activities or --opportunities is required");
        }
        Pipeline pipeline = pipeline();
        if (html == null && quarterlyTarget != null) {
            throw new InputException("--quarterly-target needs --html: it sets the targets of the review");
        }
        if (html == null && opportunityStage != null) {
            throw new InputException("--opportunity-stage needs --html: it sets where the review counts a new"
                    + " opportunity");
        }
        if (opportunityStage != null && pipeline.openStages().stream().noneMatch(s -> s.name().equals(opportunityStage))) {
            throw new InputException("--opportunity-stage must be one of the stages of --pipeline "
                    + String.join(",", pipelineStages) + ": " + opportunityStage);
        }
        SalesPeriod requested = period == null ? null : period(period);
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        Loaded loaded;
        try {
            loaded = CsvLoader.load(activityFiles, opportunityFiles, pipeline, skipBadRows);
        } catch (BadRowsException e) {
            report(err, name, "", e.rows());
            err.println(name + ": " + e.rows().size() + " bad row(s): nothing was loaded"
                    + " (fix them, or give --skip-bad-rows to load the others)");
            return KpiCommand.EXIT_USAGE;
        }
        report(err, name, "skipped ", loaded.skipped());
        PrintWriter out = spec.commandLine().getOut();
        SalesPeriod evaluated = requested != null ? requested : loaded.span().orElse(null);
        if (evaluated == null) {
            out.println("No activities or opportunities loaded: nothing to evaluate.");
            return KpiCommand.EXIT_OK;
        }
        Grouping grouping = byWeek ? Grouping.byRepAndWeek(WorkCalendar.standard()) : Grouping.byRep();
        ScorecardResult result = Engine.evaluate(scorecard(pipeline, loaded.activities()), loaded.log(),
                evaluated, grouping);
        String currency = loaded.log().currency().map(Object::toString).orElse("");
        if (format == Format.CSV) {
            out.print(ScorecardTable.csv(result));
        } else {
            out.println("Scorecard " + evaluated + (byWeek ? " by rep and week" : " by rep") + ": "
                    + loaded.activities().size() + " activities, " + loaded.opportunities().size()
                    + " opportunities" + (currency.isEmpty() ? "" : ", money in " + currency)
                    + (loaded.skipped().isEmpty() ? "" : ", " + loaded.skipped().size() + " bad rows skipped"));
            out.println();
            out.print(ScorecardTable.text(result));
        }
        if (html != null) {
            ReviewReport review = review(loaded, pipeline, evaluated);
            try {
                HtmlReport.write(review, html);
            } catch (IOException | UncheckedIOException e) {
                throw new InputException("--html cannot write " + html + ": " + e.getMessage());
            }
            spec.commandLine().getErr().println(name + ": wrote the sales review to " + html);
        }
        return KpiCommand.EXIT_OK;
    }

    /** The review of CSV data: one unit of every rep, the quarters around the period's end, the targets. */
    private ReviewReport review(Loaded loaded, Pipeline pipeline, SalesPeriod evaluated) {
        List<String> reps = new ArrayList<>(loaded.log().repIds());
        reps.sort(null);
        OrgTree.Builder tree = OrgTree.builder().root("all", "All reps", reps.get(0));
        reps.forEach(rep -> tree.rep(Rep.of(rep, rep), "all"));
        LocalDate end = evaluated.end();
        LocalDate lastStart = end.minusDays(QUARTER_DAYS - 1);
        SalesPeriod last = SalesPeriod.of(lastStart.isBefore(evaluated.start()) ? evaluated.start() : lastStart, end);
        LocalDate matureEnd = end.minusDays(QUARTER_DAYS);
        SalesPeriod mature = matureEnd.isBefore(evaluated.start()) ? evaluated : SalesPeriod.of(evaluated.start(), matureEnd);
        SalesPeriod next = SalesPeriod.of(end.plusDays(1), end.plusDays(QUARTER_DAYS));
        Map<String, Money> targets = targets(loaded, reps, last);
        String targetNote = quarterlyTarget != null ? quarterlyTarget + " for every rep"
                : "each rep's won revenue of the last quarter plus 10 %";
        String files = String.join(", ", java.util.stream.Stream.concat(activityFiles.stream(), opportunityFiles.stream())
                .map(path -> String.valueOf(path.getFileName())).toList());
        ReviewInput.Builder input = ReviewInput.builder(loaded.log(), tree.build(), pipeline, WorkCalendar.standard())
                .reviewed(evaluated).planned(next).matureCohorts(mature).paceWindow(last)
                .targets(ReviewTargets.perRep(targets)).openOpportunities(loaded.opportunities());
        if (opportunityStage != null) {
            input.opportunityStage(opportunityStage);
        }
        return new ReviewReport(span(evaluated), span(last), span(next),
                "CSV files (" + files + "). Conversion ratios come from the cohorts of " + mature
                        + "; the targets are " + targetNote + ".", SalesReview.of(input.build()));
    }

    private static String span(SalesPeriod period) {
        return period.start() + " to " + period.end();
    }

    private Map<String, Money> targets(Loaded loaded, List<String> reps, SalesPeriod last) {
        Optional<Currency> currency = loaded.log().currency();
        Map<String, Money> targets = new LinkedHashMap<>();
        if (quarterlyTarget != null) {
            if (currency.isPresent() && !currency.get().equals(quarterlyTarget.currency())) {
                throw new InputException("--quarterly-target must be in the data's currency " + currency.get() + ": "
                        + quarterlyTarget);
            }
            reps.forEach(rep -> targets.put(rep, quarterlyTarget));
            return targets;
        }
        String none = "--quarterly-target is required for --html: nobody won a deal in the last quarter (" + last + ")";
        if (currency.isEmpty()) {
            throw new InputException(none);
        }
        Kpi wonRevenue = Kpis.wonRevenue();
        ScorecardResult won = Engine.evaluate(Scorecard.of(wonRevenue), loaded.log(), last, Grouping.byRep());
        Map<String, BigDecimal> revenue = new LinkedHashMap<>();
        for (String rep : reps) {
            ScopeKey scope = ScopeKey.of(rep);
            if (won.scopes().contains(scope)) {
                won.result(scope, wonRevenue).value().filter(amount -> amount.signum() > 0)
                        .ifPresent(amount -> revenue.put(rep, amount));
            }
        }
        if (revenue.isEmpty()) {
            throw new InputException(none);
        }
        BigDecimal mean = revenue.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(revenue.size()), 10, RoundingMode.HALF_EVEN);
        for (String rep : reps) {
            BigDecimal base = revenue.getOrDefault(rep, mean);
            targets.put(rep, Money.of(currency.get(), base.multiply(GROWTH), RoundingMode.HALF_EVEN));
        }
        return targets;
    }

    /**
     * The standard scorecard: counts of the activity types present, then the funnel and deal KPIs,
     * named by column-friendly ids ({@code count_cold_call}, {@code conversion_lead_proposal}).
     */
    static Scorecard scorecard(Pipeline pipeline, List<Activity> activities) {
        Set<ActivityType> present = new HashSet<>();
        activities.forEach(activity -> present.add(activity.type()));
        List<Kpi> kpis = new ArrayList<>();
        for (ActivityType type : ActivityType.standard()) {
            if (present.contains(type)) {
                Kpi kpi = type.isTimed() ? Kpis.totalHours(type) : Kpis.activityCount(type);
                kpis.add(kpi.named((type.isTimed() ? "hours_" : "count_") + type.id(), kpi.displayName()));
            }
        }
        List<Stage> open = pipeline.openStages();
        for (int i = 0; i < open.size(); i++) {
            String to = i + 1 < open.size() ? open.get(i + 1).name() : pipeline.won().name();
            Kpi conversion = Kpis.stageConversion(pipeline, open.get(i).name(), to);
            kpis.add(conversion.named("conversion_" + open.get(i).name() + "_" + to, conversion.displayName()));
        }
        kpis.add(Kpis.winRate());
        kpis.add(Kpis.averageRevenuePerSale().named("average_revenue_per_sale", "Average revenue per sale"));
        kpis.add(Kpis.meanSalesCycleDays().named("mean_sales_cycle_days", "Mean sales cycle (days)"));
        kpis.add(Kpis.newAccountsWon().named("new_accounts_won", "New accounts won"));
        return new Scorecard(kpis);
    }

    private Pipeline pipeline() {
        try {
            return Pipeline.of(pipelineStages.stream().map(String::strip).toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw new InputException("--pipeline must list distinct lower-case stage names, such as "
                    + "lead,first_appointment,proposal: " + String.join(",", pipelineStages));
        }
    }

    private static SalesPeriod period(String text) {
        try {
            if (text.matches("[0-9]{4}")) {
                return SalesPeriod.ofYear(Year.parse(text).getValue());
            }
            return SalesPeriod.parse(text);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InputException("--period must be a year such as 2026 or START/END such as "
                    + "2026-01-01/2026-03-31: " + text);
        }
    }

    private static void report(PrintWriter err, String name, String prefix, List<BadRow> rows) {
        for (int i = 0; i < rows.size() && i < MAX_LISTED; i++) {
            err.println(name + ": " + prefix + rows.get(i));
        }
        if (rows.size() > MAX_LISTED) {
            err.println(name + ": " + prefix + (rows.size() - MAX_LISTED) + " more bad row(s) not listed");
        }
    }
}
