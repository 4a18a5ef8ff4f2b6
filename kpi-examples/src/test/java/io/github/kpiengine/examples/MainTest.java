package io.github.kpiengine.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.examples.report.ReviewReport;
import io.github.kpiengine.examples.sample.SampleCompany;
import io.github.kpiengine.review.RepReview;
import io.github.kpiengine.review.SalesReview;
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

    private static final SalesReview REVIEW = ReviewReport.of(SampleCompany.create()).review();

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
            String perWeek = rep.newOpportunitiesPerWeek().setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
            assertThat(output).as(rep.rep().name()).containsPattern(Pattern.quote(rep.rep().name()) + " +"
                    + Pattern.quote(rep.unit().name()) + " .* " + rep.magicNumber().orElseThrow() + " +"
                    + Pattern.quote(perWeek) + " +" + barometer + " %");
        }
    }

    @Test
    void run_sample_printsThePlantedPeerGaps() {
        assertThat(output)
                .containsPattern("Nora Svensson \\(Mid-Market East\\)\\n.*\\n  peers:  Revenue per sale \\d+ % below peers")
                .containsPattern("Felix Wagner \\(Enterprise South\\)\\n.*\\n  peers:  Sales cycle \\d+ % shorter than peers")
                .containsPattern("Omar Haddad \\(Mid-Market West\\)\\n.*\\n  peers:  First appointment → Proposal \\d+ %"
                        + " below peers")
                .containsPattern("Omar Haddad \\(Mid-Market West\\)\\n.*\\n.*\\n  focus:  First appointment → Proposal");
    }

    @Test
    void run_sample_saysTheCurrencyOfEveryAmount() {
        assertThat(output).contains("\nAmounts in EUR.\n")
                .containsPattern("at this pace: EUR [\\d,]+ expected in Q1 2027 \\(10th to 90th percentile EUR [\\d,]+"
                        + " to EUR [\\d,]+\\)");
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
