package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.AccountWallet;
import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.CurrencyMismatchException;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Rep;
import io.github.kpiengine.Source;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiExpression;
import io.github.kpiengine.kpi.KpiExpression.StageConversion.Basis;
import io.github.kpiengine.kpi.KpiExpression.StageConversion.Reach;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Statistic;
import io.github.kpiengine.kpi.Status;
import io.github.kpiengine.kpi.Target;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-checked worked cases for the KPI catalogue, one per factory of {@link Kpis}, evaluated through
 * the {@link Engine}. Calendar facts used below: 1 February and 1 March 2026 are Sundays, so February
 * 2026 has 20 weekdays and March 2026 has 22 (2-6, 9-13, 16-20, 23-27, 30-31); 7-8 March 2026 is a
 * weekend.
 */
class CatalogueTest {

    private static final Pipeline SALES = Pipeline.of("lead", "first_appointment", "proposal");
    private static final SalesPeriod FEBRUARY = SalesPeriod.ofMonth(YearMonth.of(2026, 2));
    private static final SalesPeriod MARCH = SalesPeriod.ofMonth(YearMonth.of(2026, 3));
    private static final SalesPeriod APRIL = SalesPeriod.ofMonth(YearMonth.of(2026, 4));
    private static final SalesPeriod MARCH_WEEKEND = SalesPeriod.of(march(7), march(8));
    private static final SalesPeriod SECOND_QUARTER = SalesPeriod.ofQuarter(2026, 2);

    private static final Money EUR_200_000 = eur(200_000);

    private static final Kpi CALLS = Kpis.activityCount(ActivityType.COLD_CALL);
    private static final Kpi PROSPECTING_CALLS = Kpis.activityCount(ActivityType.PROSPECTING_CALL);
    private static final Kpi WIN_RATE = Kpis.winRate();
    private static final Kpi NEW_ACCOUNTS = Kpis.newAccountsWon();
    private static final Kpi MEDIAN_CYCLE = Kpis.salesCycleDays(Statistic.MEDIAN);
    private static final Kpi MEAN_CYCLE = Kpis.salesCycleDays(Statistic.MEAN);
    private static final Kpi MEAN_CYCLE_FROM_APPOINTMENT =
            Kpis.salesCycleDays(Statistic.MEAN, SALES, "first_appointment");
    private static final Kpi VELOCITY = Kpis.salesVelocity();
    private static final Kpi COVERAGE = Kpis.pipelineCoverage(EUR_200_000);
    private static final Kpi SHARE_OF_WALLET = Kpis.shareOfWallet();
    private static final Kpi REFERRAL_SHARE = Kpis.referralShareOfNewClients();
    private static final Kpi PRODUCTIVE_VISITS =
            Kpis.productiveVisitRate(ActivityType.SITE_VISIT, ActivityType.FIRST_APPOINTMENT);
    private static final Kpi SELLING_TIME = Kpis.sellingTimeShare(WorkCalendar.standard(),
            ActivityType.ON_SITE_SESSION, ActivityType.SOCIAL_SELLING);

    /** Holidays on Monday 16 February and Friday 20 March 2026: 19 and 21 working days. */
    private static final WorkCalendar WITH_HOLIDAYS = WorkCalendar.builder()
            .holiday(LocalDate.of(2026, 2, 16))
            .holiday(march(20))
            .build();

    /** Ann leads sales alone; Bob and Carl form east; Erin, who never logged anything, forms west. */
    private static final OrgTree ORG = OrgTree.builder()
            .root("sales", "Sales", "ann")
            .unit("east", "East", "sales", "bob")
            .unit("west", "West", "sales", "erin")
            .rep(Rep.of("ann", "Ann"), "sales")
            .rep(Rep.of("bob", "Bob"), "east")
            .rep(Rep.of("carl", "Carl"), "east")
            .rep(Rep.of("erin", "Erin"), "west")
            .build();

    /** One team of three reps; Cid never logged anything. */
    private static final OrgTree TEAM = OrgTree.builder()
            .root("team", "Team", "ann")
            .rep(Rep.of("ann", "Ann"), "team")
            .rep(Rep.of("bob", "Bob"), "team")
            .rep(Rep.of("cid", "Cid"), "team")
            .build();

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    private static Money eur(long amount) {
        return Money.of("EUR", amount);
    }

    private static String nextId(ActivityLog log) {
        return "opp-" + log.opportunityCount();
    }

    private static void won(ActivityLog log, String rep, String account, long euros, LocalDate created,
            LocalDate closed) {
        log.append(Opportunity.builder(nextId(log), rep, SALES).account(account).amount(eur(euros))
                .enter("lead", created).won(closed).build());
    }

    private static void wonAfterDays(ActivityLog log, String rep, long cycleDays, LocalDate closed) {
        String id = nextId(log);
        won(log, rep, "account-" + id, 1_000, closed.minusDays(cycleDays), closed);
    }

    private static void lost(ActivityLog log, String rep, LocalDate created, LocalDate closed) {
        String id = nextId(log);
        log.append(Opportunity.builder(id, rep, SALES).account("account-" + id).amount(eur(1_000))
                .enter("lead", created).lost(closed).build());
    }

    private static void open(ActivityLog log, String rep, long euros, LocalDate created) {
        String id = nextId(log);
        log.append(Opportunity.builder(id, rep, SALES).account("account-" + id).amount(eur(euros))
                .enter("lead", created).build());
    }

    private static void won(ActivityLog log, String rep, String account, Source source, LocalDate closed) {
        log.append(Opportunity.builder(nextId(log), rep, SALES).account(account).source(source)
                .amount(eur(1_000)).enter("lead", closed.minusDays(10)).won(closed).build());
    }

    private static void activities(ActivityLog log, String rep, ActivityType type, int count, LocalDate day) {
        for (int i = 0; i < count; i++) {
            log.append(Activity.of(rep, type, day));
        }
    }

    private static void timed(ActivityLog log, String rep, ActivityType type, long hours, LocalDate day) {
        log.append(Activity.builder(rep, type, day).duration(Duration.ofHours(hours)).build());
    }

    private static void visit(ActivityLog log, String rep, ActivityType type, Outcome outcome, LocalDate day) {
        log.append(Activity.builder(rep, type, day).outcome(outcome).build());
    }

    private static ScorecardResult evaluate(ActivityLog log, SalesPeriod period, Grouping grouping, Kpi... kpis) {
        return Engine.evaluate(Scorecard.of(kpis), log, period, grouping);
    }

    private static KpiResult.Defined defined(KpiResult result) {
        assertThat(result).isInstanceOf(KpiResult.Defined.class);
        return (KpiResult.Defined) result;
    }

    private static void assertValue(KpiResult result, String value) {
        assertThat(defined(result).value().orElseThrow()).isEqualByComparingTo(value);
    }

    private static void assertValue(KpiResult result, String value, long sampleSize) {
        KpiResult.Defined defined = defined(result);
        assertThat(defined.value().orElseThrow()).isEqualByComparingTo(value);
        assertThat(defined.sampleSize()).isEqualTo(sampleSize);
    }

