package io.github.kpiengine.examples.cli;

import static io.github.kpiengine.examples.cli.CsvFixtures.ACTIVITIES;
import static io.github.kpiengine.examples.cli.CsvFixtures.OPPORTUNITIES;
import static io.github.kpiengine.examples.cli.CsvFixtures.replace;
import static io.github.kpiengine.examples.cli.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorecardCommandTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private Path activities;
    private Path opportunities;

    @BeforeEach
    void writeFiles() {
        activities = write(dir, "activities.csv", ACTIVITIES);
        opportunities = write(dir, "opportunities.csv", OPPORTUNITIES);
    }

    private CliRun scorecard(String... more) {
        List<String> args = new ArrayList<>(List.of("scorecard", "--activities", activities.toString(),
                "--opportunities", opportunities.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void scorecard_goodFiles_oneRowPerRep() {
        CliRun run = scorecard();

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Scorecard 2026-03-02/2026-03-25 by rep: 4 activities, 3 opportunities, "
                + "money in EUR");
        assertThat(lines.get(2).split(" +")).containsExactly("scope", "count_cold_call",
                "count_first_appointment", "hours_social_selling", "conversion_lead_first_appointment",
                "conversion_first_appointment_proposal", "conversion_proposal_won", "win_rate",
                "average_revenue_per_sale", "mean_sales_cycle_days", "new_accounts_won");
        assertThat(lines).hasSize(5);
        assertThat(lines.get(3).split(" +")).startsWith("ann", "1", "1", "0").contains("50%", "30000.00");
        assertThat(lines.get(4).split(" +")).startsWith("bob", "1", "0", "1.5").contains("-");
    }

    @Test
    void scorecard_csvFormat_headerAndRowPerRep() {
        CliRun run = scorecard("--format", "csv");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("scope,count_cold_call,");
        assertThat(lines.get(1)).startsWith("ann,1,1,0,").contains(",50%,30000.00,");
    }

    @Test
    void scorecard_byWeek_scopesPerRepAndWeek() {
        CliRun run = scorecard("--by-week", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .contains("ann/2026-03-02", "bob/2026-03-02");
    }

    @Test
    void scorecard_period_evaluatesThatPeriod() {
        CliRun run = scorecard("--period", "2026-03-01/2026-03-04");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Scorecard 2026-03-01/2026-03-04 by rep");
    }

    @Test
    void scorecard_badRow_refusedWithFileLineAndNothingPrinted() {
        activities = write(dir, "activities.csv", replace(ACTIVITIES, 2, "ann,lunch,2026-03-03,,,,"));

        CliRun run = scorecard();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("kpi scorecard: " + activities + ":3: unknown activity type 'lunch' "
                + "in column type (expected one of cold_call, prospecting_call, first_appointment, demo, site_visit, survey, "
                + "proposal, negotiation, referral_request, on_site_session, social_selling)" + NL
                + "kpi scorecard: 1 bad row(s): nothing was loaded (fix them, or give --skip-bad-rows to load "
                + "the others)" + NL);
    }

    @Test
    void scorecard_skipBadRows_reportsAndEvaluatesTheRest() {
        opportunities = write(dir, "opportunities.csv", replace(OPPORTUNITIES, 3,
                "opp-3,bob,gamma,,,10000,USD,lead@2026-03-05,open,"));

        CliRun run = scorecard("--skip-bad-rows");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("kpi scorecard: skipped " + opportunities + ":4: currency USD differs "
                + "from EUR of " + opportunities + ":2: one scorecard is in one currency" + NL);
        assertThat(run.out().lines().findFirst()).contains("Scorecard 2026-03-02/2026-03-25 by rep: 4 activities, "
                + "2 opportunities, money in EUR, 1 bad rows skipped");
    }

    @Test
    void scorecard_manyBadRows_listsTwentyThenCounts() {
        String[] lines = new String[26];
        lines[0] = CsvFixtures.ACTIVITIES_HEADER;
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "ann,cold_call,not-a-date,,,,";
        }
        activities = write(dir, "activities.csv", lines);

        CliRun run = scorecard();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(22)
                .contains("kpi scorecard: 5 more bad row(s) not listed")
                .last().asString().startsWith("kpi scorecard: 25 bad row(s): nothing was loaded");
    }

    @Test
    void scorecard_customPipeline_readsItsStages() {
        opportunities = write(dir, "opportunities.csv", CsvFixtures.OPPORTUNITIES_HEADER,
                "opp-1,ann,acme,,,30000,EUR,discovery@2026-03-02;demo@2026-03-04,won,2026-03-20");

        CliRun run = scorecard("--pipeline", "discovery,demo", "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("conversion_discovery_demo,conversion_demo_won");
    }

    @Test
    void scorecard_emptyFile_exit2NamingIt() {
        activities = write(dir, "activities.csv");

        CliRun run = scorecard();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kpi scorecard: " + activities
                + ": empty file, expected a header row with rep,type,date (see 'kpi scorecard --help')" + NL);
    }

    @Test
    void scorecard_headersOnly_saysNothingToEvaluate() {
        activities = write(dir, "activities.csv", CsvFixtures.ACTIVITIES_HEADER);
        opportunities = write(dir, "opportunities.csv", CsvFixtures.OPPORTUNITIES_HEADER);

        CliRun run = scorecard();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("No activities or opportunities loaded: nothing to evaluate." + NL);
    }

    @Test
    void scorecard_noFiles_exit2() {
        CliRun run = CliRun.of("scorecard");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kpi scorecard: --activities or --opportunities is required "
                + "(see 'kpi scorecard --help')" + NL);
    }

    @Test
    void scorecard_badPeriod_exit2NamingFlag() {
        CliRun run = scorecard("--period", "March");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kpi scorecard: --period must be a year such as 2026 or START/END such as "
                + "2026-01-01/2026-03-31: March (see 'kpi scorecard --help')" + NL);
    }

    @Test
    void scorecard_badPipeline_exit2NamingFlag() {
        CliRun run = scorecard("--pipeline", "Lead,,won");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("kpi scorecard: --pipeline must list distinct lower-case stage names");
    }

    @Test
    void scorecard_yearPeriod_evaluatesTheYear() {
        CliRun run = scorecard("--period", "2026", "--format", "csv");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(3);
    }
}
