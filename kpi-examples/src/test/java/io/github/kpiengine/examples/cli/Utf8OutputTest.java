package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the tool in a JVM of its own under the C locale, whose default charset is ASCII: it must
 * still write UTF-8 to standard output and standard error (it printed {@code Zoë} and {@code Zoé}
 * as {@code Zo?}).
 */
class Utf8OutputTest {

    /** JVM options that make the platform's charset, or the console's, something other than UTF-8. */
    private static final String ASCII_CONSOLE = "-Dsun.stdout.encoding=US-ASCII -Dsun.stderr.encoding=US-ASCII "
            + "-Dstdout.encoding=US-ASCII -Dstderr.encoding=US-ASCII";

    @TempDir
    Path dir;

    /**
     * A run of the tool in a new JVM.
     *
     * @param exitCode its exit code
     * @param out its standard output, decoded as UTF-8
     * @param err its standard error, decoded as UTF-8
     */
    record Run(int exitCode, String out, String err) {
    }

    private Run kpi(String jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.split(" ")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), KpiCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG"));
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("LANG", "C");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-Dfile.encoding=US-ASCII", "-Dfile.encoding=ISO-8859-1", ASCII_CONSOLE})
    void scorecard_cLocale_writesUtf8(String jvmOptions) throws Exception {
        Path activities = CsvFixtures.write(dir, "activities.csv", CsvFixtures.ACTIVITIES_HEADER,
                "Zoë,cold_call,2026-03-02,,,,", "Zoé,cold_call,2026-03-03,,,,");

        Run run = kpi(jvmOptions, "scorecard", "--activities", activities.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(3).map(line -> line.split(" +")[0]))
                .containsExactlyInAnyOrder("Zoë", "Zoé");
        assertThat(run.out()).doesNotContain("?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ASCII_CONSOLE})
    void scorecard_cLocaleRefusal_writesUtf8(String jvmOptions) throws Exception {
        Path activities = CsvFixtures.write(dir, "activities.csv", CsvFixtures.ACTIVITIES_HEADER,
                "ann,Zoë,2026-03-02,,,,");

        Run run = kpi(jvmOptions, "scorecard", "--activities", activities.toString());

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown activity type 'Zoë' in column type").doesNotContain("?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ASCII_CONSOLE})
    void plan_cLocale_writesUtf8AndExitsWithTheCode(String jvmOptions) throws Exception {
        Run run = kpi(jvmOptions, "plan", "--target", "EUR 1200000", "--deal-size", "EUR 30000", "--stage",
                "call=20%", "--weeks", "48");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Target EUR 1,200,000.00 at EUR 30,000.00 a deal, over 48 selling weeks");
    }
}
