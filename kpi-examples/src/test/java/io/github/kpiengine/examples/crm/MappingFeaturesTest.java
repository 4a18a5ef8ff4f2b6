package io.github.kpiengine.examples.crm;

import static io.github.kpiengine.examples.crm.Loads.badRows;
import static io.github.kpiengine.examples.crm.Loads.figure;
import static io.github.kpiengine.examples.crm.Loads.load;
import static io.github.kpiengine.examples.crm.Loads.mapping;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Source;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Statistic;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each thing a mapping can say, read from a small export. */
class MappingFeaturesTest {

    private static final Pipeline LEAD_PROPOSAL = Pipeline.of("lead", "proposal");

    /** Activities with a Rep, Type and Date column, the dates as the members given say. */
    private static Mapping activities(String more) {
        return mapping("{'activities': {'columns': {'rep': 'Rep', 'type': 'Type', 'date': 'Date', 'outcome': "
                + "'Result', 'duration': 'Length'}" + more + "}, 'opportunities': {'columns': {'id': 'Id', 'owner': "
                + "'Owner', 'account': 'Account', 'amount': 'Amount', 'history': 'Stages', 'result': 'Result'}}}")
                .withPipeline(LEAD_PROPOSAL);
    }

    private static LocalDate day(Loaded loaded) {
        SalesPeriod span = loaded.span().orElseThrow();
        assertThat(span.start()).isEqualTo(span.end());
        return span.start();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "M/d/yyyy|3/17/2026|2026-03-17",
        "M/d/yyyy|3/17/2026 10:22 AM|2026-03-17",
        "dd.MM.yyyy|17.03.2026|2026-03-17",
        "d MMM yyyy|17 Mar 2026|2026-03-17",
        "yyyy-MM-dd|2026-03-17|2026-03-17",
        "yyyy-MM-dd[ HH:mm]|2026-03-17 23:59|2026-03-17",
        "yyyy-MM-dd HH:mm:ssXXX|2026-03-17 23:30:00-05:00|2026-03-17"})
    void dates_anyPattern_dateTimesAtTheirDate(String pattern, String cell, LocalDate expected) {
        Loaded loaded = load(activities(", 'dates': '" + pattern + "'"), "Rep,Type,Date,Result,Length\nann,demo,\""
                + cell + "\",,\n", null, null);

        assertThat(day(loaded)).isEqualTo(expected);
    }

    @Test
    void dates_instantsInUtc_takenAtTheDayOfTheZoneNamed() {
        Mapping mapping = activities(", 'dates': {'pattern': 'yyyy-MM-dd HH:mm', 'timesIn': 'UTC', 'daysIn': "
                + "'Europe/Berlin'}");

        assertThat(day(load(mapping, "Rep,Type,Date,Result,Length\nann,demo,2026-03-16 23:30,,\n", null, null)))
                .isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(day(load(mapping, "Rep,Type,Date,Result,Length\nann,demo,2026-03-16 22:30,,\n", null, null)))
                .isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void dates_offsetInTheCell_takenAtTheDayOfTheZoneNamed() {
        Mapping mapping = activities(", 'dates': {'pattern': 'yyyy-MM-dd HH:mmXXX', 'timesIn': 'UTC', 'daysIn': "
                + "'Asia/Tokyo'}");

        assertThat(day(load(mapping, "Rep,Type,Date,Result,Length\nann,demo,2026-03-16 20:00-02:00,,\n", null, null)))
                .isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void dates_badDate_namesTheCrmColumnFieldAndPattern() {
        Mapping mapping = mapping("{'activities': {'columns': {'rep': 'Assigned', 'type': 'Subject', 'date': "
                + "'Due Date'}, 'dates': 'M/d/yyyy'}, 'opportunities': {'columns': {'id': 'Id', 'owner': 'Owner', "
                + "'account': 'Account', 'amount': 'Amount', 'history': 'Stages', 'result': 'Result'}}}")
                .withPipeline(LEAD_PROPOSAL);

        assertThat(badRows(mapping, "Assigned,Subject,Due Date\nann,demo,2/30/2026\n,demo,3/1/2026\nann,lunch,"
                + "3/1/2026\n", null, null)).containsExactly(
                "a.csv:2: bad date '2/30/2026' in column 'Due Date' (date) (expected M/d/yyyy)",
                "a.csv:3: column Assigned (rep) is empty",
                "a.csv:4: unknown activity type 'lunch' in column Subject (type) (expected one of cold_call, "
                        + "prospecting_call, first_appointment, demo, site_visit, survey, proposal, negotiation, "
                        + "referral_request, on_site_session, social_selling)");
    }

    @Test
    void types_declaredAndMapped_countedAndTimed() {
        Mapping mapping = mapping("{'activityTypes': [{'id': 'email', 'label': 'E-mail'}, {'id': 'meeting', "
                + "'measure': 'timed'}, {'id': 'linkedin_message', 'label': 'LinkedIn message'}], 'activities': "
                + "{'columns': {'rep': 'Rep', 'type': ['Subtype', 'Type'], 'date': 'Date', 'duration': 'Minutes'}, "
                + "'types': {'Call': 'cold_call', 'Send Letter': 'email', 'InMail': 'linkedin_message'}}, "
                + "'opportunities': {'columns': {'id': 'Id', 'owner': 'Owner', 'account': 'Account', 'amount': "
                + "'Amount', 'history': 'Stages', 'result': 'Result'}}}").withPipeline(LEAD_PROPOSAL);

        Loaded loaded = load(mapping, "Rep,Subtype,Type,Date,Minutes\n"
                + "ann,,CALL,2026-03-02,\n"
                + "ann,,e-mail,2026-03-02,\n"
                + "ann,Send  letter,Task,2026-03-02,\n"
                + "ann,InMail,,2026-03-03,\n"
                + "ann,,meeting,2026-03-03,90\n"
                + "ann,,Meeting,2026-03-04,30\n", null, null);

        ActivityType email = ActivityType.counted("email", "E-mail");
        assertThat(loaded.activityTypes()).extracting(ActivityType::id)
                .containsExactly("cold_call", "email", "meeting", "linkedin_message");
        assertThat(figure(loaded, Kpis.activityCount(email), "ann")).isEqualTo("2");
        assertThat(figure(loaded, Kpis.activityCount(ActivityType.COLD_CALL), "ann")).isEqualTo("1");
        assertThat(figure(loaded, Kpis.totalHours(ActivityType.timed("meeting", "Meeting")), "ann")).isEqualTo("2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "seconds|5400", "minutes|90", "hours|1.5", "milliseconds|5400000", "clock|1:30", "clock|01:30:00"})
    void durations_eachUnit_readAsTheSameTime(String unit, String cell) {
        Loaded loaded = load(activities(", 'duration': '" + unit + "'"), "Rep,Type,Date,Result,Length\nann,"
                + "social_selling,2026-03-02,," + cell + "\n", null, null);

        assertThat(figure(loaded, Kpis.totalHours(ActivityType.SOCIAL_SELLING), "ann")).isEqualTo("1.5");
    }

    @Test
    void durations_notInTheUnit_badRowNamingTheUnit() {
        assertThat(badRows(activities(", 'duration': 'clock'"), "Rep,Type,Date,Result,Length\nann,social_selling,"
                + "2026-03-02,,90\n", null, null)).containsExactly("a.csv:2: column Length (duration) must be a "
                + "positive number of clock for timed type social_selling: '90'");
    }

    @Test
    void outcomes_callResultsMapped_otherLabelsByTheStar() {
        Loaded loaded = load(activities(", 'outcomes': {'Meeting Booked': 'advanced', 'Left Voicemail': 'none', "
                + "'*': 'none'}"), "Rep,Type,Date,Result,Length\nann,cold_call,2026-03-02,meeting booked,\n"
                + "ann,cold_call,2026-03-02,Left Voicemail,\nann,cold_call,2026-03-02,Busy,\nann,cold_call,"
                + "2026-03-02,advanced,\n", null, null);

        assertThat(figure(loaded, Kpis.activityCount(ActivityType.COLD_CALL, Outcome.ADVANCED), "ann")).isEqualTo("2");
        assertThat(figure(loaded, Kpis.activityCount(ActivityType.COLD_CALL), "ann")).isEqualTo("4");
    }

    /** Opportunities of a CRM pipeline: labels for stages, results, sources; amounts as the locale writes them. */
    private static Mapping deals(String amounts) {
        return mapping("{'locale': 'en-US', 'pipeline': {'stages': ['Prospecting', 'Proposal/Price Quote'], 'won': "
                + "'Closed Won', 'lost': 'Closed Lost'}, 'sources': [{'id': 'trade_show', 'label': 'Trade Show'}], "
                + "'activities': {'columns': {'rep': 'Rep', 'type': 'Type', 'date': 'Date'}}, 'opportunities': "
                + "{'columns': {'id': 'Id', 'owner': 'Owner', 'account': 'Account', 'amount': 'Amount', 'currency': "
                + "'Currency', 'history': 'Stages', 'stage': 'Stage', 'source': 'Lead Source', 'close': 'Close'}, "
                + "'dates': 'M/d/yyyy', 'stages': {'Proposal': 'proposal_price_quote'}, 'sources': {'Web': "
                + "'inbound', 'External Referral': 'client_referral'}" + amounts + "}}");
    }

    private static final String DEALS = "Id,Owner,Account,Amount,Currency,Stages,Stage,Lead Source,Close\n";

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "|$30,000.00||USD|30000",
        "|EUR 30,000.00||EUR|30000",
        "|30000.5|EUR|EUR|30000.5",
        "|€ 1,234.50||EUR|1234.5",
        ", 'amounts': {'locale': 'de-DE'}|30.000,00 €||EUR|30000",
        ", 'amounts': {'locale': 'de-DE'}|1234,5|EUR|EUR|1234.5",
        ", 'amounts': {'locale': 'fr-FR', 'currency': 'EUR'}|30 000,00||EUR|30000",
        ", 'amounts': {'currency': 'GBP'}|£30,000||GBP|30000",
        ", 'amounts': {'currency': 'CHF'}|30000||CHF|30000"})
    void amounts_byLocale_symbolCodeOrDefaultCurrency(String amounts, String cell, String currency, String code,
            String revenue) {
        Loaded loaded = load(deals(amounts == null ? "" : amounts), null, DEALS + "o-1,ann,acme,\"" + cell + "\","
                + (currency == null ? "" : currency) + ",Prospecting@3/2/2026,Closed Won,,3/20/2026\n", null);

        assertThat(loaded.log().currency()).contains(Currency.getInstance(code));
        assertThat(figure(loaded, Kpis.averageRevenuePerSale(), "ann")).isEqualTo(revenue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "30,00.00|bad amount '30,00.00' in column Amount (amount): digits grouped by other than three",
        "30.000,00|bad amount '30.000,00' in column Amount (amount): ',' in the number",
        "30000 ZZZ|bad amount '30000 ZZZ' in column Amount (amount): 'ZZZ' is not an ISO 4217 currency code",
        "30000 dollars|bad amount '30000 dollars' in column Amount (amount): 'dollars' is not a currency symbol or "
                + "code",
        "$30000|column Amount (amount) is in USD but column Currency (currency) says EUR"})
    void amounts_mistakes_badRowWithTheReason(String cell, String reason) {
        assertThat(badRows(deals(""), null, DEALS + "o-1,ann,acme,\"" + cell + "\",EUR,Prospecting@3/2/2026,Closed Won,,"
                + "3/20/2026\n", null)).containsExactly("o.csv:2: " + reason);
    }

    @Test
    void amounts_noCurrencyAnywhere_badRow() {
        assertThat(badRows(deals(""), null, DEALS + "o-1,ann,acme,30000,,Prospecting@3/2/2026,Closed Won,,3/20/2026\n",
                null)).containsExactly("o.csv:2: column Currency (currency) is empty");
    }

    @Test
    void stagesResultsAndSources_labelsReadAsTheirIds() {
        Loaded loaded = load(deals(""), null, DEALS
                + "o-1,ann,acme,1000,USD,Prospecting@3/2/2026;Proposal@3/9/2026,closed won,External Referral,3/20/2026\n"
                + "o-2,ann,beta,1000,USD,prospecting@3/3/2026;Proposal/Price Quote@3/10/2026,Closed Lost,Web,3/21/2026\n"
                + "o-3,ann,core,1000,USD,PROSPECTING@3/4/2026,Prospecting,Trade Show,\n", null);

        assertThat(figure(loaded, Kpis.winRate(), "ann")).isEqualTo("0.5");
        assertThat(figure(loaded, Kpis.referralShareOfNewClients(), "ann")).isEqualTo("1");
        assertThat(figure(loaded, Kpis.where(Kpis.winRate(), Condition.sourceIn(Source.INBOUND)), "ann"))
                .isEqualTo("0");
        assertThat(figure(loaded, Kpis.salesCycleDays(Statistic.MEAN, mappingPipeline(), "proposal_price_quote"),
                "ann")).isEqualTo("11");
    }

    private static Pipeline mappingPipeline() {
        return deals("").pipeline().orElseThrow();
    }

    @Test
    void stages_unknownLabelAndOpenWithCloseDate_badRows() {
        assertThat(badRows(deals(""), null, DEALS
                + "o-1,ann,acme,1000,USD,Demo@3/2/2026,Prospecting,,\n"
                + "o-2,ann,acme,1000,USD,Prospecting@3/2/2026,Prospecting,,4/30/2026\n"
                + "o-3,ann,acme,1000,USD,Prospecting@3/2/2026,Gagné,,4/30/2026\n", null)).containsExactly(
                "o.csv:2: unknown stage 'Demo' in column Stages (history) (expected one of Prospecting, "
                        + "Proposal/Price Quote)",
                "o.csv:3: column Close (close) must be empty for an open opportunity: '4/30/2026'",
                "o.csv:4: unknown stage 'Gagné' in column Stage (stage) (expected one of Prospecting, "
                        + "Proposal/Price Quote)");
    }

    @Test
    void closeDateWhileOpen_ignore_readsTheExpectedCloseAsNothing() {
        Mapping mapping = Mapping.parse("m.json", MappingTest.json(MappingTest.MINIMAL.replace("'result': 'Result'}}",
                "'result': 'Result', 'close': 'Close', 'currency': 'Cur'}, 'closeDateWhileOpen': 'ignore'}")))
                .withPipeline(LEAD_PROPOSAL);

        Loaded loaded = load(mapping, null, "Id,Owner,Account,Amount,Cur,Stages,Result,Close\n"
                + "o-1,ann,acme,10,EUR,lead@2026-03-02,open,2026-05-01\n", null);

        assertThat(loaded.log().opportunityCount()).isOne();
        assertThat(loaded.span()).contains(SalesPeriod.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2)));
    }
}
