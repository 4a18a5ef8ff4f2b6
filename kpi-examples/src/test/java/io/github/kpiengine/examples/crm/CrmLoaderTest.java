package io.github.kpiengine.examples.crm;

import static io.github.kpiengine.examples.cli.CsvFixtures.ACTIVITIES;
import static io.github.kpiengine.examples.cli.CsvFixtures.ACTIVITIES_HEADER;
import static io.github.kpiengine.examples.cli.CsvFixtures.OPPORTUNITIES;
import static io.github.kpiengine.examples.cli.CsvFixtures.replace;
import static io.github.kpiengine.examples.cli.CsvFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tool's own layout through the streaming loader: every row checked, bad ones named by file and line. */
class CrmLoaderTest {

    private static final Pipeline LEAD_APPOINTMENT_PROPOSAL = Pipeline.of("lead", "first_appointment", "proposal");
    private static final Mapping OWN_LAYOUT = Mapping.preset("kpi").withPipeline(LEAD_APPOINTMENT_PROPOSAL);
    private static final SalesPeriod MARCH = SalesPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

    @TempDir
    Path dir;

    private Loaded load(Path activities, Path opportunities, boolean skip) {
        return CrmLoader.with(OWN_LAYOUT)
                .activities(activities == null ? List.of() : List.of(activities))
                .opportunities(opportunities == null ? List.of() : List.of(opportunities))
                .skipBadRows(skip)
                .load();
    }

    private List<BadRow> badRows(Path activities, Path opportunities) {
        try {
            load(activities, opportunities, false);
        } catch (BadRowsException e) {
            assertThat(e.count()).isEqualTo(e.rows().size());
            return e.rows();
        }
        throw new AssertionError("the load was not refused");
    }

    private static ScorecardResult evaluate(Loaded loaded, io.github.kpiengine.kpi.Kpi... kpis) {
        return Engine.evaluate(Scorecard.of(kpis), loaded.log(), MARCH, Grouping.byRep());
    }

    /** A defined figure's value, as plain text. */
    private static String value(ScorecardResult result, String scope, int kpi) {
        return result.result(ScopeKey.of(scope), result.kpis().get(kpi)).value().orElseThrow().toPlainString();
    }

