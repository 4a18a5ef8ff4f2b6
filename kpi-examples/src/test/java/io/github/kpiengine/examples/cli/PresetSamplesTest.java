package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.examples.sample.CrmSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each preset loads its bundled sample export and gives exactly the figures of the same data in the
 * tool's own layout: the same scorecard, the same values, for every rep and for every rep and week.
 */
class PresetSamplesTest {

    private static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path dir;

    /** The preset's command line on its bundled files. */
    static List<String> presetArgs(String preset) {
        Path files = SAMPLES.resolve(preset);
        List<String> args = new ArrayList<>(List.of("scorecard", "--preset", preset));
        switch (preset) {
            case "salesforce" -> args.addAll(List.of("--activities", files.resolve("tasks-and-events.csv").toString(),
                    "--opportunities", files.resolve("opportunities.csv").toString(),
                    "--stage-history", files.resolve("opportunity-history.csv").toString()));
            case "hubspot" -> args.addAll(List.of("--activities", files.resolve("activities.csv").toString(),
                    "--opportunities", files.resolve("deals.csv").toString()));
            default -> args.addAll(List.of("--activities", files.resolve("activities.csv").toString(),
                    "--opportunities", files.resolve("deals.csv").toString(),
                    "--stage-history", files.resolve("deal-stage-changes.csv").toString()));
        }
        return args;
    }

    private List<String> ownArgs(String preset) throws IOException {
        Map<String, String> own = CrmSamples.ownLayout(preset);
        Path activities = Files.writeString(dir.resolve("activities.csv"), own.get("activities.csv"));
        Path opportunities = Files.writeString(dir.resolve("opportunities.csv"), own.get("opportunities.csv"));
        return new ArrayList<>(List.of("scorecard", "--activities", activities.toString(), "--opportunities",
                opportunities.toString(), "--pipeline", own.get("pipeline")));
    }

    private static CliRun run(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run;
    }

    @ParameterizedTest
    @ValueSource(strings = {"salesforce", "hubspot", "pipedrive"})
    void bundledSample_isTheGeneratorsOutput(String preset) throws IOException {
        for (Map.Entry<String, String> file : CrmSamples.files(preset).entrySet()) {
            assertThat(Files.readString(SAMPLES.resolve(preset).resolve(file.getKey()), StandardCharsets.UTF_8))
                    .as(file.getKey()).isEqualTo(file.getValue());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"salesforce", "hubspot", "pipedrive"})
    void scorecard_presetOnItsSample_sameFiguresAsTheOwnLayout(String preset) throws IOException {
        CliRun crm = run(presetArgs(preset));
        CliRun own = run(ownArgs(preset));

        assertThat(crm.out()).isEqualTo(own.out());
        assertThat(crm.out().lines().findFirst()).contains("Scorecard 2026-01-02/2026-12-31 by rep: 14571 activities, "
                + "2414 opportunities, money in EUR");
        assertThat(crm.out().lines()).hasSize(2 + 1 + 16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"salesforce", "hubspot", "pipedrive"})
    void scorecard_presetOnItsSampleByWeek_sameFiguresAsTheOwnLayout(String preset) throws IOException {
        CliRun crm = run(presetArgs(preset), "--by-week", "--format", "csv");
        CliRun own = run(ownArgs(preset), "--by-week", "--format", "csv");

        assertThat(crm.out()).isEqualTo(own.out());
        assertThat(crm.out().lines().count()).isGreaterThan(16 * 50);
    }
}
