package io.github.kpiengine.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mistake in a mapping file is one line that names the place in the file. */
class MappingTest {

    /** The smallest mapping: the required columns of activities and opportunities. */
    static final String MINIMAL = "{'activities': {'columns': {'rep': 'Owner', 'type': 'Type', 'date': 'Date'}}, "
            + "'opportunities': {'columns': {'id': 'Id', 'owner': 'Owner', 'account': 'Account', 'amount': 'Amount', "
            + "'history': 'Stages', 'result': 'Result'}}}";

    /** JSON written with single quotes, which read more easily inside Java strings. */
    static String json(String text) {
        return text.replace('\'', '"');
    }

    private static String mistake(String json) {
        try {
            Mapping.parse("m.json", json(json));
        } catch (CrmException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            return e.getMessage();
        }
        throw new AssertionError("the mapping was accepted");
    }

    @TempDir
    Path dir;

    @Test
    void parse_minimal_noPipelineYet() {
        Mapping mapping = Mapping.parse("m.json", json(MINIMAL));

        assertThat(mapping.name()).isEqualTo("m.json");
        assertThat(mapping.pipeline()).isEmpty();
        assertThat(mapping.activityTypes()).isEqualTo(ActivityType.standard());
        assertThat(mapping.withPipeline(Pipeline.of("lead")).pipeline()).contains(Pipeline.of("lead"));
    }

    @Test
    void presets_allParse_andNameTheirPipelines() {
        assertThat(Mapping.presetNames()).containsExactly("kpi", "salesforce", "hubspot", "pipedrive");
        assertThat(Mapping.preset("kpi").pipeline()).isEmpty();
        assertThat(Mapping.preset("SALESFORCE").pipeline().orElseThrow().stages()).extracting(s -> s.displayName())
                .containsExactly("Prospecting", "Qualification", "Needs Analysis", "Value Proposition",
                        "Id. Decision Makers", "Perception Analysis", "Proposal/Price Quote", "Negotiation/Review",
                        "Closed Won", "Closed Lost");
        assertThat(Mapping.preset("hubspot").pipeline().orElseThrow().stages()).extracting(s -> s.displayName())
                .containsExactly("Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled",
                        "Decision Maker Bought-In", "Contract Sent", "Closed Won", "Closed Lost");
        assertThat(Mapping.preset("pipedrive").readsStageHistoryFiles()).isTrue();
    }

    @Test
    void preset_unknown_refusedNamingThePresets() {
        assertThatThrownBy(() -> Mapping.preset("zoho")).isInstanceOf(CrmException.class)
                .hasMessage("unknown preset 'zoho' (expected one of kpi, salesforce, hubspot, pipedrive)");
    }

    @Test
    void read_missingFile_refusedNamingIt() {
        Path file = dir.resolve("nowhere.json");

        assertThatThrownBy(() -> Mapping.read(file)).hasMessage(file + ": no such file");
    }

