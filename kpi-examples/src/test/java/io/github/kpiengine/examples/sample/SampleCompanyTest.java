package io.github.kpiengine.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Source;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.Engine;
import io.github.kpiengine.engine.Grouping;
import io.github.kpiengine.engine.Scorecard;
import io.github.kpiengine.engine.ScopeKey;
import io.github.kpiengine.engine.ScorecardResult;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Kpis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleCompanyTest {

    private static final SampleCompany COMPANY = SampleCompany.create();
    private static final OrgTree ORG = COMPANY.org();
    private static final ActivityLog LOG = COMPANY.log();
    private static final Scorecard SCORECARD = Scorecard.of(
            Kpis.averageRevenuePerSale(),
            Kpis.meanSalesCycleDays(),
            Kpis.stageConversion(SampleCompany.PIPELINE, "first_appointment", "proposal"),
            Kpis.stageConversion(SampleCompany.PIPELINE, "proposal", "won"),
            Kpis.ratio(Kpis.activityCount(ActivityType.COLD_CALL, io.github.kpiengine.Outcome.ADVANCED),
                    Kpis.activityCount(ActivityType.COLD_CALL)));
    private static final String APPOINTMENT_TO_PROPOSAL = "conversion(first_appointment,proposal)";
    private static final String CLOSE_RATIO = "conversion(proposal,won)";
    private static final String CALL_TO_APPOINTMENT = "ratio(count(cold_call,advanced),count(cold_call))";
    private static final ScorecardResult YEAR_BY_REP = Engine.evaluate(SCORECARD, LOG, COMPANY.year(),
            Grouping.byRep());
    private static final ScorecardResult YEAR_BY_UNIT = Engine.evaluate(SCORECARD, LOG, COMPANY.year(),
            Grouping.byOrgUnit(ORG));
    private static final ScorecardResult MATURE_BY_REP = Engine.evaluate(SCORECARD, LOG, COMPANY.matureCohorts(),
            Grouping.byRep());
    private static final ScorecardResult MATURE_BY_UNIT = Engine.evaluate(SCORECARD, LOG,
            COMPANY.matureCohorts(), Grouping.byOrgUnit(ORG));

    @Test
    void create_twice_givesTheSameCompany() {
        SampleCompany again = SampleCompany.create();

        assertThat(again.activities()).isEqualTo(COMPANY.activities());
        assertThat(again.opportunities()).isEqualTo(COMPANY.opportunities());
        assertThat(again.org()).isEqualTo(ORG);
    }

    @Test
    void generate_otherSeed_givesOtherEvents() {
        assertThat(SampleCompany.generate(7).opportunities()).isNotEqualTo(COMPANY.opportunities());
    }

    @Test
    void org_twoDepartmentsFourTeamsSixteenReps() {
        assertThat(ORG.children(ORG.root().id())).extracting(u -> u.name())
                .containsExactly("Enterprise", "Mid-Market");
        assertThat(ORG.units()).filteredOn(u -> ORG.ancestors(u.id()).size() == 2).hasSize(4)
                .allSatisfy(team -> assertThat(ORG.repsIn(team.id())).hasSize(4));
        assertThat(ORG.reps()).hasSize(16);
        assertThat(LOG.repIds()).containsExactlyInAnyOrderElementsOf(ORG.reps().stream().map(r -> r.id()).toList());
    }

    @Test
    void log_coversTheYearAndNothingAfter() {
        assertThat(COMPANY.activities()).allSatisfy(a -> assertThat(a.date().getYear()).isEqualTo(2026));
        assertThat(COMPANY.opportunities()).allSatisfy(o -> {
            assertThat(o.created().getYear()).isEqualTo(2026);
            assertThat(o.history()).allSatisfy(e -> assertThat(e.entered().getYear()).isEqualTo(2026));
        });
        assertThat(COMPANY.opportunities()).anyMatch(Opportunity::isOpen);
        assertThat(LOG.activityCount()).isEqualTo(COMPANY.activities().size());
    }

    @Test
    void company_conversionRatiosArePlausible() {
        assertThat(value(MATURE_BY_UNIT, "company", CALL_TO_APPOINTMENT)).isBetween(pct(18), pct(22));
        assertThat(value(MATURE_BY_UNIT, "company", APPOINTMENT_TO_PROPOSAL)).isBetween(pct(65), pct(75));
        assertThat(value(MATURE_BY_UNIT, "company", CLOSE_RATIO)).isBetween(pct(35), pct(50));
    }

    @Test
    void smallDealsRep_revenuePerSaleWellUnderTheTeams() {
        BigDecimal rep = value(YEAR_BY_REP, SampleCompany.SMALL_DEALS, "revenue_per_sale");
        BigDecimal peers = peerValue(YEAR_BY_REP, YEAR_BY_UNIT, SampleCompany.SMALL_DEALS, "revenue_per_sale");

        assertThat(rep).isLessThan(peers.multiply(BigDecimal.valueOf(0.6)));
    }

    @Test
    void shortCycleRep_cycleMuchShorterThanTheTeams() {
        BigDecimal rep = value(YEAR_BY_REP, SampleCompany.SHORT_CYCLE, "cycle_days");
        BigDecimal peers = peerValue(YEAR_BY_REP, YEAR_BY_UNIT, SampleCompany.SHORT_CYCLE, "cycle_days");

        assertThat(rep).isLessThan(peers.multiply(BigDecimal.valueOf(0.6)));
    }

    @Test
    void weakProposalsRep_appointmentToProposalUnder65Percent_othersAbove() {
        assertThat(value(MATURE_BY_REP, SampleCompany.WEAK_PROPOSALS, APPOINTMENT_TO_PROPOSAL)).isLessThan(pct(65));
        assertThat(value(YEAR_BY_REP, SampleCompany.WEAK_PROPOSALS, APPOINTMENT_TO_PROPOSAL)).isLessThan(pct(65));
        ORG.reps().stream().map(r -> r.id()).filter(id -> !id.equals(SampleCompany.WEAK_PROPOSALS))
                .forEach(id -> assertThat(value(MATURE_BY_REP, id, APPOINTMENT_TO_PROPOSAL)).as(id)
                        .isGreaterThanOrEqualTo(pct(65)));
    }

    @Test
    void starCloserAndLowActivityRep_standOut() {
        assertThat(value(MATURE_BY_REP, SampleCompany.STAR_CLOSER, CLOSE_RATIO)).isGreaterThan(
                peerValue(MATURE_BY_REP, MATURE_BY_UNIT, SampleCompany.STAR_CLOSER, CLOSE_RATIO)
                        .multiply(BigDecimal.valueOf(1.15)));
        assertThat(calls(SampleCompany.LOW_ACTIVITY)).isLessThan(calls("marc") * 6 / 10);
    }

    @Test
    void activity_quietInAugustAndLateDecember() {
        long june = calls(d -> d.getMonth() == Month.JUNE);
        long august = calls(d -> d.getMonth() == Month.AUGUST);
        long november = calls(d -> d.getMonth() == Month.NOVEMBER);
        long lateDecember = calls(d -> d.getMonth() == Month.DECEMBER && d.getDayOfMonth() >= 18);

        assertThat(august).isLessThan(june / 2);
        // Late December has 7 working days against about 20 in November.
        assertThat(lateDecember * 20 / 7).isLessThan(november * 4 / 10);
    }

    @Test
    void referrals_fromClientsAndPartners_convertBetterThanColdOutreach() {
        List<Opportunity> all = COMPANY.opportunities();
        assertThat(all).anyMatch(o -> o.source().equals(Source.CLIENT_REFERRAL))
                .anyMatch(o -> o.source().equals(Source.PARTNER_REFERRAL));
        assertThat(winShare(all, true)).isGreaterThan(winShare(all, false) + 0.05);
    }

    @Test
    void quarterlyTarget_setByDepartment() {
        assertThat(COMPANY.quarterlyTarget("lena").toString()).isEqualTo("EUR 420000.00");
        assertThat(COMPANY.quarterlyTarget("nora").toString()).isEqualTo("EUR 230000.00");
        assertThat(COMPANY.nextQuarter()).isEqualTo(SalesPeriod.ofQuarter(2027, 1));
    }

    private static double winShare(List<Opportunity> all, boolean referral) {
        List<Opportunity> closed = all.stream().filter(o -> o.source().referral() == referral && !o.isOpen()).toList();
        return (double) closed.stream().filter(Opportunity::isWon).count() / closed.size();
    }

    private static long calls(String repId) {
        return COMPANY.activities().stream()
                .filter(a -> a.repId().equals(repId) && a.type().equals(ActivityType.COLD_CALL)).count();
    }

    private static long calls(java.util.function.Predicate<LocalDate> day) {
        return COMPANY.activities().stream().filter(a -> a.type().equals(ActivityType.COLD_CALL))
                .map(Activity::date).filter(day).count();
    }

    private static BigDecimal pct(long percent) {
        return BigDecimal.valueOf(percent, 2);
    }

    private static BigDecimal value(ScorecardResult result, String scope, String kpi) {
        return result.result(ScopeKey.of(scope), kpi).value().orElseThrow();
    }

    /** The team without the rep, by parts. */
    private static BigDecimal peerValue(ScorecardResult byRep, ScorecardResult byUnit, String repId, String kpi) {
        KpiResult.Defined rep = (KpiResult.Defined) byRep.result(ScopeKey.of(repId), kpi);
        KpiResult.Defined team = (KpiResult.Defined) byUnit.result(ScopeKey.of(ORG.unitOf(repId).id()), kpi);
        return team.numerator().orElseThrow().subtract(rep.numerator().orElseThrow())
                .divide(team.denominator().orElseThrow().subtract(rep.denominator().orElseThrow()), 6,
                        RoundingMode.HALF_EVEN);
    }
}
