package io.github.kpiengine.examples;

import io.github.kpiengine.Money;
import io.github.kpiengine.examples.report.HtmlReport;
import io.github.kpiengine.examples.report.ReviewReport;
import io.github.kpiengine.examples.sample.SampleCompany;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.plan.Focus;
import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.review.ActivityBarometer;
import io.github.kpiengine.review.Advice;
import io.github.kpiengine.review.GapToPeers;
import io.github.kpiengine.review.RepReview;
import io.github.kpiengine.review.ReviewKpis;
import io.github.kpiengine.review.SalesReview;
import io.github.kpiengine.review.UnitReview;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The main example: reviews the bundled sample company, plans the next quarter for every rep and
 * writes an HTML report.
 *
 * <p>It reviews the sample with kpi-core's {@link SalesReview}: the figures of every rep and unit
 * over 2026, the plan of the first quarter of 2027 from each rep's revenue target (at the rep's own
 * ratios blended toward the team's, the pipeline in hand counted), and per rep the magic number (new
 * opportunities a week), the activity barometer (new opportunities a week in the last quarter ÷ the
 * exact weekly need), the gaps to peers, the KPIs to focus on, the projection and the advice. The
 * report goes to {@code target/kpi-report.html}.
 *
 * <p>Run it from the repository root with {@code ./mvnw -q -pl kpi-examples -am compile exec:java}.
 */
public final class Main {

    /** Where the report is written, relative to this module's directory. */
    public static final Path REPORT = Path.of("target", "kpi-report.html");

    private static final Path MODULE = Path.of("kpi-examples");

    private Main() {
    }