    @Test
    void read_presetText_readsBack() throws Exception {
        Path file = Files.writeString(dir.resolve("sf.json"), Mapping.presetText("salesforce"));

        assertThat(Mapping.read(file).name()).isEqualTo("salesforce");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        // The file as a whole
        "not JSON|{'name': }|m.json:1:10: not a JSON mapping: Unexpected character ('}' (code 125)): expected a valid "
                + "value (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
        "empty|^^|m.json: empty file, expected a JSON object",
        "not an object|[]|m.json: /: expected an object, found an empty list",
        "twice the same member|{'name': 'a', 'name': 'b'}|m.json:1:21: not a JSON mapping: Duplicate field 'name'",
        "unknown member|{'nmae': 'x'}|m.json: /nmae: unknown field (expected one of name, description, encoding, "
                + "delimiter, locale, footer, pipeline, activityTypes, sources, activities, opportunities, stageHistory)",
        "no activities|{'opportunities': {}}|m.json: /: \"activities\" is missing",
        "bad encoding|{'encoding': 'klingon'}|m.json: /encoding: unknown encoding 'klingon' (such as UTF-8 or "
                + "windows-1252)",
        "bad locale|{'locale': 'english please'}|m.json: /locale: 'english please' is not a locale such as en-US or "
                + "de-DE",
        "footer not boolean|{'footer': 'yes'}|m.json: /footer: expected true or false, found \"yes\"",
        // Columns
        "unknown field|{'activities': {'columns': {'repp': 'Owner'}}}|m.json: /activities/columns/repp: unknown "
                + "field (expected one of rep, type, date, account, opportunity, duration, outcome)",
        "required field|{'activities': {'columns': {'type': 'Type', 'date': 'Date'}}}|m.json: /activities/columns: "
                + "no column for rep, which is required",
        "column not a name|{'activities': {'columns': {'rep': 3, 'type': 'T', 'date': 'D'}}}|m.json: "
                + "/activities/columns/rep: expected a column name or a list of them, found the number 3",
        "blank column|{'activities': {'columns': {'rep': ' ', 'type': 'T', 'date': 'D'}}}|m.json: "
                + "/activities/columns/rep: a column name must not be blank",
        "no result|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}}, 'opportunities': "
                + "{'columns': {'id': 'I'}}}|m.json: /opportunities/columns: no column for stage or result: which "
                + "deals are won or lost",
        // Days, durations, amounts
        "bad pattern|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'dates': {'pattern': "
                + "'yyyy-MM-dd-bb'}}}|m.json: /activities/dates/pattern: bad date pattern 'yyyy-MM-dd-bb': Unknown "
                + "pattern letter: b",
        "pattern without a day|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'dates': "
                + "'HH:mm'}}|m.json: /activities/dates: bad date pattern 'HH:mm': it does not give a day: it needs "
                + "a year, a month and a day",
        "unknown zone|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'dates': {'timesIn': "
                + "'Mars/Olympus'}}}|m.json: /activities/dates/timesIn: unknown time zone 'Mars/Olympus' (such as "
                + "UTC or Europe/Berlin)",
        "days without times|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'dates': {'daysIn': "
                + "'UTC'}}}|m.json: /activities/dates/daysIn: needs \"timesIn\": the zone of the times the CRM exports",
        "unknown duration unit|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'duration': "
                + "'fortnights'}}|m.json: /activities/duration: unknown unit 'fortnights' (expected one of seconds, "
                + "minutes, hours, milliseconds, clock)",
        // Declared types and sources
        "standard type declared|{'activityTypes': [{'id': 'cold_call'}]}|m.json: /activityTypes/0/id: activity "
                + "type 'cold_call' is a standard one",
        "type declared twice|{'activityTypes': [{'id': 'email'}, {'id': 'email'}]}|m.json: /activityTypes/1/id: "
                + "activity type 'email' is declared twice",
        "bad type id|{'activityTypes': [{'id': 'E-mail'}]}|m.json: /activityTypes/0: id must be a lower-case "
                + "identifier of at most 64 characters ([a-z][a-z0-9_]*): 'E-mail'",
        "bad measure|{'activityTypes': [{'id': 'email', 'measure': 'weighed'}]}|m.json: /activityTypes/0/measure: "
                + "expected \"counted\" or \"timed\", found \"weighed\"",
        "standard source declared|{'sources': [{'id': 'inbound'}]}|m.json: /sources/0/id: source 'inbound' is a "
                + "standard one",
        // Value maps
        "unknown type|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'types': {'Call': "
                + "'cold_cal'}}}|m.json: /activities/types/Call: unknown activity type 'cold_cal' (expected one of "
                + "cold_call, prospecting_call, first_appointment, demo, site_visit, survey, proposal, negotiation, "
                + "referral_request, on_site_session, social_selling, or one declared in /activityTypes)",
        "label to two types|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'types': {'Call': "
                + "'cold_call', ' CALL ': 'demo'}}}|m.json: /activities/types/ CALL : ' CALL ' already means activity "
                + "type cold_call (/activities/types/Call); it cannot also mean demo",
        "label is another type's id|{'activityTypes': [{'id': 'meeting'}], 'activities': {'columns': {'rep': 'R', "
                + "'type': 'T', 'date': 'D'}, 'types': {'Meeting': 'first_appointment'}}}|m.json: "
                + "/activities/types/Meeting: 'Meeting' already means activity type meeting (the id of an activity "
                + "type); it cannot also mean first_appointment",
        "value not a string|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'types': {'Call': "
                + "['cold_call']}}}|m.json: /activities/types/Call: expected a string, found a list",
        "map not an object|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'outcomes': "
                + "'advanced'}}|m.json: /activities/outcomes: expected an object of labels, found \"advanced\"",
        "unknown outcome|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'outcomes': "
                + "{'Meeting Booked': 'booked'}}}|m.json: /activities/outcomes/Meeting Booked: unknown outcome "
                + "'booked' (expected one of advanced, order_commitment, referral_list, none)",
        "empty label|{'activities': {'columns': {'rep': 'R', 'type': 'T', 'date': 'D'}, 'outcomes': {' ': "
                + "'none'}}}|m.json: /activities/outcomes/ : an empty label means nothing"})
    void parse_mistake_oneLineNamingThePlace(String mistake, String mapping, String message) {
        assertThat(mistake(mapping)).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "unknown source|'sources': {'Web': 'internet'}|m.json: /opportunities/sources/Web: unknown source "
                + "'internet' (expected one of cold_outreach, inbound, client_referral, partner_referral, or one "
                + "declared in /sources)",
        "unknown result|'results': {'Gagné': 'victory'}|m.json: /opportunities/results/Gagné: unknown result "
                + "'victory' (expected one of open, won, lost)",
        "unknown shape|'history': 'diagonal'|m.json: /opportunities/history: unknown shape 'diagonal' (expected one "
                + "of cell, rows, columns)",
        "rows without their file|'history': 'rows'|m.json: /opportunities/columns/history: only for \"history\": "
                + "\"cell\"",
        "columns without a pipeline|'history': 'columns'|m.json: /opportunities/columns/history: only for "
                + "\"history\": \"cell\"",
        "history column for a cell|'historyColumn': 'Entered {label}'|m.json: /opportunities/historyColumn: only for "
                + "\"history\": \"columns\"",
        "bad currency|'amounts': {'currency': 'EURO'}|m.json: /opportunities/amounts/currency: unknown currency "
                + "'EURO' (expected an ISO 4217 code such as EUR)",
        "bad amounts member|'amounts': {'decimal': ','}|m.json: /opportunities/amounts/decimal: unknown field "
                + "(expected one of locale, currency)",
        "bad close rule|'closeDateWhileOpen': 'maybe'|m.json: /opportunities/closeDateWhileOpen: expected "
                + "\"refuse\" or \"ignore\", found \"maybe\""})
    void parse_opportunityMistake_oneLineNamingThePlace(String mistake, String member, String message) {
        String mapping = MINIMAL.replace("'result': 'Result'}}", "'result': 'Result'}, " + member + "}");

        assertThat(mistake(mapping)).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', value = {
        "no stages|{'stages': []}|m.json: /pipeline/stages: expected a list of the open stages, found an empty list",
        "stage twice|{'stages': ['Demo', {'id': 'demo', 'label': 'Product demo'}]}|m.json: /pipeline/stages/1: stage "
                + "'demo' is listed twice",
        "bad stage id|{'stages': [{'id': 'Demo', 'label': 'Demo'}]}|m.json: /pipeline/stages/0: name must be a "
                + "lower-case identifier of at most 64 characters ([a-z][a-z0-9_]*): 'Demo'",
        "won is an open stage's label|{'stages': ['Closed Won'], 'won': 'Closed Won'}|m.json: /pipeline/won: 'Closed "
                + "Won' already means stage closed_won (/pipeline/stages/0); it cannot also mean won",
        "stage without label|{'stages': [{'id': 'demo'}]}|m.json: /pipeline/stages/0: \"label\" is missing"})
    void parse_pipelineMistake_oneLineNamingThePlace(String mistake, String pipeline, String message) {
        assertThat(mistake(MINIMAL.replace("{'activities'", "{'pipeline': " + pipeline + ", 'activities'")))
                .isEqualTo(message);
    }

    @Test
    void parse_stageLabelToUnknownStage_refused() {
        String mapping = MINIMAL.replace("{'activities'", "{'pipeline': {'stages': ['Lead']}, 'activities'")
                .replace("'result': 'Result'}}", "'result': 'Result'}, 'stages': {'Prospect': 'prospect'}}");

        assertThat(mistake(mapping)).isEqualTo("m.json: /opportunities/stages/Prospect: unknown stage 'prospect' "
                + "(expected one of lead, won, lost)");
    }

    @Test
    void parse_stageLabelToTwoStages_refused() {
        String mapping = MINIMAL.replace("{'activities'", "{'pipeline': {'stages': ['Lead', 'Demo']}, 'activities'")
                .replace("'result': 'Result'}}", "'result': 'Result'}, 'stages': {'lead': 'demo'}}");

        assertThat(mistake(mapping)).isEqualTo("m.json: /opportunities/stages/lead: 'lead' already means stage lead "
                + "(/pipeline/stages/0); it cannot also mean demo");
    }

    @Test
    void withPipeline_stageLabelToUnknownStage_refusedWhenThePipelineComes() {
        Mapping mapping = Mapping.parse("m.json", json(MINIMAL.replace("'result': 'Result'}}",
                "'result': 'Result'}, 'stages': {'Prospect': 'prospect'}}")));

        assertThatThrownBy(() -> mapping.withPipeline(Pipeline.of("lead"))).isInstanceOf(CrmException.class)
                .hasMessage("m.json: /opportunities/stages/Prospect: unknown stage 'prospect' (expected one of lead, "
                        + "won, lost)");
    }

    @Test
    void parse_historyRowsWithoutStageHistory_refused() {
        String mapping = MINIMAL.replace("'history': 'Stages', ", "").replace("'result': 'Result'}}",
                "'result': 'Result'}, 'history': 'rows'}");

        assertThat(mistake(mapping)).isEqualTo("m.json: /: \"history\": \"rows\" needs \"stageHistory\": the columns "
                + "of the stage-history file");
    }

    @Test
    void parse_stageHistoryForACell_refused() {
        String mapping = MINIMAL.replace("}}}", "}}, 'stageHistory': {'columns': {}}}");

        assertThat(mistake(mapping)).isEqualTo("m.json: /stageHistory: only for \"history\": \"rows\" in "
                + "/opportunities");
    }

    @Test
    void parse_historyColumnsWithoutPipeline_refused() {
        String mapping = MINIMAL.replace("'history': 'Stages', ", "").replace("'result': 'Result'}}",
                "'result': 'Result'}, 'history': 'columns', 'historyColumn': 'Entered {label}'}");

        assertThat(mistake(mapping)).isEqualTo("m.json: /opportunities/history: \"columns\" needs the stages' "
                + "labels: give \"pipeline\"");
    }

    @Test
    void parse_historyColumnWithoutLabel_refused() {
        String mapping = MINIMAL.replace("'history': 'Stages', ", "").replace("'result': 'Result'}}",
                "'result': 'Result'}, 'history': 'columns', 'historyColumn': 'Entered'}");

        assertThat(mistake(mapping)).isEqualTo("m.json: /opportunities/historyColumn: must hold {label}, where each "
                + "stage's label goes: Entered");
    }

    @Test
    void parse_stageHistoryMissingColumn_refused() {
        String mapping = MINIMAL.replace("'history': 'Stages', ", "").replace("'result': 'Result'}}}",
                "'result': 'Result'}, 'history': 'rows'}, 'stageHistory': {'columns': {'opportunity': 'Id', "
                        + "'stage': 'To'}}}");

        assertThat(mistake(mapping)).isEqualTo("m.json: /stageHistory/columns: no column for date, which is required");
    }

    @Test
    void parse_badDelimiter_refusedListingTheDelimiters() {
        assertThat(mistake("{'delimiter': ':'}")).isEqualTo("m.json: /delimiter: expected \",\", \";\", \"|\", "
                + "\"tab\" or \"auto\", found \":\"");
    }
}