    private static void assertRatio(KpiResult result, String value, String numerator, String denominator) {
        KpiResult.Defined defined = defined(result);
        assertThat(defined.value().orElseThrow()).isEqualByComparingTo(value);
        assertThat(defined.numerator().orElseThrow()).isEqualByComparingTo(numerator);
        assertThat(defined.denominator().orElseThrow()).isEqualByComparingTo(denominator);
    }

    private static void assertUndefined(KpiResult result, String reason) {
        assertThat(result).isInstanceOfSatisfying(KpiResult.Undefined.class,
                undefined -> assertThat(undefined.reason()).isEqualTo(reason));
    }

    /**
     * Deals won in March 2026 and their cycles in days: ann 10, 20, 90; bob 30, 41; carl 6; dora
     * (not in {@link #ORG}) 3. Ann also won a deal in April and lost one in March; eve only lost.
     */
    private static ActivityLog cycleLog() {
        ActivityLog log = ActivityLog.create();
        wonAfterDays(log, "ann", 90, march(25));
        wonAfterDays(log, "ann", 10, march(12));
        wonAfterDays(log, "ann", 20, march(31));
        wonAfterDays(log, "ann", 1, LocalDate.of(2026, 4, 2));
        lost(log, "ann", march(2), march(15));
        wonAfterDays(log, "bob", 41, march(20));
        wonAfterDays(log, "bob", 30, march(3));
        wonAfterDays(log, "carl", 6, march(9));
        wonAfterDays(log, "dora", 3, march(18));
        lost(log, "eve", march(2), march(16));
        return log;
    }

    @Test
    void salesCycleDaysMedian_oddAndEvenCounts_isTheMiddleOrTheMeanOfTheMiddleTwo() {
        ScorecardResult result = evaluate(cycleLog(), MARCH, Grouping.byRep(), MEDIAN_CYCLE, MEAN_CYCLE);

        assertThat(MEDIAN_CYCLE.id()).isEqualTo("median(cycle_days)");
        // Ann 10, 20, 90 (the April win and the lost deal left out): median 20, mean 120 / 3 = 40.
        assertThat(result.result(ScopeKey.of("ann"), MEDIAN_CYCLE)).isEqualTo(KpiResult.of(new BigDecimal("20"),
                KpiUnit.DAYS, 3));
        assertValue(result.result(ScopeKey.of("ann"), MEAN_CYCLE), "40", 3);
        // Bob 30, 41: (30 + 41) / 2 = 35.5.
        assertValue(result.result(ScopeKey.of("bob"), MEDIAN_CYCLE), "35.5", 2);
        assertValue(result.result(ScopeKey.of("carl"), MEDIAN_CYCLE), "6", 1);
        assertThat(result.result(ScopeKey.of("eve"), MEDIAN_CYCLE))
                .isEqualTo(KpiResult.undefined("no deals won in the period", MEDIAN_CYCLE.unit(), 0));
    }

    @Test
    void salesCycleDaysMedian_byOrgUnit_isTheMedianOfAllItsRepsDeals() {
        ScorecardResult result = evaluate(cycleLog(), MARCH, Grouping.byOrgUnit(ORG), MEDIAN_CYCLE);

        // east = bob and carl: 6, 30, 41 -> 30.
        assertValue(result.result(ScopeKey.of("east"), MEDIAN_CYCLE), "30", 3);
        // sales = ann, bob, carl (dora is not in the tree): 6, 10, 20, 30, 41, 90 -> (20 + 30) / 2 = 25;
        // the median of the reps' medians (20, 35.5, 6) would be 20.
        assertValue(result.result(ScopeKey.of("sales"), MEDIAN_CYCLE), "25", 6);
        assertThat(result.result(ScopeKey.of("west"), MEDIAN_CYCLE))
                .isEqualTo(KpiResult.undefined("no deals won in the period", MEDIAN_CYCLE.unit(), 0));
    }

    @Test
    void salesCycleDaysFromStage_wonDealThatSkippedTheStage_isLeftOut() {
        ActivityLog log = ActivityLog.create();
        // First appointment 10 February, won 12 March: 18 days to 28 February, 12 more = 30.
        log.append(Opportunity.builder("x", "ann", SALES).account("x").amount(eur(1_000))
                .enter("lead", LocalDate.of(2026, 2, 1)).enter("first_appointment", LocalDate.of(2026, 2, 10))
                .won(march(12)).build());
        // First appointment 5 March (entered again on the 12th after a move to proposal), won 25 March: 20.
        log.append(Opportunity.builder("y", "ann", SALES).account("y").amount(eur(1_000))
                .enter("lead", march(2)).enter("first_appointment", march(5)).enter("proposal", march(9))
                .enter("first_appointment", march(12)).won(march(25)).build());
        // Skipped first_appointment: left out for ann; bob's only win skipped it too.
        log.append(Opportunity.builder("z", "ann", SALES).account("z").amount(eur(1_000))
                .enter("lead", march(3)).enter("proposal", march(6)).won(march(20)).build());
        log.append(Opportunity.builder("w", "bob", SALES).account("w").amount(eur(1_000))
                .enter("lead", march(3)).enter("proposal", march(6)).won(march(20)).build());

        ScorecardResult result = evaluate(log, MARCH, Grouping.byRep(), MEAN_CYCLE_FROM_APPOINTMENT);

        assertThat(MEAN_CYCLE_FROM_APPOINTMENT.id()).isEqualTo("cycle_days(first_appointment)");
        // (30 + 20) / 2 = 25 over two deals.
        KpiResult ann = result.result(ScopeKey.of("ann"), MEAN_CYCLE_FROM_APPOINTMENT);
        assertRatio(ann, "25", "50", "2");
        assertThat(ann.sampleSize()).isEqualTo(2);
        assertThat(result.result(ScopeKey.of("bob"), MEAN_CYCLE_FROM_APPOINTMENT))
                .isEqualTo(KpiResult.undefined("no deals won in the period entered first_appointment", MEAN_CYCLE_FROM_APPOINTMENT.unit(), 0));
    }

    private static Kpi conversion(String from, String to, Basis basis, Reach reach) {
        return Kpis.stageConversion(SALES, from, to, basis, reach);
    }

    /** The Javadoc's opportunity: lead 1 March, first_appointment 10 March, proposal 5 April. */
    private static ActivityLog javadocConversionLog() {
        ActivityLog log = ActivityLog.create();
        log.append(Opportunity.builder("a", "ann", SALES).account("a").amount(eur(1_000))
                .enter("lead", march(1)).enter("first_appointment", march(10))
                .enter("proposal", LocalDate.of(2026, 4, 5)).build());
        return log;
    }