    /**
     * Runs the example, printing to standard output and writing the report to {@link #REPORT}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        // exec:java from the repository root runs in the root directory, not the module's.
        Path module = Files.isRegularFile(MODULE.resolve("pom.xml")) ? MODULE : Path.of("");
        Path report = run(System.out, module.resolve(REPORT));
        System.out.println();
        System.out.println("Report: " + report.toAbsolutePath().normalize());
    }

    /**
     * Runs the example, printing to the given stream and writing the report to a file.
     *
     * @param out where the text goes
     * @param report the file the HTML report is written to; its directory is created if missing
     * @return the report file
     * @throws UncheckedIOException if the report cannot be written
     */
    public static Path run(PrintStream out, Path report) {
        ReviewReport review = ReviewReport.of(SampleCompany.create());
        print(review, out);
        try {
            HtmlReport.write(review, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    /**
     * Prints a review: one table for the units, one for the reps, then a few lines per rep.
     *
     * @param report the review and the names of its periods
     * @param out where the text goes
     */
    public static void print(ReviewReport report, PrintStream out) {
        SalesReview review = report.review();
        ReviewKpis kpis = review.kpis();
        out.println(review.input().org().root().name() + ": sales review of " + report.periodLabel()
                + ", plan for " + report.nextLabel());
        review.input().log().currency().ifPresent(currency -> out.println("Amounts in " + currency + "."));
        out.println();
        out.printf(Locale.ROOT, "%-28s %4s %14s %5s %10s %9s %6s%n",
                "Unit", "Reps", "Won revenue", "Deals", "Rev/sale", "Win rate", "Cycle");
        for (UnitReview unit : review.units()) {
            out.printf(Locale.ROOT, "%-28s %4d %14s %5s %10s %9s %6s%n",
                    "  ".repeat(unit.depth()) + unit.unit().name(), unit.reps().size(),
                    amount(unit.figure(kpis.wonRevenue())), deals(unit.figure(kpis.dealsWon())),
                    amount(unit.figure(kpis.revenuePerSale())), percent(unit.figure(kpis.winRate())),
                    days(unit.figure(kpis.salesCycle())));
        }
        out.println();
        String next = report.nextLabel().split(" ")[0];
        String last = report.lastLabel().split(" ")[0];
        out.printf(Locale.ROOT, "%-16s %-17s %10s %5s %9s %10s %5s %8s %9s%n",
                "Rep", "Team", "Rev/sale", "Cycle", "Win rate", next + " target", "Magic", last + " /wk", "Barometer");
        for (RepReview rep : review.reps()) {
            out.printf(Locale.ROOT, "%-16s %-17s %10s %5s %9s %10s %5s %8s %9s%n",
                    rep.rep().name(), rep.unit().name(), amount(rep.figure(kpis.revenuePerSale())),
                    days(rep.figure(kpis.salesCycle())), percent(rep.figure(kpis.winRate())), grouped(rep.target()),
                    rep.magicNumber().map(String::valueOf).orElse("-"), twoPlaces(rep.newOpportunitiesPerWeek()),
                    rep.barometer().map(Main::barometer).orElse("-"));
        }
        String opening = review.input().pipeline().stage(review.input().opportunityStage()).displayName();
        out.println();
        out.println("Magic number: new opportunities (entries into " + opening + ") a week to reach the "
                + report.nextLabel() + " target.");
        out.println("Barometer: new opportunities a week in " + report.lastLabel() + " ÷ the exact weekly need"
                + " (healthy at 100 % or more).");
        out.println("Conversions: the cohorts of " + review.matureCohorts() + ", so that every deal had time to close.");
        for (RepReview rep : review.reps()) {
            out.println();
            out.println(rep.rep().name() + " (" + rep.unit().name() + ")");
            if (rep.plan() instanceof Plan.Unreachable unreachable) {
                out.println("  plan:   unreachable: " + unreachable.reason());
            }
            out.println("  ratios: " + rep.ratios().stream().map(ratio -> report.gatewayLabel(ratio.gateway()) + " "
                    + percent(ratio.planned().value())).collect(Collectors.joining("; ")));
            out.println("  peers:  " + ReviewReport.withoutNotableGap(review, rep).orElseGet(() -> ReviewReport
                    .notable(rep.peerGaps()).stream().limit(3).map(ReviewReport::describe)
                    .collect(Collectors.joining("; "))));
            if (!rep.focus().isEmpty()) {
                out.println("  focus:  " + rep.focus().stream().map(f -> focus(report, f))
                        .collect(Collectors.joining("; ")));
            }
            rep.projection().ifPresent(projection -> out.println("  at this pace: " + money(projection.expectedRevenue())
                    + " expected in " + report.nextLabel() + " (10th to 90th percentile " + money(projection.p10())
                    + " to " + money(projection.p90()) + ")"));
            for (Advice advice : rep.advice()) {
                out.println("  advice: " + advice.text());
            }
        }
    }

    private static String focus(ReviewReport report, Focus focus) {
        String text = report.gatewayLabel(focus.stage()) + " " + percent(focus.ratio().value());
        String peers = focus.gapToReference()
                .map(gap -> "peers " + percent(focus.ratio().value().subtract(gap.movePointLeft(2))) + ", ")
                .orElse("");
        String saves = focus.activitiesSaved() > 0 ? "+1 pt saves " + focus.activitiesSaved() + " activities" : "";
        String detail = (peers + saves).replaceAll(", $", "");
        return detail.isEmpty() ? text : text + " (" + detail + ")";
    }

    private static String barometer(ActivityBarometer barometer) {
        return barometer.percent().setScale(0, RoundingMode.HALF_EVEN).toPlainString() + " %"
                + (barometer.healthy() ? "" : " !");
    }

    static String percent(KpiResult result) {
        return result.value().map(Main::percent).orElse("n/a");
    }

    static String percent(BigDecimal ratio) {
        return ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    static String twoPlaces(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    static String amount(KpiResult result) {
        return result.value().map(value -> String.format(Locale.ROOT, "%,d",
                value.setScale(0, RoundingMode.HALF_EVEN).longValueExact())).orElse("n/a");
    }

    static String deals(KpiResult dealsWon) {
        return dealsWon.value().map(BigDecimal::toPlainString).orElse("0");
    }

    static String days(KpiResult result) {
        return result.value().map(value -> value.setScale(0, RoundingMode.HALF_EVEN) + " d").orElse("n/a");
    }

    /** Money in words: its currency and its whole amount grouped by thousands, {@code EUR 1,214,186}. */
    static String money(Money money) {
        return money.currency().getCurrencyCode() + " " + grouped(money);
    }

    /** A whole amount grouped by thousands, for a table whose currency is said once. */
    static String grouped(Money money) {
        return String.format(Locale.ROOT, "%,d", money.amount().setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
    }
}
