package io.github.kpiengine.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.examples.sample.SampleCompany;
import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.review.GapToPeers;
import io.github.kpiengine.review.RepReview;
import io.github.kpiengine.review.SalesReview;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportTest {

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final ReviewReport REPORT = ReviewReport.of(SampleCompany.create());
    private static final SalesReview REVIEW = REPORT.review();
    private static final String PAGE = HtmlReport.render(REPORT);
    private static final Document DOCUMENT = parse(PAGE);
    private static final SalesReview SOLO_REVIEW = ReviewFixtures.withSoloTeam().review();
    private static final Document SOLO = parse(HtmlReport.render(ReviewFixtures.withSoloTeam()));

    @Test
    void render_isWellFormedXhtml() {
        assertThat(DOCUMENT.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
        assertThat(DOCUMENT.getDocumentElement().getLocalName()).isEqualTo("html");
    }

    @Test
    void render_holdsTheThreeCharts() {
        assertThat(svg("funnel")).isNotNull();
        assertThat(svg("barometer")).isNotNull();
        assertThat(svg("peers")).isNotNull();
        assertThat(DOCUMENT.getElementsByTagNameNS(SVG, "svg").getLength()).isEqualTo(3);
    }

    @Test
    void funnel_showsRequiredAndDoneAtEachStage() {
        String text = svg("funnel").getTextContent();

        ReviewReport.funnel(REVIEW.reps()).forEach(stage -> assertThat(text)
                .contains(stage.label())
                .contains(String.format(java.util.Locale.ROOT, "%,d required", stage.required()))
                .contains(String.format(java.util.Locale.ROOT, "%,d done", stage.actual())));
    }

    @Test
    void barometer_oneBarPerRepWithItsPercent() {
        String text = svg("barometer").getTextContent();

        REVIEW.reps().forEach(rep -> assertThat(text).contains(rep.rep().name())
                .contains(rep.barometer().orElseThrow().percent().setScale(0, java.math.RoundingMode.HALF_EVEN)
                        .toPlainString() + " %"));
    }

    @Test
    void peers_showsEachRepsGaps() {
        String text = svg("peers").getTextContent();

        // Headers wrap onto lines: "New" / "opportunities", "Proposal" / "→ Won".
        assertThat(text).contains("Sales cycle", "→ Won", "opportunities", Markup.esc("Nora Svensson"));
        GapToPeers nora = REVIEW.rep(SampleCompany.SMALL_DEALS).peerGap(GapToPeers.REVENUE_PER_SALE).orElseThrow();
        assertThat(text).contains("−" + nora.percent().abs().toPlainString() + " %");
    }

    @Test
    void repTable_showsEachRepsMagicNumberAndBarometer() {
        REVIEW.reps().forEach(rep -> {
            assertThat(element("magic-" + rep.rep().id()).getTextContent())
                    .isEqualTo(rep.magicNumber().orElseThrow() + " a week");
            assertThat(element("barometer-" + rep.rep().id()).getTextContent()).endsWith(" %");
        });
    }

    @Test
    void render_laysOutAtTheDevicesWidth() {
        assertThat(PAGE).contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
    }

    @Test
    void charts_fluid_textKeepsItsSizeAtAnyWidth() {
        NodeList charts = DOCUMENT.getElementsByTagNameNS(SVG, "svg");
        for (int i = 0; i < charts.getLength(); i++) {
            Element chart = (Element) charts.item(i);
            assertThat(chart.hasAttribute("viewBox")).as("%s scales its text", chart.getAttribute("id")).isFalse();
            assertThat(chart.getAttribute("width")).isEqualTo("100%");
        }
        NodeList texts = DOCUMENT.getElementsByTagNameNS(SVG, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            assertThat(Integer.parseInt(((Element) texts.item(i)).getAttribute("font-size"))).isGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void funnel_unreachablePlan_comparesTheOtherRepsAndNamesIt() {
        Plan.Unreachable plan = (Plan.Unreachable) SOLO_REVIEW.rep(ReviewFixtures.SOLO).plan();
        String funnel = element(SOLO, "funnel").getTextContent();

        // Sam requires nothing that could be added up: the funnel is the other reps', as in the sample.
        ReviewReport.funnel(REVIEW.reps()).forEach(stage -> assertThat(funnel)
                .contains(String.format(Locale.ROOT, "%,d required", stage.required()))
                .contains(String.format(Locale.ROOT, "%,d done", stage.actual())));
        assertThat(SOLO.getDocumentElement().getTextContent())
                .contains("The 16 reps with a reachable plan; the plan of " + ReviewFixtures.SOLO_NAME
                        + " is unreachable (the rep table says why).");
        assertThat(plan.reason()).isNotBlank();
    }

    @Test
    void repTable_unreachablePlan_saysSoWithItsReasonNeverGreen() {
        Plan.Unreachable plan = (Plan.Unreachable) SOLO_REVIEW.rep(ReviewFixtures.SOLO).plan();
        Element row = element(SOLO, "rep-" + ReviewFixtures.SOLO);

        assertThat(element(SOLO, "magic-" + ReviewFixtures.SOLO).getTextContent()).isEqualTo("unreachable");
        assertThat(element(SOLO, "barometer-" + ReviewFixtures.SOLO).getTextContent()).isEqualTo("n/a");
        assertThat(row.getTextContent()).contains("Plan unreachable: " + plan.reason());
        assertThat(classesIn(row)).contains("bad").doesNotContain("good", "pill");
    }

    @Test
    void barometer_unreachablePlan_saysSoInRed() {
        Element barometer = element(SOLO, "barometer");
        NodeList texts = barometer.getElementsByTagNameNS(SVG, "text");
        List<String> fills = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (text.getTextContent().equals("plan unreachable")) {
                fills.add(text.getAttribute("fill"));
            }
        }

        assertThat(barometer.getTextContent()).contains(ReviewFixtures.SOLO_NAME);
        assertThat(fills).containsExactly(Markup.RED);
    }

    @Test
    void repTable_repAloneInTeam_hasNoPeersRatherThanInLine() {
        String row = element(SOLO, "rep-" + ReviewFixtures.SOLO).getTextContent();

        assertThat(row).contains("no peers: the only rep of " + ReviewFixtures.SOLO_TEAM)
                .doesNotContain("in line with the team");
        assertThat(element(SOLO, "peers").getTextContent())
                .contains("no peers: the only rep of " + ReviewFixtures.SOLO_TEAM);
    }

    @Test
    void repTable_smallGaps_inLineWithTheTeam() {
        RepReview quiet = REVIEW.reps().stream().filter(r -> ReviewReport.notable(r.peerGaps()).isEmpty())
                .findFirst().orElseThrow();

        assertThat(element("rep-" + quiet.rep().id()).getTextContent())
                .contains("in line with the team (every gap under 15 %)");
    }

    @Test
    void render_loadsNothingFromOutside() {
        assertThat(PAGE).doesNotContain("<script", "<link", "src=", "href=", "url(");
    }

    @Test
    void write_createsTheDirectoryAndTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("target").resolve("kpi-report.html");

        HtmlReport.write(REPORT, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void esc_specialCharacters_escaped() {
        assertThat(Markup.esc("<Nora & 'Omar' \"Ltd\">"))
                .isEqualTo("&lt;Nora &amp; &#39;Omar&#39; &quot;Ltd&quot;&gt;");
    }

    private static Element svg(String id) {
        Element element = element(id);
        assertThat(element.getNamespaceURI()).isEqualTo(SVG);
        assertThat(element.getLocalName()).isEqualTo("svg");
        return element;
    }

    private static List<String> classesIn(Element element) {
        List<String> classes = new ArrayList<>();
        NodeList all = element.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            classes.addAll(List.of(((Element) all.item(i)).getAttribute("class").split(" ")));
        }
        return classes;
    }

    private static Element element(String id) {
        return element(DOCUMENT, id);
    }

    private static Element element(Document document, String id) {
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the report is not well-formed XML", e);
        }
    }
}
