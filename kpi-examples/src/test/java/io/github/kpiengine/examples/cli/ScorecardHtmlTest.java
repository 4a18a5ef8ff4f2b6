package io.github.kpiengine.examples.cli;

import static io.github.kpiengine.examples.cli.CsvFixtures.ACTIVITIES;
import static io.github.kpiengine.examples.cli.CsvFixtures.OPPORTUNITIES;
import static io.github.kpiengine.examples.cli.CsvFixtures.OPPORTUNITIES_HEADER;
import static io.github.kpiengine.examples.cli.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ScorecardHtmlTest {

    private static final String SVG = "http://www.w3.org/2000/svg";

    @TempDir
    Path dir;

    private Path activities;
    private Path opportunities;
    private Path report;

    @BeforeEach
    void writeFiles() {
        activities = write(dir, "activities.csv", ACTIVITIES);
        opportunities = write(dir, "opportunities.csv", OPPORTUNITIES);
        report = dir.resolve("out").resolve("review.html");
    }

    private CliRun scorecard(String... more) {
        List<String> args = new ArrayList<>(List.of("scorecard", "--activities", activities.toString(),
                "--opportunities", opportunities.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void html_writesAWellFormedReviewWithItsChartsAndReps() throws IOException {
        CliRun run = scorecard("--html", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEqualTo("kpi scorecard: wrote the sales review to " + report + System.lineSeparator());
        Document page = parse(Files.readString(report));
        for (String chart : List.of("funnel", "barometer", "peers")) {
            Element svg = element(page, chart);
            assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
            assertThat(svg.getLocalName()).isEqualTo("svg");
        }
        assertThat(element(page, "peers").getTextContent()).contains("ann", "bob");
        // No cold call in the data booked an appointment: the plan starts at the pipeline's first stage,
        // every stage named by its display name.
        assertThat(element(page, "funnel").getTextContent()).contains("Lead", "First appointment", "Proposal", "Won")
                .doesNotContain("Cold call");
        assertThat(element(page, "barometer").getTextContent()).contains("ann", "bob");
        assertThat(page.getDocumentElement().getTextContent())
                .contains("All reps", "2026-03-02 to 2026-03-25", "2026-03-26 to 2026-06-24", "activities.csv");
    }

    @Test
    void html_everyProposalLost_funnelSaysNoPlanIsReachableAndNothingIsGreen() throws IOException {
        opportunities = write(dir, "lost.csv", OPPORTUNITIES_HEADER,
                "opp-1,ann,acme,,2026-03-02,30000,EUR,lead@2026-03-02;first_appointment@2026-03-03;"
                        + "proposal@2026-03-10,lost,2026-03-20");
        activities = write(dir, "ann.csv", ACTIVITIES[0], ACTIVITIES[1], ACTIVITIES[2]);

        CliRun run = scorecard("--html", report.toString(), "--quarterly-target", "EUR 50000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(report);
        Document page = parse(html);
        String funnel = html.substring(html.indexOf("<svg xmlns=\"" + SVG + "\" id=\"funnel\""));
        funnel = funnel.substring(0, funnel.indexOf("</svg>"));
        assertThat(element(page, "funnel").getTextContent()).contains("no reachable plan", "1 done")
                .doesNotContain("0 required");
        assertThat(funnel).doesNotContain("#2e7d32");
        assertThat(element(page, "magic-ann").getTextContent()).isEqualTo("unreachable");
        // Ann is the only rep of the one unit the CSV review makes: no peers to be in line with.
        assertThat(element(page, "rep-ann").getTextContent()).contains("no peers: the only rep of All reps",
                "Plan unreachable: gateway proposal converts at 0%").doesNotContain("in line with the team");
    }

    @Test
    void html_defaultTargets_areLastQuartersWonRevenuePlusTenPercent() throws IOException {
        CliRun run = scorecard("--html", report.toString());

        // Ann won EUR 30,000 in the last quarter (the whole period here): 33,000. Bob won nothing and
        // gets the mean of the others' revenue plus 10 %: 33,000 too. The card sums them.
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(element(parse(Files.readString(report)), "target").getTextContent()).isEqualTo("EUR 66,000");
    }

    @Test
    void html_quarterlyTarget_setsEveryRepsTarget() throws IOException {
        CliRun run = scorecard("--html", report.toString(), "--quarterly-target", "EUR 120000");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(element(parse(Files.readString(report)), "target").getTextContent()).isEqualTo("EUR 240,000");
    }

    @Test
    void html_anyPipeline_reviewsItsOwnStages() throws IOException {
        // HubSpot's five deal stages: none is first_appointment or proposal.
        String stages = "appointmentscheduled,qualifiedtobuy,presentationscheduled,decisionmakerboughtin,contractsent";
        opportunities = write(dir, "hubspot.csv", OPPORTUNITIES_HEADER,
                "d-1,ann,acme,,2026-03-02,30000,EUR,appointmentscheduled@2026-03-02;qualifiedtobuy@2026-03-03;"
                        + "presentationscheduled@2026-03-05;decisionmakerboughtin@2026-03-09;contractsent@2026-03-10,"
                        + "won,2026-03-20",
                "d-2,ann,beta,,2026-03-04,20000,EUR,appointmentscheduled@2026-03-04;qualifiedtobuy@2026-03-06,lost,"
                        + "2026-03-25",
                "d-3,bob,gamma,,2026-03-05,10000,EUR,appointmentscheduled@2026-03-05;qualifiedtobuy@2026-03-06;"
                        + "presentationscheduled@2026-03-09;decisionmakerboughtin@2026-03-10;contractsent@2026-03-11,"
                        + "won,2026-03-24");

        CliRun run = scorecard("--html", report.toString(), "--pipeline", stages, "--opportunity-stage",
                "qualifiedtobuy");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Document page = parse(Files.readString(report));
        assertThat(element(page, "funnel").getTextContent()).contains("Appointmentscheduled", "Qualifiedtobuy",
                "Contractsent", "Won");
        assertThat(element(page, "magic-ann").getTextContent()).endsWith(" a week");
        assertThat(page.getDocumentElement().getTextContent()).contains("entries into Qualifiedtobuy");
    }

    @Test
    void html_opportunityStageNotInThePipeline_isAUsageError() {
        CliRun run = scorecard("--html", report.toString(), "--opportunity-stage", "demo");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kpi scorecard: --opportunity-stage must be one of the stages of --pipeline"
                + " lead,first_appointment,proposal: demo (see 'kpi scorecard --help')" + System.lineSeparator());
        assertThat(report).doesNotExist();
    }

    @Test
    void opportunityStage_withoutHtml_isAUsageError() {
        CliRun run = scorecard("--opportunity-stage", "lead");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kpi scorecard: --opportunity-stage needs --html");
    }

    @Test
    void html_unwritableFile_isAUsageErrorNamingIt() throws IOException {
        Path directory = Files.createDirectories(dir.resolve("taken"));

        CliRun run = scorecard("--html", directory.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kpi scorecard: --html cannot write " + directory + ": ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void html_nobodyWonAndNoTarget_asksForTheTarget() {
        opportunities = write(dir, "open.csv", OPPORTUNITIES_HEADER,
                "opp-3,bob,gamma,inbound,2026-03-05,10000.50,EUR,lead@2026-03-05,open,");

        CliRun run = scorecard("--html", report.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kpi scorecard: --quarterly-target is required for --html: nobody won a deal"
                + " in the last quarter (2026-03-02/2026-03-05) (see 'kpi scorecard --help')" + System.lineSeparator());
    }

    @Test
    void quarterlyTarget_withoutHtml_isAUsageError() {
        CliRun run = scorecard("--quarterly-target", "EUR 1000");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kpi scorecard: --quarterly-target needs --html: it sets the targets of the"
                + " review (see 'kpi scorecard --help')" + System.lineSeparator());
    }

    private static Element element(Document page, String id) {
        NodeList all = page.getElementsByTagNameNS("*", "*");
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
