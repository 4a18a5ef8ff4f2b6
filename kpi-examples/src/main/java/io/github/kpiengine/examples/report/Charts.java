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

import io.github.kpiengine.plan.Barometer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** The report's three SVG charts: the funnel, the barometer and the peer comparison. */
final class Charts {

    static final List<String> PEER_COLUMNS = List.of("revenue per sale", "sales cycle", "call → appointment",
            "appointment → proposal", "close ratio", "new opportunities");

    private static final String SVG = "http://www.w3.org/2000/svg";

    private Charts() {
    }

    /** Required in the next quarter against done in the last, stage by stage, each row to its own scale. */
    static String funnel(List<StageFigure> stages, String requiredLabel, String actualLabel) {
        int width = 920;
        int rowHeight = 78;
        int labelWidth = 170;
        int barMax = 480;
        String second = actualLabel + " (green: covers the need, red: short)";
        int secondX = labelWidth + Math.max(220, 40 + 7 * requiredLabel.length());
        // Long labels put the second legend entry on a line of its own.
        boolean wrap = secondX + 7 * second.length() > width;
        int top = wrap ? 62 : 44;
        int height = top + rowHeight * stages.size() + 10;
        StringBuilder svg = open("funnel", width, height,
                "Funnel: " + requiredLabel + " against " + actualLabel + " at each stage");
        legend(svg, labelWidth, 18, BLUE, requiredLabel);
        legend(svg, wrap ? labelWidth : secondX, wrap ? 38 : 18, GREY, second);
        for (int i = 0; i < stages.size(); i++) {
            StageFigure stage = stages.get(i);
            int y = top + i * rowHeight;
            long max = Math.max(1, Math.max(stage.required(), stage.actual()));
            // A funnel's stages differ by orders of magnitude: each row has its own scale, and the
            // bars are indented toward the bottom so the chart keeps the funnel's shape.
            int indent = i * 18;
            double required = (barMax - 2 * indent) * (double) stage.required() / max;
            double actual = (barMax - 2 * indent) * (double) stage.actual() / max;
            boolean covered = stage.actual() >= stage.required();
            String colour = covered ? GREEN : RED;
            text(svg, 0, y + 30, esc(stage.stage()), 15, INK, "start", "600");
            rect(svg, labelWidth + indent, y + 8, required, 24, BLUE);
            text(svg, labelWidth + indent + required + 8, y + 25, whole(stage.required()) + " required", 13, INK,
                    "start", "normal");
            rect(svg, labelWidth + indent, y + 38, actual, 24, colour);
            String coverage = stage.required() == 0 ? "" : "  (" + whole(Math.round(100.0 * stage.actual()
                    / stage.required())) + " % of the need)";
            text(svg, labelWidth + indent + actual + 8, y + 55, whole(stage.actual()) + " done" + coverage, 13,
                    colour, "start", "normal");
        }
        return svg.append("</svg>").toString();
    }

    /** One bar per rep: new opportunities a week against the magic number, with a line at 100 %. */
    static String barometer(List<RepReview> reps) {
        int width = 920;
        int rowHeight = 30;
        int top = 40;
        int labelWidth = 150;
        int barMax = 500;
        double full = 200;
        int height = top + rowHeight * reps.size() + 30;
        StringBuilder svg = open("barometer", width, height,
                "Activity barometer: new opportunities a week in the last quarter over the magic number");
        double hundred = labelWidth + barMax * 100 / full;
        for (int tick = 0; tick <= 200; tick += 50) {
            double x = labelWidth + barMax * tick / full;
            svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(top - 8).append("\" x2=\"")
                    .append(num(x)).append("\" y2=\"").append(top + rowHeight * reps.size()).append("\" stroke=\"")
                    .append(tick == 100 ? INK : "#e3e7ec").append("\" stroke-width=\"").append(tick == 100 ? 2 : 1)
                    .append("\"").append(tick == 100 ? " stroke-dasharray=\"5 4\"" : "").append("/>");
            text(svg, x, top - 14, tick + " %", 12, MUTED, "middle", "normal");
        }
        for (int i = 0; i < reps.size(); i++) {
            RepReview rep = reps.get(i);
            int y = top + i * rowHeight;
            text(svg, labelWidth - 10, y + 19, esc(rep.rep().name()), 13, INK, "end", "normal");
            Optional<Barometer> reading = rep.barometer();
            if (reading.isEmpty()) {
                text(svg, labelWidth + 6, y + 19, "no plan", 13, MUTED, "start", "normal");
                continue;
            }
            Barometer barometer = reading.get();
            BigDecimal percent = barometer.percent().setScale(0, RoundingMode.HALF_EVEN);
            double length = barMax * Math.min(full, percent.doubleValue()) / full;
            rect(svg, labelWidth, y + 5, length, 20, Markup.barometerColour(percent));
            text(svg, labelWidth + barMax + 12, y + 19, percent.toPlainString() + " %", 13,
                    Markup.barometerColour(percent), "start", "700");
            text(svg, labelWidth + barMax + 62, y + 19, barometer.actualPerWeek().toPlainString() + " a week vs "
                    + barometer.magicNumber() + " needed", 12, MUTED, "start", "normal");
        }
        text(svg, hundred, top + rowHeight * reps.size() + 20, "target pace", 12, INK, "middle", "600");
        return svg.append("</svg>").toString();
    }

