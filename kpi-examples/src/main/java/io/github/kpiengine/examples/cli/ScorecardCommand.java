package io.github.kpiengine.examples.cli;

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
import io.github.kpiengine.examples.cli.Converters.MoneyConverter;
import io.github.kpiengine.examples.crm.BadRow;
import io.github.kpiengine.examples.crm.BadRowsException;
import io.github.kpiengine.examples.crm.CrmLoader;
import io.github.kpiengine.examples.crm.Loaded;
import io.github.kpiengine.examples.crm.Mapping;
import io.github.kpiengine.examples.crm.Text;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kpi scorecard}: the standard scorecard over CSV exports, read through a mapping. */
@Command(name = "scorecard", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluates the standard scorecard per rep over CSV files of activities and opportunities: "
                + "the tool's own layout, a CRM's export through --preset, or any export through --mapping.")
final class ScorecardCommand implements Callable<Integer> {

    /** The length of the review's last and next quarters, in days. */
    static final int QUARTER_DAYS = 91;

    private static final BigDecimal GROWTH = new BigDecimal("1.1");

    /** The most bad rows listed one by one before the rest are counted. */
    static final int MAX_LISTED = 20;

    /** The last year a period may reach, as the readers of the files take dates. */
    static final int MAX_YEAR = 9999;

    /** The most rows a scorecard by week may have: reps times weeks. */
    static final long MAX_WEEK_ROWS = 1_000_000;

    /** The calendar whose weeks split the period: Monday to Sunday. */
    private static final WorkCalendar CALENDAR = WorkCalendar.standard();

    /** The output formats. */
    enum Format {
        /** An aligned table for people. */
        TEXT,
        /** CSV, one row per scope. */
        CSV
    }

    @Spec
    CommandSpec spec;

    /** The default open stages of the tool's own layout. */
    static final List<String> DEFAULT_PIPELINE = List.of("lead", "first_appointment", "proposal");

    @Option(names = "--activities", paramLabel = "FILE",
            description = "CSV of activities (own layout: rep,type,date,account,opportunity,duration_minutes,"
                    + "outcome). Repeatable.")
    List<Path> activityFiles = new ArrayList<>();

    @Option(names = "--opportunities", paramLabel = "FILE",
            description = "CSV of opportunities (own layout: id,owner,account,source,created,amount,currency,stages,"
                    + "result,close_date). Repeatable.")
    List<Path> opportunityFiles = new ArrayList<>();

    @Option(names = "--stage-history", paramLabel = "FILE",
            description = "CSV of stage changes, one row each (Salesforce's Opportunity History report), for a "
                    + "mapping whose stage history comes in rows. Repeatable.")
    List<Path> stageHistoryFiles = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Layout layout;

    /** Where the files' layout comes from: a bundled preset or a mapping file. */
    static final class Layout {
        @Option(names = "--preset", paramLabel = "NAME", required = true,
                description = "Read the files as a CRM exports them: salesforce, hubspot or pipedrive (or kpi, the "
                        + "tool's own layout, the default).")
        String preset;

        @Option(names = "--mapping", paramLabel = "FILE", required = true,
                description = "Read the files through a JSON mapping file (start from 'kpi mapping init --preset "
                        + "NAME').")
        Path mapping;
    }

