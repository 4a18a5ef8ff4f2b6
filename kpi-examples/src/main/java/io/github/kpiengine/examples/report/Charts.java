package io.github.kpiengine.examples.report;

import static io.github.kpiengine.examples.report.Markup.BLUE;
import static io.github.kpiengine.examples.report.Markup.FONT;
import static io.github.kpiengine.examples.report.Markup.GREEN;
import static io.github.kpiengine.examples.report.Markup.GREY;
import static io.github.kpiengine.examples.report.Markup.INK;
import static io.github.kpiengine.examples.report.Markup.MUTED;
import static io.github.kpiengine.examples.report.Markup.RED;
import static io.github.kpiengine.examples.report.Markup.esc;
import static io.github.kpiengine.examples.report.Markup.num;
import static io.github.kpiengine.examples.report.Markup.whole;

import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.review.ActivityBarometer;
import io.github.kpiengine.review.GapToPeers;
import io.github.kpiengine.review.RepReview;
import io.github.kpiengine.review.StageFigure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The report's three SVG charts: the funnel, the barometer and the peer comparison.
 *
 * <p>The charts are fluid rather than scaled: an SVG has no {@code viewBox}, so one user unit is one
 * CSS pixel and text keeps its size at any width, while bar lengths and columns are in percent of the
 * chart's width. (A scaled chart shrinks its text with its width: at a phone's 390 px, 13 px text on
 * a 920-unit canvas came out at about 4 px.) The attributes lay a chart out for a narrow screen,
 * names above their bars; on a wide screen the page's style moves the groups marked by
 * {@link #wide(String)} into the desktop layout, names in a column on the left. Both layouts are
 * sized so that nothing collides from the narrowest phone content width the page allows (about
 * 310 px) up. The peer grid, a table of a column per compared KPI (as many as the pipeline has
 * gateways, and four more), keeps a minimum width instead and scrolls sideways inside its panel.
 */
final class Charts {

    /** The least width of a column of the peer grid: a header line of 11 characters at 12 px. */
    static final int PEER_COLUMN_WIDTH = 95;
    /** The longest header line of the peer grid, in characters, before it wraps. */
    private static final int HEADER_CHARS = 13;
    /** About how wide a character of a 12 px header is, in pixels, bold. */
    private static final double HEADER_CHAR_WIDTH = 7.2;
    private static final int HEADER_LINE = 16;

    /**
     * One column of the peer grid: the compared figure and its header.
     *
     * @param figure the {@link GapToPeers#figure()} shown
     * @param header the header, wrapped onto up to three lines
     */
    record Column(String figure, String header) {
    }

    private static final String SVG = "http://www.w3.org/2000/svg";
    /** Rep names, right-aligned, end 8 px before the bars of the barometer and the peer grid. */
    private static final int NAME_COLUMN = 128;
    /** Longer names are cut with an ellipsis so they stay inside the name column. */
    private static final int NAME_CHARS = 16;

    private Charts() {
    }

    /**
     * Required in the next quarter against done in the last, stage by stage, each row to its own
     * scale. {@code planned} is false when no rep has a reachable plan: nothing is required that
     * could be compared, and no row may read as covered.
     */
    static String funnel(List<StageFigure> stages, boolean planned, String requiredLabel, String actualLabel) {
        // A funnel's stage names are the pipeline's display names.
        int top = 58;
        int rowHeight = 84;
        int labelWidth = 170;
        double barMax = 55;
        int height = top + rowHeight * stages.size();
        StringBuilder svg = open("funnel", height, 0,
                "Funnel: " + requiredLabel + " against " + actualLabel + " at each stage");
        // Narrow: legend and stage names above the bars. Wide: both move into a column on the left.
        String right = "translate(" + labelWidth + "px,0px)";
        svg.append(wide(right));
        legend(svg, 18, BLUE, requiredLabel);
        legend(svg, 40, GREY, actualLabel);
        svg.append("</g>");
        for (int i = 0; i < stages.size(); i++) {
            StageFigure stage = stages.get(i);
            int y = top + i * rowHeight;
            // A funnel's stages differ by orders of magnitude: each row has its own scale, and the
            // bars are indented toward the bottom so the chart keeps the funnel's shape.
            double indent = i * 2.25;
            double room = barMax - 2 * indent;
            svg.append(wide("translate(0px,38px)"));
            text(svg, "0", y + 15, esc(stage.label()), 15, INK, "start", "600");
            svg.append("</g>").append(wide(right));
            if (!planned) {
                double actual = room * (stage.actual() > 0 ? 1 : 0);
                text(svg, pc(indent), y + 38, "no reachable plan", 13, RED, "start", "700");
                rect(svg, pc(indent), y + 50, pc(actual), 22, GREY);
                after(svg, indent + actual, y + 66, whole(stage.actual()) + " done", MUTED);
                svg.append("</g>");
                continue;
            }
            long max = Math.max(1, Math.max(stage.required(), stage.actual()));
            double required = room * stage.required() / max;
            double actual = room * stage.actual() / max;
            boolean covered = stage.actual() >= stage.required();
            String colour = covered ? GREEN : RED;
            rect(svg, pc(indent), y + 22, pc(required), 22, BLUE);
            after(svg, indent + required, y + 38, whole(stage.required()) + " required", INK);
            rect(svg, pc(indent), y + 50, pc(actual), 22, colour);
            String coverage = stage.required() == 0 ? ""
                    : " (" + whole(Math.round(100.0 * stage.actual() / stage.required())) + " %)";
            after(svg, indent + actual, y + 66, whole(stage.actual()) + " done" + coverage, colour);
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** One bar per rep: new opportunities a week against the magic number, with a line at 100 %. */
    static String barometer(List<RepReview> reps) {
        int top = 40;
        int rowHeight = 40;
        double barMax = 42;
        double full = 200;
        int bottom = top + rowHeight * reps.size();
        StringBuilder svg = open("barometer", bottom + 28, 0,
                "Activity barometer: new opportunities a week in the last quarter over the magic number");
        names(svg, reps, top + 18, rowHeight);
        svg.append("<g transform=\"translate(").append(NAME_COLUMN).append(" 0)\">");
        for (int tick = 0; tick <= 200; tick += 50) {
            String x = pc(barMax * tick / full);
            svg.append("<line x1=\"").append(x).append("\" y1=\"").append(top - 8).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(bottom).append("\" stroke=\"").append(tick == 100 ? INK : "#e3e7ec")
                    .append("\" stroke-width=\"").append(tick == 100 ? 2 : 1).append("\"")
                    .append(tick == 100 ? " stroke-dasharray=\"5 4\"" : "").append("/>");
            if (tick % 100 == 0) {
                text(svg, x, top - 14, tick + " %", 12, MUTED, tick == 0 ? "start" : tick == 100 ? "middle" : "end",
                        "normal");
            }
        }
        for (int i = 0; i < reps.size(); i++) {
            RepReview rep = reps.get(i);
            int y = top + i * rowHeight;
            Optional<ActivityBarometer> reading = rep.barometer();
            if (reading.isEmpty()) {
                boolean unreachable = rep.plan() instanceof Plan.Unreachable;
                text(svg, pc(0), y + 19, unreachable ? "plan unreachable" : "no new opportunities needed", 13,
                        unreachable ? RED : MUTED, "start", unreachable ? "700" : "normal");
                continue;
            }
            ActivityBarometer barometer = reading.get();
            BigDecimal percent = barometer.percent().setScale(0, RoundingMode.HALF_EVEN);
            double length = barMax * Math.min(full, percent.doubleValue()) / full;
            String colour = Markup.barometerColour(percent);
            rect(svg, pc(0), y + 5, pc(length), 20, colour);
            svg.append("<text x=\"").append(pc(barMax)).append("\" dx=\"10\" y=\"").append(y + 20)
                    .append("\" font-size=\"13\" fill=\"").append(colour)
                    .append("\" text-anchor=\"start\" font-weight=\"700\">").append(percent.toPlainString())
                    .append(" %</text>");
            // Narrow: under the bar, over the grid lines. Wide: on the bar's line, after the percent.
            svg.append(wide("translate(calc(" + pc(barMax) + " + 62px),-18px)"));
            svg.append("<text x=\"0\" y=\"").append(y + 38).append("\" font-size=\"12\" fill=\"").append(MUTED)
                    .append("\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">")
                    .append(twoPlaces(barometer.actualPerWeek())).append(" a week vs ")
                    .append(twoPlaces(barometer.weeklyNeed())).append(" needed</text></g>");
        }
        text(svg, pc(barMax / 2), bottom + 18, "target pace", 12, INK, "middle", "600");
        return svg.append("</g></svg>").toString();
    }

    /**
     * Opens a group laid out for a narrow chart whose transform becomes {@code transform} on a wide
     * screen (see {@code HtmlReport}'s style): a percentage in it is of the chart's width.
     */
    private static String wide(String transform) {
        return "<g class=\"w\" style=\"--wide:" + transform + "\">";
    }

    /**
     * A grid of peer gaps: one row per rep, one column per compared KPI, coloured by good or bad news.
     * A rep for whom {@code alone} holds has no peers: the row says so instead of empty cells.
     */
    static String peers(List<RepReview> reps, List<Column> columns, Predicate<RepReview> alone) {
        int cellHeight = 28;
        List<List<String>> headers = columns.stream().map(column -> wrap(column.header())).toList();
        int lines = headers.stream().mapToInt(List::size).max().orElse(1);
        int longest = headers.stream().flatMap(List::stream).mapToInt(String::length).max().orElse(0);
        int top = 26 + HEADER_LINE * lines;
        // Each column is as wide as its longest header line needs; the grid scrolls below that width.
        int columnWidth = Math.max(PEER_COLUMN_WIDTH, (int) Math.ceil(HEADER_CHAR_WIDTH * longest) + 12);
        int minWidth = NAME_COLUMN + columnWidth * columns.size();
        // The columns share what the name column leaves at the grid's minimum width.
        double cellWidth = (100.0 - 100.0 * NAME_COLUMN / minWidth) / columns.size();
        int height = top + cellHeight * reps.size() + 8;
        StringBuilder svg = open("peers", height, minWidth,
                "Peer comparison: each rep against the rest of the team, in percent");
        names(svg, reps, top + 18, cellHeight);
        svg.append("<g transform=\"translate(").append(NAME_COLUMN).append(" 0)\">");
        for (int c = 0; c < columns.size(); c++) {
            String x = pc(c * cellWidth + cellWidth / 2);
            List<String> header = headers.get(c);
            for (int l = 0; l < header.size(); l++) {
                text(svg, x, 22 + HEADER_LINE * l, esc(header.get(l)), 12, INK, "middle", "600");
            }
        }
        for (int r = 0; r < reps.size(); r++) {
            RepReview rep = reps.get(r);
            int y = top + r * cellHeight;
            if (alone.test(rep)) {
                rect(svg, pc(0), y + 2, pc(columns.size() * cellWidth), cellHeight - 4, "#f4f6f8");
                text(svg, pc(0), y + 18, "no peers: the only rep of " + esc(rep.unit().name()), 13, MUTED, "start",
                        "normal");
                continue;
            }
            for (int c = 0; c < columns.size(); c++) {
                Optional<GapToPeers> gap = rep.peerGap(columns.get(c).figure());
                String fill = gap.map(Charts::cellColour).orElse("#f4f6f8");
                // A white stroke insets the cell by 2 px on each side: the gaps stay 4 px at any width.
                svg.append("<rect x=\"").append(pc(c * cellWidth)).append("\" y=\"").append(y + 2)
                        .append("\" width=\"").append(pc(cellWidth)).append("\" height=\"").append(cellHeight - 4)
                        .append("\" rx=\"3\" fill=\"").append(fill).append("\" stroke=\"#ffffff\" stroke-width=\"4\"/>");
                String label = gap.map(g -> (g.percent().signum() > 0 ? "+" : g.percent().signum() < 0 ? "−" : "")
                        + g.percent().abs().toPlainString() + " %").orElse("n/a");
                boolean strong = gap.map(g -> g.percent().abs().intValue() >= 15).orElse(false);
                text(svg, pc(c * cellWidth + cellWidth / 2), y + 18, label, 13, strong ? "#ffffff" : INK, "middle",
                        strong ? "700" : "normal");
            }
        }
        return svg.append("</g></svg>").toString();
    }

    /**
     * A header on lines of at most {@value #HEADER_CHARS} characters where the words allow, a gateway
     * broken before its arrow: "Cold call → First appointment" reads "Cold call", "→ First",
     * "appointment".
     */
    static List<String> wrap(String header) {
        List<String> lines = new ArrayList<>();
        String[] parts = header.split(" (?=→ )", 2);
        for (String part : parts) {
            StringBuilder line = new StringBuilder();
            for (String word : part.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > HEADER_CHARS) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(line.length() > 0 ? " " : "").append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String twoPlaces(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void names(StringBuilder svg, List<RepReview> reps, int firstBaseline, int rowHeight) {
        for (int i = 0; i < reps.size(); i++) {
            String name = reps.get(i).rep().name();
            String shown = name.length() > NAME_CHARS ? name.substring(0, NAME_CHARS - 1).strip() + "…" : name;
            svg.append("<text x=\"").append(NAME_COLUMN - 8).append("\" y=\"").append(firstBaseline + i * rowHeight)
                    .append("\" font-size=\"13\" fill=\"").append(INK).append("\" text-anchor=\"end\">");
            if (!shown.equals(name)) {
                svg.append("<title>").append(esc(name)).append("</title>");
            }
            svg.append(esc(shown)).append("</text>");
        }
    }

    private static String cellColour(GapToPeers gap) {
        int size = gap.percent().abs().intValue();
        if (size < 5) {
            return "#eef1f4";
        }
        if (gap.favourable()) {
            return size >= 15 ? GREEN : "#cfe8d1";
        }
        return size >= 15 ? RED : "#fde3b3";
    }

    private static StringBuilder open(String id, int height, int minWidth, String title) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"").append(SVG).append("\" id=\"").append(id)
                .append("\" class=\"chart\" role=\"img\" width=\"100%\" height=\"").append(height).append('"');
        if (minWidth > 0) {
            svg.append(" style=\"min-width:").append(minWidth).append("px\"");
        }
        return svg.append(" font-family=\"").append(esc(FONT)).append("\">")
                .append("<title>").append(esc(title)).append("</title>");
    }

    private static void legend(StringBuilder svg, int y, String colour, String label) {
        rect(svg, "0", y - 11, "14", 14, colour);
        text(svg, "20", y, esc(label), 13, MUTED, "start", "normal");
    }

    /** Text that follows a bar ending at {@code end} percent of the width. */
    private static void after(StringBuilder svg, double end, int y, String escaped, String fill) {
        svg.append("<text x=\"").append(pc(end)).append("\" dx=\"8\" y=\"").append(y).append("\" font-size=\"13\" fill=\"")
                .append(fill).append("\">").append(escaped).append("</text>");
    }

    private static String pc(double percent) {
        return num(percent) + "%";
    }

    private static void rect(StringBuilder svg, String x, double y, String width, double height, String fill) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(num(y)).append("\" width=\"").append(width)
                .append("\" height=\"").append(num(height)).append("\" rx=\"3\" fill=\"").append(fill).append("\"/>");
    }

    private static void text(StringBuilder svg, String x, double y, String escaped, int size, String fill,
            String anchor, String weight) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(size).append("\" fill=\"").append(fill).append("\" text-anchor=\"").append(anchor)
                .append("\" font-weight=\"").append(weight).append("\">").append(escaped).append("</text>");
    }
}
