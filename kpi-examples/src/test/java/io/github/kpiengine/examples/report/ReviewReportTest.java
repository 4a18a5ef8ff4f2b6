package io.github.kpiengine.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.examples.sample.SampleCompany;
import io.github.kpiengine.plan.Focus;
import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.review.ActivityBarometer;
import io.github.kpiengine.review.GapToPeers;
import io.github.kpiengine.review.RepReview;
import io.github.kpiengine.review.SalesReview;
import io.github.kpiengine.review.StageFigure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The library's review of the sample company finds what the sample plants. */
class ReviewReportTest {

    private static final ReviewReport REPORT = ReviewReport.of(SampleCompany.create());
    private static final SalesReview REVIEW = REPORT.review();

    @Test
    void of_sample_reviewsEveryRepAndUnit() {
        assertThat(REVIEW.reps()).hasSize(16);
        assertThat(REVIEW.units()).hasSize(7);
        assertThat(REVIEW.organisation().depth()).isZero();
        assertThat(REVIEW.reps()).allSatisfy(rep -> assertThat(rep.plan()).isInstanceOf(Plan.Reachable.class));
        assertThat(REVIEW.gateways()).extracting(g -> g.label()).containsExactly("Cold call → First appointment",
                "First appointment → Proposal", "Proposal → Won");
    }

    @Test
    void peerGaps_smallDeals_revenuePerSaleFarBelowPeers() {
        GapToPeers gap = REVIEW.rep(SampleCompany.SMALL_DEALS).peerGap(GapToPeers.REVENUE_PER_SALE).orElseThrow();

        assertThat(gap.percent()).isLessThanOrEqualTo(BigDecimal.valueOf(-40));
        assertThat(gap.favourable()).isFalse();
        assertThat(ReviewReport.describe(gap)).matches("Revenue per sale \\d+ % below peers");
        assertThat(ReviewReport.notable(REVIEW.rep(SampleCompany.SMALL_DEALS).peerGaps()).get(0)).isEqualTo(gap);
    }

    @Test
    void peerGaps_shortCycle_shorterThanPeersAndFavourable() {
        GapToPeers gap = REVIEW.rep(SampleCompany.SHORT_CYCLE).peerGap(GapToPeers.SALES_CYCLE).orElseThrow();

        assertThat(gap.percent()).isLessThanOrEqualTo(BigDecimal.valueOf(-40));
        assertThat(gap.favourable()).isTrue();
        assertThat(ReviewReport.describe(gap)).matches("Sales cycle \\d+ % shorter than peers");
    }

    @Test
    void focus_weakProposals_appointmentToProposalFirst() {
        Focus first = REVIEW.rep(SampleCompany.WEAK_PROPOSALS).focus().get(0);

        assertThat(first.stage()).isEqualTo("first_appointment");
        assertThat(first.gapToReference()).hasValueSatisfying(gap -> assertThat(gap).isNegative());
        assertThat(REPORT.gatewayLabel(first.stage())).isEqualTo("First appointment → Proposal");
    }

    @Test
    void focus_everyRep_twoOrThree() {
        REVIEW.reps().forEach(rep -> assertThat(rep.focus().size()).as(rep.rep().id()).isBetween(2, 3));
    }

    @Test
    void barometer_lowActivity_unhealthy() {
        RepReview tom = REVIEW.rep(SampleCompany.LOW_ACTIVITY);
        ActivityBarometer barometer = tom.barometer().orElseThrow();

        assertThat(barometer.actualPerWeek()).isEqualByComparingTo(tom.newOpportunitiesPerWeek());
        assertThat(barometer.healthy()).isFalse();
    }

    @Test
    void magicNumber_smallDealsRepNeedsTheMostOpportunities() {
        long nora = REVIEW.rep(SampleCompany.SMALL_DEALS).magicNumber().orElseThrow();

        assertThat(REVIEW.reps()).allSatisfy(r -> assertThat(r.magicNumber().orElseThrow()).isLessThanOrEqualTo(nora));
    }

    @Test
    void funnel_sumsTheRepsStageByStage() {
        long required = REVIEW.reps().stream().mapToLong(r -> r.funnel().get(3).required()).sum();

        assertThat(ReviewReport.funnel(REVIEW.reps())).extracting(StageFigure::label)
                .containsExactly("Cold call", "First appointment", "Proposal", "Won");
        assertThat(ReviewReport.funnel(REVIEW.reps()).get(3).required()).isEqualTo(required);
    }
}
