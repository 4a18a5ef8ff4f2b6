package io.github.kpiengine.examples.report;

import static io.github.kpiengine.examples.report.Markup.esc;
import static io.github.kpiengine.examples.report.Markup.percentOf;
import static io.github.kpiengine.examples.report.Markup.whole;

import io.github.kpiengine.Money;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.plan.Focus;
import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.review.GapToPeers;
import io.github.kpiengine.review.RepReview;
import io.github.kpiengine.review.ReviewKpis;
import io.github.kpiengine.review.SalesReview;
import io.github.kpiengine.review.StageFigure;
import io.github.kpiengine.review.UnitReview;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a {@linkplain ReviewReport review} as one self-contained page: well-formed XHTML with inline SVG charts, inline
 * styles and no external resource, readable by any XML parser.
 *
 * <p>The page holds three charts, each an {@code svg} element with an id: {@code funnel} (the
 * company's funnel, required in the planned period against done in the pace window, one row per
 * gateway of the review's pipeline, named by its display names), {@code barometer} (each rep's
 * activity barometer) and {@code peers} (each rep's gaps to the peers); then the rep table, id
 * {@code reps}, whose magic number cell has the id {@code magic-<rep id>} and whose barometer cell
 * has the id {@code barometer-<rep id>}; then the unit table, id {@code units}.
 *
 * <p>The page reads on a phone as on a desktop: it lays out at the device's width, the charts keep
 * their text size as their bars stretch (see {@link Charts}), and a table or chart wider than the
 * screen scrolls sideways inside its own panel, never the page.
 */
public final class HtmlReport {

    /** Below this width the rep table scrolls inside its panel rather than squeezing its text columns. */
    private static final int REP_TABLE_MIN_WIDTH = 900;

    /** The narrowest screen, in CSS pixels, on which the charts take their desktop layout. */
    private static final int WIDE_CHARTS = 861;

    private static final String STYLE = String.join("\n",
            "body{margin:0;background:#f5f7fa;color:#1d2733;font-family:" + Markup.FONT + ";font-size:15px;"
                    + "line-height:1.45;-webkit-text-size-adjust:100%;text-size-adjust:100%}",
            "main{max-width:1040px;margin:0 auto;padding:32px 40px 56px;overflow-wrap:break-word}",
            "header{border-bottom:3px solid #1f4e79;padding-bottom:14px;margin-bottom:24px}",
            "h1{font-size:28px;margin:0 0 4px;letter-spacing:-0.01em}",
            "h2{font-size:19px;margin:36px 0 6px}",
            ".sub,.note{color:#5f6b7a}.note{font-size:13px;margin:4px 0 12px}",
            ".cards{display:flex;gap:14px;flex-wrap:wrap;margin:18px 0 8px}",
            ".card{flex:1 1 170px;background:#fff;border-radius:8px;padding:14px 16px;"
                    + "box-shadow:0 1px 3px rgba(16,24,40,.08)}",
            ".card .k{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#5f6b7a}",
            ".card .v{font-size:24px;font-weight:700;margin-top:2px}",
            ".panel{background:#fff;border-radius:8px;padding:18px 20px;box-shadow:0 1px 3px rgba(16,24,40,.08);"
                    + "overflow-x:auto}",
            "svg.chart{display:block}svg.chart .w{transform-box:view-box}",
            // Charts are laid out for a phone; from this width their marked groups take the desktop layout.
            "@media (min-width:" + WIDE_CHARTS + "px){svg.chart .w{transform:var(--wide)}}",
            "table{border-collapse:collapse;width:100%;font-size:13.5px}",
            "table.reps{min-width:" + REP_TABLE_MIN_WIDTH + "px}",
            "th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#5f6b7a;"
                    + "border-bottom:2px solid #d8dee6;padding:8px 8px}",
            "td{border-bottom:1px solid #eceff3;padding:8px 8px;vertical-align:top}",
            "td.nm{white-space:nowrap}",
            "td.n,th.n{text-align:right;white-space:nowrap}",
            ".pill{display:inline-block;border-radius:10px;padding:1px 9px;color:#fff;font-weight:700}",
            ".good{color:#2e7d32}.bad{color:#c62828}",
            "ul.f{margin:0;padding-left:16px}",
            ".swipe{display:none}",
            "footer{margin-top:32px;font-size:12.5px;color:#5f6b7a}",
            // A phone: narrower margins, and a word where a panel scrolls sideways.
            "@media (max-width:640px){main{padding:20px 12px 40px}h1{font-size:24px}h2{font-size:17px;margin-top:30px}"
                    + ".panel{padding:14px 12px}.card .v{font-size:22px}"
                    + ".swipe{display:block;font-size:12.5px;color:#5f6b7a;margin:-6px 0 8px}}");

    private HtmlReport() {
    }

    /**
     * Writes the report to a file, creating its directory if missing.
     *
     * @param review the review
     * @param file the file to write
     * @throws IOException if the file cannot be written
     */
    public static void write(ReviewReport review, Path file) throws IOException {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(file, "file");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(review), StandardCharsets.UTF_8);
    }

    /**
     * Renders the report.
     *
     * @param review the review
     * @return the page, as XHTML
     */
    public static String render(ReviewReport report) {
        Objects.requireNonNull(report, "review");
        SalesReview review = report.review();
        String name = review.input().org().root().name();
        String year = report.periodLabel();
        String next = report.nextLabel();
        String last = report.lastLabel();
        String opening = review.input().pipeline().stage(review.input().opportunityStage()).displayName();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
                .append("<meta charset=\"UTF-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .append(esc(name)).append(": sales review ").append(esc(year)).append("</title><style>").append(STYLE)
                .append("</style></head><body><main>");
        html.append("<header><h1>").append(esc(name)).append("</h1><div class=\"sub\">Sales review of ")
                .append(esc(year)).append(" and activity plan for ").append(esc(next)).append("</div></header>");
        cards(html, report, next);
        funnel(html, review, next, last);

        html.append("<h2>Activity barometer</h2><p class=\"note\">New opportunities (entries into ")
                .append(esc(opening)).append(") a week in ").append(esc(last))
                .append(" divided by the exact weekly need of the plan for ").append(esc(next))
                .append(" (the magic number before it is rounded up). Green: on pace; amber: 80 to 99 %; red: under"
                        + " 80 %.</p><div class=\"panel\">")
                .append(Charts.barometer(review.reps())).append("</div>");

        html.append("<h2>Peer comparison</h2><p class=\"note\">Each rep against the rest of the team, the rep "
                        + "left out, ratios aggregated by their parts. Green: better than peers; red: worse "
                        + "by 15 % or more; amber: worse by 5 to 15 %. A shorter cycle is better.</p>")
                .append("<p class=\"swipe\">Swipe the grid sideways for every KPI.</p><div class=\"panel\">")
                .append(Charts.peers(review.reps(), columns(review), rep -> peers(review, rep) == 0)).append("</div>");

        repTable(html, report, next);
        unitTable(html, review);
        html.append("<footer>Generated by KPI Engine from ").append(esc(report.source())).append("</footer>")
                .append("</main></body></html>\n");
        return html.toString();
    }

    /**
     * The company's funnel over the reps whose plan is reachable: an unreachable plan requires
     * nothing that could be added up, and counting what its rep did would flatter the coverage.
     */
    private static void funnel(StringBuilder html, SalesReview review, String next, String last) {
        List<RepReview> unreachable = review.reps().stream().filter(r -> r.plan() instanceof Plan.Unreachable)
                .toList();
        List<RepReview> planned = review.reps().stream().filter(r -> !(r.plan() instanceof Plan.Unreachable))
                .toList();
        String who;
        List<StageFigure> stages;
        if (unreachable.isEmpty()) {
            who = "All reps together.";
            stages = ReviewReport.funnel(review.reps());
        } else if (planned.isEmpty()) {
            who = "No rep has a reachable plan (the rep table says why): the chart shows what was done only.";
            stages = ReviewReport.funnel(review.reps());
        } else {
            who = "The " + planned.size() + " reps with a reachable plan; " + unreachable(unreachable)
                    + " (the rep table says why).";
            stages = ReviewReport.funnel(planned);
        }
        html.append("<h2>The funnel: what ").append(esc(next)).append(" needs against what ").append(esc(last))
                .append(" delivered</h2><p class=\"note\">").append(esc(who))
                .append(" Required figures are rounded up at every stage; each row has its own scale. Green: what "
                        + "was done covers the need; red: short, with the share of the need in brackets.</p>")
                .append("<div class=\"panel\">")
                .append(Charts.funnel(stages, !planned.isEmpty(), "Required in " + next, "Done in " + last))
                .append("</div>");
    }

    private static String unreachable(List<RepReview> reps) {
        if (reps.size() == 1) {
            return "the plan of " + reps.get(0).rep().name() + " is unreachable";
        }
        if (reps.size() > 3) {
            return "the plans of " + reps.size() + " other reps are unreachable";
        }
        List<String> names = reps.stream().map(r -> r.rep().name()).toList();
        return "the plans of " + String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + names.get(names.size() - 1) + " are unreachable";
    }

    /** The peer grid's columns: revenue per sale, sales cycle, each gateway, new opportunities. */
    private static List<Charts.Column> columns(SalesReview review) {
        List<Charts.Column> columns = new ArrayList<>();
        columns.add(new Charts.Column(GapToPeers.REVENUE_PER_SALE, "Revenue per sale"));
        columns.add(new Charts.Column(GapToPeers.SALES_CYCLE, "Sales cycle"));
        review.gateways().forEach(g -> columns.add(new Charts.Column(g.kpi().id(), g.label())));
        columns.add(new Charts.Column(GapToPeers.NEW_OPPORTUNITIES, "New opportunities"));
        return columns;
    }

    /** The rep's peers: the other reps of the unit, as the review compares them. */
    private static int peers(SalesReview review, RepReview rep) {
        return review.input().org().repsBelow(rep.unit().id()).size() - 1;
    }

    private static void cards(StringBuilder html, ReviewReport report, String next) {
        SalesReview review = report.review();
        UnitReview company = review.organisation();
        BigDecimal revenue = company.figure(review.kpis().wonRevenue()).value().orElse(BigDecimal.ZERO);
        Money target = company.repTargets();
        html.append("<div class=\"cards\">");
        String currency = review.input().log().currency().map(Object::toString).orElse("");
        card(html, "Won revenue " + report.periodLabel(), (currency + " " + whole(revenue)).strip(),
                "won-revenue");
        card(html, "Win rate", percent(company.figure(review.kpis().winRate())), "win-rate");
        card(html, next + " target", target.currency().getCurrencyCode() + " " + whole(target.amount()), "target");
        card(html, "Reps on pace", company.repsOnPace() + " of " + review.reps().size(), "on-pace");
        html.append("</div>");
    }

    private static void card(StringBuilder html, String label, String value, String id) {
        html.append("<div class=\"card\"><div class=\"k\">").append(esc(label)).append("</div><div class=\"v\" id=\"")
                .append(id).append("\">").append(esc(value)).append("</div></div>");
    }

    private static void repTable(StringBuilder html, ReviewReport report, String next) {
        SalesReview review = report.review();
        html.append("<h2>Rep by rep</h2><p class=\"note\">Magic number: new opportunities a week that reach the ")
                .append(esc(next)).append(" target at the rep's revenue per sale and planning ratios. Focus: the "
                        + "gateways below peers first, then those where one point saves the most activity.</p>")
                .append("<p class=\"swipe\">Swipe the table sideways for every column.</p>")
                .append("<div class=\"panel\"><table class=\"reps\" id=\"reps\"><thead><tr><th>Rep</th><th>Team</th>")
                .append("<th class=\"n\">Target</th><th class=\"n\">Magic number</th><th class=\"n\">Barometer</th>")
                .append("<th>Gaps to peers</th><th>Focus</th></tr></thead><tbody>");
        for (RepReview rep : review.reps()) {
            String id = rep.rep().id();
            html.append("<tr id=\"rep-").append(esc(id)).append("\"><td class=\"nm\"><strong>").append(esc(rep.rep().name()))
                    .append("</strong></td><td class=\"nm\">").append(esc(rep.unit().name())).append("</td><td class=\"n\">")
                    .append(whole(rep.target().amount())).append("</td><td class=\"n\" id=\"magic-").append(esc(id))
                    .append("\">").append(magicNumber(rep.plan())).append("</td><td class=\"n\" id=\"barometer-")
                    .append(esc(id)).append("\">");
            rep.barometer().ifPresentOrElse(b -> {
                BigDecimal percent = b.percent().setScale(0, RoundingMode.HALF_EVEN);
                html.append("<span class=\"pill\" style=\"background:").append(Markup.barometerColour(percent))
                        .append("\">").append(percent.toPlainString()).append(" %</span>");
            }, () -> html.append("<span class=\"sub\">n/a</span>"));
            html.append("</td><td>").append(gaps(review, rep)).append("</td><td>");
            if (rep.plan() instanceof Plan.Unreachable unreachable) {
                html.append("<span class=\"bad\"><strong>Plan unreachable:</strong> ").append(esc(unreachable.reason()))
                        .append("</span>");
            } else if (rep.plan() instanceof Plan.AlreadyMet) {
                html.append("<span class=\"sub\">target already met</span>");
            } else {
                html.append("<ul class=\"f\">").append(rep.focus().stream().map(f -> focus(report, f))
                        .collect(Collectors.joining())).append("</ul>");
            }
            html.append("</td></tr>");
        }
        html.append("</tbody></table></div>");
    }

    private static String magicNumber(Plan plan) {
        if (plan instanceof Plan.Reachable reachable) {
            return reachable.magicNumber() + " a week";
        }
        if (plan instanceof Plan.AlreadyMet) {
            return "none needed";
        }
        return "<span class=\"bad\">unreachable</span>";
    }

    /** A rep alone in the team has no peers, and gaps that could not be measured are not "in line". */
    private static String gaps(SalesReview review, RepReview rep) {
        Optional<String> none = ReviewReport.withoutNotableGap(review, rep);
        if (none.isPresent()) {
            return "<span class=\"sub\">" + esc(none.get()) + "</span>";
        }
        return ReviewReport.notable(rep.peerGaps()).stream().limit(3)
                .map(g -> "<span class=\"" + (g.favourable() ? "good" : "bad") + "\">" + esc(ReviewReport.describe(g))
                        + "</span>")
                .collect(Collectors.joining("<br/>"));
    }

    private static String focus(ReviewReport report, Focus focus) {
        String peers = focus.gapToReference()
                .map(gap -> " (peers " + percentOf(focus.ratio().value().subtract(gap.movePointLeft(2))) + ")")
                .orElse("");
        return "<li>" + esc(report.gatewayLabel(focus.stage()) + " " + percentOf(focus.ratio().value()) + peers)
                + "</li>";
    }

    private static void unitTable(StringBuilder html, SalesReview review) {
        ReviewKpis kpis = review.kpis();
        Kpi closing = kpis.conversions().get(kpis.conversions().size() - 1);
        html.append("<h2>Units</h2><div class=\"panel\"><table id=\"units\"><thead><tr><th>Unit</th><th class=\"n\">Reps</th>")
                .append("<th class=\"n\">Won revenue</th><th class=\"n\">Deals</th><th class=\"n\">Revenue per sale</th>")
                .append("<th class=\"n\">Win rate</th><th class=\"n\">Close ratio</th><th class=\"n\">Cycle</th>")
                .append("</tr></thead><tbody>");
        for (UnitReview unit : review.units()) {
            html.append("<tr><td style=\"padding-left:").append(8 + 20 * unit.depth()).append("px\">")
                    .append(unit.depth() < 2 ? "<strong>" : "").append(esc(unit.unit().name()))
                    .append(unit.depth() < 2 ? "</strong>" : "").append("</td><td class=\"n\">").append(unit.reps().size())
                    .append("</td><td class=\"n\">")
                    .append(whole(unit.figure(kpis.wonRevenue()).value().orElse(BigDecimal.ZERO)))
                    .append("</td><td class=\"n\">")
                    .append(whole(unit.figure(kpis.dealsWon()).value().orElse(BigDecimal.ZERO)))
                    .append("</td><td class=\"n\">")
                    .append(unit.figure(kpis.revenuePerSale()).value().map(Markup::whole).orElse("n/a"))
                    .append("</td><td class=\"n\">").append(percent(unit.figure(kpis.winRate())))
                    .append("</td><td class=\"n\">").append(percent(unit.figure(closing)))
                    .append("</td><td class=\"n\">").append(days(unit.figure(kpis.salesCycle())))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></div>");
    }

    private static String percent(KpiResult result) {
        return result.value().map(Markup::percentOf).orElse("n/a");
    }

    private static String days(KpiResult result) {
        return result.value().map(value -> value.setScale(0, RoundingMode.HALF_EVEN) + " days").orElse("n/a");
    }
}
