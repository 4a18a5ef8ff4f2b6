package io.github.kpiengine.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.examples.sample.SampleCompany;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.plan.Focus;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class SalesReviewTest {

    private static final SalesReview REVIEW = SalesReview.of(SampleCompany.create());

    @Test
    void of_sample_reviewsEveryRepAndUnit() {
        assertThat(REVIEW.reps()).hasSize(16);
        assertThat(REVIEW.units()).hasSize(7);
        assertThat(REVIEW.units().get(0).depth()).isZero();
        assertThat(REVIEW.reps()).allSatisfy(rep -> assertThat(rep.plan()).isInstanceOf(Plan.Reachable.class));
    }

    @Test
    void units_aggregateByParts() {
        KpiResult.Defined company = defined(REVIEW.units().get(0).figure(SalesReview.REVENUE_PER_SALE));
        BigDecimal revenue = REVIEW.reps().stream()
                .map(r -> defined(r.figure(SalesReview.REVENUE_PER_SALE)).numerator().orElseThrow())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(company.numerator().orElseThrow()).isEqualByComparingTo(revenue);
        assertThat(REVIEW.units().get(0).figure(SalesReview.WON_REVENUE).value().orElseThrow())
                .isEqualByComparingTo(revenue);
    }

    @Test
    void peerGaps_smallDeals_revenuePerSaleFarBelowPeers() {
        PeerGap gap = gap(SampleCompany.SMALL_DEALS, "revenue per sale");

        assertThat(gap.percent()).isLessThanOrEqualTo(BigDecimal.valueOf(-40));
        assertThat(gap.favourable()).isFalse();
        assertThat(gap.describe()).matches("revenue per sale \\d+ % below peers");
        assertThat(SalesReview.notable(REVIEW.rep(SampleCompany.SMALL_DEALS).peerGaps()).get(0)).isEqualTo(gap);
    }

    @Test
    void peerGaps_peerValueIsTheTeamWithoutTheRep() {
        RepReview nora = REVIEW.rep(SampleCompany.SMALL_DEALS);
        KpiResult.Defined rep = defined(nora.figure(SalesReview.REVENUE_PER_SALE));
        KpiResult.Defined team = defined(REVIEW.units().stream().filter(u -> u.unit().equals(nora.team()))
                .findFirst().orElseThrow().figure(SalesReview.REVENUE_PER_SALE));
        BigDecimal expected = team.numerator().orElseThrow().subtract(rep.numerator().orElseThrow())
                .divide(team.denominator().orElseThrow().subtract(rep.denominator().orElseThrow()), 6,
                        RoundingMode.HALF_EVEN);

        assertThat(gap(SampleCompany.SMALL_DEALS, "revenue per sale").peerValue()).isEqualByComparingTo(expected);
    }

    @Test
    void peerGaps_shortCycle_shorterThanPeersAndFavourable() {
        PeerGap gap = gap(SampleCompany.SHORT_CYCLE, "sales cycle");

        assertThat(gap.percent()).isLessThanOrEqualTo(BigDecimal.valueOf(-40));
        assertThat(gap.favourable()).isTrue();
        assertThat(gap.describe()).matches("sales cycle \\d+ % shorter than peers");
    }

    @Test
    void focus_weakProposals_appointmentToProposalFirst() {
        Focus first = REVIEW.rep(SampleCompany.WEAK_PROPOSALS).focus().get(0);

        assertThat(first.stage()).isEqualTo("first_appointment");
        assertThat(first.gapToReference()).hasValueSatisfying(gap -> assertThat(gap).isNegative());
        assertThat(SalesReview.gatewayLabel(first.stage())).isEqualTo("appointment → proposal");
    }

    @Test
    void focus_everyRep_twoOrThree() {
        REVIEW.reps().forEach(rep -> assertThat(rep.focus().size()).as(rep.rep().id()).isBetween(2, 3));
    }

    @Test
    void barometer_isLastQuarterPaceOverMagicNumber() {
        RepReview tom = REVIEW.rep(SampleCompany.LOW_ACTIVITY);
        long magic = tom.magicNumber().orElseThrow();

        assertThat(tom.barometer()).hasValueSatisfying(b -> {
            assertThat(b.magicNumber()).isEqualTo(magic);
            assertThat(b.actualPerWeek()).isEqualByComparingTo(tom.newOpportunitiesPerWeek());
            assertThat(b.healthy()).isFalse();
        });
    }

    @Test
    void magicNumber_smallDealsRepNeedsTheMostOpportunities() {
        long nora = REVIEW.rep(SampleCompany.SMALL_DEALS).magicNumber().orElseThrow();

        assertThat(REVIEW.reps()).allSatisfy(r -> assertThat(r.magicNumber().orElseThrow()).isLessThanOrEqualTo(nora));
    }

    @Test
    void funnel_sumsTheRepsStageByStage() {
        long required = REVIEW.reps().stream().mapToLong(r -> r.funnel().get(3).required()).sum();

        assertThat(REVIEW.funnel()).extracting(StageFigure::stage)
                .containsExactly("Cold calls", "First appointments", "Proposals", "Won deals");
        assertThat(REVIEW.funnel().get(3).required()).isEqualTo(required);
        assertThat(REVIEW.funnel().get(0).required()).isGreaterThan(REVIEW.funnel().get(1).required());
    }

    @Test
    void rep_unknown_throws() {
        assertThatThrownBy(() -> REVIEW.rep("nobody"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repId must be a rep of the review: nobody");
    }

    private static PeerGap gap(String repId, String kpi) {
        return REVIEW.rep(repId).peerGaps().stream().filter(g -> g.kpi().equals(kpi)).findFirst().orElseThrow();
    }

    private static KpiResult.Defined defined(KpiResult result) {
        return (KpiResult.Defined) result;
    }
}
