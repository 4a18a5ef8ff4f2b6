package io.github.kpiengine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.WorkCalendar;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class FunnelSolverTest {

    private static final Money EUR_1_200_000 = Money.parse("EUR 1200000");
    private static final Money EUR_30_000 = Money.parse("EUR 30000");
    private static final Ratio CALL_TO_APPOINTMENT_20 = Ratio.parse("20%");
    private static final Ratio APPOINTMENT_TO_PROPOSAL_65 = Ratio.parse("65%");
    private static final Ratio CLOSE_50 = Ratio.parse("50%");
    private static final BigDecimal WEEKS_48 = BigDecimal.valueOf(48);

    private static FunnelModel.Builder workedExample() {
        return FunnelModel.builder(EUR_1_200_000, EUR_30_000)
                .gateway("call", CALL_TO_APPOINTMENT_20)
                .gateway("first_appointment", APPOINTMENT_TO_PROPOSAL_65)
                .gateway("proposal", CLOSE_50)
                .opportunityStage("first_appointment")
                .weeks(WEEKS_48);
    }

    private static Plan.Reachable reachable(FunnelModel model) {
        Plan plan = FunnelSolver.solve(model);
        assertThat(plan).isInstanceOf(Plan.Reachable.class);
        return (Plan.Reachable) plan;
    }

    @Test
    void solve_workedExampleOfTheDesign_givesFortyEightyOneHundredTwentyFourSixHundredTwentyAndThree() {
        Plan.Reachable plan = reachable(workedExample().build());

        assertThat(plan.wonDeals()).isEqualTo(40);
        assertThat(plan.stages()).extracting(StageRequirement::stage, StageRequirement::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("call", 620L),
                        org.assertj.core.groups.Tuple.tuple("first_appointment", 124L),
                        org.assertj.core.groups.Tuple.tuple("proposal", 80L));
        assertThat(plan.stage("first_appointment").exact())
                .isEqualByComparingTo("123.0769230769231");
        assertThat(plan.newOpportunities()).isEqualTo(124);
        assertThat(plan.magicNumber()).isEqualTo(3);
        assertThat(plan.magicNumberExact()).isEqualByComparingTo("2.583333333333333");
        assertThat(plan.stage("call").weekly()).isEqualTo(13);
    }

    @Test
    void solve_exactRatios_neverRoundThroughBinaryFloatingPoint() {
        assertThat(singleGateway(13, "65%").stage("proposal").required()).isEqualTo(20);
        assertThat(singleGateway(21, "35%").stage("proposal").required()).isEqualTo(60);
        assertThat(singleGateway(57, "57%").stage("proposal").required()).isEqualTo(100);
    }

    private static Plan.Reachable singleGateway(long deals, String ratio) {
        return reachable(FunnelModel.builder(Money.of("EUR", deals * 1000), Money.of("EUR", 1000))
                .gateway("proposal", Ratio.parse(ratio))
                .weeks(BigDecimal.ONE)
                .build());
    }

    @Test
    void solve_zeroRatio_isUnreachableNamingTheGateway() {
        Plan plan = FunnelSolver.solve(workedExample().build().withRatio("proposal", Ratio.ofPercent(0)));

        assertThat(plan).isInstanceOf(Plan.Unreachable.class);
        Plan.Unreachable unreachable = (Plan.Unreachable) plan;
        assertThat(unreachable.stage()).contains("proposal");
        assertThat(unreachable.reason())
                .isEqualTo("gateway proposal converts at 0%: no amount of activity reaches a won deal");
    }

    @Test
    void solve_undefinedRatio_isUnreachableWithTheRatiosReason() {
        Plan plan = FunnelSolver.solve(workedExample().build()
                .withRatio("call", Ratio.undefined("no calls in the period")));

        assertThat(((Plan.Unreachable) plan).reason()).isEqualTo(
                "the ratio of gateway call is undefined (no calls in the period): no plan can be made from it");
    }

    @Test
    void solve_zeroTarget_isAlreadyMet() {
        Plan plan = FunnelSolver.solve(workedExample().build().withTarget(Money.parse("EUR 0")));

        assertThat(plan).isInstanceOf(Plan.AlreadyMet.class);
        assertThat(((Plan.AlreadyMet) plan).reason()).isEqualTo("the target is not above zero: EUR 0.00");
    }

    @Test
    void solve_pipelineInHandCoveringTheTarget_isAlreadyMet() {
        Plan plan = FunnelSolver.solve(workedExample().openPipeline("proposal", 80).build());

        assertThat(plan).isInstanceOf(Plan.AlreadyMet.class);
        assertThat(((Plan.AlreadyMet) plan).reason())
                .isEqualTo("the pipeline in hand covers the target: 40 expected wins against 40 needed");
    }

    @Test
    void solve_pipelineInHand_isSubtractedBeforeNewActivity() {
        // 10 open proposals at 50 % bring 5 wins; 8 open appointments bring 8 × 0.65 × 0.5 = 2.6.
        Plan.Reachable plan = reachable(workedExample()
                .openPipeline("proposal", 10)
                .openPipeline("first_appointment", 8)
                .build());

        assertThat(plan.pipelineInHand().expectedWins()).isEqualByComparingTo("7.6");
        assertThat(plan.pipelineInHand().expectedRevenue()).isEqualTo(Money.parse("EUR 228000"));
        assertThat(plan.wonDealsExact()).isEqualByComparingTo("32.4");
        assertThat(plan.wonDeals()).isEqualTo(33);
        assertThat(plan.stage("proposal").required()).isEqualTo(66);
    }

    @Test
    void solve_cycleLag_spreadsNewOpportunitiesOverTheOpeningWindow() {
        // Q1 2026 has 64 working days (12.8 weeks); a 31-day cycle leaves 2026-01-01..2026-02-28,
        // 42 working days (8.4 weeks) to open opportunities in.
        SalesPeriod q1 = SalesPeriod.ofQuarter(2026, 1);
        Plan.Reachable plan = reachable(FunnelModel.builder(Money.parse("EUR 300000"), EUR_30_000)
                .gateway("first_appointment", APPOINTMENT_TO_PROPOSAL_65)
                .gateway("proposal", CLOSE_50)
                .period(q1, WorkCalendar.standard())
                .cycleDays(31)
                .build());

        CycleLag lag = plan.cycleLag().orElseThrow();
        assertThat(plan.model().weeks()).isEqualByComparingTo("12.8");
        assertThat(lag.lastOpenDay()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(lag.openingWeeks()).isEqualByComparingTo("8.4");
        assertThat(plan.newOpportunities()).isEqualTo(31);
        assertThat(plan.magicNumber()).isEqualTo(4);
        assertThat(lag.schedule()).last().extracting(CycleLag.Deadline::cumulativeNewOpportunities)
                .isEqualTo(31L);
        assertThat(lag.schedule().get(0).week()).isEqualTo(SalesPeriod.of(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 4)));
    }

    @Test
    void solve_cycleLongerThanThePeriod_isUnreachable() {
        Plan plan = FunnelSolver.solve(workedExample()
                .period(SalesPeriod.ofMonth(YearMonth.of(2026, 3)), WorkCalendar.standard())
                .cycleDays(45)
                .build());

        assertThat(((Plan.Unreachable) plan).reason()).isEqualTo("the sales cycle of 45 days is longer"
                + " than the period 2026-03-01/2026-03-31: no opportunity opened in it closes in it");
    }

    @Test
    void solve_capacity_comparesHoursNeededWithSellingHours() {
        // Weekly: 620/48 calls × 0.25 h + 124/48 appointments × 2 h + 80/48 proposals × 3 h
        // = 643/48 h = 13.3958… h; 40 h × 40 % = 16 h available.
        Plan.Reachable plan = reachable(workedExample()
                .hoursPerWeek(BigDecimal.valueOf(40))
                .hours("call", new BigDecimal("0.25"))
                .hours("first_appointment", BigDecimal.valueOf(2))
                .hours("proposal", BigDecimal.valueOf(3))
                .build());

        Capacity capacity = plan.capacity().orElseThrow();
        assertThat(capacity.hoursNeeded()).isEqualByComparingTo("13.39583333333333");
        assertThat(capacity.hoursAvailable()).isEqualByComparingTo("16");
        assertThat(capacity.utilisation()).isEqualByComparingTo("0.8372");
        assertThat(capacity.feasible()).isTrue();
    }

    @Test
    void solve_capacityExceeded_saysWhichRatioWouldMakeItFit() {
        // 40 h × 25 % = 10 h available against 13.3958… h needed.
        Plan.Reachable plan = reachable(workedExample()
                .hoursPerWeek(BigDecimal.valueOf(40))
                .sellingShare(Ratio.parse("25%"))
                .hours("call", new BigDecimal("0.25"))
                .hours("first_appointment", BigDecimal.valueOf(2))
                .hours("proposal", BigDecimal.valueOf(3))
                .build());

        Capacity capacity = plan.capacity().orElseThrow();
        assertThat(capacity.feasible()).isFalse();
        assertThat(capacity.utilisation()).isEqualByComparingTo("1.3396");
        // Even 100 % appointment -> proposal leaves 500 h / 48 = 10.4 h a week; only the close ratio can fix it.
        assertThat(capacity.ratiosThatFit()).containsOnlyKeys("proposal");
        assertThat(capacity.ratiosThatFit().get("proposal")).hasToString("67.8%");
        Ratio close = capacity.ratiosThatFit().get("proposal");
        FunnelModel fixed = plan.model().withRatio("proposal", close);
        assertThat(reachable(fixed).capacity().orElseThrow().feasible()).isTrue();
        Ratio justBelow = Ratio.of(close.value().subtract(new BigDecimal("0.001")));
        assertThat(reachable(plan.model().withRatio("proposal", justBelow)).capacity().orElseThrow().feasible())
                .isFalse();
    }

    @Test
    void solve_confidence_isTheBinomialQuantileCrossCheckedWithCommonsStatistics() {
        Plan.Reachable plan = reachable(workedExample().confidence(Ratio.parse("90%")).build());

        ConfidencePlan.CountedConfidence confidence = (ConfidencePlan.CountedConfidence) plan.confidence().orElseThrow();
        long n = confidence.newOpportunities();
        double p = 0.325;
        assertThat(confidence.winProbability()).isEqualByComparingTo("0.325");
        assertThat(BinomialDistribution.of((int) n, p).survivalProbability(39)).isGreaterThanOrEqualTo(0.9);
        assertThat(BinomialDistribution.of((int) n - 1, p).survivalProbability(39)).isLessThan(0.9);
        assertThat(n).isGreaterThan(plan.newOpportunities());
        assertThat(confidence.expectedValueNewOpportunities()).isEqualTo(124);
    }

    @Test
    void focus_ranksTheGatewayBelowItsReferenceFirst() {
        Plan.Reachable plan = reachable(workedExample().build());

        List<Focus> focus = plan.focus(Map.of("first_appointment", Ratio.parse("70%")));

        assertThat(focus).first().extracting(Focus::stage).isEqualTo("first_appointment");
        assertThat(focus.get(0).gapToReference()).hasValueSatisfying(
                gap -> assertThat(gap).isEqualByComparingTo("-5"));
        assertThat(plan.focus()).first().extracting(Focus::stage).isEqualTo("call");
    }

    @Test
    void focus_countedRatioWithoutFiniteDecimal_isRanked() {
        Plan.Reachable plan = reachable(workedExample().build().withRatio("proposal", Ratio.of(13, 30)));

        Focus proposal = plan.focus().stream().filter(f -> f.stage().equals("proposal")).findFirst().orElseThrow();

        assertThat(proposal.activitiesSaved()).isPositive();
    }

    @Test
    void barometer_actualOverMagicNumber() {
        Plan.Reachable plan = reachable(workedExample().build());

        Barometer barometer = plan.barometer(new BigDecimal("2.4"));

        assertThat(barometer.percent()).isEqualByComparingTo("80.0");
        assertThat(barometer.healthy()).isFalse();
        assertThat(plan.barometer(BigDecimal.valueOf(3)).healthy()).isTrue();
    }

    @Test
    void pacing_saysWhatIsDueAndWhatTheRestNeeds() {
        Plan.Reachable plan = reachable(workedExample().build());

        Pacing pacing = plan.pacing(BigDecimal.valueOf(12), 25);

        assertThat(pacing.due()).isEqualTo(31);
        assertThat(pacing.ahead()).isEqualTo(-6);
        assertThat(pacing.neededPerWeekFromNow()).isEqualTo(3);
        assertThatThrownBy(() -> plan.pacing(BigDecimal.valueOf(49), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weeksElapsed must be between 0 and 48: 49");
    }

    @Test
    void perMonth_conventionsAreExplicit() {
        Plan.Reachable plan = reachable(workedExample().build());

        assertThat(plan.perMonth(WeeksPerMonth.FOUR).get(0).newOpportunities()).isEqualTo(11);
        assertThat(plan.perMonth(WeeksPerMonth.FIFTY_TWO_TWELFTHS).get(0).newOpportunities()).isEqualTo(12);
        assertThatThrownBy(() -> plan.perMonth(WeeksPerMonth.CALENDAR))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("convention CALENDAR needs a model with a period: set period(...)");
    }

    @Test
    void perMonth_calendar_addsUpToTheNewOpportunities() {
        Plan.Reachable plan = reachable(workedExample().weeks(null)
                .period(SalesPeriod.ofYear(2026), WorkCalendar.standard()).build());

        List<MonthlyQuota> months = plan.perMonth(WeeksPerMonth.CALENDAR);

        assertThat(months).hasSize(12);
        assertThat(months.stream().mapToLong(MonthlyQuota::newOpportunities).sum())
                .isGreaterThanOrEqualTo(plan.newOpportunities());
    }

    @Test
    void project_plansTopOfFunnel_meetsTheTarget() {
        Plan.Reachable plan = reachable(workedExample().build());

        Projection projection = plan.project();

        assertThat(projection.wholeWins()).isEqualTo(40);
        assertThat(projection.expectedRevenue().isLessThan(EUR_1_200_000)).isFalse();
        assertThat(FunnelSolver.project(plan.model(), "call", 619).wholeWins()).isEqualTo(39);
        Projection.CountedPercentiles percentiles = (Projection.CountedPercentiles) projection.percentiles();
        assertThat(percentiles.p10().isLessThan(percentiles.p50())).isTrue();
        assertThat(percentiles.p50().isLessThan(percentiles.p90())).isTrue();
    }

    @Test
    void solve_targetOfTenToTheFifteenth_neitherOverflowsNorLosesACent() {
        Plan.Reachable plan = reachable(FunnelModel.builder(
                        Money.parse("EUR 1000000000000000.01"), Money.parse("EUR 30000"))
                .gateway("first_appointment", APPOINTMENT_TO_PROPOSAL_65)
                .gateway("proposal", CLOSE_50)
                .weeks(WEEKS_48)
                .build());

        assertThat(plan.wonDealsExact()).isEqualByComparingTo("33333333333.33333");
        assertThat(plan.wonDeals()).isEqualTo(33_333_333_334L);
        assertThat(plan.stage("proposal").required()).isEqualTo(66_666_666_668L);
    }

    @Test
    void model_badInput_isRefusedWithMessages() {
        assertThatThrownBy(() -> FunnelModel.builder(EUR_1_200_000, Money.parse("EUR 0"))
                .gateway("proposal", CLOSE_50).weeks(WEEKS_48).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("averageDeal must be positive: EUR 0.00");
        assertThatThrownBy(() -> FunnelModel.builder(EUR_1_200_000, EUR_30_000)
                .weeks(WEEKS_48).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gateways must not be empty");
        assertThatThrownBy(() -> workedExample().weeks(BigDecimal.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weeks must be positive: 0");
        assertThatThrownBy(() -> workedExample().gateway("call", CLOSE_50).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gateways must name each stage once: call");
        assertThatThrownBy(() -> workedExample().opportunityStage("demo").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opportunityStage must be one of the gateways' stages"
                        + " [call, first_appointment, proposal]: demo");
        assertThatThrownBy(() -> workedExample().openPipeline("proposal", -1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("openPipeline count must not be negative: proposal=-1");
        assertThatThrownBy(() -> workedExample().confidence(Ratio.parse("100%")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("confidence must be above 0% and below 100%: 100%");
        assertThatThrownBy(() -> workedExample().cycleDays(30).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cycleDays needs a period to date the lag: set period(...)");
        assertThatThrownBy(() -> workedExample().hoursPerWeek(BigDecimal.valueOf(-1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hoursPerWeek must be above 0 and at most 168: -1");
        assertThatThrownBy(() -> FunnelModel.builder(EUR_1_200_000, Money.parse("USD 30000"))
                .gateway("proposal", CLOSE_50).weeks(WEEKS_48).build())
                .isInstanceOf(io.github.kpiengine.CurrencyMismatchException.class)
                .hasMessage("averageDeal must be in the currency of target (EUR): USD 30000.00");
        assertThatThrownBy(() -> Ratio.parse("120%"))
                .hasMessage("percent must be between 0 and 100: 120");
    }

    @Test
    void solve_tenToTheFifteenthAtTenEuros_magicNumberIsTheExactCeilingOfTenToTheSeventeenthOverFortyEight() {
        Plan.Reachable plan = reachable(FunnelModel.builder(Money.parse("EUR 1000000000000000"), Money.parse("EUR 10"))
                .gateway("lead", Ratio.parse("10%"))
                .gateway("proposal", Ratio.parse("1%"))
                .weeks(WEEKS_48)
                .build());

        assertThat(plan.newOpportunities()).isEqualTo(100_000_000_000_000_000L);
        assertThat(plan.magicNumber()).isEqualTo(2_083_333_333_333_334L);
        assertThat(plan.stage("proposal").weekly()).isEqualTo(208_333_333_333_334L);
        assertThat(plan.magicNumberExact()).isEqualByComparingTo("2083333333333333");
    }

    @Test
    void solve_workedExample_exactFiguresAreTheExactValueRoundedOnce() {
        Plan.Reachable plan = reachable(workedExample().build());

        // 1,200,000 / 30,000 / 0.5 / 0.65 / 0.2 = 615.384615384615384…; dividing a rounded figure
        // again gave …155.
        assertThat(plan.stage("call").exact()).hasToString("615.3846153846154");
        assertThat(plan.stage("call").weeklyExact()).hasToString("12.91666666666667");
        assertThat(plan.stage("proposal").exact()).hasToString("80");
    }

    @Test
    void perMonth_fiftyTwoTwelfths_isTheCeilingOfTheExactFractionNotOfTwoRoundedFigures() {
        Plan.Reachable plan = reachable(FunnelModel.builder(Money.parse("EUR 1200000"), Money.parse("EUR 10000"))
                .gateway("proposal", Ratio.parse("100%"))
                .weeks(BigDecimal.valueOf(52))
                .build());

        assertThat(plan.newOpportunities()).isEqualTo(120);
        MonthlyQuota month = plan.perMonth(WeeksPerMonth.FIFTY_TWO_TWELFTHS).get(0);
        assertThat(month.newOpportunities()).isEqualTo(10);
        assertThat(month.weeks()).hasToString("4.333333333333333");
        assertThat(plan.perMonth(WeeksPerMonth.FOUR).get(0).newOpportunities()).isEqualTo(10);
    }

    @Test
    void solve_confidenceAboveAHundredThousandWins_isTheLeastCount() {
        // 150,000 wins at 99 % with a 99 % chance: 151,607 opportunities; a normal approximation said 151,606.
        Plan.Reachable plan = reachable(FunnelModel.builder(Money.parse("EUR 150000"), Money.parse("EUR 1"))
                .gateway("proposal", Ratio.parse("99%"))
                .weeks(WEEKS_48)
                .confidence(Ratio.parse("99%"))
                .build());

        ConfidencePlan.CountedConfidence confidence = (ConfidencePlan.CountedConfidence) plan.confidence().orElseThrow();
        assertThat(confidence.newOpportunities()).isEqualTo(151_607);
        assertThat(confidence.weekly()).isEqualTo(3_159);
        assertThat(confidence.expectedValueNewOpportunities()).isEqualTo(151_516);
        assertThat(BinomialDistribution.of(151_607, 0.99).survivalProbability(149_999)).isGreaterThanOrEqualTo(0.99);
        assertThat(BinomialDistribution.of(151_606, 0.99).survivalProbability(149_999)).isLessThan(0.99);
    }

    @Test
    void solve_confidenceBeyondTheExactSearch_isUncountedWithTheReason() {
        Plan.Reachable plan = reachable(FunnelModel.builder(Money.parse("EUR 2000000"), Money.parse("EUR 1"))
                .gateway("proposal", Ratio.parse("50%"))
                .weeks(WEEKS_48)
                .confidence(Ratio.parse("90%"))
                .build());

        assertThat(plan.confidence()).containsInstanceOf(ConfidencePlan.UncountedConfidence.class);
        assertThat(((ConfidencePlan.UncountedConfidence) plan.confidence().orElseThrow()).reason())
                .isEqualTo("the exact search covers up to 1000000 wins: 2000000 are needed");
        assertThat(plan.confidence().orElseThrow().expectedValueNewOpportunities()).isEqualTo(4_000_000);
    }

    @Test
    void project_countOfLongMaxValue_expectedFiguresExactAndPercentilesUncounted() {
        FunnelModel model = workedExample().build();

        Projection projection = FunnelSolver.project(model, "call", Long.MAX_VALUE);

        // 9,223,372,036,854,775,807 × 0.065 = 599,519,182,395,560,427.455
        assertThat(projection.expectedWins()).hasToString("599519182395560400");
        assertThat(projection.wholeWins()).isEqualTo(599_519_182_395_560_427L);
        assertThat(projection.expectedRevenue()).isEqualTo(Money.parse("EUR 17985575471866812823650.00"));
        assertThat(projection.percentiles()).isInstanceOf(Projection.UncountedPercentiles.class);
        assertThat(((Projection.UncountedPercentiles) projection.percentiles()).reason()).contains("1000000 terms");
    }

    @Test
    void solve_hugeTargetOverATenthOfAWeek_isUnreachableNotAnOverflow() {
        Plan plan = FunnelSolver.solve(FunnelModel.builder(Money.parse("EUR 1000000000000000000"), Money.parse("EUR 1"))
                .gateway("proposal", Ratio.parse("100%"))
                .weeks(new BigDecimal("0.1"))
                .build());

        assertThat(plan).isInstanceOf(Plan.Unreachable.class);
        assertThat(((Plan.Unreachable) plan).reason())
                .isEqualTo("the plan needs more new opportunities a week than can be counted (9223372036854775807)");
        assertThat(((Plan.Unreachable) plan).stage()).isEmpty();
    }

    @Test
    void solve_targetOfTenToTheThirty_isUnreachableNamingTheFigure() {
        Plan plan = FunnelSolver.solve(FunnelModel.builder(Money.parse("EUR 1" + "0".repeat(30)), Money.parse("EUR 1"))
                .gateway("call", Ratio.parse("1%"))
                .weeks(new BigDecimal("1E-30"))
                .build());

        assertThat(((Plan.Unreachable) plan).reason())
                .isEqualTo("the plan needs more won deals than can be counted (9223372036854775807)");
    }

    @Test
    void solve_stageCountsBeyondALong_isUnreachableNamingTheStage() {
        Plan plan = FunnelSolver.solve(FunnelModel.builder(Money.parse("EUR 1000000000000000000"), Money.parse("EUR 1"))
                .gateway("call", Ratio.parse("1%"))
                .gateway("proposal", Ratio.parse("50%"))
                .weeks(WEEKS_48)
                .build());

        assertThat(((Plan.Unreachable) plan).reason())
                .isEqualTo("the plan needs more call activities than can be counted (9223372036854775807)");
    }

    @Test
    void solve_cycleOfLongMaxValueDays_isUnreachableNotADateException() {
        Plan plan = FunnelSolver.solve(workedExample().weeks(null)
                .period(SalesPeriod.ofYear(2026), WorkCalendar.standard())
                .cycleDays(Long.MAX_VALUE)
                .build());

        assertThat(((Plan.Unreachable) plan).reason()).startsWith("the sales cycle of 9223372036854775807 days");
    }

    @Test
    void project_ofAPlan_includesThePipelineInHand() {
        // 10 open proposals bring 5 wins; the plan's 35 wins come from new calls.
        Plan.Reachable plan = reachable(workedExample().openPipeline("proposal", 10).build());

        Projection projection = plan.project();

        assertThat(plan.wonDeals()).isEqualTo(35);
        assertThat(projection.count()).isEqualTo(plan.stage("call").required());
        assertThat(projection.expectedWins()).isEqualByComparingTo(
                new BigDecimal(plan.stage("call").required()).multiply(new BigDecimal("0.065")).add(BigDecimal.valueOf(5)));
        assertThat(projection.wholeWins()).isGreaterThanOrEqualTo(40);
        assertThat(projection.expectedRevenue().isLessThan(EUR_1_200_000)).isFalse();
        assertThat(projection.percentiles()).isInstanceOf(Projection.UncountedPercentiles.class);
    }

    @Test
    void solve_sixDayWeekCalendar_countsWithTheExactWeeksNotTheirTenPlaces() {
        // 2026 has 313 working days Monday to Saturday: 52.1666… weeks, written 52.1666666667.
        WorkCalendar sixDays = WorkCalendar.builder()
                .workingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)).build();
        Plan.Reachable plan = reachable(FunnelModel.builder(Money.parse("EUR 313000"), Money.parse("EUR 1000"))
                .gateway("proposal", Ratio.parse("100%"))
                .period(SalesPeriod.ofYear(2026), sixDays)
                .build());

        assertThat(plan.model().weeks()).isEqualByComparingTo("52.1666666667");
        // 313 proposals over 313/6 weeks are exactly 6 a week; over 52.1666666667 weeks they were 5.99….
        assertThat(plan.magicNumber()).isEqualTo(6);
        assertThat(plan.magicNumberExact()).isEqualByComparingTo("6");
    }

    @Test
    void model_periodWithoutWorkingDays_isRefusedNamingThePeriod() {
        assertThatThrownBy(() -> workedExample().weeks(null)
                .period(SalesPeriod.of(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 4)), WorkCalendar.standard())
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period must have at least one working day in the calendar: 2026-01-03/2026-01-04");
    }

    @Test
    void model_outOfRangeWeeksAndHours_areRefusedWithMessages() {
        assertThatThrownBy(() -> workedExample().weeks(new BigDecimal("1E+10")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weeks must be at most 1000000000: 10000000000");
        assertThatThrownBy(() -> workedExample().weeks(new BigDecimal("1E-101")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weeks must have at most 100 decimal places: 0." + "0".repeat(100) + "1");
        assertThatThrownBy(() -> workedExample().hours("call", BigDecimal.valueOf(169)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hoursPerActivity must be at most 168: call=169");
    }

    @Test
    void model_mapsByStage_iterateInTheFunnelsOrder() {
        FunnelModel model = workedExample()
                .openPipeline("proposal", 1).openPipeline("call", 2).openPipeline("first_appointment", 3)
                .hours("proposal", BigDecimal.ONE).hours("call", BigDecimal.ONE)
                .build();

        assertThat(model.openPipeline().keySet()).containsExactly("call", "first_appointment", "proposal");
        assertThat(model.hoursPerActivity().keySet()).containsExactly("call", "proposal");
        assertThat(reachable(model).pipelineInHand().expectedWinsByStage().keySet())
                .containsExactly("call", "first_appointment", "proposal");
    }

    @Test
    void pacing_lessThanAWeekLeft_allThatIsMissingIsDue() {
        Plan.Reachable plan = reachable(workedExample().build());

        Pacing pacing = plan.pacing(new BigDecimal("47.9999999999999999999999999999"), 100);

        assertThat(pacing.due()).isEqualTo(124);
        assertThat(pacing.neededPerWeekFromNow()).isEqualTo(24);
    }

    @Test
    void focus_countedRatio_addsOnePointExactly() {
        // 13/30 + 1 point = 133/300: 40 wins need 91 proposals, 140 appointments and 700 calls
        // against 93, 144 and 720 at 13/30.
        Plan.Reachable plan = reachable(workedExample().build().withRatio("proposal", Ratio.of(13, 30)));

        Focus proposal = plan.focus().stream().filter(f -> f.stage().equals("proposal")).findFirst().orElseThrow();

        assertThat(plan.stages()).extracting(StageRequirement::required).containsExactly(720L, 144L, 93L);
        assertThat(proposal.activitiesSaved()).isEqualTo(20 + 4 + 2);
    }

    @Test
    void capacity_exactHoursNeeded_areRoundedOnce() {
        // 124 appointments × 2 h over 48 weeks = 5.1666… h; a rounded weekly figure doubled gave …666.
        Plan.Reachable plan = reachable(workedExample()
                .hoursPerWeek(BigDecimal.valueOf(40))
                .sellingShare(Ratio.of(1, 3))
                .hours("first_appointment", BigDecimal.valueOf(2))
                .build());

        Capacity capacity = plan.capacity().orElseThrow();
        assertThat(capacity.hoursNeeded()).hasToString("5.166666666666667");
        assertThat(capacity.hoursAvailable()).hasToString("13.33333333333333");
        assertThat(capacity.utilisation()).isEqualByComparingTo("0.3875");
    }

    @Test
    void barometerAndPacing_outOfRangeFigures_areRefusedWithMessages() {
        Plan.Reachable plan = reachable(workedExample().build());

        assertThatThrownBy(() -> plan.barometer(BigDecimal.valueOf(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actualPerWeek must be from 0 to 9223372036854775807: -1");
        assertThatThrownBy(() -> plan.barometer(new BigDecimal("1E-101")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("actualPerWeek must have at most 100 decimal places: 0.000");
        assertThatThrownBy(() -> plan.pacing(new BigDecimal("1E-999999999"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weeksElapsed must have at most 100 decimal places: 1E-999999999");
        assertThatThrownBy(() -> plan.pacing(BigDecimal.ONE, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("actualSoFar must not be negative: -1");
    }

    @Test
    void model_hoursPerWeekWithTooManyPlaces_isRefused() {
        assertThatThrownBy(() -> workedExample().hoursPerWeek(new BigDecimal("1E-999")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hoursPerWeek must have at most 100 decimal places: 1E-999");
    }

    @Test
    void solve_gatewaysAtPipelineStages_showTheStagesDisplayNames() {
        FunnelModel model = FunnelModel.builder(Money.parse("EUR 300000"), Money.parse("EUR 30000"))
                .gateway(io.github.kpiengine.Stage.open("id_decision_makers", "Id. Decision Makers"), Ratio.parse("50%"))
                .gateway(io.github.kpiengine.Stage.open("proposal_price_quote", "Proposal/Price Quote"), Ratio.parse("40%"))
                .weeks(BigDecimal.valueOf(12))
                .build();

        Plan.Reachable plan = (Plan.Reachable) FunnelSolver.solve(model);

        assertThat(plan.stages()).extracting(StageRequirement::stage, StageRequirement::displayName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("id_decision_makers", "Id. Decision Makers"),
                        org.assertj.core.groups.Tuple.tuple("proposal_price_quote", "Proposal/Price Quote"));
        assertThat(plan.focus(Map.of())).extracting(Focus::displayName)
                .containsExactlyInAnyOrder("Id. Decision Makers", "Proposal/Price Quote");
        assertThat(model.withRatio("proposal_price_quote", Ratio.parse("50%")).gateways().get(1).displayName())
                .isEqualTo("Proposal/Price Quote");
        assertThat(Gateway.of("first_appointment", Ratio.parse("65%")).displayName()).isEqualTo("First appointment");
    }
}
