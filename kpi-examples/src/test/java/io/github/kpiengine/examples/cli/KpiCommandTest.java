package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KpiCommandTest {

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
        assertThat(run.err()).startsWith("kpi: ").contains("'forecast'");
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
