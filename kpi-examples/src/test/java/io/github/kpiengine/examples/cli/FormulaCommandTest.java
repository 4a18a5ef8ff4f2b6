package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormulaCommandTest {

    @Test
    void check_validFormula_printsItNormalisedExit0() {
        CliRun run = CliRun.of("formula", "check", "count( proposal )/count(first_appointment)");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_OK);
        assertThat(run.out()).isEqualTo("count(proposal) / count(first_appointment)" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void check_arithmeticConditionsAndPeers_printNormalised() {
        CliRun run = CliRun.of("formula", "check",
                "where(count(site_visit),outcome(referral_list,order_commitment))/count(site_visit)-65%");
        CliRun peers = CliRun.of("formula", "check", "peer_gap(median(cycle_days(first_appointment))) * 100");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("where(count(site_visit), outcome(order_commitment, referral_list))"
                + " / count(site_visit) - 65%" + System.lineSeparator());
        assertThat(peers.out()).isEqualTo("peer_gap(median(cycle_days(first_appointment))) * 100"
                + System.lineSeparator());
    }

    @Test
    void check_conversion_usesThePipelineFlag() {
        CliRun run = CliRun.of("formula", "check", "conversion(demo, won)", "--pipeline", "lead,demo");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("conversion(demo, won)");
    }

    @Test
    void check_malformedFormula_printsTheCaretExit2WithoutAStackTrace() {
        CliRun run = CliRun.of("formula", "check", "count(proposal");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_USAGE);
        assertThat(run.out()).isEmpty();
        String n = System.lineSeparator();
        assertThat(run.err()).isEqualTo("kpi formula check: expected ',' or ')' but found end of input"
                + " at line 1, column 15" + n + "count(proposal" + n + "              ^" + n);
    }

    @Test
    void check_unknownActivityType_namesItAndItsPosition() {
        CliRun run = CliRun.of("formula", "check", "count(lunch)");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kpi formula check: expected an activity type (")
                .contains("but found unknown activity type 'lunch' at line 1, column 7");
    }

    @Test
    void check_badPipeline_isAOneLineUsageError() {
        CliRun run = CliRun.of("formula", "check", "win_rate()", "--pipeline", "Lead");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).startsWith("kpi formula check: --pipeline must list distinct lower-case stage names: Lead");
    }

    @Test
    void formula_withoutSubcommand_asksForOne() {
        CliRun run = CliRun.of("formula");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kpi formula: a command is required: check");
    }
}
