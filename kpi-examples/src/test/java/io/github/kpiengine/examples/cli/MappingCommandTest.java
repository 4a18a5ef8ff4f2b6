package io.github.kpiengine.examples.cli;

import static io.github.kpiengine.examples.cli.CsvFixtures.ACTIVITIES;
import static io.github.kpiengine.examples.cli.CsvFixtures.OPPORTUNITIES;
import static io.github.kpiengine.examples.cli.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.examples.crm.Mapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kpi mapping init, and the scorecard's --preset, --mapping and --stage-history options. */
class MappingCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    @Test
    void init_preset_printsItsMappingFile() {
        CliRun run = CliRun.of("mapping", "init", "--preset", "salesforce");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Mapping.presetText("salesforce")).contains("\"Proposal/Price Quote\"");
    }

    @Test
    void init_unknownPreset_exit2NamingThePresets() {
        CliRun run = CliRun.of("mapping", "init", "--preset", "zoho");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kpi mapping init: --preset: unknown preset 'zoho' (expected one of kpi, salesforce, "
                + "hubspot, pipedrive) (see 'kpi mapping init --help')" + NL);
    }

    @Test
    void mapping_noSubcommand_exit2() {
        assertThat(CliRun.of("mapping").err()).startsWith("kpi mapping: a command is required: init");
    }

    @Test
    void scorecard_initOutputAsMapping_sameAsTheDefaultLayout() throws Exception {
        Path mapping = Files.writeString(dir.resolve("own.json"), CliRun.of("mapping", "init").out());
        Path activities = write(dir, "a.csv", ACTIVITIES);
        Path opportunities = write(dir, "o.csv", OPPORTUNITIES);

        CliRun own = CliRun.of("scorecard", "--activities", activities.toString(), "--opportunities",
                opportunities.toString());
        CliRun mapped = CliRun.of("scorecard", "--mapping", mapping.toString(), "--activities", activities.toString(),
                "--opportunities", opportunities.toString());

        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
        assertThat(mapped.out()).isEqualTo(own.out());
    }

    private static CliRun scorecard(String... args) {
        List<String> all = new ArrayList<>(List.of("scorecard"));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void scorecard_badMappingFile_exit2WithItsOneLine() throws Exception {
        Path mapping = Files.writeString(dir.resolve("m.json"), "{\"activites\": {}}");

        CliRun run = scorecard("--mapping", mapping.toString(), "--activities", "a.csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kpi scorecard: " + mapping + ": /activites: unknown field (expected one of ")
                .hasLineCount(1);
    }

    @Test
    void scorecard_presetAndMapping_refusedTogether() {
        CliRun run = scorecard("--preset", "hubspot", "--mapping", "m.json", "--activities", "a.csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kpi scorecard: Error: --preset=NAME, --mapping=FILE are mutually exclusive");
    }

    @Test
    void scorecard_pipelineWithAPresetsOwn_refused() {
        CliRun run = scorecard("--preset", "hubspot", "--pipeline", "a,b", "--activities", "a.csv");

        assertThat(run.err()).isEqualTo("kpi scorecard: --pipeline is for a mapping without a pipeline: the hubspot "
                + "mapping has its own (see 'kpi scorecard --help')" + NL);
    }

    @Test
    void scorecard_stageHistoryWithoutRows_refused() {
        CliRun run = scorecard("--preset", "hubspot", "--opportunities", "o.csv", "--stage-history", "h.csv");

        assertThat(run.err()).isEqualTo("kpi scorecard: --stage-history is for a mapping whose stage history comes in "
                + "rows, such as --preset salesforce: the hubspot mapping reads it from the opportunities "
                + "(see 'kpi scorecard --help')" + NL);
    }

    @Test
    void scorecard_rowsWithoutStageHistory_refused() {
        CliRun run = scorecard("--preset", "salesforce", "--opportunities", "o.csv");

        assertThat(run.err()).isEqualTo("kpi scorecard: --stage-history is required: the salesforce mapping reads the "
                + "stage history from a file of its own, one row per stage change (see 'kpi scorecard --help')" + NL);
    }

    @Test
    void scorecard_htmlOnAPresetsOwnPipeline_writesTheReviewWithTheCrmsStageNames() throws Exception {
        List<String> args = new ArrayList<>(PresetSamplesTest.presetArgs("hubspot"));
        Path review = dir.resolve("review.html");
        args.addAll(List.of("--html", review.toString()));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(java.nio.file.Files.readString(review)).contains("Appointment Scheduled", "Contract Sent");
    }

    @Test
    void scorecard_opportunityStageOutsideAPresetsPipeline_namesThePipeline() {
        List<String> args = new ArrayList<>(PresetSamplesTest.presetArgs("hubspot"));
        args.addAll(List.of("--html", dir.resolve("review.html").toString(), "--opportunity-stage", "proposal"));

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kpi scorecard: --opportunity-stage must be one of the stages of the hubspot "
                + "pipeline appointment_scheduled,qualified_to_buy,presentation_scheduled,decision_maker_bought_in,"
                + "contract_sent: proposal (see 'kpi scorecard --help')" + NL);
    }
}
