package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class KpiCommandTest {

    private static final String NL = System.lineSeparator();

    /** A command that fails the way the tool never should, to test the guard around every command. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {

        private final Throwable failure;

        Boom(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception exception) {
                throw exception;
            }
            throw (Error) failure;
        }
    }

    private static CliRun failing(Throwable failure, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = KpiCommand.commandLine(new PrintWriter(out), new PrintWriter(err));
        commandLine.addSubcommand("boom", new Boom(failure));
        // Settings reach only the subcommands already added.
        commandLine.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int code = KpiCommand.execute(commandLine, args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void execute_unexpectedFailure_oneLineInternalErrorWithTheIssueTracker() {
        CliRun run = failing(new IllegalStateException("no such scope"), "boom");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_INTERNAL_ERROR).isEqualTo(70);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("kpi boom: internal error: illegal state: no such scope (--debug prints the "
                + "stack trace), please report it at https://github.com/kpiengine/kpi-engine/issues" + NL);
    }

    @Test
    void execute_unexpectedFailureWithDebug_addsTheStackTrace() {
        CliRun run = failing(new ArithmeticException("Overflow"), "boom", "--debug");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_INTERNAL_ERROR);
        assertThat(run.err().lines().findFirst()).contains("kpi boom: internal error: arithmetic: Overflow, please "
                + "report it at " + KpiCommand.ISSUES);
        assertThat(run.err()).contains("java.lang.ArithmeticException: Overflow", "\tat ");
    }

    @Test
    void execute_outOfMemory_oneLineSayingToRaiseTheHeap() {
        CliRun run = failing(new OutOfMemoryError("Java heap space"), "boom");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_OUT_OF_MEMORY).isEqualTo(4);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("kpi boom: out of memory, the Java heap holding at most ")
                .endsWith(" MiB: run it with a larger heap, such as 'java -Xmx4g -jar kpi-cli.jar ...', or on less "
                        + "data at a time");
    }

    @Test
    void execute_errorOtherThanMemory_internalError() {
        CliRun run = failing(new StackOverflowError(), "boom");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_INTERNAL_ERROR);
        assertThat(run.err()).startsWith("kpi boom: internal error: stack overflow (--debug prints")
                .doesNotContain("\tat ");
    }

    @Test
    void issues_theTrackerThePomNames() throws Exception {
        String pom = Files.readString(Path.of("..", "pom.xml"));
        Matcher url = Pattern.compile("<issueManagement>\\s*<system>[^<]*</system>\\s*<url>([^<]+)</url>").matcher(pom);

        assertThat(url.find()).isTrue();
        assertThat(KpiCommand.ISSUES).isEqualTo(url.group(1));
    }

    @Test
    void execute_noCommand_exit2AskingForOne() {
        CliRun run = CliRun.of();

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("kpi: a command is required: plan, scorecard, mapping or formula (see 'kpi --help')"
                + System.lineSeparator());
    }

    @Test
    void execute_unknownCommand_exit2OneLine() {
        CliRun run = CliRun.of("forecast");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("kpi: unknown command 'forecast' (expected one of plan, scorecard, mapping, "
                + "formula, help) (see 'kpi --help')" + NL);
    }

    @Test
    void execute_help_listsCommandsExit0() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_OK);
        assertThat(run.out()).contains("plan", "scorecard");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void execute_helpCommand_showsSubcommandHelp() {
        CliRun run = CliRun.of("help", "scorecard");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: kpi scorecard");
    }

    @Test
    void execute_version_printsVersion() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("kpi ");
    }
}
