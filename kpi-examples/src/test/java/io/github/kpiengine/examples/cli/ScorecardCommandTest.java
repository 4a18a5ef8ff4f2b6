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
        assertThat(lines).containsExactly(
                "Scorecard 2026-03-02/2026-03-25 by rep: 4 activities, 3 opportunities, money in EUR",
                "",
                "scope  count_cold_call  count_first_appointment  hours_social_selling  conversion_lead_first_appointment"
                        + "  conversion_first_appointment_proposal  conversion_proposal_won  win_rate"
                        + "  average_revenue_per_sale  mean_sales_cycle_days  new_accounts_won",
                "ann                  1                        1                   0.0                               100%"
                        + "                                    50%                     100%       50%"
                        + "             EUR 30,000.00                   18.0                 1",
                "bob                  1                        0                   1.5                                 0%"
                        + "                                      -                        -         -"
                        + "                         -                      -                 0");
    }

    @Test
    void scorecard_csvFormat_headerAndRowPerRep() {
        CliRun run = scorecard("--format", "csv");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("scope,count_cold_call,");
        assertThat(lines.get(1)).isEqualTo("ann,1,1,0.0,100%,50%,100%,50%,EUR 30000.00,18.0,1");
        assertThat(lines.get(2)).isEqualTo("bob,1,0,1.5,0%,-,-,-,-,-,0");
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
    void scorecard_headersOnly_nothingToEvaluateExit3() {
        activities = write(dir, "activities.csv", CsvFixtures.ACTIVITIES_HEADER);
        opportunities = write(dir, "opportunities.csv", CsvFixtures.OPPORTUNITIES_HEADER);

        CliRun run = scorecard();

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_NOTHING_TO_EVALUATE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("kpi scorecard: nothing to evaluate: no row was loaded, the files hold only "
                + "their headers" + NL);
    }

    @Test
    void scorecard_everyRowSkipped_listsThemThenNothingToEvaluateExit3() {
        activities = write(dir, "activities.csv", CsvFixtures.ACTIVITIES_HEADER, "ann,lunch,2026-03-02,,,,");

        CliRun run = CliRun.of("scorecard", "--activities", activities.toString(), "--skip-bad-rows");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_NOTHING_TO_EVALUATE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(2).last()
                .isEqualTo("kpi scorecard: nothing to evaluate: no row was loaded, every row was bad (1 skipped)");
    }

    @Test
    void scorecard_periodWithoutData_nothingToEvaluateExit3NamingThePeriod() {
        CliRun run = scorecard("--period", "2026-03-11/2026-03-19");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_NOTHING_TO_EVALUATE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("kpi scorecard: nothing to evaluate: no activity, opportunity or stage change "
                + "in --period 2026-03-11/2026-03-19 (the data span 2026-03-02/2026-03-25)" + NL);
    }

    @Test
    void scorecard_periodWithOnlyACloseInIt_evaluated() {
        CliRun run = scorecard("--period", "2026-03-20/2026-03-20");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("EUR 30,000.00");
    }

    @Test
    void scorecard_byWeekFromAWednesday_weeksLabelledByTheirMonday() {
        CliRun run = scorecard("--by-week", "--period", "2026-03-04/2026-03-17", "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .containsExactly("ann/2026-03-02", "ann/2026-03-09", "ann/2026-03-16", "bob/2026-03-02",
                        "bob/2026-03-09", "bob/2026-03-16");
    }

    @Test
    void scorecard_byWeekOverTooManyWeeks_refusedNamingThePeriod() {
        CliRun run = scorecard("--by-week", "--period", "0001-01-01/9999-12-31");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("kpi scorecard: --by-week over --period 0001-01-01/9999-12-31 gives 1043446 "
                + "rows (2 reps, 521723 weeks), more than 1000000: give a shorter --period (see 'kpi scorecard --help')"
                + NL);
    }

    @Test
    void scorecard_periodBeyondYear9999_refused() {
        CliRun run = scorecard("--period", "2026-01-01/+10000-01-01");

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("kpi scorecard: --period must lie within the years 1 to 9999: "
                + "2026-01-01/+10000-01-01 (see 'kpi scorecard --help')" + NL);
    }

    @Test
    void scorecard_durationBeyondTheLog_badRowNamingColumnAndValue() {
        activities = write(dir, "activities.csv", CsvFixtures.ACTIVITIES_HEADER,
                "ann,social_selling,2026-03-02,,,35791395,");

        CliRun run = scorecard();

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_USAGE);
        assertThat(run.err()).startsWith("kpi scorecard: " + activities + ":2: column duration_minutes (duration) is "
                + "too long for timed type social_selling: '35791395'" + NL);
    }

    @Test
    void scorecard_amountsAddingUpBeyondTheLog_badRowNamingColumnAndValue() {
        opportunities = write(dir, "opportunities.csv", CsvFixtures.OPPORTUNITIES_HEADER,
                "opp-1,ann,acme,,2026-03-02,90000000000000000,EUR,lead@2026-03-02,won,2026-03-20",
                "opp-2,bob,beta,,2026-03-02,90000000000000000,EUR,lead@2026-03-02,won,2026-03-20",
                "opp-3,bob,beta,,2026-03-02,100000000000000000000,EUR,lead@2026-03-02,won,2026-03-20");

        CliRun run = scorecard();

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_USAGE);
        assertThat(run.err().lines()).containsExactly(
                "kpi scorecard: " + opportunities + ":3: amount '90000000000000000' in column amount is too large: "
                        + "the amounts of all opportunities may add up to at most EUR 92233720368547758.07, and those "
                        + "before this row come to EUR 90000000000000000.00",
                "kpi scorecard: " + opportunities + ":4: amount '100000000000000000000' in column amount is too large: "
                        + "the amounts of all opportunities may add up to at most EUR 92233720368547758.07, and those "
                        + "before this row come to EUR 90000000000000000.00",
                "kpi scorecard: 2 bad row(s): nothing was loaded (fix them, or give --skip-bad-rows to load the "
                        + "others)");
    }

    @Test
    void scorecard_linesOfSpaces_skippedAsBlank() {
        activities = write(dir, "activities.csv", "   ", ACTIVITIES[0], ACTIVITIES[1], "      ", "\t\t",
                "\u00a0\u3000", ACTIVITIES[2], ACTIVITIES[3], ACTIVITIES[4], "   ");
        CliRun expected = CliRun.of("scorecard", "--activities", write(dir, "plain.csv", ACTIVITIES).toString());

        CliRun run = CliRun.of("scorecard", "--activities", activities.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(expected.out());
    }

    @Test
    void scorecard_missingFile_exit2NamingTheOption() {
        CliRun run = CliRun.of("scorecard", "--activities", dir.resolve("nowhere.csv").toString());

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("kpi scorecard: --activities '" + dir.resolve("nowhere.csv")
                + "': no such file (see 'kpi scorecard --help')" + NL);
    }

    @Test
    void scorecard_directory_exit2NamingTheOption() {
        CliRun run = CliRun.of("scorecard", "--opportunities", dir.toString());

        assertThat(run.exitCode()).isEqualTo(KpiCommand.EXIT_USAGE);
        assertThat(run.err()).isEqualTo("kpi scorecard: --opportunities '" + dir
                + "': a directory, not a file (see 'kpi scorecard --help')" + NL);
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