    @Test
    void stageConversion_javadocExample_fourCombinationsOverMarchAndApril() {
        Kpi cohortEventual = conversion("lead", "proposal", Basis.COHORT, Reach.EVENTUAL);
        Kpi cohortDirect = conversion("lead", "proposal", Basis.COHORT, Reach.DIRECT);
        Kpi flowEventual = conversion("lead", "proposal", Basis.FLOW, Reach.EVENTUAL);
        Kpi flowDirect = conversion("lead", "proposal", Basis.FLOW, Reach.DIRECT);
        ScorecardResult march = evaluate(javadocConversionLog(), MARCH, Grouping.byRep(),
                cohortEventual, cohortDirect, flowEventual, flowDirect);
        ScorecardResult april = evaluate(javadocConversionLog(), APRIL, Grouping.byRep(),
                cohortEventual, cohortDirect, flowEventual, flowDirect);

        assertThat(cohortEventual.id()).isEqualTo("conversion(lead,proposal)");
        assertThat(cohortDirect.id()).isEqualTo("conversion(lead,proposal,direct)");
        assertThat(flowEventual.id()).isEqualTo("conversion(lead,proposal,flow)");
        assertThat(flowDirect.id()).isEqualTo("conversion(lead,proposal,flow,direct)");
        // March, cohort: the 1 March lead reached proposal (eventual 1 of 1), but not next (direct 0 of 1).
        assertRatio(march.result(ScopeKey.of("ann"), cohortEventual), "1", "1", "1");
        assertRatio(march.result(ScopeKey.of("ann"), cohortDirect), "0", "0", "1");
        // March, flow: one entry into lead, no arrival at proposal in March: 0 of 1 either way.
        assertRatio(march.result(ScopeKey.of("ann"), flowEventual), "0", "0", "1");
        assertRatio(march.result(ScopeKey.of("ann"), flowDirect), "0", "0", "1");
        // April: nothing entered lead; flow eventual is 1 of 0, undefined as well.
        KpiResult nothing = KpiResult.undefined("no opportunities entered lead in the period", KpiUnit.PERCENT, 0);
        assertThat(april.result(ScopeKey.of("ann"), cohortEventual)).isEqualTo(nothing);
        assertThat(april.result(ScopeKey.of("ann"), cohortDirect)).isEqualTo(nothing);
        assertThat(april.result(ScopeKey.of("ann"), flowEventual)).isEqualTo(nothing);
        assertThat(april.result(ScopeKey.of("ann"), flowDirect)).isEqualTo(nothing);
    }

    @Test
    void stageConversionFlow_moreArrivalsThanEntries_exceedsOneHundredPercent() {
        ActivityLog log = javadocConversionLog();
        log.append(Opportunity.builder("b", "ann", SALES).account("b").amount(eur(1_000))
                .enter("lead", march(2)).enter("proposal", LocalDate.of(2026, 4, 7)).build());
        log.append(Opportunity.builder("c", "ann", SALES).account("c").amount(eur(1_000))
                .enter("lead", LocalDate.of(2026, 4, 8)).build());
        Kpi cohortEventual = conversion("lead", "proposal", Basis.COHORT, Reach.EVENTUAL);
        Kpi flowEventual = conversion("lead", "proposal", Basis.FLOW, Reach.EVENTUAL);
        Kpi flowDirect = conversion("lead", "proposal", Basis.FLOW, Reach.DIRECT);

        ScorecardResult april = evaluate(log, APRIL, Grouping.byRep(), cohortEventual, flowEventual, flowDirect);

        // April entries into lead: c. Arrivals at proposal: a (5 April) and b (7 April): 2 of 1.
        assertRatio(april.result(ScopeKey.of("ann"), flowEventual), "2", "2", "1");
        // Direct arrivals: only b went lead -> proposal; a passed first_appointment: 1 of 1.
        assertRatio(april.result(ScopeKey.of("ann"), flowDirect), "1", "1", "1");
        // The April cohort {c} has not converted: 0 of 1.
        assertRatio(april.result(ScopeKey.of("ann"), cohortEventual), "0", "0", "1");
    }

    /**
     * Bob's March: s skips first_appointment (lead 2, proposal 4, won 20); b moves back (lead 3,
     * first_appointment 5, lead 9, first_appointment 11, proposal 16); l is lost (lead 4, lost 10); p
     * entered lead in February and first_appointment on 2 March.
     */
    private static ActivityLog skipsAndBackwardMoves() {
        ActivityLog log = ActivityLog.create();
        log.append(Opportunity.builder("s", "bob", SALES).account("s").amount(eur(1_000))
                .enter("lead", march(2)).enter("proposal", march(4)).won(march(20)).build());
        log.append(Opportunity.builder("b", "bob", SALES).account("b").amount(eur(1_000))
                .enter("lead", march(3)).enter("first_appointment", march(5)).enter("lead", march(9))
                .enter("first_appointment", march(11)).enter("proposal", march(16)).build());
        log.append(Opportunity.builder("l", "bob", SALES).account("l").amount(eur(1_000))
                .enter("lead", march(4)).lost(march(10)).build());
        log.append(Opportunity.builder("p", "bob", SALES).account("p").amount(eur(1_000))
                .enter("lead", LocalDate.of(2026, 2, 20)).enter("first_appointment", march(2)).build());
        return log;
    }

    @Test
    void stageConversion_skippedStageAndBackwardMove_leadToFirstAppointment() {
        Kpi cohortEventual = conversion("lead", "first_appointment", Basis.COHORT, Reach.EVENTUAL);
        Kpi cohortDirect = conversion("lead", "first_appointment", Basis.COHORT, Reach.DIRECT);
        Kpi flowEventual = conversion("lead", "first_appointment", Basis.FLOW, Reach.EVENTUAL);
        Kpi flowDirect = conversion("lead", "first_appointment", Basis.FLOW, Reach.DIRECT);

        ScorecardResult result = evaluate(skipsAndBackwardMoves(), MARCH, Grouping.byRep(),
                cohortEventual, cohortDirect, flowEventual, flowDirect);

        // Cohort {s, b, l} (p entered lead in February; b's second lead entry does not count):
        // eventual s (skipped to proposal) and b: 2 of 3; direct only b: 1 of 3; l went to lost.
        assertRatio(result.result(ScopeKey.of("bob"), cohortEventual), "0.6666666667", "2", "3");
        assertThat(result.result(ScopeKey.of("bob"), cohortEventual).sampleSize()).isEqualTo(3);
        assertRatio(result.result(ScopeKey.of("bob"), cohortDirect), "0.3333333333", "1", "3");
        // Flow: the same 3 entries; arrivals in March at first_appointment or beyond: s (4th), b (5th),
        // p (2nd) = 3 of 3; directly from lead: b and p = 2 of 3.
        assertRatio(result.result(ScopeKey.of("bob"), flowEventual), "1", "3", "3");
        assertRatio(result.result(ScopeKey.of("bob"), flowDirect), "0.6666666667", "2", "3");
    }

