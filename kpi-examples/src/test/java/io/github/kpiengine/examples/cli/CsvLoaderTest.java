package io.github.kpiengine.examples.cli;

import static io.github.kpiengine.examples.cli.CsvFixtures.ACTIVITIES;
import static io.github.kpiengine.examples.cli.CsvFixtures.ACTIVITIES_HEADER;
import static io.github.kpiengine.examples.cli.CsvFixtures.OPPORTUNITIES;
import static io.github.kpiengine.examples.cli.CsvFixtures.replace;
import static io.github.kpiengine.examples.cli.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import io.github.kpiengine.examples.cli.CsvLoader.BadRowsException;
import io.github.kpiengine.examples.cli.CsvLoader.Loaded;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvLoaderTest {

    private static final Pipeline LEAD_APPOINTMENT_PROPOSAL = Pipeline.of("lead", "first_appointment", "proposal");

    @TempDir
    Path dir;

    private Loaded load(Path activities, Path opportunities, boolean skip) {
        return CsvLoader.load(activities == null ? List.of() : List.of(activities),
                opportunities == null ? List.of() : List.of(opportunities), LEAD_APPOINTMENT_PROPOSAL, skip);
    }

    private List<BadRow> badRows(Path activities, Path opportunities) {
        try {
            load(activities, opportunities, false);
        } catch (BadRowsException e) {
            return e.rows();
        }
        throw new AssertionError("the load was not refused");
    }

    @Test
    void load_goodFiles_everyRowWithItsFields() {
        Loaded loaded = load(write(dir, "a.csv", ACTIVITIES), write(dir, "o.csv", OPPORTUNITIES), false);

        assertThat(loaded.log().activityCount()).isEqualTo(4);
        assertThat(loaded.log().opportunityCount()).isEqualTo(3);
        assertThat(loaded.activities().get(1).outcome()).isEqualTo(Outcome.ADVANCED);
        assertThat(loaded.activities().get(1).opportunity()).contains("opp-1");
        assertThat(loaded.activities().get(2).duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(loaded.activities().get(3).account()).contains("Smith, Jones & Co");
        assertThat(loaded.opportunities().get(0).source()).isEqualTo(Source.CLIENT_REFERRAL);
        assertThat(loaded.opportunities().get(0).isWon()).isTrue();
        assertThat(loaded.opportunities().get(1).source()).isEqualTo(Source.COLD_OUTREACH);
        assertThat(loaded.opportunities().get(2).created()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(loaded.span()).contains(SalesPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 25)));
        assertThat(loaded.skipped()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "ann,lunch,2026-03-02,,,,|unknown activity type 'lunch' (expected one of cold_call, prospecting_call, "
                + "first_appointment, demo, site_visit, survey, proposal, negotiation, referral_request, "
                + "on_site_session, social_selling)",
        "ann,cold_call,2026-13-02,,,,|bad date '2026-13-02' in column date (expected YYYY-MM-DD)",
        "ann,cold_call,02/03/2026,,,,|bad date '02/03/2026' in column date (expected YYYY-MM-DD)",
        ",cold_call,2026-03-02,,,,|column rep is empty",
        "ann,cold_call,2026-03-02,,,|the row has 6 fields, the header 7",
        "ann,cold_call,2026-03-02,,,,great|unknown outcome 'great' (expected one of advanced, order_commitment, "
                + "referral_list, none)",
        "ann,social_selling,2026-03-02,,,,|duration_minutes must be a positive number for timed type "
                + "social_selling: ''",
        "ann,social_selling,2026-03-02,,,-5,|duration_minutes must be a positive number for timed type "
                + "social_selling: '-5'"})
    void load_badActivity_refusedWithFileLineAndReason(String row, String reason) {
        Path file = write(dir, "a.csv", replace(ACTIVITIES, 2, row));

        assertThat(badRows(file, null)).containsExactly(new BadRow(file.toString(), 3, reason));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "opp-9,bob,acme,,,5000,USD,lead@2026-03-02,open,|currency USD differs from EUR of {file}:2: "
                + "one scorecard is in one currency",
        "opp-1,bob,acme,,,5000,EUR,lead@2026-03-02,open,|opportunity id 'opp-1' repeats {file}:2",
        "opp-9,bob,acme,,,5000,EUR,lead@2026-03-02,won,|close_date is needed for a won opportunity",
        "opp-9,bob,acme,,,5000,EUR,lead@2026-03-02,open,2026-03-09|close_date must be empty for an open "
                + "opportunity: 2026-03-09",
        "opp-9,bob,acme,,,5000,EUR,lead@2026-03-02,pending,|unknown result 'pending' (expected open, won or lost)",
        "opp-9,bob,acme,,,5000,EUR,demo@2026-03-02,open,|stage 'demo' is not in the pipeline "
                + "lead,first_appointment,proposal (set --pipeline)",
        "opp-9,bob,acme,,,5000,EUR,lead@2026-03-02;won@2026-03-09,open,|stages entry 'won@2026-03-09': give won "
                + "or lost in the result and close_date columns",
        "opp-9,bob,acme,,,5000,EUR,lead 2026-03-02,open,|stages entry 'lead 2026-03-02' is not stage@YYYY-MM-DD",
        "opp-9,bob,acme,,,5000,EUR,lead@2026-3-2,open,|bad date '2026-3-2' in stages entry 'lead@2026-3-2' "
                + "(expected YYYY-MM-DD)",
        "opp-9,bob,acme,,,lots,EUR,lead@2026-03-02,open,|amount must be a number, not negative: 'lots'",
        "opp-9,bob,acme,,,5000,EURO,lead@2026-03-02,open,|unknown currency 'EURO' (expected an ISO 4217 code "
                + "such as EUR)",
        "opp-9,bob,acme,friend,,5000,EUR,lead@2026-03-02,open,|unknown source 'friend' (expected one of "
                + "cold_outreach, inbound, client_referral, partner_referral)",
        "opp-9,bob,,,,5000,EUR,lead@2026-03-02,open,|column account is empty"})
    void load_badOpportunity_refusedWithFileLineAndReason(String row, String reason) {
        Path file = write(dir, "o.csv", replace(OPPORTUNITIES, 3, row));

        assertThat(badRows(null, file)).containsExactly(
                new BadRow(file.toString(), 4, reason.replace("{file}", file.toString())));
    }

    @Test
    void load_createdAfterFirstStage_refusedWithModelReason() {
        Path file = write(dir, "o.csv", replace(OPPORTUNITIES, 3,
                "opp-9,bob,acme,,2026-03-09,5000,EUR,lead@2026-03-02,open,"));

        assertThat(badRows(null, file)).singleElement().extracting(BadRow::line, BadRow::reason)
                .containsExactly(4, "history must not start before created 2026-03-09: lead@2026-03-02");
    }

    @Test
    void load_badRowsInBothFiles_allReportedNothingLoaded() {
        Path activities = write(dir, "a.csv", replace(ACTIVITIES, 4, "bob,cold_call,yesterday,,,,"));
        Path opportunities = write(dir, "o.csv", replace(OPPORTUNITIES, 1,
                "opp-1,ann,acme,,,30000,EUR,lead@2026-03-02,maybe,"));

        assertThat(badRows(activities, opportunities)).extracting(BadRow::toString).containsExactly(
                activities + ":5: bad date 'yesterday' in column date (expected YYYY-MM-DD)",
                opportunities + ":2: unknown result 'maybe' (expected open, won or lost)");
    }

    @Test
    void load_skipBadRows_loadsTheOthersAndListsTheBad() {
        Path activities = write(dir, "a.csv", replace(ACTIVITIES, 1, "ann,lunch,2026-03-02,,,,"));

        Loaded loaded = load(activities, write(dir, "o.csv", OPPORTUNITIES), true);

        assertThat(loaded.log().activityCount()).isEqualTo(3);
        assertThat(loaded.log().opportunityCount()).isEqualTo(3);
        assertThat(loaded.skipped()).extracting(BadRow::line).containsExactly(2);
    }

    @Test
    void load_headerOnly_loadsNothing() {
        Loaded loaded = load(write(dir, "a.csv", ACTIVITIES_HEADER), null, false);

        assertThat(loaded.log().activityCount()).isZero();
        assertThat(loaded.span()).isEmpty();
    }

    @Test
    void load_emptyFile_refusedNamingFile() {
        Path file = write(dir, "a.csv");

        assertThatThrownBy(() -> load(file, null, false)).isInstanceOf(InputException.class)
                .hasMessage(file + ": empty file, expected a header row with rep,type,date");
    }

    @Test
    void load_missingFile_refusedNamingFile() {
        Path file = dir.resolve("nowhere.csv");

        assertThatThrownBy(() -> load(null, file, false)).hasMessage(file + ": no such file");
    }

    @Test
    void load_missingOpportunityColumn_refusedNamingIt() {
        Path file = write(dir, "o.csv", "id,owner,account,amount,currency,stages", "opp-1,ann,acme,1,EUR,lead@2026-03-02");

        assertThatThrownBy(() -> load(null, file, false)).hasMessage(file
                + ":1: missing column 'result' (expected id,owner,account,amount,currency,stages,result)");
    }

    @Test
    void load_hundredThousandRows_allLoaded() {
        List<String> lines = new ArrayList<>();
        lines.add(ACTIVITIES_HEADER);
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < 100_000; i++) {
            lines.add("rep-" + (i % 16) + ",cold_call," + start.plusDays(i % 365) + ",acct-" + (i % 997) + ",,,none");
        }
        Path file = write(dir, "big.csv", lines.toArray(String[]::new));

        Loaded loaded = load(file, null, false);

        assertThat(loaded.log().activityCount()).isEqualTo(100_000);
        assertThat(loaded.log().repIds()).hasSize(16);
        assertThat(loaded.activities()).allMatch(a -> a.type().equals(ActivityType.COLD_CALL));
    }
}
