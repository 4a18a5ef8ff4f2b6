package io.github.kpiengine.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final String[] WORKED_EXAMPLE = {"plan", "--target", "EUR 1200000", "--deal-size", "EUR 30000",
        "--stage", "call=20%", "--stage", "first_appointment=65%", "--stage", "proposal=50%",
        "--opportunity-stage", "first_appointment", "--weeks", "48"};

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static Map<String, Object> json(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out().strip().lines()).hasSize(1);
        try {
            return JSON.readValue(run.out(), new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void plan_workedExampleAsJson_reproducesDesignFigures() {
        Map<String, Object> plan = json(CliRun.of(with(WORKED_EXAMPLE, "--format", "json")));

        assertThat(plan).containsEntry("status", "REACHABLE")
                .containsEntry("wonDeals", 40L)
                .containsEntry("wonDealsExact", "40")
                .containsEntry("weeks", "48")
                .containsEntry("openingWeeks", "48")
                .containsEntry("opportunityStage", "first_appointment")
                .containsEntry("newOpportunities", 124L)
                .containsEntry("magicNumber", 3L)
                .containsEntry("magicNumberExact", "2.583333333333333")
                .doesNotContainKeys("reason", "confidenceNewOpportunities", "capacity");
        List<Map<String, Object>> stages = (List<Map<String, Object>>) plan.get("stages");
        assertThat(stages).extracting(s -> s.get("name")).containsExactly("call", "first_appointment", "proposal");
        assertThat(stages).extracting(s -> s.get("required")).containsExactly(620L, 124L, 80L);
        assertThat(stages).extracting(s -> s.get("exact"))
                .containsExactly("615.3846153846154", "123.0769230769231", "80");
        assertThat(stages).extracting(s -> s.get("weekly")).containsExactly(13L, 3L, 2L);
    }

    @Test
    void plan_workedExampleAsText_showsStagesAndMagicNumber() {
        CliRun run = CliRun.of(WORKED_EXAMPLE);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Target EUR 1,200,000.00 at EUR 30,000.00 a deal, over 48 selling weeks")
                .contains("Won deals needed: 40")
                .containsPattern("stage +required +unrounded +a week")
                .containsPattern("call +620 +615\\.38 +13")
                .containsPattern("first_appointment +124 +123\\.08 +3")
                .containsPattern("proposal +80 +80 +2")
                .contains("Magic number: 3 new opportunities (first_appointment) a week, 2.58 before rounding up, "
                        + "over 48 opening weeks")
                .doesNotContainPattern("\\d\\.\\d{3}");
    }

    @Test
    void plan_ratiosAsDecimals_sameAsPercent() {
        Map<String, Object> plan = json(CliRun.of("plan", "--target", "EUR 1200000", "--deal-size", "EUR 30000",
                "--stage", "call=0.2", "--stage", "first_appointment=0.65", "--stage", "proposal=0.5",
                "--opportunity-stage", "first_appointment", "--weeks", "48", "--format", "JSON"));

        assertThat(plan).containsEntry("magicNumber", 3L).containsEntry("wonDeals", 40L);
    }

    @Test
    void plan_noOpportunityStage_usesFirstStage() {
        Map<String, Object> plan = json(CliRun.of("plan", "--target", "EUR 1200000", "--deal-size", "EUR 30000",
                "--stage", "call=20%", "--stage", "first_appointment=65%", "--stage", "proposal=50%",
                "--weeks", "48", "--format", "json"));

        assertThat(plan).containsEntry("opportunityStage", "call").containsEntry("newOpportunities", 620L)
                .containsEntry("magicNumber", 13L);
    }

    @Test
    void plan_zeroPercentStage_unreachableWithReason() {
        CliRun run = CliRun.of("plan", "--target", "EUR 1200000", "--deal-size", "EUR 30000",
                "--stage", "call=20%", "--stage", "first_appointment=0%", "--stage", "proposal=50%",
                "--weeks", "48", "--format", "json");
        Map<String, Object> plan = json(run);

        assertThat(plan).containsEntry("status", "UNREACHABLE")
                .containsEntry("reason", "gateway first_appointment converts at 0%: no amount of activity "
                        + "reaches a won deal")
                .containsEntry("stage", "first_appointment")
                .doesNotContainKeys("wonDeals", "stages", "magicNumber");
    }

    @Test
    void plan_zeroPercentStageAsText_saysUnreachable() {
        CliRun run = CliRun.of("plan", "--target", "EUR 1200000", "--deal-size", "EUR 30000",
                "--stage", "call=0%", "--weeks", "48");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("UNREACHABLE: gateway call converts at 0%");
    }

    @Test
    void plan_zeroTarget_alreadyMet() {
        Map<String, Object> plan = json(CliRun.of("plan", "--target", "EUR 0", "--deal-size", "EUR 30000",
                "--stage", "call=20%", "--weeks", "48", "--format", "json"));

        assertThat(plan).containsEntry("status", "ALREADY_MET").containsKey("reason").doesNotContainKey("stages");
    }

    @Test
    void plan_confidence_addsConfidenceFigures() {
        Map<String, Object> plan = json(CliRun.of(with(WORKED_EXAMPLE, "--confidence", "90%", "--format", "json")));

        assertThat(plan).containsEntry("confidence", "90%").containsKey("winProbability");
        assertThat((Long) plan.get("confidenceNewOpportunities")).isGreaterThan(124L);
        assertThat((Long) plan.get("confidenceMagicNumber")).isGreaterThanOrEqualTo(3L);
    }

    @Test
    void plan_calendarYear_takesSellingWeeksOfThatYear() {
        Map<String, Object> plan = json(CliRun.of("plan", "--target", "EUR 1200000", "--deal-size", "EUR 30000",
                "--stage", "call=20%", "--stage", "first_appointment=65%", "--stage", "proposal=50%",
                "--opportunity-stage", "first_appointment", "--calendar=2026", "--cycle-days", "60",
                "--format", "json"));

        assertThat(plan).containsEntry("weeks", "52.2").containsEntry("cycleDays", 60L)
                .containsEntry("lastOpenDay", "2026-11-01");
    }

    @Test
    void plan_calendarWithoutYear_usesNextYear() {
        Map<String, Object> plan = json(CliRun.of("plan", "--target", "EUR 1200000", "--deal-size", "EUR 30000",
                "--stage", "call=20%", "--calendar", "--format", "json"));

        assertThat(new java.math.BigDecimal((String) plan.get("weeks")))
                .isBetween(new java.math.BigDecimal("52"), new java.math.BigDecimal("52.4"));
    }

    @Test
    void plan_capacity_reportsHours() {
        Map<String, Object> plan = json(CliRun.of(with(WORKED_EXAMPLE, "--hours-per-week", "40",
                "--selling-share", "50%", "--activity-hours", "first_appointment=2", "--format", "json")));

        assertThat(plan.get("capacity")).isEqualTo(Map.of("hoursNeeded", "5.166666666666667",
                "hoursAvailable", "20", "utilisation", "0.2583", "feasible", true));
    }

    @Test
    void plan_oneOfSomething_isSingularAndGrouped() {
        CliRun run = CliRun.of("plan", "--target", "EUR 30000", "--deal-size", "EUR 30000", "--stage", "proposal=100%",
                "--weeks", "1");

        assertThat(run.out()).contains("over 1 selling week\n")
                .contains("Magic number: 1 new opportunity (proposal) a week, 1 before rounding up, over 1 opening week");
    }

    @Test
    void plan_hugeTarget_textGroupsTheExactCeilings() {
        CliRun run = CliRun.of("plan", "--target", "EUR 1000000000000000", "--deal-size", "EUR 10",
                "--stage", "lead=10%", "--stage", "proposal=1%", "--weeks", "48");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Target EUR 1,000,000,000,000,000.00 at EUR 10.00 a deal")
                .contains("Magic number: 2,083,333,333,333,334 new opportunities (lead) a week");
    }

    @Test
    void plan_hugeTargetAsJson_magicNumberIsTheExactCeiling() {
        Map<String, Object> plan = json(CliRun.of("plan", "--target", "EUR 1000000000000000", "--deal-size", "EUR 10",
                "--stage", "lead=10%", "--stage", "proposal=1%", "--weeks", "48", "--format", "json"));

        assertThat(plan).containsEntry("newOpportunities", 100_000_000_000_000_000L)
                .containsEntry("magicNumber", 2_083_333_333_333_334L)
                .containsEntry("magicNumberExact", "2083333333333333");
    }

    @Test
    void plan_capacityWithoutActivityHours_saysWhatIsMissingInsteadOfZeroHours() {
        CliRun run = CliRun.of(with(WORKED_EXAMPLE, "--hours-per-week", "40"));

        assertThat(run.out()).contains("Capacity: 16.0 hours a week available for selling; give --activity-hours to "
                + "compare the hours the plan needs").doesNotContain("0 hours a week needed");
    }

    @Test
    void plan_capacityThatDoesNotFit_namesTheRatioThatWould() {
        CliRun run = CliRun.of(with(WORKED_EXAMPLE, "--hours-per-week", "40", "--selling-share", "25%",
                "--activity-hours", "call=0.25", "--activity-hours", "first_appointment=2",
                "--activity-hours", "proposal=3"));

        assertThat(run.out()).contains("Capacity: 13.4 hours a week needed of 10.0 hours a week available for selling "
                + "(133.96% used, does NOT fit; it would fit at proposal 67.8%)");
    }

    @Test
    void plan_confidence_textShowsTheChanceAsAPercentage() {
        CliRun run = CliRun.of(with(WORKED_EXAMPLE, "--confidence", "90%"));

        assertThat(run.out()).contains("With 90% confidence (each new opportunity won with a 32.5% chance): "
                + "144 new opportunities, 3 a week");
    }

    @Test
    void plan_confidenceBeyondTheExactSearch_saysWhyInTextAndJson() {
        String[] args = {"plan", "--target", "EUR 2000000", "--deal-size", "EUR 1", "--stage", "proposal=50%",
            "--weeks", "48", "--confidence", "90%"};
        Map<String, Object> plan = json(CliRun.of(with(args, "--format", "json")));

        assertThat(plan).containsEntry("confidenceReason", "the exact search covers up to 1000000 wins: 2000000 are needed")
                .doesNotContainKeys("confidenceNewOpportunities", "confidenceMagicNumber");
        assertThat(CliRun.of(args).out()).contains("not counted, the exact search covers up to 1000000 wins");
    }

    @Test
    void plan_tinyWeeks_isUnreachableNotAStackTrace() {
        CliRun run = CliRun.of("plan", "--target", "EUR 100", "--deal-size", "EUR 100", "--stage", "call=100%",
                "--weeks", "0.0000000000000000000001", "--format", "json");
        Map<String, Object> plan = json(run);

        assertThat(plan).containsEntry("status", "UNREACHABLE").containsEntry("reason",
                "the plan needs more new opportunities a week than can be counted (9223372036854775807)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--weeks|1e999999999|kpi plan: --weeks must be at most 1000000000: 1E+999999999",
        "--weeks|1e-999999999|kpi plan: --weeks must have at most 100 decimal places: 1E-999999999",
        "--weeks|-1|kpi plan: --weeks must be positive: -1",
        "--activity-hours|call=200|kpi plan: --activity-hours must be from 0 to 168 hours: call=200",
        "--hours-per-week|1e-999|kpi plan: --hours-per-week must have at most 100 decimal places: 1E-999"})
    void plan_outOfRangeNumbers_exit2WithOneLine(String flag, String value, String message) {
        String[] base = {"plan", "--target", "EUR 100", "--deal-size", "EUR 10", "--stage", "call=20%"};
        CliRun run = CliRun.of(flag.equals("--weeks") ? with(base, flag, value)
                : with(base, "--weeks", "4", flag, value));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(message + " (see 'kpi plan --help')" + System.lineSeparator());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "--target|EUR|--target",
        "--deal-size|EUR abc|--deal-size",
        "--stage|call|--stage",
        "--stage|call=150%|--stage",
        "--weeks|many|--weeks",
        "--format|xml|--format",
        "--confidence|1.5|--confidence",
        "--nonsense|1|--nonsense"})
    void plan_badFlag_exit2WithOneLineNamingIt(String flag, String value, String named) {
        CliRun run = CliRun.of(with(WORKED_EXAMPLE, flag, value));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).isEqualTo(1);
        assertThat(run.err()).startsWith("kpi plan: ").contains(named).doesNotContain("Exception");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "plan --target 'EUR 100' --deal-size 'USD 10' --stage call=20% --weeks 4"
                + "|kpi plan: --deal-size must be in the currency of --target (EUR): USD 10.00",
        "plan --target 'EUR 100' --deal-size 'EUR 0' --stage call=20% --weeks 4"
                + "|kpi plan: --deal-size must be positive: EUR 0.00",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --stage call=30% --weeks 4"
                + "|kpi plan: --stage must name each stage once: call",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage Call=20% --weeks 4"
                + "|kpi plan: --stage name must be a lower-case identifier of at most 64 characters: Call",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --weeks 4 --opportunity-stage demo"
                + "|kpi plan: --opportunity-stage must name one of the --stage stages: demo",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20%"
                + "|kpi plan: --weeks or --calendar is required",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --weeks 4 --calendar"
                + "|kpi plan: --weeks and --calendar exclude each other: give one",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --weeks 0"
                + "|kpi plan: --weeks must be positive: 0",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --calendar=20x6"
                + "|kpi plan: --calendar must be a year from 1900 to 9999: 20x6",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --weeks 4 --cycle-days 30"
                + "|kpi plan: --cycle-days needs --calendar: the opening deadline is a day of the year",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --calendar=2026 --cycle-days -1"
                + "|kpi plan: --cycle-days must not be negative: -1",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --weeks 4 --confidence 100%"
                + "|kpi plan: --confidence must be above 0% and below 100%: 100%",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --weeks 4 --hours-per-week 200"
                + "|kpi plan: --hours-per-week must be above 0 and at most 168: 200",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --weeks 4 --selling-share 0%"
                + "|kpi plan: --selling-share must be above 0%: 0%",
        "plan --target 'EUR 100' --deal-size 'EUR 10' --stage call=20% --weeks 4 --activity-hours demo=1"
                + "|kpi plan: --activity-hours must name one of the --stage stages: demo"})
    void plan_inconsistentFlags_exit2WithMessage(String commandLine, String message) {
        CliRun run = CliRun.of(split(commandLine));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(message + " (see 'kpi plan --help')" + System.lineSeparator());
    }

    @Test
    void plan_missingTarget_exit2NamingIt() {
        CliRun run = CliRun.of("plan", "--deal-size", "EUR 10", "--stage", "call=20%", "--weeks", "4");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("kpi plan: Missing required option: '--target=MONEY' (see 'kpi plan --help')"
                + System.lineSeparator());
    }

    @Test
    void plan_badRatio_messageSaysWhatARatioIs() {
        CliRun run = CliRun.of(with(WORKED_EXAMPLE, "--confidence", "lots"));

        assertThat(run.err()).contains("'lots' is not a ratio from 0% to 100%, such as '65%' or '0.65'");
    }

    @Test
    void plan_help_exit0() {
        CliRun run = CliRun.of("plan", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--target", "--stage", "--calendar", "--format");
    }

    /** Splits on spaces, keeping 'quoted parts' together. */
    private static String[] split(String commandLine) {
        List<String> parts = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(commandLine);
        while (m.find()) {
            parts.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return parts.toArray(String[]::new);
    }
}
