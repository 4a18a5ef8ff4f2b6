package io.github.kpiengine.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.examples.sample.SampleCompany;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    private static final SalesReview REVIEW = SalesReview.of(SampleCompany.create());
    private static final String PAGE = HtmlReport.render(REVIEW);
    private static final Document DOCUMENT = parse(PAGE);

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

        REVIEW.funnel().forEach(stage -> assertThat(text)
                .contains(stage.stage())
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

        assertThat(text).contains("sales cycle", "close ratio", "new opportunities", Markup.esc("Nora Svensson"));
        PeerGap nora = REVIEW.rep(SampleCompany.SMALL_DEALS).peerGaps().stream()
                .filter(g -> g.kpi().equals("revenue per sale")).findFirst().orElseThrow();
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
    void render_loadsNothingFromOutside() {
        assertThat(PAGE).doesNotContain("<script", "<link", "src=", "href=", "url(");
    }

    @Test
    void write_createsTheDirectoryAndTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("target").resolve("kpi-report.html");

        HtmlReport.write(REVIEW, file);

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

    private static Element element(String id) {
        NodeList all = DOCUMENT.getElementsByTagNameNS("*", "*");
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
