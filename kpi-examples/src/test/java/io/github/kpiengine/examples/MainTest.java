package io.github.kpiengine.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.examples.report.RepReview;
import io.github.kpiengine.examples.report.SalesReview;
import io.github.kpiengine.examples.sample.SampleCompany;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static final SalesReview REVIEW = SalesReview.of(SampleCompany.create());

    @TempDir
    static Path dir;

    private static String output;
    private static Path report;

    @BeforeAll
    static void runMain() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        report = Main.run(new PrintStream(buffer, true, StandardCharsets.UTF_8), dir.resolve("kpi-report.html"));
        output = buffer.toString(StandardCharsets.UTF_8);
    }

    @Test
    void run_sample_printsUnitsAndHeader() {
        assertThat(output)
                .startsWith("Northwind Office Systems: sales review of 2026, plan for Q1 2027")
                .containsPattern("Northwind Office Systems\\s+16\\s+[\\d,]+\\s+\\d+")
                .containsPattern("\\n    Mid-Market West\\s+4 ");
    }

    @Test
    void run_sample_printsEveryRepsMagicNumberAndBarometer() {
        for (RepReview rep : REVIEW.reps()) {
            String barometer = rep.barometer().orElseThrow().percent()
                    .setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString();
            assertThat(output).as(rep.rep().name()).containsPattern(Pattern.quote(rep.rep().name()) + " +"
                    + Pattern.quote(rep.team().name()) + " .* " + rep.magicNumber().orElseThrow() + " +"
                    + Pattern.quote(rep.newOpportunitiesPerWeek().toPlainString()) + " +" + barometer + " %");
        }
    }

    @Test
    void run_sample_printsThePlantedPeerGaps() {
        assertThat(output)
                .containsPattern("Nora Svensson \\(Mid-Market East\\)\\n  peers: revenue per sale \\d+ % below peers")
                .containsPattern("Felix Wagner \\(Enterprise South\\)\\n  peers: sales cycle \\d+ % shorter than peers")
                .containsPattern("Omar Haddad \\(Mid-Market West\\)\\n  peers: appointment → proposal \\d+ % below peers")
                .containsPattern("Omar Haddad \\(Mid-Market West\\)\\n.*\\n  focus: appointment → proposal");
    }

    @Test
    void run_sample_unhealthyBarometersFlagged() {
        assertThat(output).containsPattern("Tom Becker .* \\d+ % !");
    }

    @Test
    void run_sample_writesTheReport() throws Exception {
        assertThat(report).isEqualTo(dir.resolve("kpi-report.html"));
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("<svg", "id=\"magic-nora\"");
    }
}
