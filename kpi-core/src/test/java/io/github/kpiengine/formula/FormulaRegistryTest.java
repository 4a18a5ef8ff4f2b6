package io.github.kpiengine.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiExpression;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Statistic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaRegistryTest {

    private static final Pipeline SALES = Pipeline.of("lead", "first_appointment", "proposal");
    private static final FormulaRegistry EMPTY = FormulaRegistry.builder().pipeline(SALES).build();

    @Test
    void parse_everyFunction_compilesToTheFactoriesDefinition() {
        assertThat(EMPTY.parse("count(proposal)")).isEqualTo(Kpis.activityCount(ActivityType.PROPOSAL));
        assertThat(EMPTY.parse("count(site_visit, referral_list)"))
                .isEqualTo(Kpis.activityCount(ActivityType.SITE_VISIT, Outcome.REFERRAL_LIST));
        assertThat(EMPTY.parse("hours(social_selling)")).isEqualTo(Kpis.totalHours(ActivityType.SOCIAL_SELLING));
        assertThat(EMPTY.parse("win_rate()")).isEqualTo(Kpis.winRate());
        assertThat(EMPTY.parse("revenue_per_sale()")).isEqualTo(Kpis.averageRevenuePerSale());
        assertThat(EMPTY.parse("conversion(first_appointment, proposal)"))
                .isEqualTo(Kpis.stageConversion(SALES, "first_appointment", "proposal"));
        assertThat(EMPTY.parse("cycle_days()")).isEqualTo(Kpis.meanSalesCycleDays());
        assertThat(EMPTY.parse("new_accounts()")).isEqualTo(Kpis.newAccountsWon());
        assertThat(EMPTY.parse("count(proposal) / count(first_appointment)")).isEqualTo(Kpis.ratio(
                Kpis.activityCount(ActivityType.PROPOSAL), Kpis.activityCount(ActivityType.FIRST_APPOINTMENT)));
        assertThat(EMPTY.parse("ratio(cycle_days(), win_rate(), days, lower)")).isEqualTo(Kpis.ratio(
                Kpis.meanSalesCycleDays(), Kpis.winRate(), KpiUnit.DAYS, Direction.LOWER_IS_BETTER));
    }

    @Test
    void define_referencesAnotherDefinition_byItsId() {
        FormulaRegistry registry = FormulaRegistry.builder()
                .pipeline(SALES)
                .define("proposal_rate", "Proposals per first appointment", "count(proposal) / count(first_appointment)")
                .define("closing", "proposal_rate / win_rate()")
                .build();

        Kpi rate = registry.kpi("proposal_rate");
        assertThat(rate.id()).isEqualTo("proposal_rate");
        assertThat(rate.displayName()).isEqualTo("Proposals per first appointment");
        assertThat(((KpiExpression.Quotient) registry.kpi("closing").expression()).numerator())
                .isEqualTo(rate.expression());
        assertThat(registry.format(registry.kpi("closing"))).isEqualTo("proposal_rate / win_rate()");
        assertThat(registry.parse(registry.format(registry.kpi("closing"))))
                .isEqualTo(Kpis.ratio(rate, Kpis.winRate()));
        assertThat(registry.ids()).containsExactly("proposal_rate", "closing");
        assertThat(registry.text("closing")).contains("proposal_rate / win_rate()");
    }

    @Test
    void build_cycle_isRefusedNamingTheCycle() {
        FormulaRegistry.Builder builder = FormulaRegistry.builder()
                .define("a", "b / win_rate()")
                .define("b", "win_rate() / a");

        FormulaException e = catchThrowableOfType(builder::build, FormulaException.class);

        assertThat(e.found()).isEqualTo("the cycle a -> b -> a");
        assertThat(e.getMessage()).isEqualTo("expected a definition that does not refer back to itself"
                + " but found the cycle a -> b -> a at line 1, column 14\nwin_rate() / a\n             ^");
    }

    @Test
    void build_selfReference_isACycleOfOne() {
        assertThatThrownBy(() -> FormulaRegistry.builder().define("a", "a / a").build())
                .isInstanceOf(FormulaException.class)
                .hasMessageStartingWith("expected a definition that does not refer back to itself but found the cycle a -> a");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "foo / win_rate()           | 0  | unknown name 'foo'                  | a defined KPI or a function call",
        "count(lunch)               | 6  | unknown activity type 'lunch'       | an activity type (cold_call, prospecting_call, first_appointment, demo, site_visit, survey, proposal, negotiation, referral_request, on_site_session, social_selling)",
        "count(proposal, maybe)     | 16 | unknown outcome 'maybe'             | an outcome (advanced, order_commitment, referral_list, none)",
        "hours(proposal)            | 6  | counted type 'proposal'             | a timed activity type",
        "conversion(lead, signed)   | 17 | unknown stage 'signed'              | a stage of the pipeline (lead, first_appointment, proposal, won, lost)",
        "win_rate(1)                | 0  | 1 argument to win_rate              | 0 arguments",
        "count()                    | 0  | 0 arguments to count                | 1 to 2 arguments",
        "frobnicate()               | 0  | unknown function 'frobnicate'       | one of attainment, attribute, average, change, conversion, count, coverage, cycle_days, deals_lost, deals_won, existing_client, hours, median, new_accounts, open_pipeline, opportunities_opened, outcome, peer_gap, peer_rank, per_week, per_working_day, previous, productive_visits, prospect, ratio, referral, referral_share, revenue_per_sale, selling_time, share_of_wallet, source, sum, velocity, where, win_rate, won_revenue, working_hours",
        "win_rate() + count(demo)   | 11 | '+' between percent and count       | two KPIs of one unit",
        "2 / win_rate()             | 0  | a number divided by a KPI           | a KPI divided by a KPI or a number",
        "win_rate() * win_rate()    | 11 | a product of two KPIs               | a KPI times a number",
        "win_rate() / 3             | 13 | a divisor whose inverse is not an exact decimal | a divisor such as 2, 4, 5 or 8, or '*' with the inverse",
        "1 + 2                      | 2  | arithmetic on two numbers           | a KPI on at least one side",
        "where(win_rate(), outcome(none)) | 18 | a condition that does not fit win_rate | source(...) or referral() for opportunities",
        "previous(previous(win_rate())) | 9 | a KPI that looks back or compares with peers itself | a KPI over its own period",
        "coverage(0, eur)           | 9  | a target of 0                       | a positive amount",
        "coverage(100, xyz)         | 14 | unknown currency 'xyz'              | a currency code in lower case, such as eur",
        "median(win_rate())         | 7  | an expression                       | cycle_days(...), the one KPI of many observations",
        "conversion(lead, won, fast) | 22 | unknown option 'fast'              | an option (cohort, flow, eventual, direct)",
        "outcome(none)              | 0  | the condition outcome(...) outside where(...) | a KPI; conditions go in where(kpi, condition)",
        "count(1)                   | 6  | an expression                       | an activity type (cold_call, prospecting_call, first_appointment, demo, site_visit, survey, proposal, negotiation, referral_request, on_site_session, social_selling)",
        "ratio(win_rate(), win_rate(), days) | 0 | 3 arguments                | 2 arguments, or 4 with a unit and a direction",
        "ratio(win_rate(), win_rate(), days, up) | 36 | unknown direction 'up'  | a direction (higher, lower)",
        "ratio(win_rate(), win_rate(), bananas, up) | 30 | unknown unit 'bananas' | a unit (count, money, percent, days, hours, number)",
    })
    void parse_mistakes_sayWhatAndWhere(String text, int offset, String found, String expected) {
        FormulaException e = catchThrowableOfType(() -> EMPTY.parse(text.strip()), FormulaException.class);

        assertThat(e).as(text).isNotNull();
        assertThat(e.offset()).as(text).isEqualTo(offset);
        assertThat(e.found()).as(text).isEqualTo(found);
        assertThat(e.expected()).as(text).isEqualTo(expected);
    }

    @Test
    void parse_conversionWithoutPipeline_isRefused() {
        assertThatThrownBy(() -> FormulaRegistry.builder().build().parse("conversion(lead, won)"))
                .isInstanceOf(FormulaException.class)
                .hasMessageStartingWith("expected a registry built with pipeline(...) but found"
                        + " conversion(...) in a registry without a pipeline at line 1, column 1");
    }

    @Test
    void define_badIds_areRefused() {
        assertThatThrownBy(() -> FormulaRegistry.builder().define("Bad", "win_rate()"))
                .hasMessage("id must be a lower-case identifier of at most 64 characters: Bad");
        assertThatThrownBy(() -> FormulaRegistry.builder().define("count", "win_rate()"))
                .hasMessage("id must not be the name of a function: count");
        assertThatThrownBy(() -> FormulaRegistry.builder().define("a", "win_rate()").define("a", "cycle_days()"))
                .hasMessage("id must be defined once: a");
        assertThatThrownBy(() -> EMPTY.kpi("nope")).hasMessage("id must be a definition of the registry []: nope");
    }

    @Test
    void format_renamedOutsideTheRegistry_writesTheExpression() {
        Kpi renamed = Kpis.winRate().named("close", "Close");

        assertThat(EMPTY.format(Kpis.ratio(renamed, Kpis.winRate()))).isEqualTo("win_rate() / win_rate()");
        assertThat(EMPTY.format(renamed)).isEqualTo("win_rate()");
    }

    @Test
    void format_sumWithADirectionOfItsOwn_isRefused() {
        Kpi lower = Kpi.of(new KpiExpression.Sum(List.of(Kpis.winRate().expression(), Kpis.winRate().expression()),
                io.github.kpiengine.kpi.Direction.LOWER_IS_BETTER));

        assertThatThrownBy(() -> EMPTY.format(lower))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kpi must be a sum better the way its first term is to be written as a formula: "
                        + "sum(terms(win_rate,win_rate),lower_is_better)");
    }

    @Test
    void format_nestedRatioOnTheRight_keepsItsParentheses() {
        Kpi nested = Kpis.ratio(Kpis.winRate(), Kpis.ratio(Kpis.newAccountsWon(), Kpis.meanSalesCycleDays()));

        assertThat(EMPTY.format(nested)).isEqualTo("win_rate() / (new_accounts() / cycle_days())");
        assertThat(EMPTY.parse(EMPTY.format(nested))).isEqualTo(nested);
    }

    @Provide
    Arbitrary<Kpi> definitions() {
        Arbitrary<Kpi> leaves = Arbitraries.oneOf(
                Arbitraries.of(ActivityType.standard()).map(Kpis::activityCount),
                Arbitraries.of(ActivityType.standard()).flatMap(type -> Arbitraries.of(Outcome.values())
                        .map(outcome -> Kpis.activityCount(type, outcome))),
                Arbitraries.of(ActivityType.ON_SITE_SESSION, ActivityType.SOCIAL_SELLING).map(Kpis::totalHours),
                Arbitraries.of(Kpis.winRate(), Kpis.averageRevenuePerSale(), Kpis.meanSalesCycleDays(),
                        Kpis.newAccountsWon()),
                Arbitraries.of(SALES.openStages()).flatMap(from -> Arbitraries.of(
                        SALES.stages().subList(SALES.indexOf(from) + 1, SALES.stages().size() - 1))
                        .map(to -> Kpis.stageConversion(SALES, from.name(), to.name()))));
        Arbitrary<Kpi> more = Arbitraries.oneOf(
                Arbitraries.of(Kpis.salesCycleDays(Statistic.MEDIAN), Kpis.salesVelocity(), Kpis.shareOfWallet(),
                        Kpis.referralShareOfNewClients(), Kpis.workingHours(WorkCalendar.standard()),
                        Kpis.pipelineCoverage(Money.of("EUR", new BigDecimal("1200000.50"))),
                        Kpis.productiveVisitRate(ActivityType.SITE_VISIT, ActivityType.FIRST_APPOINTMENT),
                        Kpis.sellingTimeShare(WorkCalendar.standard(), ActivityType.SOCIAL_SELLING)),
                Arbitraries.of(Statistic.values()).flatMap(statistic -> Arbitraries.of(SALES.openStages())
                        .map(stage -> Kpis.salesCycleDays(statistic, SALES, stage.name()))),
                Combinators.combine(Arbitraries.of(KpiExpression.StageConversion.Basis.values()),
                        Arbitraries.of(KpiExpression.StageConversion.Reach.values()))
                        .as((basis, reach) -> Kpis.stageConversion(SALES, "lead", "proposal", basis, reach)));
        return Arbitraries.recursive(() -> Arbitraries.oneOf(leaves, more), FormulaRegistryTest::compositesOf, 0, 4);
    }

    private static Arbitrary<Kpi> compositesOf(Arbitrary<Kpi> parts) {
        Arbitrary<BigDecimal> numbers = Arbitraries.of(new BigDecimal("2"), new BigDecimal("0.25"),
                new BigDecimal("-1"), new BigDecimal("0.65"), new BigDecimal("120"), new BigDecimal("-7.5"));
        Arbitrary<Condition> conditions = Arbitraries.of(Condition.outcomeIn(Outcome.ORDER_COMMITMENT, Outcome.NONE),
                Condition.attribute("segment", "smb"), Condition.sourceIn(Source.INBOUND, Source.CLIENT_REFERRAL),
                Condition.referral(), Condition.existingClient(), Condition.prospect());
        WorkCalendar calendar = WorkCalendar.standard();
        return Arbitraries.oneOf(
                Combinators.combine(parts, parts).as(Kpis::ratio),
                Combinators.combine(parts, parts, Arbitraries.of(KpiUnit.values()),
                        Arbitraries.of(Direction.values())).as(Kpis::ratio),
                Combinators.combine(parts, parts).as((a, b) -> built(() -> Kpis.sum(a, b))),
                Combinators.combine(parts, parts, parts).as((a, b, c) -> built(() -> Kpis.sum(a, b, c))),
                Combinators.combine(parts, parts).as((a, b) -> built(() -> Kpis.difference(a, b))),
                Combinators.combine(parts, numbers).as(Kpis::scaled),
                Combinators.combine(parts, numbers).as(Kpis::gapToTarget),
                Combinators.combine(parts, numbers).as((a, n) -> built(() -> Kpis.attainment(a, n))),
                parts.map(a -> Kpis.perWeek(a, calendar)),
                parts.map(a -> Kpis.perWorkingDay(a, calendar)),
                Combinators.combine(parts, conditions).as((a, c) -> built(() -> Kpis.where(a, c))),
                parts.map(a -> built(() -> Kpis.previousPeriod(a))),
                parts.map(a -> built(() -> Kpis.changeFromPreviousPeriod(a))),
                parts.map(a -> built(() -> Kpis.peerGap(a))),
                parts.map(a -> built(() -> Kpis.peerRank(a))))
                .filter(Objects::nonNull);
    }

    /** Returns the definition, or null when the factory refuses the combination (units differ, a nested look back). */
    private static Kpi built(Supplier<Kpi> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }

    @Property(tries = 1000)
    void formatThenParse_givesTheSameDefinition(@ForAll("definitions") Kpi kpi) {
        assertThat(EMPTY.parse(EMPTY.format(kpi))).isEqualTo(kpi);
    }

    @Property(tries = 2000)
    void formatThenParse_everyKindOfExpression_givesTheSameExpression(@ForAll("expressions") KpiExpression expression) {
        String formula = EMPTY.format(Kpi.of(expression));

        assertThat(EMPTY.parse(formula).expression()).as(formula).isEqualTo(expression);
    }

    @Provide
    Arbitrary<KpiExpression> expressions() {
        return io.github.kpiengine.KpiArbitraries.expressions();
    }

    @Provide
    Arbitrary<String> mutatedFormulas() {
        List<String> valid = List.of("count(proposal) / count(first_appointment)",
                "where(count(site_visit) + count(demo), outcome(order_commitment)) - 65%",
                "change(per_week(count(demo))) * 2 + peer_gap(median(cycle_days(first_appointment)))",
                "attainment(coverage(1200000, eur), 3) / conversion(lead, won, flow, direct)",
                "ratio(cycle_days(), win_rate(), days, lower)", "conversion(lead, won) / (win_rate() / new_accounts())",
                "count(site_visit, order_commitment) / count(site_visit)", "hours(social_selling) / count(demo)");
        Arbitrary<Character> characters = Arbitraries.of('(', ')', ',', '/', '*', '%', '-', ' ', 'a', 'z', '_', '0',
                '\n', '\u0000', 'Q', '\u00e9');
        return Arbitraries.of(valid).flatMap(text -> Arbitraries.integers().between(0, text.length())
                .flatMap(at -> Arbitraries.integers().between(0, 3).flatMap(cut -> characters.list().ofMaxSize(3)
                        .map(inserted -> {
                            StringBuilder out = new StringBuilder(text.substring(0, at));
                            inserted.forEach(out::append);
                            out.append(text.substring(Math.min(text.length(), at + cut)));
                            return out.toString();
                        }))));
    }

    @Property(tries = 3_000)
    void parse_mutatedFormulas_giveADefinitionOrTheLanguagesException(@ForAll("mutatedFormulas") String text) {
        try {
            assertThat(EMPTY.parse(text)).isNotNull();
        } catch (FormulaException expected) {
            assertThat(expected.getMessage()).contains("^");
        }
    }

    @Test
    void parse_longestOperatorChains_compileFormatAndCompareOnTheDefaultStack() throws InterruptedException {
        FormulaRegistry registry = FormulaRegistry.builder().define("a", "count(demo)").build();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread small = new Thread(null, () -> {
            try {
                for (String operator : List.of(" + a", " - a", " / a", " * 2", " - 5", " * -2")) {
                    String text = "a" + operator.repeat(FormulaLimits.DEFAULT.maxOperators() / (operator.length() - 3));
                    Kpi kpi = registry.parse(text);
                    assertThat(registry.parse(registry.format(kpi))).isEqualTo(kpi);
                }
                String nested = "(".repeat(64) + "a" + " + a".repeat(192) + ")".repeat(64);
                assertThat(registry.parse(nested).expression()).isInstanceOf(KpiExpression.Sum.class);
            } catch (Throwable e) {
                failures.add(e);
            }
        }, "default-stack", 1024 * 1024);
        small.start();
        small.join();

        assertThat(failures).isEmpty();
    }

    @Test
    void format_longestNumbers_readBackEqual() {
        String forty = "1" + "9".repeat(39);
        for (String text : List.of("win_rate() - " + forty, "count(demo) * 0." + "5".repeat(38),
                "coverage(" + "9".repeat(38) + ".5, eur)", "count(demo) / 0.0000000000000000000000000001")) {
            Kpi kpi = EMPTY.parse(text);
            assertThat(EMPTY.parse(EMPTY.format(kpi))).as(text).isEqualTo(kpi);
        }
    }

    @Test
    void format_percentagesOfFortyDigits_readBackEqual() {
        String big = "9".repeat(40) + "%";
        String tiny = "0." + "0".repeat(37) + "1%";
        for (String text : List.of("count(demo) * " + big, "attainment(count(demo), " + big + ")",
                "count(demo) * " + tiny, "count(demo) - " + tiny, "coverage(" + big + ", eur)")) {
            Kpi kpi = EMPTY.parse(text);
            assertThat(EMPTY.parse(EMPTY.format(kpi))).as(text).isEqualTo(kpi);
        }
    }

    @Test
    void build_definitionsDoublingEachOther_areRefusedBeyondThePartLimit() {
        FormulaRegistry.Builder builder = FormulaRegistry.builder().define("a0", "count(demo)");
        for (int i = 1; i <= 40; i++) {
            builder.define("a" + i, "a" + (i - 1) + " + a" + (i - 1));
        }

        FormulaException e = catchThrowableOfType(builder::build, FormulaException.class);

        // a12 written out has 2^13 - 1 = 8,191 parts; a13 has 16,383.
        assertThat(e.found()).isEqualTo("a definition of more than 10000 parts once its references are written out");
        assertThat(e.getMessage()).contains("a12 + a12");
    }

    @Test
    void parse_divisorWithALongInverse_isRefused() {
        // 1 / 2^70 is exact but has 70 decimal places, more than a number may be written with.
        FormulaException e = catchThrowableOfType(() -> EMPTY.parse("count(demo) / 1180591620717411303424"),
                FormulaException.class);

        assertThat(e.offset()).isEqualTo(14);
        assertThat(e.found()).isEqualTo("a divisor whose inverse is not an exact decimal");
    }

    @Test
    void parse_tooManyOperators_isRefusedBeforeParsing() {
        FormulaException e = catchThrowableOfType(() -> EMPTY.parse("win_rate()" + " / win_rate()".repeat(257)),
                FormulaException.class);

        assertThat(e.offset()).isEqualTo(10 + 256 * 13 + 1);
        assertThat(e.found()).isEqualTo("more than 256 operators");
        assertThat(e.expected()).isEqualTo("at most 256 operators");
    }

    @Test
    void parse_deepButAllowedNesting_compilesWithoutOverflow() {
        List<String> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder("win_rate()");
        for (int i = 0; i < 63; i++) {
            text.insert(0, "win_rate() / (").append(')');
        }
        parts.add(text.toString());

        assertThat(EMPTY.parse(parts.get(0)).expression()).isInstanceOf(KpiExpression.Quotient.class);
    }
}