    @Test
    void stageConversion_skippedStageAndBackwardMove_firstAppointmentToProposal() {
        Kpi cohortEventual = conversion("first_appointment", "proposal", Basis.COHORT, Reach.EVENTUAL);
        Kpi cohortDirect = conversion("first_appointment", "proposal", Basis.COHORT, Reach.DIRECT);
        Kpi flowEventual = conversion("first_appointment", "proposal", Basis.FLOW, Reach.EVENTUAL);
        Kpi flowDirect = conversion("first_appointment", "proposal", Basis.FLOW, Reach.DIRECT);

        ScorecardResult result = evaluate(skipsAndBackwardMoves(), MARCH, Grouping.byRep(),
                cohortEventual, cohortDirect, flowEventual, flowDirect);

        // Cohort {b (5th), p (2nd)}; s skipped first_appointment and is not in it. b reached proposal
        // on the 16th, but its next entry after the 5th was lead: eventual 1 of 2, direct 0 of 2.
        assertRatio(result.result(ScopeKey.of("bob"), cohortEventual), "0.5", "1", "2");
        assertRatio(result.result(ScopeKey.of("bob"), cohortDirect), "0", "0", "2");
        // Flow: entries b and p; arrivals at proposal: b on the 16th (not direct).
        assertRatio(result.result(ScopeKey.of("bob"), flowEventual), "0.5", "1", "2");
        assertRatio(result.result(ScopeKey.of("bob"), flowDirect), "0", "0", "2");
    }

    @Test
    void salesVelocity_javadocExample_isOneThousandADay() {
        ActivityLog log = ActivityLog.create();
        // Won EUR 10,000, created 30 January, won 21 March: 1 + 28 + 21 = 50 days.
        won(log, "ann", "acme", 10_000, LocalDate.of(2026, 1, 30), march(21));
        lost(log, "ann", march(2), march(10));
        lost(log, "ann", march(2), march(11));
        lost(log, "ann", march(2), march(12));
        // Open on 31 March: 19 still open and one lost on 5 April = 20.
        for (int i = 0; i < 19; i++) {
            open(log, "ann", 5_000, march(2));
        }
        lost(log, "ann", march(2), LocalDate.of(2026, 4, 5));
        // Neither open on 31 March nor closed in March.
        open(log, "ann", 5_000, LocalDate.of(2026, 4, 1));
        lost(log, "ann", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 20));

        KpiResult ann = evaluate(log, MARCH, Grouping.byRep(), VELOCITY).result(ScopeKey.of("ann"), VELOCITY);