    /** A grid of peer gaps: one row per rep, one column per KPI, coloured by good or bad news. */
    static String peers(List<RepReview> reps) {
        int labelWidth = 150;
        int cellWidth = 118;
        int cellHeight = 28;
        int top = 58;
        int width = labelWidth + cellWidth * PEER_COLUMNS.size() + 10;
        int height = top + cellHeight * reps.size() + 8;
        StringBuilder svg = open("peers", width, height,
                "Peer comparison: each rep against the rest of the team, in percent");
        for (int c = 0; c < PEER_COLUMNS.size(); c++) {
            String[] words = PEER_COLUMNS.get(c).split(" (?=→)|(?<=per) ", 2);
            double x = labelWidth + c * cellWidth + cellWidth / 2.0;
            text(svg, x, 22, esc(words[0]), 12, INK, "middle", "600");
            if (words.length > 1) {
                text(svg, x, 38, esc(words[1]), 12, INK, "middle", "600");
            }
        }
        for (int r = 0; r < reps.size(); r++) {
            RepReview rep = reps.get(r);
            int y = top + r * cellHeight;
            text(svg, labelWidth - 10, y + 18, esc(rep.rep().name()), 13, INK, "end", "normal");
            for (int c = 0; c < PEER_COLUMNS.size(); c++) {
                String kpi = PEER_COLUMNS.get(c);
                Optional<PeerGap> gap = rep.peerGaps().stream().filter(g -> g.kpi().equals(kpi)).findFirst();
                int x = labelWidth + c * cellWidth;
                String fill = gap.map(Charts::cellColour).orElse("#f4f6f8");
                rect(svg, x + 2, y + 2, cellWidth - 4, cellHeight - 4, fill);
                String label = gap.map(g -> (g.percent().signum() > 0 ? "+" : g.percent().signum() < 0 ? "−" : "")
                        + g.percent().abs().toPlainString() + " %").orElse("n/a");
                boolean strong = gap.map(g -> g.percent().abs().intValue() >= 15).orElse(false);
                text(svg, x + cellWidth / 2.0, y + 18, label, 13, strong ? "#ffffff" : INK, "middle",
                        strong ? "700" : "normal");
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String cellColour(PeerGap gap) {
        int size = gap.percent().abs().intValue();
        if (size < 5) {
            return "#eef1f4";
        }
        if (gap.favourable()) {
            return size >= 15 ? GREEN : "#cfe8d1";
        }
        return size >= 15 ? RED : "#fde3b3";
    }

    private static StringBuilder open(String id, int width, int height, String title) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"").append(SVG).append("\" id=\"").append(id).append("\" role=\"img\" width=\"100%\" data-width=\"")
                .append(width).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" style=\"max-width:").append(width)
                .append("px\" font-family=\"").append(esc(FONT)).append("\">")
                .append("<title>").append(esc(title)).append("</title>");
        return svg;
    }

    private static void legend(StringBuilder svg, int x, int y, String colour, String label) {
        rect(svg, x, y - 11, 14, 14, colour);
        text(svg, x + 20, y, esc(label), 13, MUTED, "start", "normal");
    }

    private static void rect(StringBuilder svg, double x, double y, double width, double height, String fill) {
        svg.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(width, 1))).append("\" height=\"").append(num(height))
                .append("\" rx=\"3\" fill=\"").append(fill).append("\"/>");
    }

    private static void text(StringBuilder svg, double x, double y, String escaped, int size, String fill,
            String anchor, String weight) {
        svg.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(size).append("\" fill=\"").append(fill).append("\" text-anchor=\"").append(anchor)
                .append("\" font-weight=\"").append(weight).append("\">").append(escaped).append("</text>");
    }
}
