package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Rep;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Kpis;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EngineTest {

    private static final Pipeline SALES = Pipeline.of("lead", "first_appointment", "proposal");
    private static final SalesPeriod MARCH_2026 = SalesPeriod.ofMonth(YearMonth.of(2026, 3));
    private static final Money EUR_30_000 = Money.of("EUR", 30_000);
    private static final Money EUR_5_000_50 = Money.of("EUR", new BigDecimal("5000.50"));
    private static final Money EUR_10_000 = Money.of("EUR", 10_000);

    private static final Kpi COLD_CALLS = Kpis.activityCount(ActivityType.COLD_CALL);
    private static final Kpi COLD_CALLS_WITH_REFERRALS =
            Kpis.activityCount(ActivityType.COLD_CALL, Outcome.REFERRAL_LIST);
    private static final Kpi SOCIAL_SELLING_HOURS = Kpis.totalHours(ActivityType.SOCIAL_SELLING);
    private static final Kpi WIN_RATE = Kpis.winRate();
    private static final Kpi AVERAGE_REVENUE = Kpis.averageRevenuePerSale();
    private static final Kpi MEAN_CYCLE = Kpis.meanSalesCycleDays();
    private static final Kpi NEW_ACCOUNTS = Kpis.newAccountsWon();
    private static final Kpi LEAD_TO_APPOINTMENT = Kpis.stageConversion(SALES, "lead", "first_appointment");
    private static final Kpi APPOINTMENT_TO_PROPOSAL = Kpis.stageConversion(SALES, "first_appointment", "proposal");
    private static final Kpi LEAD_TO_PROPOSAL = Kpis.stageConversion(SALES, "lead", "proposal");
    private static final Kpi PROPOSAL_TO_WON = Kpis.stageConversion(SALES, "proposal", "won");
    private static final Kpi REFERRAL_CALL_SHARE = Kpis.ratio(COLD_CALLS_WITH_REFERRALS, COLD_CALLS);

    private static final Scorecard ALL = Scorecard.of(COLD_CALLS, COLD_CALLS_WITH_REFERRALS,
            SOCIAL_SELLING_HOURS, WIN_RATE, AVERAGE_REVENUE, MEAN_CYCLE, NEW_ACCOUNTS, LEAD_TO_APPOINTMENT,
            APPOINTMENT_TO_PROPOSAL, LEAD_TO_PROPOSAL, PROPOSAL_TO_WON, REFERRAL_CALL_SHARE);

    private static final OrgTree ORG = OrgTree.builder()
            .root("sales", "Sales", "ann")
            .unit("east", "East", "sales", "bob")
            .rep(Rep.of("ann", "Ann"), "sales")
            .rep(Rep.of("bob", "Bob"), "east")
            .rep(Rep.of("carl", "Carl"), "east")
            .build();

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    /** The worked log: every figure below is counted by hand from it. */
    static ActivityLog workedLog() {
        ActivityLog log = ActivityLog.create();
        log.append(Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 2, 28)));
        log.append(Activity.of("ann", ActivityType.COLD_CALL, march(2)));
        log.append(Activity.of("ann", ActivityType.COLD_CALL, march(3)));
        log.append(Activity.builder("ann", ActivityType.COLD_CALL, march(10)).outcome(Outcome.REFERRAL_LIST).build());
        log.append(Activity.builder("ann", ActivityType.SOCIAL_SELLING, march(4))
                .duration(Duration.ofMinutes(90)).build());
        log.append(Activity.builder("ann", ActivityType.SOCIAL_SELLING, march(5))
                .duration(Duration.ofMinutes(30)).build());
        log.append(Activity.of("bob", ActivityType.COLD_CALL, march(31)));
        // opp-1: lead in February, skips first_appointment, won in March after 47 days.
        log.append(Opportunity.builder("opp-1", "ann", SALES).account("acme").amount(EUR_30_000)
                .enter("lead", LocalDate.of(2026, 2, 1)).enter("proposal", march(5)).won(march(20)).build());
        // opp-2: lead, appointment, back to lead, appointment again, lost.
        log.append(Opportunity.builder("opp-2", "ann", SALES).account("beta").amount(EUR_10_000)
                .enter("lead", march(2)).enter("first_appointment", march(4)).enter("lead", march(6))
                .enter("first_appointment", march(10)).lost(march(25)).build());
        // opp-3: from lead straight to won after 25 days; acme was already won by opp-1.
        log.append(Opportunity.builder("opp-3", "ann", SALES).account("acme").amount(EUR_5_000_50)
                .enter("lead", march(3)).won(march(28)).build());
        log.append(Opportunity.builder("opp-4", "bob", SALES).account("gamma").amount(EUR_10_000)
                .enter("lead", march(10)).enter("first_appointment", march(12)).build());
        log.append(Opportunity.builder("opp-5", "bob", SALES).account("delta").amount(EUR_10_000)
                .enter("lead", LocalDate.of(2026, 1, 5)).won(LocalDate.of(2026, 2, 10)).build());
        log.append(Opportunity.builder("opp-6", "bob", SALES).account("delta").amount(EUR_10_000)
                .enter("lead", march(1)).lost(march(15)).build());
        // opp-7: lead, proposal, back to lead, then first_appointment; still open.
        log.append(Opportunity.builder("opp-7", "carl", SALES).account("epsilon").amount(EUR_10_000)
                .enter("lead", march(2)).enter("proposal", march(5)).enter("lead", march(8))
                .enter("first_appointment", march(9)).build());
        return log;
    }

    private static final ScorecardResult BY_REP = Engine.evaluate(ALL, workedLog(), MARCH_2026, Grouping.byRep());

    private static KpiResult.Defined defined(String scope, Kpi kpi) {
        KpiResult result = BY_REP.result(ScopeKey.of(scope), kpi);
        assertThat(result).isInstanceOf(KpiResult.Defined.class);
        return (KpiResult.Defined) result;
    }

    private static KpiResult count(long value) {
        return KpiResult.of(BigDecimal.valueOf(value), KpiUnit.COUNT, value);
    }

    private static KpiResult ratio(long numerator, long denominator, String value, KpiUnit unit) {
        return new KpiResult.Defined(new BigDecimal(value), unit, Optional.of(BigDecimal.valueOf(numerator)),
                Optional.of(BigDecimal.valueOf(denominator)), Optional.empty(), denominator);
    }

    @Test
    void evaluate_byRep_listsRepsSorted() {
        assertThat(BY_REP.scopes()).containsExactly(ScopeKey.of("ann"), ScopeKey.of("bob"), ScopeKey.of("carl"));
        assertThat(BY_REP.kpis()).hasSize(12).extracting(Kpi::id).startsWith("count(cold_call)");
    }

    @Test
    void evaluate_activityCount_countsOnlyThePeriod() {
        assertThat(BY_REP.result(ScopeKey.of("ann"), COLD_CALLS)).isEqualTo(count(3));
        assertThat(BY_REP.result(ScopeKey.of("bob"), COLD_CALLS)).isEqualTo(count(1));
        assertThat(BY_REP.result(ScopeKey.of("carl"), COLD_CALLS)).isEqualTo(count(0));
    }

    @Test
    void evaluate_activityCountByOutcome_countsThatOutcomeOnly() {
        assertThat(BY_REP.result(ScopeKey.of("ann"), COLD_CALLS_WITH_REFERRALS)).isEqualTo(count(1));
    }

    @Test
    void evaluate_totalHours_sumsDurations() {
        assertThat(BY_REP.result(ScopeKey.of("ann"), SOCIAL_SELLING_HOURS))
                .isEqualTo(KpiResult.of(new BigDecimal("2.0000000000"), KpiUnit.HOURS, 2));
        assertThat(BY_REP.result(ScopeKey.of("bob"), SOCIAL_SELLING_HOURS))
                .isEqualTo(KpiResult.of(new BigDecimal("0E-10"), KpiUnit.HOURS, 0));
    }

    @Test
    void evaluate_winRate_isWonOverClosed() {
        assertThat(BY_REP.result(ScopeKey.of("ann"), WIN_RATE)).isEqualTo(ratio(2, 3, "0.6666666667", KpiUnit.PERCENT));
        assertThat(BY_REP.result(ScopeKey.of("bob"), WIN_RATE)).isEqualTo(ratio(0, 1, "0E-10", KpiUnit.PERCENT));
    }

    @Test
    void evaluate_winRateWithoutClosedDeals_isUndefined() {
        assertThat(BY_REP.result(ScopeKey.of("carl"), WIN_RATE))
                .isEqualTo(KpiResult.undefined("no deals closed in the period", WIN_RATE.unit(), 0));
    }

    @Test
    void evaluate_averageRevenue_isExactWonRevenueOverWonDeals() {
        KpiResult.Defined ann = defined("ann", AVERAGE_REVENUE);

        assertThat(ann.numerator()).contains(new BigDecimal("35000.5"));
        assertThat(ann.denominator()).contains(BigDecimal.valueOf(2));
        assertThat(ann.value().orElseThrow()).isEqualByComparingTo("17500.25");
        assertThat(ann.unit()).isEqualTo(KpiUnit.MONEY);
        assertThat(BY_REP.result(ScopeKey.of("bob"), AVERAGE_REVENUE))
                .isEqualTo(KpiResult.undefined("no deals won in the period", AVERAGE_REVENUE.unit(), 0));
    }

    @Test
    void evaluate_meanSalesCycle_averagesDaysFromCreationToWin() {
        assertThat(BY_REP.result(ScopeKey.of("ann"), MEAN_CYCLE)).isEqualTo(ratio(72, 2, "36.0000000000", KpiUnit.DAYS));
        assertThat(BY_REP.result(ScopeKey.of("bob"), MEAN_CYCLE))
                .isEqualTo(KpiResult.undefined("no deals won in the period", MEAN_CYCLE.unit(), 0));
    }

    @Test
    void evaluate_newAccounts_countsEachAccountAtItsFirstWin() {
        assertThat(BY_REP.result(ScopeKey.of("ann"), NEW_ACCOUNTS)).isEqualTo(KpiResult.of(BigDecimal.ONE, KpiUnit.COUNT, 2));
        assertThat(BY_REP.result(ScopeKey.of("bob"), NEW_ACCOUNTS)).isEqualTo(KpiResult.of(BigDecimal.ZERO, KpiUnit.COUNT, 0));
    }

    @Test
    void evaluate_conversionWithSkippedStage_countsLaterStageAsPassed() {
        // ann's lead cohort: opp-2 (reached first_appointment) and opp-3 (skipped to won); opp-1 entered
        // lead in February.
        assertThat(BY_REP.result(ScopeKey.of("ann"), LEAD_TO_APPOINTMENT)).isEqualTo(ratio(2, 2, "1.0000000000",
                KpiUnit.PERCENT));
        // bob's lead cohort: opp-4 reached first_appointment, opp-6 went to lost.
        assertThat(BY_REP.result(ScopeKey.of("bob"), LEAD_TO_APPOINTMENT)).isEqualTo(ratio(1, 2, "0.5000000000",
                KpiUnit.PERCENT));
    }

    @Test
    void evaluate_conversionWithBackwardMoves_countsFirstEntryOnce() {
        // opp-2 entered first_appointment twice and never reached proposal: one member, not converted.
        assertThat(BY_REP.result(ScopeKey.of("ann"), APPOINTMENT_TO_PROPOSAL)).isEqualTo(ratio(0, 1, "0E-10",
                KpiUnit.PERCENT));
        // opp-7 went lead, proposal, lead, first_appointment: one member of the lead cohort, converted.
        assertThat(BY_REP.result(ScopeKey.of("carl"), LEAD_TO_PROPOSAL)).isEqualTo(ratio(1, 1, "1.0000000000",
                KpiUnit.PERCENT));
        assertThat(BY_REP.result(ScopeKey.of("carl"), LEAD_TO_APPOINTMENT)).isEqualTo(ratio(1, 1, "1.0000000000",
                KpiUnit.PERCENT));
    }

    @Test
    void evaluate_conversionToWon_countsWins() {
        assertThat(BY_REP.result(ScopeKey.of("ann"), PROPOSAL_TO_WON)).isEqualTo(ratio(1, 1, "1.0000000000",
                KpiUnit.PERCENT));
    }

    @Test
    void evaluate_conversionWithEmptyCohort_isUndefined() {
        assertThat(BY_REP.result(ScopeKey.of("bob"), PROPOSAL_TO_WON))
                .isEqualTo(KpiResult.undefined("no opportunities entered proposal in the period", PROPOSAL_TO_WON.unit(), 0));
    }

    @Test
    void evaluate_ratioOfKpis_dividesValues() {
        assertThat(BY_REP.result(ScopeKey.of("ann"), REFERRAL_CALL_SHARE)).isEqualTo(ratio(1, 3, "0.3333333333",
                KpiUnit.PERCENT));
        assertThat(BY_REP.result(ScopeKey.of("carl"), REFERRAL_CALL_SHARE))
                .isEqualTo(KpiResult.undefined("Cold call count is zero", REFERRAL_CALL_SHARE.unit(), 0));
    }

    @Test
    void evaluate_ratioOfUndefined_isUndefinedWithItsReason() {
        Kpi cyclePerWinRate = Kpis.ratio(MEAN_CYCLE, WIN_RATE);

        ScorecardResult result = Engine.evaluate(Scorecard.of(cyclePerWinRate), workedLog(), MARCH_2026,
                Grouping.byRep());

        assertThat(result.result(ScopeKey.of("bob"), cyclePerWinRate))
                .isEqualTo(KpiResult.undefined("no deals won in the period", cyclePerWinRate.unit(), 1));
    }

    @Test
    void evaluate_byOrgUnit_aggregatesEveryRepBelowByParts() {
        ScorecardResult result = Engine.evaluate(ALL, workedLog(), MARCH_2026, Grouping.byOrgUnit(ORG));

        assertThat(result.scopes()).containsExactly(ScopeKey.of("sales"), ScopeKey.of("east"));
        assertThat(result.result(ScopeKey.of("sales"), WIN_RATE)).isEqualTo(ratio(2, 4, "0.5000000000", KpiUnit.PERCENT));
        assertThat(result.result(ScopeKey.of("east"), WIN_RATE)).isEqualTo(ratio(0, 1, "0E-10", KpiUnit.PERCENT));
        assertThat(result.result(ScopeKey.of("east"), LEAD_TO_APPOINTMENT)).isEqualTo(ratio(2, 3, "0.6666666667",
                KpiUnit.PERCENT));
        assertThat(result.result(ScopeKey.of("sales"), COLD_CALLS)).isEqualTo(count(4));
    }

    @Test
    void evaluate_byRepAndWeek_splitsAtWeekStarts() {
        ScorecardResult result = Engine.evaluate(Scorecard.of(COLD_CALLS), workedLog(), MARCH_2026,
                Grouping.byRepAndWeek(WorkCalendar.standard()));

        assertThat(result.scopes()).hasSize(18).extracting(ScopeKey::toString).startsWith("ann/2026-03-01", "ann/2026-03-02", "ann/2026-03-09");
        assertThat(result.result(TestScopes.at(result, "ann", "2026-03-01"), COLD_CALLS)).isEqualTo(count(0));
        assertThat(result.result(TestScopes.at(result, "ann", "2026-03-02"), COLD_CALLS)).isEqualTo(count(2));
        assertThat(result.result(TestScopes.at(result, "ann", "2026-03-09"), COLD_CALLS)).isEqualTo(count(1));
        assertThat(result.result(TestScopes.at(result, "bob", "2026-03-30"), COLD_CALLS)).isEqualTo(count(1));
    }

    @Test
    void evaluate_appendAfterEvaluation_equalsEvaluatingAllAtOnce() {
        ActivityLog log = workedLog();
        Engine.evaluate(ALL, log, MARCH_2026, Grouping.byRep());
        log.append(Activity.of("dora", ActivityType.COLD_CALL, march(12)));
        log.append(Opportunity.builder("opp-8", "dora", SALES).account("zeta").amount(EUR_10_000)
                .enter("lead", march(12)).won(march(13)).build());

        ActivityLog whole = workedLog();
        whole.append(Activity.of("dora", ActivityType.COLD_CALL, march(12)));
        whole.append(Opportunity.builder("opp-8", "dora", SALES).account("zeta").amount(EUR_10_000)
                .enter("lead", march(12)).won(march(13)).build());

        assertThat(Engine.evaluate(ALL, log, MARCH_2026, Grouping.byRep()))
                .isEqualTo(Engine.evaluate(ALL, whole, MARCH_2026, Grouping.byRep()));
    }

    @Test
    void evaluate_eightThreads_giveIdenticalResults() throws Exception {
        ActivityLog log = RandomLogs.log(RandomLogs.activities(42, 5_000), RandomLogs.opportunities(42, 500));
        Grouping byWeek = Grouping.byRepAndWeek(WorkCalendar.standard());
        ScorecardResult expected = Engine.evaluate(RandomLogs.EVERY_KPI, log, MARCH_2026, byWeek);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<ScorecardResult>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> Engine.evaluate(RandomLogs.EVERY_KPI, log, MARCH_2026, byWeek)));
            }
            for (Future<ScorecardResult> future : futures) {
                assertThat(future.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void result_unknownScope_throws() {
        assertThatThrownBy(() -> BY_REP.result(ScopeKey.of("zoe"), WIN_RATE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scope must be a scope of the result: zoe");
    }

    @Test
    void result_unknownKpi_throws() {
        assertThatThrownBy(() -> BY_REP.result(ScopeKey.of("ann"), "churn"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kpiId must be the id of a definition of the scorecard: churn");
    }

    @Test
    void evaluate_typeNeverLogged_countsZero() {
        Kpi demos = Kpis.activityCount(ActivityType.DEMO);

        ScorecardResult result = Engine.evaluate(Scorecard.of(demos), workedLog(), MARCH_2026, Grouping.byRep());

        assertThat(result.result(ScopeKey.of("ann"), demos)).isEqualTo(count(0));
    }
}