    @Option(names = "--pipeline", paramLabel = "STAGES", split = ",",
            description = "The open stages of the opportunities' pipeline, in order, for a mapping without one, "
                    + "such as the tool's own layout (default: lead,first_appointment,proposal).")
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
        Mapping mapping = mapping();
        Pipeline pipeline = mapping.pipeline().orElseThrow();
        if (html == null && quarterlyTarget != null) {
            throw new InputException("--quarterly-target needs --html: it sets the targets of the review");
        }
        if (html == null && opportunityStage != null) {
            throw new InputException("--opportunity-stage needs --html: it sets where the review counts a new"
                    + " opportunity");
        }
        if (opportunityStage != null && pipeline.openStages().stream().noneMatch(s -> s.name().equals(opportunityStage))) {
            throw new InputException("--opportunity-stage must be one of the stages of "
                    + (pipelineFromOption ? "--pipeline" : "the " + mapping.name() + " pipeline") + " "
                    + pipeline.openStages().stream().map(Stage::name).collect(java.util.stream.Collectors.joining(","))
                    + ": " + Text.oneLine(opportunityStage));
        }
        if (quarterlyTarget != null && (!quarterlyTarget.isPositive()
                || quarterlyTarget.amount().unscaledValue().bitLength() >= Long.SIZE)) {
            // The review adds targets up in longs of minor units, as the log adds amounts.
            throw new InputException("--quarterly-target must be above zero and at most "
                    + Money.of(quarterlyTarget.currency(), BigDecimal.valueOf(Long.MAX_VALUE,
                            quarterlyTarget.amount().scale())) + ": " + Text.oneLine(quarterlyTarget.toString()));
        }
        SalesPeriod requested = period == null ? null : period(period);
        requireFiles("--activities", activityFiles);
        requireFiles("--opportunities", opportunityFiles);
        requireFiles("--stage-history", stageHistoryFiles);
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName();
        Loaded loaded;
        try {
            CrmLoader loader = CrmLoader.with(mapping).activities(activityFiles).opportunities(opportunityFiles)
                    .stageHistory(stageHistoryFiles).skipBadRows(skipBadRows);
            if (html != null) {
                // The review counts the opportunities open at the period's end as the pipeline in hand.
                loader.keepOpportunitiesOpenAfter(Optional.ofNullable(requested).map(SalesPeriod::end));
            }
            loaded = loader.load();
        } catch (BadRowsException e) {
            report(err, name, "", e.rows(), e.count());
            err.println(name + ": " + e.count() + " bad row(s): nothing was loaded"
                    + " (fix them, or give --skip-bad-rows to load the others)");
            return KpiCommand.EXIT_USAGE;
        }
        report(err, name, "skipped ", loaded.skipped(), loaded.skippedCount());
        PrintWriter out = spec.commandLine().getOut();
        if (loaded.span().isEmpty()) {
            err.println(name + ": nothing to evaluate: no row was loaded" + (loaded.skippedCount() == 0
                    ? ", the files hold only their headers" : ", every row was bad (" + loaded.skippedCount()
                    + " skipped)"));
            return KpiCommand.EXIT_NOTHING_TO_EVALUATE;
        }
        SalesPeriod evaluated = requested != null ? requested : loaded.span().get();
        if (!loaded.hasDataIn(evaluated)) {
            err.println(name + ": nothing to evaluate: no activity, opportunity or stage change in --period "
                    + evaluated + " (the data span " + loaded.span().get() + ")");
            return KpiCommand.EXIT_NOTHING_TO_EVALUATE;
        }
        if (byWeek) {
            requireWeeks(evaluated, loaded.log().repIds().size());
        }
        Grouping grouping = byWeek ? Grouping.byRepAndWeek(CALENDAR) : Grouping.byRep();
        ScorecardResult result = Engine.evaluate(scorecard(pipeline, loaded.activityTypes()), loaded.log(),
                evaluated, grouping);
        String currency = loaded.log().currency().map(Object::toString).orElse("");
        if (format == Format.CSV) {
            out.print(ScorecardTable.csv(result, CALENDAR));
        } else {
            out.println("Scorecard " + evaluated + (byWeek ? " by rep and week" : " by rep") + ": "
                    + loaded.log().activityCount() + " activities, " + loaded.log().opportunityCount()
                    + " opportunities" + (currency.isEmpty() ? "" : ", money in " + currency)
                    + (loaded.skippedCount() == 0 ? "" : ", " + loaded.skippedCount() + " bad rows skipped"));
            out.println();
            out.print(ScorecardTable.text(result, CALENDAR));
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
                .targets(ReviewTargets.perRep(targets)).openOpportunities(loaded.openOpportunities());
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
     * The standard scorecard: counts of the activity types present (standard types first, then those
     * a mapping declares), then the funnel and deal KPIs, named by column-friendly ids
     * ({@code count_cold_call}, {@code conversion_lead_proposal}).
     */
    static Scorecard scorecard(Pipeline pipeline, List<ActivityType> present) {
        List<Kpi> kpis = new ArrayList<>();
        for (ActivityType type : present) {
            Kpi kpi = type.isTimed() ? Kpis.totalHours(type) : Kpis.activityCount(type);
            kpis.add(kpi.named((type.isTimed() ? "hours_" : "count_") + type.id(), kpi.displayName()));
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

    /** The mapping of the files, with its pipeline, checked against the other options. */
    /** Whether the pipeline is --pipeline's (or its default), the mapping having none of its own. */
    private boolean pipelineFromOption;

    private Mapping mapping() {
        Mapping mapping;
        if (layout != null && layout.mapping != null) {
            requireFiles("--mapping", List.of(layout.mapping));
            mapping = Mapping.read(layout.mapping);
        } else {
            mapping = Mapping.preset(layout != null ? preset(layout.preset) : "kpi");
        }
        if (mapping.pipeline().isPresent()) {
            if (pipelineStages != null) {
                throw new InputException("--pipeline is for a mapping without a pipeline: the " + mapping.name()
                        + " mapping has its own");
            }
        } else {
            mapping = mapping.withPipeline(pipeline(pipelineStages != null ? pipelineStages : DEFAULT_PIPELINE));
            pipelineFromOption = true;
        }
        if (!stageHistoryFiles.isEmpty() && !mapping.readsStageHistoryFiles()) {
            throw new InputException("--stage-history is for a mapping whose stage history comes in rows, such as "
                    + "--preset salesforce: the " + mapping.name() + " mapping reads it from the opportunities");
        }
        if (stageHistoryFiles.isEmpty() && mapping.readsStageHistoryFiles() && !opportunityFiles.isEmpty()) {
            throw new InputException("--stage-history is required: the " + mapping.name()
                    + " mapping reads the stage history from a file of its own, one row per stage change");
        }
        return mapping;
    }

    /**
     * Checks a preset's name.
     *
     * @return the name
     * @throws InputException naming {@code --preset} if there is no such preset
     */
    static String preset(String name) {
        if (!Mapping.presetNames().contains(name.toLowerCase(Locale.ROOT))) {
            throw new InputException("--preset: unknown preset " + Text.quote(name) + " (expected one of "
                    + String.join(", ", Mapping.presetNames()) + ")");
        }
        return name;
    }

    /** Checks that each file of an option is there to read, naming the option. */
    private static void requireFiles(String option, List<Path> files) {
        for (Path file : files) {
            String shown = option + " " + Text.quote(file.toString());
            if (Files.isDirectory(file)) {
                throw new InputException(shown + ": a directory, not a file");
            }
            if (!Files.exists(file)) {
                throw new InputException(shown + ": no such file");
            }
            if (!Files.isReadable(file)) {
                throw new InputException(shown + ": cannot be read");
            }
        }
    }

    /** Refuses a scorecard by week too large to print: the rows are the reps times the weeks. */
    private static void requireWeeks(SalesPeriod period, int reps) {
        LocalDate monday = period.start().with(TemporalAdjusters.previousOrSame(CALENDAR.weekStart()));
        long weeks = ChronoUnit.WEEKS.between(monday, period.end()) + 1;
        if (weeks * reps > MAX_WEEK_ROWS) {
            throw new InputException("--by-week over --period " + period + " gives " + weeks * reps + " rows ("
                    + reps + " reps, " + weeks + " weeks), more than " + MAX_WEEK_ROWS
                    + ": give a shorter --period");
        }
    }

    private static Pipeline pipeline(List<String> stages) {
        try {
            return Pipeline.of(stages.stream().map(String::strip).toArray(String[]::new));
        } catch (IllegalArgumentException e) {
            throw new InputException("--pipeline must list distinct lower-case stage names, such as "
                    + "lead,first_appointment,proposal: " + Text.oneLine(String.join(",", stages)));
        }
    }

    private static SalesPeriod period(String text) {
        SalesPeriod period;
        try {
            String typed = text.strip();
            period = typed.matches("[0-9]{4}") ? SalesPeriod.ofYear(Year.parse(typed).getValue())
                    : SalesPeriod.parse(typed);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new InputException("--period must be a year such as 2026 or START/END such as "
                    + "2026-01-01/2026-03-31: " + Text.oneLine(text));
        }
        if (period.start().getYear() < 1 || period.end().getYear() > MAX_YEAR) {
            throw new InputException("--period must lie within the years 1 to " + MAX_YEAR + ": " + Text.oneLine(text));
        }
        return period;
    }

    private static void report(PrintWriter err, String name, String prefix, List<BadRow> rows, int count) {
        for (int i = 0; i < rows.size() && i < MAX_LISTED; i++) {
            err.println(name + ": " + prefix + rows.get(i));
        }
        if (count > MAX_LISTED) {
            err.println(name + ": " + prefix + (count - MAX_LISTED) + " more bad row(s) not listed");
        }
    }
}