        // 20 open x 1/4 won x EUR 10,000 / 50 days = EUR 1,000 a day; sample: 4 deals closed.
        assertValue(ann, "1000", 4);
        assertThat(ann).isInstanceOfSatisfying(KpiResult.Defined.class,
                d -> assertThat(d.unit()).isEqualTo(KpiUnit.MONEY));
    }

    @Test
    void salesVelocity_nothingClosedNothingWonOrZeroCycle_isUndefinedWithEachReason() {
        ActivityLog log = ActivityLog.create();
        open(log, "bob", 5_000, march(2));
        lost(log, "carl", march(2), march(10));
        lost(log, "carl", march(3), march(11));
        open(log, "carl", 5_000, march(2));
        // Created and won on the same day: a cycle of 0 days.
        won(log, "dora", "delta", 10_000, march(10), march(10));
        open(log, "dora", 5_000, march(2));

        ScorecardResult result = evaluate(log, MARCH, Grouping.byRep(), VELOCITY);

        assertThat(result.result(ScopeKey.of("bob"), VELOCITY))
                .isEqualTo(KpiResult.undefined("no deals closed in the period", VELOCITY.unit(), 0));
        assertThat(result.result(ScopeKey.of("carl"), VELOCITY))
                .isEqualTo(KpiResult.undefined("no deals won in the period", VELOCITY.unit(), 2));
        assertThat(result.result(ScopeKey.of("dora"), VELOCITY))
                .isEqualTo(KpiResult.undefined("mean sales cycle is zero days", VELOCITY.unit(), 1));
    }

    private static ActivityLog coverageLog() {
        ActivityLog log = ActivityLog.create();
        // Ann: EUR 150,000 + 150,000 open on 31 March; EUR 100,000 won in March.
        open(log, "ann", 150_000, LocalDate.of(2026, 2, 10));
        open(log, "ann", 150_000, march(5));
        won(log, "ann", "acme", 100_000, march(2), march(16));
        // Not counted: won in February, created in April, lost in March.
        won(log, "ann", "beta", 50_000, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 20));
        open(log, "ann", 80_000, LocalDate.of(2026, 4, 1));
        lost(log, "ann", march(1), march(20));
        // Bob won EUR 250,000, one deal open; carl won exactly the target, none open.
        won(log, "bob", "gamma", 250_000, march(2), march(9));
        open(log, "bob", 10_000, march(3));
        won(log, "carl", "delta", 200_000, march(2), march(9));
        return log;
    }

    @Test
    void pipelineCoverage_javadocExample_isThree() {
        ScorecardResult result = evaluate(coverageLog(), MARCH, Grouping.byRep(), COVERAGE);

        // 300,000 / (200,000 - 100,000) = 3, over the 2 open opportunities.
        KpiResult ann = result.result(ScopeKey.of("ann"), COVERAGE);
        assertRatio(ann, "3", "300000", "100000");
        assertThat(ann.sampleSize()).isEqualTo(2);
        assertThat(((KpiResult.Defined) ann).unit()).isEqualTo(KpiUnit.NUMBER);
    }

    @Test
    void pipelineCoverage_targetMetOrExceeded_isUndefined() {
        ScorecardResult result = evaluate(coverageLog(), MARCH, Grouping.byRep(), COVERAGE);

        // Bob: 200,000 - 250,000 < 0; carl: 200,000 - 200,000 = 0.
        assertThat(result.result(ScopeKey.of("bob"), COVERAGE)).isEqualTo(KpiResult.undefined("target already met", COVERAGE.unit(), 1));
        assertThat(result.result(ScopeKey.of("carl"), COVERAGE)).isEqualTo(KpiResult.undefined("target already met", COVERAGE.unit(), 0));
    }

    @Test
    void pipelineCoverage_targetInAnotherCurrency_throwsAtEvaluation() {
        Kpi inDollars = Kpis.pipelineCoverage(Money.of("USD", 200_000));

        assertThatThrownBy(() -> evaluate(coverageLog(), MARCH, Grouping.byRep(), inDollars))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Currencies differ: EUR/USD");
    }

    private static ActivityLog walletLog() {
        ActivityLog log = ActivityLog.create();
        log.append(new AccountWallet("acme", "ann", eur(120_000)));
        log.append(new AccountWallet("beta", "cid", eur(50_000)));
        // Bob owns the March deal, but acme is ann's account.
        won(log, "bob", "acme", 30_000, march(2), march(10));
        // gamma has no known spend: left out of both sides.
        won(log, "ann", "gamma", 40_000, march(2), march(12));
        won(log, "ann", "acme", 20_000, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 20));
        return log;
    }

    @Test
    void shareOfWallet_javadocExample_countsRevenueForTheWalletsOwner() {
        ScorecardResult result = evaluate(walletLog(), MARCH, Grouping.byRep(), SHARE_OF_WALLET);

        // Ann: 30,000 won from acme (by bob) / 120,000 = 25 %, one account.
        KpiResult ann = result.result(ScopeKey.of("ann"), SHARE_OF_WALLET);
        assertRatio(ann, "0.25", "30000", "120000");
        assertThat(ann.sampleSize()).isEqualTo(1);
        // Cid: nothing won from beta: 0 / 50,000.
        assertRatio(result.result(ScopeKey.of("cid"), SHARE_OF_WALLET), "0", "0", "50000");
        assertThat(result.result(ScopeKey.of("bob"), SHARE_OF_WALLET))
                .isEqualTo(KpiResult.undefined("no accounts with a known spend", SHARE_OF_WALLET.unit(), 0));
    }

    @Test
    void shareOfWallet_byRepAndMonth_setsEachMonthAgainstTheWholeSpend() {
        SalesPeriod februaryAndMarch = SalesPeriod.of(LocalDate.of(2026, 2, 1), march(31));

        ScorecardResult result = evaluate(walletLog(), februaryAndMarch, Grouping.byRepAndMonth(), SHARE_OF_WALLET);

        // February 20,000 / 120,000; March 30,000 / 120,000.
        assertRatio(result.result(TestScopes.at(result, "ann", "2026-02-01"), SHARE_OF_WALLET), "0.1666666667", "20000", "120000");
        assertRatio(result.result(TestScopes.at(result, "ann", "2026-03-01"), SHARE_OF_WALLET), "0.25", "30000", "120000");
    }

    @Test
    void append_walletTwiceForOneAccount_isRefused() {
        ActivityLog log = walletLog();

        assertThatThrownBy(() -> log.append(new AccountWallet("acme", "bob", eur(1_000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("wallet must not be appended twice for account: acme");
    }

    @Test
    void referralShareOfNewClients_countsTheSourceOfEachAccountsFirstWin() {
        ActivityLog log = ActivityLog.create();
        won(log, "ann", "acme", Source.CLIENT_REFERRAL, march(5));
        won(log, "ann", "beta", Source.COLD_OUTREACH, march(6));
        won(log, "ann", "gamma", Source.PARTNER_REFERRAL, march(7));
        won(log, "ann", "acme", Source.CLIENT_REFERRAL, march(20));
        won(log, "ann", "delta", Source.CLIENT_REFERRAL, LocalDate.of(2026, 2, 10));
        won(log, "ann", "delta", Source.CLIENT_REFERRAL, march(11));
        won(log, "ann", "epsilon", Source.COLD_OUTREACH, march(12));
        won(log, "ann", "epsilon", Source.CLIENT_REFERRAL, march(13));
        won(log, "bob", "acme", Source.INBOUND, march(15));

        ScorecardResult result = evaluate(log, MARCH, Grouping.byRep(), REFERRAL_SHARE);

        assertThat(REFERRAL_SHARE.id()).isEqualTo("referral_share");
        // New in March: acme, beta, gamma, epsilon (delta was first won in February); their first
        // wins came by referral for acme and gamma: 2 / 4.
        assertRatio(result.result(ScopeKey.of("ann"), REFERRAL_SHARE), "0.5", "2", "4");
        // Bob's acme was won before: no new account.
        assertUndefined(result.result(ScopeKey.of("bob"), REFERRAL_SHARE), "New accounts won is zero");
    }

    @Test
    void productiveVisitRate_ordersAndReferralListsOverVisitsOfTheGivenTypes() {
        ActivityLog log = ActivityLog.create();
        visit(log, "ann", ActivityType.SITE_VISIT, Outcome.ORDER_COMMITMENT, march(3));
        visit(log, "ann", ActivityType.SITE_VISIT, Outcome.NONE, march(4));
        visit(log, "ann", ActivityType.FIRST_APPOINTMENT, Outcome.REFERRAL_LIST, march(5));
        visit(log, "ann", ActivityType.FIRST_APPOINTMENT, Outcome.ADVANCED, march(6));
        visit(log, "ann", ActivityType.SITE_VISIT, Outcome.REFERRAL_LIST, LocalDate.of(2026, 2, 27));
        visit(log, "ann", ActivityType.DEMO, Outcome.ORDER_COMMITMENT, march(9));
        log.append(Activity.of("bob", ActivityType.COLD_CALL, march(3)));

        ScorecardResult result = evaluate(log, MARCH, Grouping.byRep(), PRODUCTIVE_VISITS);

        assertThat(PRODUCTIVE_VISITS.id()).isEqualTo("productive_visits(site_visit,first_appointment)");
        // March visits: 2 site visits and 2 first appointments; productive: the order and the referral
        // list = 2 / 4 (the February visit and the demo do not count).
        assertRatio(result.result(ScopeKey.of("ann"), PRODUCTIVE_VISITS), "0.5", "2", "4");
        assertUndefined(result.result(ScopeKey.of("bob"), PRODUCTIVE_VISITS), "Site visit count plus First appointment count is zero");
    }

    private static ActivityLog sellingLog() {
        ActivityLog log = ActivityLog.create();
        timed(log, "ann", ActivityType.ON_SITE_SESSION, 10, march(3));
        timed(log, "ann", ActivityType.ON_SITE_SESSION, 10, march(10));
        timed(log, "ann", ActivityType.ON_SITE_SESSION, 10, march(17));
        timed(log, "ann", ActivityType.SOCIAL_SELLING, 7, march(4));
        timed(log, "ann", ActivityType.SOCIAL_SELLING, 7, march(11));
        timed(log, "ann", ActivityType.SOCIAL_SELLING, 5, LocalDate.of(2026, 2, 27));
        log.append(Activity.of("ann", ActivityType.SITE_VISIT, march(12)));
        timed(log, "bob", ActivityType.ON_SITE_SESSION, 11, march(5));
        return log;
    }

    @Test
    void sellingTimeShare_sellingHoursOverTheCalendarsWorkingHours() {
        ScorecardResult result = evaluate(sellingLog(), MARCH, Grouping.byRep(), SELLING_TIME);

        // Standard calendar: 8 hours x 22 working days = 176 hours in March.
        assertThat(WorkCalendar.standard().workingHours(MARCH)).isEqualByComparingTo("176");
        // Ann 3 x 10 + 2 x 7 = 44 hours (February left out): 44 / 176 = 25 %; bob 11 / 176 = 6.25 %.
        assertRatio(result.result(ScopeKey.of("ann"), SELLING_TIME), "0.25", "44", "176");
        assertRatio(result.result(ScopeKey.of("bob"), SELLING_TIME), "0.0625", "11", "176");
    }

    @Test
    void sellingTimeShare_ofAUnit_countsTheWorkingHoursOfEveryRepBelowIt() {
        ScorecardResult result = evaluate(sellingLog(), MARCH, Grouping.byOrgUnit(TEAM), SELLING_TIME);

        // (44 + 11) / (176 x 3 reps, cid logged nothing) = 55 / 528 = 0.10416666...
        assertRatio(result.result(ScopeKey.of("team"), SELLING_TIME), "0.1041666667", "55", "528");
    }

    @Test
    void sellingTimeShare_periodWithoutWorkingDays_isUndefined() {
        ScorecardResult result = evaluate(sellingLog(), MARCH_WEEKEND, Grouping.byRep(), SELLING_TIME);

        assertUndefined(result.result(ScopeKey.of("ann"), SELLING_TIME), "Working hours is zero");
    }

    @Test
    void sumDifferenceAndScaled_ofCounts_addSubtractAndMultiply() {
        ActivityLog log = ActivityLog.create();
        activities(log, "ann", ActivityType.COLD_CALL, 3, march(3));
        activities(log, "ann", ActivityType.PROSPECTING_CALL, 2, march(4));
        Kpi sum = Kpis.sum(CALLS, PROSPECTING_CALLS);
        Kpi difference = Kpis.difference(CALLS, PROSPECTING_CALLS);
        Kpi scaled = Kpis.scaled(CALLS, new BigDecimal("1.5"));
        Kpi sumOfWinRate = Kpis.sum(WIN_RATE);
        Kpi winRateLessReferred = Kpis.difference(WIN_RATE, Kpis.where(WIN_RATE, Condition.referral()));

        ScorecardResult result = evaluate(log, MARCH, Grouping.byRep(), sum, difference, scaled, sumOfWinRate,
                winRateLessReferred);

        assertThat(sum.id()).isEqualTo("sum(count(cold_call),count(prospecting_call))");
        assertThat(difference.id()).isEqualTo("difference(count(cold_call),count(prospecting_call))");
        assertThat(scaled.id()).isEqualTo("scaled(count(cold_call),1.5)");
        // 3 + 2 = 5; 3 - 2 = 1; 3 x 1.5 = 4.5.
        assertValue(result.result(ScopeKey.of("ann"), sum), "5", 5);
        assertValue(result.result(ScopeKey.of("ann"), difference), "1");
        assertValue(result.result(ScopeKey.of("ann"), scaled), "4.5");
        // Ann closed no deal: the undefined term passes its reason on.
        assertUndefined(result.result(ScopeKey.of("ann"), sumOfWinRate), "no deals closed in the period");
        assertUndefined(result.result(ScopeKey.of("ann"), winRateLessReferred), "no deals closed in the period");
    }

    @Test
    void sum_termsOfDifferentUnits_isRefused() {
        assertThatThrownBy(() -> Kpis.sum(CALLS, WIN_RATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("units must match: count(cold_call) is COUNT, win_rate is PERCENT");
    }

    @Test
    void scaled_zeroFactor_isRefused() {
        assertThatThrownBy(() -> Kpis.scaled(CALLS, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("factor must not be zero: 0");
    }

    private static ActivityLog callsInFebruaryAndMarch() {
        ActivityLog log = ActivityLog.create();
        activities(log, "ann", ActivityType.COLD_CALL, 30, LocalDate.of(2026, 2, 10));
        activities(log, "bob", ActivityType.COLD_CALL, 12, LocalDate.of(2026, 2, 11));
        activities(log, "ann", ActivityType.COLD_CALL, 42, march(10));
        return log;
    }

    @Test
    void perWeekAndPerWorkingDay_monthWithAHoliday_divideByItsWorkingTime() {
        Kpi perWeek = Kpis.perWeek(CALLS, WITH_HOLIDAYS);
        Kpi perDay = Kpis.perWorkingDay(CALLS, WITH_HOLIDAYS);

        ScorecardResult february = evaluate(callsInFebruaryAndMarch(), FEBRUARY, Grouping.byRep(), perWeek, perDay);
        ScorecardResult march = evaluate(callsInFebruaryAndMarch(), MARCH, Grouping.byRep(), perWeek, perDay);

        assertThat(perWeek.id()).isEqualTo("per_week(count(cold_call))");
        assertThat(perDay.id()).isEqualTo("per_working_day(count(cold_call))");
        // February: 20 weekdays - 1 holiday = 19 working days = 3.8 weeks. 30 / 3.8 = 7.894736842105...;
        // 30 / 19 = 1.578947368421...
        assertValue(february.result(ScopeKey.of("ann"), perWeek), "7.8947368421");
        assertValue(february.result(ScopeKey.of("ann"), perDay), "1.5789473684");
        // March: 22 - 1 = 21 working days = 4.2 weeks. 42 / 21 = 2; 42 / 4.2 = 10.
        assertValue(march.result(ScopeKey.of("ann"), perDay), "2");
        assertValue(march.result(ScopeKey.of("ann"), perWeek), "10");
    }

    @Test
    void perWeek_ofAUnit_isTheUnitsTotalPerWeek() {
        Kpi perWeek = Kpis.perWeek(CALLS, WITH_HOLIDAYS);

        ScorecardResult result = evaluate(callsInFebruaryAndMarch(), FEBRUARY, Grouping.byOrgUnit(TEAM), perWeek);

        // (30 + 12) / 3.8 = 11.052631578947..., not per rep.
        assertValue(result.result(ScopeKey.of("team"), perWeek), "11.0526315789");
    }

    @Test
    void perWeekAndPerWorkingDay_periodWithoutWorkingDays_isUndefined() {
        Kpi perWeek = Kpis.perWeek(CALLS, WITH_HOLIDAYS);
        Kpi perDay = Kpis.perWorkingDay(CALLS, WITH_HOLIDAYS);

        ScorecardResult weekend = evaluate(callsInFebruaryAndMarch(), MARCH_WEEKEND, Grouping.byRep(), perWeek, perDay);

        assertUndefined(weekend.result(ScopeKey.of("ann"), perWeek), "no working days in the period");
        assertUndefined(weekend.result(ScopeKey.of("ann"), perDay), "no working days in the period");
    }

    @Test
    void where_outcomeAttributeSourceAndReferral_filterWhatCounts() {
        ActivityLog log = ActivityLog.create();
        log.append(Activity.builder("ann", ActivityType.COLD_CALL, march(2)).outcome(Outcome.REFERRAL_LIST)
                .attribute("segment", "smb").build());
        log.append(Activity.builder("ann", ActivityType.COLD_CALL, march(3)).attribute("segment", "smb").build());
        log.append(Activity.builder("ann", ActivityType.COLD_CALL, march(4)).outcome(Outcome.ORDER_COMMITMENT)
                .attribute("segment", "enterprise").build());
        log.append(Activity.builder("ann", ActivityType.COLD_CALL, march(5)).outcome(Outcome.REFERRAL_LIST).build());
        log.append(Activity.of("ann", ActivityType.COLD_CALL, march(6)));
        log.append(Opportunity.builder("won-inbound", "ann", SALES).account("acme").source(Source.INBOUND)
                .amount(eur(1_000)).enter("lead", march(2)).won(march(10)).build());
        log.append(Opportunity.builder("won-referral", "ann", SALES).account("beta").source(Source.CLIENT_REFERRAL)
                .amount(eur(1_000)).enter("lead", march(2)).won(march(11)).build());
        log.append(Opportunity.builder("lost-cold", "ann", SALES).account("gamma").source(Source.COLD_OUTREACH)
                .amount(eur(1_000)).enter("lead", march(2)).lost(march(12)).build());
        log.append(Opportunity.builder("lost-inbound", "ann", SALES).account("delta").source(Source.INBOUND)
                .amount(eur(1_000)).enter("lead", march(2)).lost(march(13)).build());
        Kpi productiveCalls = Kpis.where(CALLS, Condition.outcomeIn(Outcome.REFERRAL_LIST, Outcome.ORDER_COMMITMENT));
        Kpi smbCalls = Kpis.where(CALLS, Condition.attribute("segment", "smb"));
        Kpi smbReferralCalls = Kpis.where(smbCalls, Condition.outcomeIn(Outcome.REFERRAL_LIST));
        Kpi inboundWinRate = Kpis.where(WIN_RATE, Condition.sourceIn(Source.INBOUND));
        Kpi referredWinRate = Kpis.where(WIN_RATE, Condition.referral());

        ScorecardResult result = evaluate(log, MARCH, Grouping.byRep(), CALLS, productiveCalls, smbCalls,
                smbReferralCalls, WIN_RATE, inboundWinRate, referredWinRate);

        assertThat(productiveCalls.id()).isEqualTo("where(count(cold_call),outcome(order_commitment,referral_list))");
        assertThat(smbCalls.id()).isEqualTo("where(count(cold_call),attribute(\"segment\",\"smb\"))");
        assertThat(inboundWinRate.id()).isEqualTo("where(win_rate,source(inbound))");
        assertThat(referredWinRate.id()).isEqualTo("where(win_rate,referral)");
        assertValue(result.result(ScopeKey.of("ann"), CALLS), "5");
        // Calls of the 2nd (referral list), 4th (order) and 5th (referral list).
        assertValue(result.result(ScopeKey.of("ann"), productiveCalls), "3");
        // smb: the 2nd and 3rd; the calls without the attribute fail it.
        assertValue(result.result(ScopeKey.of("ann"), smbCalls), "2");
        // Both conditions: the 2nd only.
        assertValue(result.result(ScopeKey.of("ann"), smbReferralCalls), "1");
        // All deals 2 / 4; inbound 1 won of 2 closed; referral 1 of 1.
        assertRatio(result.result(ScopeKey.of("ann"), WIN_RATE), "0.5", "2", "4");
        assertRatio(result.result(ScopeKey.of("ann"), inboundWinRate), "0.5", "1", "2");
        assertRatio(result.result(ScopeKey.of("ann"), referredWinRate), "1", "1", "1");
    }

    @Test
    void where_activityConditionOnWinRate_isRefused() {
        assertThatThrownBy(() -> Kpis.where(WIN_RATE, Condition.outcomeIn(Outcome.REFERRAL_LIST)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("condition must apply to what win_rate counts: an outcome, attribute or client condition"
                        + " filters activities, win_rate counts opportunities");
    }

    @Test
    void where_clientConditionOnNewAccounts_isRefused() {
        assertThatThrownBy(() -> Kpis.where(Kpis.newAccountsWon(), Condition.existingClient()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("condition must apply to what new_accounts counts: an outcome, attribute or client"
                        + " condition filters activities, new_accounts counts opportunities");
    }

    @Test
    void where_sourceConditionOnACountOfActivities_isRefused() {
        assertThatThrownBy(() -> Kpis.where(CALLS, Condition.referral()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("condition must apply to what count(cold_call) counts: a source filters"
                        + " opportunities, count(cold_call) counts activities");
    }

    @Test
    void attainmentAndGapToTarget_thirteenNewAccountsAgainstTwenty() {
        ActivityLog log = ActivityLog.create();
        for (int i = 0; i < 13; i++) {
            won(log, "ann", "account-" + i, 1_000, march(2), march(3 + i));
        }
        open(log, "bob", 1_000, march(2));
        Kpi attainment = Kpis.attainment(NEW_ACCOUNTS, new BigDecimal("20"));
        Kpi gap = Kpis.gapToTarget(NEW_ACCOUNTS, new BigDecimal("20"));
        Kpi winRateAttainment = Kpis.attainment(WIN_RATE, new BigDecimal("0.5"));

        ScorecardResult result = evaluate(log, MARCH, Grouping.byRep(), attainment, gap, winRateAttainment);

        assertThat(attainment.id()).isEqualTo("attainment(new_accounts,20)");
        assertThat(gap.id()).isEqualTo("gap_to_target(new_accounts,20)");
        // 13 / 20 = 65 %; 13 - 20 = -7.
        assertValue(result.result(ScopeKey.of("ann"), attainment), "0.65");
        assertValue(result.result(ScopeKey.of("ann"), gap), "-7");
        // Ann won 13 of 13: 1 / 0.5 = 2.
        assertValue(result.result(ScopeKey.of("ann"), winRateAttainment), "2");
        assertUndefined(result.result(ScopeKey.of("bob"), winRateAttainment), "no deals closed in the period");
    }

    @Test
    void attainment_zeroTarget_isRefused() {
        assertThatThrownBy(() -> Kpis.attainment(CALLS, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be positive: 0");
    }

    @Test
    void previousPeriodAndChange_byRepOverAMonth_readTheMonthBefore() {
        ActivityLog log = ActivityLog.create();
        activities(log, "ann", ActivityType.COLD_CALL, 7, LocalDate.of(2026, 1, 20));
        activities(log, "ann", ActivityType.COLD_CALL, 50, LocalDate.of(2026, 2, 10));
        activities(log, "ann", ActivityType.COLD_CALL, 60, march(10));
        activities(log, "bob", ActivityType.COLD_CALL, 5, march(10));
        Kpi previous = Kpis.previousPeriod(CALLS);
        Kpi change = Kpis.changeFromPreviousPeriod(CALLS);

        ScorecardResult result = evaluate(log, MARCH, Grouping.byRep(), CALLS, previous, change);

        assertThat(previous.id()).isEqualTo("previous(count(cold_call))");
        assertThat(change.id()).isEqualTo("change(count(cold_call))");
        // Ann: 60 after 50 (January's 7 do not count): +20 %.
        assertValue(result.result(ScopeKey.of("ann"), CALLS), "60");
        assertValue(result.result(ScopeKey.of("ann"), previous), "50");
        assertValue(result.result(ScopeKey.of("ann"), change), "0.2");
        // Bob: 5 after 0.
        assertValue(result.result(ScopeKey.of("bob"), previous), "0");
        assertUndefined(result.result(ScopeKey.of("bob"), change), "Cold call count (previous period) is zero");
    }

    @Test
    void previousPeriodAndChange_byRepAndMonthOverAQuarter_readTheMonthBeforeEachMonth() {
        ActivityLog log = ActivityLog.create();
        activities(log, "ann", ActivityType.COLD_CALL, 9, LocalDate.of(2026, 2, 10));
        activities(log, "ann", ActivityType.COLD_CALL, 4, march(10));
        activities(log, "ann", ActivityType.COLD_CALL, 6, LocalDate.of(2026, 4, 10));
        activities(log, "ann", ActivityType.COLD_CALL, 3, LocalDate.of(2026, 5, 12));
        Kpi previous = Kpis.previousPeriod(CALLS);
        Kpi change = Kpis.changeFromPreviousPeriod(CALLS);

        ScorecardResult result = evaluate(log, SECOND_QUARTER, Grouping.byRepAndMonth(), CALLS, previous, change);

        assertThat(result.scopes()).extracting(ScopeKey::toString).containsExactly("ann/2026-04-01", "ann/2026-05-01", "ann/2026-06-01");
        // April's previous is March (4), May's is April (6), June's is May (3).
        assertValue(result.result(TestScopes.at(result, "ann", "2026-04-01"), previous), "4");
        assertValue(result.result(TestScopes.at(result, "ann", "2026-05-01"), previous), "6");
        assertValue(result.result(TestScopes.at(result, "ann", "2026-06-01"), previous), "3");
        // (6 - 4) / 4 = 50 %; (3 - 6) / 6 = -50 %; (0 - 3) / 3 = -100 %.
        assertValue(result.result(TestScopes.at(result, "ann", "2026-04-01"), change), "0.5");
        assertValue(result.result(TestScopes.at(result, "ann", "2026-05-01"), change), "-0.5");
        assertValue(result.result(TestScopes.at(result, "ann", "2026-06-01"), change), "-1");
    }

    @Test
    void previousPeriod_ofAKpiThatLooksBack_isRefused() {
        Kpi previous = Kpis.previousPeriod(CALLS);

        assertThatThrownBy(() -> Kpis.previousPeriod(previous))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operand must not look back to a previous period itself: previous(count(cold_call))");
    }

    @Test
    void withTarget_statusOfTheScope_judgesByTheCarriedTarget() {
        ActivityLog log = ActivityLog.create();
        activities(log, "ann", ActivityType.COLD_CALL, 6, march(3));
        activities(log, "bob", ActivityType.COLD_CALL, 4, march(3));
        activities(log, "carl", ActivityType.COLD_CALL, 2, march(3));
        Kpi targeted = CALLS.withTarget(Target.of(new BigDecimal("5"), new BigDecimal("3"), 0));
        Kpi needsTenCalls = CALLS.named("calls_judged", "Calls judged")
                .withTarget(Target.of(new BigDecimal("5"), new BigDecimal("3"), 10));

        ScorecardResult result = evaluate(log, MARCH, Grouping.byRep(), targeted, needsTenCalls, PROSPECTING_CALLS);

        assertThat(targeted.id()).isEqualTo("count(cold_call)");
        // Target 5, red below 3: 6 green, 4 amber, 2 red.
        assertThat(result.status(ScopeKey.of("ann"), targeted)).contains(Status.GREEN);
        assertThat(result.status(ScopeKey.of("bob"), targeted)).contains(Status.AMBER);
        assertThat(result.status(ScopeKey.of("carl"), targeted)).contains(Status.RED);
        // 6 calls are fewer than the 10 the second target needs.
        assertThat(result.status(ScopeKey.of("ann"), needsTenCalls)).contains(Status.NOT_JUDGED);
        assertThat(result.status(ScopeKey.of("ann"), PROSPECTING_CALLS)).isEqualTo(Optional.empty());
    }

    @Test
    void withTarget_kpiCarryingATarget_replacesIt() {
        Kpi targeted = CALLS.withTarget(Target.of(new BigDecimal("5")));

        assertThat(targeted.withTarget(Target.of(new BigDecimal("6"))).target()).contains(Target.of(new BigDecimal("6")));
    }

    @Test
    void byRepAndMonth_periodCutMidMonth_keysEachMonthByItsFirstDayInThePeriod() {
        ActivityLog log = ActivityLog.create();
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1), march(10), march(11)}) {
            log.append(Activity.of("ann", ActivityType.COLD_CALL, day));
        }
        log.append(Activity.of("bob", ActivityType.COLD_CALL, LocalDate.of(2026, 2, 20)));
        SalesPeriod cut = SalesPeriod.of(LocalDate.of(2026, 1, 15), march(10));
        Kpi perDay = Kpis.perWorkingDay(CALLS, WorkCalendar.standard());

        ScorecardResult result = evaluate(log, cut, Grouping.byRepAndMonth(), CALLS, perDay);

        assertThat(result.scopes()).extracting(ScopeKey::toString).containsExactly("ann/2026-01-15", "ann/2026-02-01", "ann/2026-03-01",
                "bob/2026-01-15", "bob/2026-02-01", "bob/2026-03-01");
        // 14 January and 11 March lie outside the period.
        assertValue(result.result(TestScopes.at(result, "ann", "2026-01-15"), CALLS), "2");
        assertValue(result.result(TestScopes.at(result, "ann", "2026-02-01"), CALLS), "1");
        assertValue(result.result(TestScopes.at(result, "ann", "2026-03-01"), CALLS), "1");
        assertValue(result.result(TestScopes.at(result, "bob", "2026-02-01"), CALLS), "1");
        assertValue(result.result(TestScopes.at(result, "bob", "2026-03-01"), CALLS), "0");
        // The cut months: 15-31 January has 12 working days (15, 16, 19-23, 26-30): 2 / 12;
        // 1-10 March has 7 (2-6, 9, 10): 1 / 7 = 0.142857142857...
        assertValue(result.result(TestScopes.at(result, "ann", "2026-01-15"), perDay), "0.1666666667");
        assertValue(result.result(TestScopes.at(result, "ann", "2026-03-01"), perDay), "0.1428571429");
    }

    @Test
    void byRepAndQuarter_periodCutAtBothEnds_splitsAtQuarterStarts() {
        ActivityLog log = ActivityLog.create();
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 15), march(31),
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15),
                LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 11)}) {
            log.append(Activity.of("ann", ActivityType.COLD_CALL, day));
        }
        SalesPeriod cut = SalesPeriod.of(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 8, 10));

        ScorecardResult result = evaluate(log, cut, Grouping.byRepAndQuarter(), CALLS);

        assertThat(result.scopes()).extracting(ScopeKey::toString).containsExactly("ann/2026-02-15", "ann/2026-04-01", "ann/2026-07-01");
        // Q1 from 15 February: 15 Feb, 31 Mar; Q2: 1 Apr; Q3 to 10 August: 1 Jul, 15 Jul, 10 Aug.
        assertValue(result.result(TestScopes.at(result, "ann", "2026-02-15"), CALLS), "2");
        assertValue(result.result(TestScopes.at(result, "ann", "2026-04-01"), CALLS), "1");
        assertValue(result.result(TestScopes.at(result, "ann", "2026-07-01"), CALLS), "3");
    }

    @Test
    void compareWithPeers_ofACount_isAgainstTheAveragePeer() {
        ActivityLog log = ActivityLog.create();
        activities(log, "ann", ActivityType.COLD_CALL, 10, march(3));
        activities(log, "bob", ActivityType.COLD_CALL, 20, march(4));
        activities(log, "cid", ActivityType.COLD_CALL, 30, march(5));
        Kpi gap = Kpis.peerGap(CALLS);

        ScorecardResult result = evaluate(log, MARCH, Grouping.byRep(), CALLS, gap);
        PeerComparison ann = result.compareWithPeers(ScopeKey.of("ann"), CALLS);

        // Peers bob and cid: (20 + 30) / 2 = 25; (10 - 25) / 25 = -0.6; ann beats neither.
        assertValue(ann.peerValue(), "25");
        assertThat(ann.peerCount()).isEqualTo(2);
        assertThat(ann.gap()).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("-0.6"));
        assertThat(ann.percentileRank()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0"));
        assertValue(result.result(ScopeKey.of("ann"), gap), "-0.6");
        // Cid against (10 + 20) / 2 = 15: (30 - 15) / 15 = +100 %.
        assertValue(result.result(ScopeKey.of("cid"), gap), "1");
    }
}