    @Test
    void load_goodFiles_everyRowWithItsFields() {
        Loaded loaded = load(write(dir, "a.csv", ACTIVITIES), write(dir, "o.csv", OPPORTUNITIES), false);

        assertThat(loaded.log().activityCount()).isEqualTo(4);
        assertThat(loaded.log().opportunityCount()).isEqualTo(3);
        assertThat(loaded.activityTypes()).containsExactly(ActivityType.COLD_CALL, ActivityType.FIRST_APPOINTMENT,
                ActivityType.SOCIAL_SELLING);
        ScorecardResult result = evaluate(loaded, Kpis.where(Kpis.activityCount(ActivityType.FIRST_APPOINTMENT),
                Condition.outcomeIn(Outcome.ADVANCED)), Kpis.totalHours(ActivityType.SOCIAL_SELLING),
                Kpis.referralShareOfNewClients(), Kpis.winRate());
        assertThat(value(result, "ann", 0)).isEqualTo("1");
        assertThat(value(result, "bob", 1)).isEqualTo("1.5");
        assertThat(value(result, "ann", 2)).isEqualTo("1");
        assertThat(value(result, "ann", 3)).isEqualTo("0.5");
        assertThat(loaded.span()).contains(SalesPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 25)));
        assertThat(loaded.skipped()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "ann,lunch,2026-03-02,,,,|unknown activity type 'lunch' in column type (expected one of cold_call, "
                + "prospecting_call, first_appointment, demo, site_visit, survey, proposal, negotiation, "
                + "referral_request, on_site_session, social_selling)",
        "ann,cold_call,2026-13-02,,,,|bad date '2026-13-02' in column date (expected YYYY-MM-DD)",
        "ann,cold_call,2026-02-30,,,,|bad date '2026-02-30' in column date (expected YYYY-MM-DD)",
        "ann,cold_call,02/03/2026,,,,|bad date '02/03/2026' in column date (expected YYYY-MM-DD)",
        ",cold_call,2026-03-02,,,,|column rep is empty",
        "ann,cold_call,2026-03-02,,,|the row has 6 fields, the header 7",
        "ann,cold_call,2026-03-02,,,,great|unknown outcome 'great' in column outcome (expected one of advanced, "
                + "order_commitment, referral_list, none)",
        "ann,social_selling,2026-03-02,,,,|column duration_minutes (duration) must be a positive number of minutes "
                + "for timed type social_selling: ''",
        "ann,social_selling,2026-03-02,,,-5,|column duration_minutes (duration) must be a positive number of "
                + "minutes for timed type social_selling: '-5'"})
    void load_badActivity_refusedWithFileLineAndReason(String row, String reason) {
        Path file = write(dir, "a.csv", replace(ACTIVITIES, 2, row));

        assertThat(badRows(file, null)).containsExactly(new BadRow(file.toString(), 3, reason));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "opp-9,bob,acme,,,5000,USD,lead@2026-03-02,open,|currency USD differs from EUR of {file}:2: "
                + "one scorecard is in one currency",
        "opp-1,bob,acme,,,5000,EUR,lead@2026-03-02,open,|opportunity id 'opp-1' in column id repeats {file}:2",
        "opp-9,bob,acme,,,5000,EUR,lead@2026-03-02,won,|column close_date (close) is needed for a won opportunity",
        "opp-9,bob,acme,,,5000,EUR,lead@2026-03-02,open,2026-03-09|column close_date (close) must be empty for an "
                + "open opportunity: '2026-03-09'",
        "opp-9,bob,acme,,,5000,EUR,lead@2026-03-02,pending,|unknown result 'pending' in column result (expected one "
                + "of open, won, lost)",
        "opp-9,bob,acme,,,5000,EUR,demo@2026-03-02,open,|unknown stage 'demo' in column stages (history) (expected "
                + "one of lead, first_appointment, proposal; set --pipeline)",
        "opp-9,bob,acme,,,5000,EUR,lead@2026-03-02;won@2026-03-09,open,|entry 'won@2026-03-09' in column stages "
                + "(history): give won or lost in column result and column close_date (close)",
        "opp-9,bob,acme,,,5000,EUR,lead 2026-03-02,open,|entry 'lead 2026-03-02' in column stages (history) is not "
                + "STAGE@DATE",
        "opp-9,bob,acme,,,5000,EUR,lead@2026-3-2,open,|bad date '2026-3-2' in entry 'lead@2026-3-2' of column "
                + "stages (history) (expected YYYY-MM-DD)",
        "opp-9,bob,acme,,,lots,EUR,lead@2026-03-02,open,|bad amount 'lots' in column amount: no number",
        "opp-9,bob,acme,,,\"5,000\",EUR,lead@2026-03-02,open,|bad amount '5,000' in column amount: ',' in the number",
        "opp-9,bob,acme,,,-5000,EUR,lead@2026-03-02,open,|amount must not be negative: '-5000' in column amount",
        "opp-9,bob,acme,,,5000.001,EUR,lead@2026-03-02,open,|bad amount '5000.001' in column amount: amount must have "
                + "at most 2 decimal places for EUR: 5000.001",
        "opp-9,bob,acme,,,5000,EURO,lead@2026-03-02,open,|unknown currency 'EURO' in column currency (expected an "
                + "ISO 4217 code such as EUR)",
        "opp-9,bob,acme,friend,,5000,EUR,lead@2026-03-02,open,|unknown source 'friend' in column source (expected "
                + "one of cold_outreach, inbound, client_referral, partner_referral)",
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
                opportunities + ":2: unknown result 'maybe' in column result (expected one of open, won, "
                        + "lost)");
    }

    @Test
    void load_skipBadRows_loadsTheOthersAndListsTheBad() {
        Path activities = write(dir, "a.csv", replace(ACTIVITIES, 1, "ann,lunch,2026-03-02,,,,"));

        Loaded loaded = load(activities, write(dir, "o.csv", OPPORTUNITIES), true);

        assertThat(loaded.log().activityCount()).isEqualTo(3);
        assertThat(loaded.log().opportunityCount()).isEqualTo(3);
        assertThat(loaded.skipped()).extracting(BadRow::line).containsExactly(2);
        assertThat(loaded.skippedCount()).isOne();
    }

    @Test
    void load_manyBadRows_keepsAThousandAndCountsAll() {
        List<String> lines = new ArrayList<>(List.of(ACTIVITIES_HEADER));
        for (int i = 0; i < 1_500; i++) {
            lines.add("ann,lunch,2026-03-02,,,,");
        }
        Path file = write(dir, "a.csv", lines.toArray(String[]::new));

        assertThatThrownBy(() -> load(file, null, false)).isInstanceOfSatisfying(BadRowsException.class, e -> {
            assertThat(e.count()).isEqualTo(1_500);
            assertThat(e.rows()).hasSize(1_000);
        });
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

        assertThatThrownBy(() -> load(file, null, false)).isInstanceOf(CrmException.class)
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
        assertThat(loaded.activityTypes()).containsExactly(ActivityType.COLD_CALL);
        assertThat(loaded.span()).contains(SalesPeriod.ofYear(2026));
    }

    @Test
    void load_sourceDefaultsToColdOutreach() {
        Loaded loaded = load(null, write(dir, "o.csv", OPPORTUNITIES), false);

        ScorecardResult result = Engine.evaluate(Scorecard.of(Kpis.where(Kpis.winRate(),
                Condition.sourceIn(Source.COLD_OUTREACH))), loaded.log(), MARCH, Grouping.byRep());
        // ann's cold deal (opp-2) was lost; her won deal came by referral.
        assertThat(value(result, "ann", 0)).isEqualTo("0");
    }

    @Test
    void load_dateBeyondYear9999_badDate() {
        Path activities = write(dir, "a.csv", ACTIVITIES_HEADER, "ann,cold_call,+10000-01-01,,,,",
                "ann,cold_call,0000-12-31,,,,");

        assertThat(badRows(activities, null)).extracting(BadRow::toString).containsExactly(
                activities + ":2: bad date '+10000-01-01' in column date (expected YYYY-MM-DD)",
                activities + ":3: bad date '0000-12-31' in column date (expected YYYY-MM-DD)");
    }

    @Test
    void load_amountsBeyondWhatTheLogAddsUp_badRowNamingColumnAndValue() {
        Path opportunities = write(dir, "o.csv", OPPORTUNITIES[0],
                "opp-1,ann,acme,,2026-03-02,92233720368547758.07,EUR,lead@2026-03-02,open,",
                "opp-2,ann,acme,,2026-03-02,0.01,EUR,lead@2026-03-02,open,");

        assertThat(badRows(null, opportunities)).extracting(BadRow::toString).containsExactly(opportunities
                + ":3: amount '0.01' in column amount "
                + "is too large: the amounts of all opportunities may add up to at most EUR 92233720368547758.07, "
                + "and those before this row come to EUR 92233720368547758.07");
    }

    @Test
    void load_someDays_hasDataOnThoseDaysOnly() {
        Path activities = write(dir, "a.csv", ACTIVITIES_HEADER, "ann,cold_call,2026-03-02,,,,");
        Path opportunities = write(dir, "o.csv", OPPORTUNITIES[0],
                "opp-1,ann,acme,,2026-03-10,100,EUR,lead@2026-03-10,won,2026-03-20");

        Loaded loaded = load(activities, opportunities, false);

        assertThat(loaded.span()).contains(SalesPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 20)));
        assertThat(loaded.hasDataIn(SalesPeriod.of(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9)))).isFalse();
        assertThat(loaded.hasDataIn(SalesPeriod.of(LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 19)))).isFalse();
        assertThat(loaded.hasDataIn(SalesPeriod.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 20)))).isTrue();
        assertThat(loaded.hasDataIn(SalesPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2)))).isTrue();
        assertThat(loaded.hasDataIn(SalesPeriod.ofYear(2025))).isFalse();
        assertThat(loaded.hasDataIn(SalesPeriod.of(LocalDate.of(-5, 1, 1), LocalDate.of(0, 12, 31)))).isFalse();
    }
}
