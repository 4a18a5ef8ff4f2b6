package io.github.kpiengine.review;

import static io.github.kpiengine.review.SmallTeam.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.plan.Focus;
import io.github.kpiengine.plan.Plan;
import io.github.kpiengine.plan.StageRequirement;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review of {@link SmallTeam}, every figure worked out by hand. Notation: a rep's own counts
 * over the mature cohorts are leads → meetings → demos → proposals → negotiations → won; k = 20;
 * the planned period has 13 selling weeks, the pace window (March) 4.4.
 */
class SalesReviewTest {

    private static final SalesReview REVIEW = SalesReview.of(SmallTeam.input().build());
    private static final RepReview ANN = REVIEW.rep("ann");
    private static final RepReview BOB = REVIEW.rep("bob");
    private static final RepReview CID = REVIEW.rep("cid");
    private static final RepReview DEE = REVIEW.rep("dee");
    private static final RepReview EVE = REVIEW.rep("eve");
    private static final Money EUR_10_000 = Money.of("EUR", 10_000);

    @Test
    void gateways_callsThenEveryOpenStage_labelledByDisplayNames() {
        // Cold calls booked leads (outcome ADVANCED), so the call gateway comes first.
        assertThat(REVIEW.gateways()).extracting(ReviewGateway::stage)
                .containsExactly("cold_call", "lead", "meeting", "demo", "proposal", "negotiation");
        assertThat(REVIEW.gateways()).extracting(ReviewGateway::label).containsExactly("Cold call → Lead",
                "Lead → First meeting", "First meeting → Demo", "Demo → Proposal", "Proposal → Negotiation",
                "Negotiation → Won");
        assertThat(REVIEW.matureCohorts()).isEqualTo(SmallTeam.JANUARY_FEBRUARY);
        assertThat(REVIEW.paceWindow()).isEqualTo(SmallTeam.MARCH);
    }

    @Test
    void figures_ann_countsMoneyAndCycleOfTheQuarter() {
        ReviewKpis kpis = REVIEW.kpis();
        // 100 calls, 20 booked; 2 of 20 closed deals won at EUR 10,000, each 30 days from creation.
        assertThat(ANN.figure(kpis.calls().orElseThrow()).value()).contains(decimal("100"));
        assertThat(ANN.figure(kpis.callsBooked().orElseThrow()).value()).contains(decimal("20"));
        assertThat(ANN.figure(kpis.winRate()).toRatio()).isEqualTo(Ratio.of(2, 20));
        assertThat(ANN.figure(kpis.revenuePerSale()).toMoney()).contains(EUR_10_000);
        assertThat(ANN.figure(kpis.salesCycle()).value()).contains(decimal("30"));
        assertThat(ANN.figure(kpis.wonRevenue()).toMoney()).contains(Money.of("EUR", 20_000));
        assertThat(ANN.figure(kpis.dealsWon()).value()).contains(decimal("2"));
        assertThat(ANN.figure(kpis.dealsLost()).value()).contains(decimal("18"));
        // 20 in January, 6 in March; the 6 are open at the quarter's end: 6 × EUR 10,000.
        assertThat(ANN.figure(kpis.opportunitiesOpened()).value()).contains(decimal("26"));
        assertThat(ANN.figure(kpis.openPipeline()).toMoney()).contains(Money.of("EUR", 60_000));
    }

    @Test
    void conversions_ann_countedOverTheMatureCohorts() {
        // 20 → 16 → 12 → 6 → 4 → 2; the March leads are outside January and February.
        assertThat(REVIEW.kpis().conversions()).extracting(kpi -> ANN.figure(kpi).toRatio()).containsExactly(
                Ratio.of(16, 20), Ratio.of(12, 16), Ratio.of(6, 12), Ratio.of(4, 6), Ratio.of(2, 4));
    }

    @Test
    void ratios_ann_blendedTowardNorth() {
        // North: 200 calls, 40 booked; 40 → 30 → 24 → 12 → 9 → 6. Blended: (passed + 20 × team) ÷ (n + 20).
        assertThat(ANN.ratios()).extracting(r -> r.planned().value()).containsExactly(
                decimal("0.2"),         // (20 + 20 × 0.2) ÷ 120 = 24 ÷ 120
                decimal("0.775"),       // (16 + 20 × 0.75) ÷ 40 = 31 ÷ 40
                decimal("0.777778"),    // (12 + 20 × 0.8) ÷ 36 = 28 ÷ 36
                decimal("0.5"),         // (6 + 20 × 0.5) ÷ 32 = 16 ÷ 32
                decimal("0.730769"),    // (4 + 20 × 0.75) ÷ 26 = 19 ÷ 26
                decimal("0.638889"));   // (2 + 20 × 2/3) ÷ 24 = 15.333… ÷ 24
        PlanningRatio lead = ANN.ratio("lead");
        assertThat(lead.own()).isEqualTo(Ratio.of(16, 20));
        assertThat(lead.team()).isEqualTo(Ratio.of(30, 40));
        assertThat(lead.ownSample()).isEqualTo(20);
        assertThat(lead.teamSample()).isEqualTo(40);
        assertThat(lead.weight()).isEqualByComparingTo("0.5");   // Z = 20 ÷ (20 + 20)
    }

    @Test
    void plan_ann_pipelineInHandThenEveryStageRoundedUp() {
        Plan.Reachable plan = (Plan.Reachable) ANN.plan();
        // In hand on 31 March: 2 at lead, 4 at meeting. From meeting a deal is won with
        // 0.777778 × 0.5 × 0.730769 × 0.638889 = 0.18156…, from lead with 0.775 × that = 0.14071…:
        // 2 × 0.14071 + 4 × 0.18156 = 1.00768 expected wins. (60,000 − 10,076.84) ÷ 10,000 = 4.99 → 5 deals.
        assertThat(plan.pipelineInHand().expectedWins()).isCloseTo(decimal("1.0076835495"), within());
        assertThat(plan.wonDeals()).isEqualTo(5);
        // negotiation ⌈5 ÷ 0.638889⌉ = 8, proposal ⌈8 ÷ 0.730769⌉ = 11, demo 22, meeting ⌈22 ÷ 0.777778⌉ = 29,
        // lead ⌈29 ÷ 0.775⌉ = 38, calls ⌈38 ÷ 0.2⌉ = 190.
        assertThat(plan.stages()).extracting(StageRequirement::required).containsExactly(190L, 38L, 29L, 22L, 11L, 8L);
        // New opportunities count at meeting: 29 ÷ 13 weeks = 2.2308 a week, 3 rounded up.
        assertThat(plan.magicNumber()).isEqualTo(3);
        assertThat(ANN.magicNumber()).contains(3L);
    }

    @Test
    void plan_default_steadyPaceWithoutThePipelineInHand_whichTheProjectionStillCounts() {
        RepReview ann = SalesReview.of(SmallTeam.input().netOfPipelineInHand(false).build()).rep("ann");

        // 60,000 ÷ 10,000 = 6 deals; negotiation ⌈6 ÷ 0.638889⌉ = 10, proposal 14, demo 28, meeting 36.
        Plan.Reachable plan = (Plan.Reachable) ann.plan();
        assertThat(plan.pipelineInHand().expectedWins()).isZero();
        assertThat(plan.wonDeals()).isEqualTo(6);
        assertThat(plan.stage("meeting").required()).isEqualTo(36);
        assertThat(ann.projection().orElseThrow().inHand()).isEqualTo(6);
    }

    @Test
    void barometer_ann_paceOverTheExactWeeklyNeed() {
        // 4 meetings in March's 4.4 weeks: 0.909 a week; 0.909 ÷ (29 ÷ 13) = 40.75…, 40.8 %.
        assertThat(ANN.newOpportunities()).isEqualTo(4);
        ActivityBarometer barometer = ANN.barometer().orElseThrow();
        assertThat(barometer.actualPerWeek()).isEqualByComparingTo("0.9090909090909091");
        assertThat(barometer.weeklyNeed()).isEqualByComparingTo("2.230769230769231");
        assertThat(barometer.percent()).isEqualByComparingTo("40.8");
        assertThat(barometer.healthy()).isFalse();
    }

    @Test
    void pacing_reviewMadeInsideThePlannedPeriod_whereTheCountShouldStand() {
        RepReview ann = SalesReview.of(SmallTeam.input().asOf(java.time.LocalDate.of(2026, 4, 30)).build()).rep("ann");

        // 1 to 30 April: 22 working days, 4.4 weeks. Due by then: ⌈29 × 4.4 ÷ 13⌉ = 10 meetings; none logged yet,
        // so 10 behind, and ⌈29 ÷ 8.6⌉ = 4 a week from now on.
        io.github.kpiengine.plan.Pacing pacing = ann.pacing().orElseThrow();
        assertThat(pacing.weeksElapsed()).isEqualByComparingTo("4.4");
        assertThat(pacing.due()).isEqualTo(10);
        assertThat(pacing.ahead()).isEqualTo(-10);
        assertThat(pacing.neededPerWeekFromNow()).isEqualTo(4);
        assertThat(ANN.pacing()).isEmpty();
    }

    @Test
    void peerGaps_ann_peersAreBobAndCidByParts() {
        // Revenue per sale: peers (90,000 + 12,000) ÷ (3 + 1) = 25,500; (10,000 − 25,500) ÷ 25,500 = −61 %.
        GapToPeers perSale = ANN.peerGap(GapToPeers.REVENUE_PER_SALE).orElseThrow();
        assertThat(perSale.peerValue()).isEqualByComparingTo("25500");
        assertThat(perSale.percent()).isEqualByComparingTo("-61");
        assertThat(perSale.favourable()).isFalse();
        assertThat(perSale.peers()).isEqualTo(2);
        // Cycle: peers (135 + 20) ÷ 4 = 38.75 days; 30 is 23 % shorter, good news.
        GapToPeers cycle = ANN.peerGap(GapToPeers.SALES_CYCLE).orElseThrow();
        assertThat(cycle.peerValue()).isEqualByComparingTo("38.75");
        assertThat(cycle.percent()).isEqualByComparingTo("-23");
        assertThat(cycle.favourable()).isTrue();
        // Negotiation → won: peers (3 + 1) ÷ (3 + 2) = 0.8; 0.5 is 37.5 % below.
        assertThat(ANN.peerGap("conversion(negotiation,won)").orElseThrow().gap()).isEqualByComparingTo("-0.375");
        // New opportunities: peers (2 + 3) ÷ 2 reps ÷ 4.4 weeks = 0.568 a week; 0.909 is 60 % above.
        GapToPeers opened = ANN.peerGap(GapToPeers.NEW_OPPORTUNITIES).orElseThrow();
        assertThat(opened.peerValue()).isEqualByComparingTo("0.5681818181818182");
        assertThat(opened.percent()).isEqualByComparingTo("60");
        assertThat(ANN.peerGaps()).hasSize(9);
    }

    @Test
    void focus_ann_threeGatewaysBelowPeers() {
        // Below the peers: meeting (77.78 % against (4 + 5) ÷ (6 + 8) = 85.71 %), proposal (73.08 % against
        // 83.33 %), negotiation (63.89 % against 80 %); meeting first: a point there saves 7 activities.
        assertThat(ANN.focus()).extracting(Focus::stage).containsExactly("meeting", "proposal", "negotiation");
        assertThat(ANN.focus().get(0).activitiesSaved()).isEqualTo(7);
        assertThat(ANN.focus().get(0).gapToReference()).contains(decimal("-7.94"));
    }

    @Test
    void projection_ann_paceAndPipelineInHand() {
        // 0.909 a week × 13 weeks = 11.8 → 12 new meetings at 0.18156, plus 2 leads at 0.14071 and 4 meetings
        // at 0.18156: 3.1865 expected wins, EUR 31,864.59. Wins' cumulative probabilities: P(≤0) = 0.030,
        // P(≤1) = 0.146, P(≤2) = 0.358, P(≤3) = 0.602, P(≤4) = 0.799, P(≤5) = 0.917: 1, 3 and 5 wins.
        ReviewProjection projection = ANN.projection().orElseThrow();
        assertThat(projection.newOpportunities()).isEqualTo(12);
        assertThat(projection.inHand()).isEqualTo(6);
        assertThat(projection.expectedWins()).isCloseTo(decimal("3.1864587917"), within());
        assertThat(projection.expectedRevenue()).isEqualTo(Money.parse("EUR 31864.59"));
        assertThat(projection.p10()).isEqualTo(EUR_10_000);
        assertThat(projection.p50()).isEqualTo(Money.of("EUR", 30_000));
        assertThat(projection.p90()).isEqualTo(Money.of("EUR", 50_000));
    }

    @Test
    void funnel_ann_requiredInQ2AgainstDoneInMarch() {
        assertThat(ANN.funnel()).containsExactly(new StageFigure("cold_call", "Cold call", 190, 100),
                new StageFigure("lead", "Lead", 38, 6), new StageFigure("meeting", "First meeting", 29, 4),
                new StageFigure("demo", "Demo", 22, 0), new StageFigure("proposal", "Proposal", 11, 0),
                new StageFigure("negotiation", "Negotiation", 8, 0), new StageFigure("won", "Won", 5, 0));
    }

    @Test
    void bob_closesEverythingButOpensTooLittle() {
        // 10 → 6 → 6 → 3 → 3 → 3 at EUR 30,000; blended 70 %, 84.6154 % ((6 + 16) ÷ 26), 50 %, 78.2609 %
        // ((3 + 15) ÷ 23), 71.0145 % ((3 + 13.333…) ÷ 23).
        assertThat(BOB.ratios()).extracting(r -> r.planned().value()).containsExactly(decimal("0.2"),
                decimal("0.7"), decimal("0.846154"), decimal("0.5"), decimal("0.782609"), decimal("0.710145"));
        // In hand 2 leads, 2 meetings: 0.7994 wins; ⌈(90,000 − 23,983.44) ÷ 30,000⌉ = 3 deals; 5, 7, 14, 17, 25, 125.
        Plan.Reachable plan = (Plan.Reachable) BOB.plan();
        assertThat(plan.wonDeals()).isEqualTo(3);
        assertThat(plan.stages()).extracting(StageRequirement::required).containsExactly(125L, 25L, 17L, 14L, 7L, 5L);
        // 2 meetings in March: 0.4545 a week against 17 ÷ 13 = 1.3077: 34.8 %.
        assertThat(BOB.barometer().orElseThrow().percent()).isEqualByComparingTo("34.8");
        // Peers ann and cid: (20,000 + 12,000) ÷ 3 = 10,667; 30,000 is 181 % above. Cycle (60 + 20) ÷ 3 = 26.67 days;
        // 45 is 69 % longer.
        assertThat(BOB.peerGap(GapToPeers.REVENUE_PER_SALE).orElseThrow().percent()).isEqualByComparingTo("181");
        assertThat(BOB.peerGap(GapToPeers.SALES_CYCLE).orElseThrow().percent()).isEqualByComparingTo("69");
        assertThat(BOB.peerGap(GapToPeers.SALES_CYCLE).orElseThrow().favourable()).isFalse();
        // Below peers only at lead → meeting (70 % against (16 + 8) ÷ 30 = 80 %), then the most activity saved.
        assertThat(BOB.focus()).extracting(Focus::stage).containsExactly("lead", "cold_call");
        // 6 new meetings at the pace and 2 + 2 in hand: 2.2102 wins, EUR 66,307.16; 1, 2 and 4 wins.
        ReviewProjection projection = BOB.projection().orElseThrow();
        assertThat(projection.expectedRevenue()).isEqualTo(Money.parse("EUR 66307.16"));
        assertThat(List.of(projection.p10(), projection.p50(), projection.p90())).containsExactly(
                Money.of("EUR", 30_000), Money.of("EUR", 60_000), Money.of("EUR", 120_000));
    }

    @Test
    void cid_blendedPlanAndBarometer() {
        // 10 → 8 → 6 → 3 → 2 → 1 at EUR 12,000; ⌈(36,000 − 0.7126 × 12,000) ÷ 12,000⌉ = 3 deals.
        Plan.Reachable plan = (Plan.Reachable) CID.plan();
        assertThat(CID.ratios()).extracting(r -> r.planned().value()).containsExactly(decimal("0.2"),
                decimal("0.766667"), decimal("0.785714"), decimal("0.5"), decimal("0.73913"), decimal("0.651515"));
        assertThat(plan.stages()).extracting(StageRequirement::required).containsExactly(120L, 24L, 18L, 14L, 7L, 5L);
        // 3 meetings in March: 0.6818 a week against 18 ÷ 13 = 1.3846: 49.2 %.
        assertThat(CID.barometer().orElseThrow().percent()).isEqualByComparingTo("49.2");
        // Peers ann and bob: (20,000 + 90,000) ÷ 5 = 22,000; 12,000 is 45 % below.
        assertThat(CID.peerGap(GapToPeers.REVENUE_PER_SALE).orElseThrow().percent()).isEqualByComparingTo("-45");
    }

    @Test
    void dee_meetingsRarelyLeadToADemo_advisedSo() {
        // 20 → 10 → 6 → 3 → 3 → 2 at EUR 20,000; alone with history in South: blended toward its own ratios.
        assertThat(DEE.ratios()).extracting(r -> r.planned().value()).containsExactly(decimal("0.25"),
                decimal("0.5"), decimal("0.6"), decimal("0.5"), decimal("1"), decimal("0.666667"));
        // In hand 4 leads and 4 meetings: 4 × 0.2 + 4 × 0.1 = 1.2000006 wins; ⌈2.7999994⌉ = 3 deals;
        // 5, 5, 10, 17, 34, 136.
        Plan.Reachable plan = (Plan.Reachable) DEE.plan();
        assertThat(plan.stages()).extracting(StageRequirement::required).containsExactly(136L, 34L, 17L, 10L, 5L, 5L);
        assertThat(DEE.barometer().orElseThrow().percent()).isEqualByComparingTo("69.5");
        // First meeting → demo is the gateway out of the new-opportunity stage: 6 of 10, under 65 %.
        assertThat(DEE.advice()).extracting(Advice::id).containsExactly(AdviceRules.APPOINTMENT_NEXT_STEP,
                AdviceRules.BAROMETER);
        Advice nextStep = DEE.advice().get(0);
        assertThat(nextStep.label()).isEqualTo("First meeting → Demo");
        assertThat(nextStep.value()).isEqualByComparingTo("0.6");
        assertThat(nextStep.threshold()).isEqualByComparingTo("0.65");
        assertThat(nextStep.sample()).isEqualTo(10);
        assertThat(nextStep.text()).startsWith("First meeting → Demo: 60% of the first appointments led to a next"
                + " step, under the 65% to aim for (10 appointments).");
        // Eve, the only peer, has no figure, and opened nothing: a peer value of zero gives no gap.
        assertThat(DEE.peerGaps()).isEmpty();
    }

    @Test
    void eve_noHistory_plansAtSouthsRatiosAndRevenuePerSale() {
        // Nothing logged: counts zero, ratios undefined with their reasons.
        assertThat(EVE.figure(REVIEW.kpis().dealsWon()).value()).contains(BigDecimal.ZERO);
        assertThat(EVE.figure(REVIEW.kpis().winRate()).undefinedReason()).contains("no deals closed in the period");
        assertThat(EVE.ratios()).allSatisfy(ratio -> {
            assertThat(ratio.own().isDefined()).isFalse();
            assertThat(ratio.planned()).isEqualTo(ratio.team());
            assertThat(ratio.weight()).isEqualByComparingTo("0");
        });
        // At dee's EUR 20,000 and ratios: 2 deals, 3 negotiations, 3 proposals, 6 demos, 10 meetings, 20 leads, 80 calls.
        Plan.Reachable plan = (Plan.Reachable) EVE.plan();
        assertThat(plan.model().averageDeal()).isEqualTo(Money.of("EUR", 20_000));
        assertThat(plan.stages()).extracting(StageRequirement::required).containsExactly(80L, 20L, 10L, 6L, 3L, 3L);
        assertThat(EVE.barometer().orElseThrow().percent()).isEqualByComparingTo("0");
        assertThat(EVE.newOpportunitiesPerWeek()).isEqualTo(BigDecimal.ZERO);
        assertThat(EVE.projection().orElseThrow().expectedRevenue()).isEqualTo(Money.of("EUR", 0));
    }

    @Test
    void advice_everyRep_underPace() {
        // Nobody opens enough meetings; only dee also converts meetings under 65 % on 10 of them. Closing ratios
        // rest on fewer than 10 negotiations; no rep has 5 deals for the peer rules; no visit or selling hour is
        // logged, so those rules stay silent.
        assertThat(REVIEW.reps()).allSatisfy(rep -> assertThat(rep.advice()).extracting(Advice::id)
                .contains(AdviceRules.BAROMETER));
        assertThat(REVIEW.reps().stream().mapToInt(rep -> rep.advice().size()).sum()).isEqualTo(6);
    }

    @Test
    void units_figuresByParts_headsFigure() {
        UnitReview north = REVIEW.unit("north");
        ReviewKpis kpis = REVIEW.kpis();
        // (20,000 + 90,000 + 12,000) ÷ (2 + 3 + 1): never the mean of the reps' figures.
        KpiResult perSale = north.figure(kpis.revenuePerSale());
        assertThat(perSale.toMoney()).contains(Money.parse("EUR 20333.33"));
        assertThat(((KpiResult.Defined) perSale).numerator()).contains(decimal("122000"));
        assertThat(north.head().id()).isEqualTo("ann");
        assertThat(north.depth()).isEqualTo(1);
        assertThat(north.ratios()).containsEntry("lead", Ratio.of(30, 40)).containsEntry("negotiation", Ratio.of(6, 9));
        UnitReview company = REVIEW.organisation();
        assertThat(company.figure(kpis.wonRevenue()).toMoney()).contains(Money.of("EUR", 162_000));
        assertThat(company.figure(kpis.winRate()).toRatio()).isEqualTo(Ratio.of(8, 60));
        assertThat(company.reps()).hasSize(5);
    }

    @Test
    void units_planAgainstTheSumOfTheRepsTargets() {
        UnitReview north = REVIEW.unit("north");
        // 60,000 + 90,000 + 36,000; no own target, so the unit plans for the sum at its own ratios and
        // EUR 20,333.33: in hand 5 leads × 0.15 + 9 meetings × 0.2 = 2.55 wins; ⌈(186,000 − 51,850.00) ÷ 20,333.33⌉
        // = 7 deals; meetings ⌈7 ÷ (2/3) ÷ 0.75 ÷ 0.5 ÷ 0.8⌉ = 38, 2.92 a week.
        assertThat(north.target()).isEmpty();
        assertThat(north.repTargets()).isEqualTo(Money.of("EUR", 186_000));
        Plan.Reachable plan = (Plan.Reachable) north.plan();
        assertThat(plan.pipelineInHand().expectedWins()).isEqualByComparingTo("2.55");
        assertThat(plan.wonDeals()).isEqualTo(7);
        assertThat(plan.stage("meeting").required()).isEqualTo(38);
        // The reps' magic numbers: 3 + 2 + 2; none on pace; no plan unreachable.
        assertThat(north.repsMagicNumber()).isEqualTo(7);
        assertThat(north.repsOnPace()).isZero();
        assertThat(north.unreachable()).isEmpty();
        // 4 + 2 + 3 meetings in March: 2.045 a week against 38 ÷ 13 = 2.923: 70 %.
        assertThat(north.newOpportunities()).isEqualTo(9);
        assertThat(north.barometer().orElseThrow().percent()).isEqualByComparingTo("70");
    }

    @Test
    void rep_unknown_throws() {
        assertThatThrownBy(() -> REVIEW.rep("nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repId must be a rep of the review: nobody");
        assertThatThrownBy(() -> REVIEW.unit("west")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unitId must be a unit of the review: west");
        assertThatThrownBy(() -> REVIEW.gateway("won")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage must be a gateway of the review [cold_call, lead, meeting, demo, proposal,"
                        + " negotiation]: won");
    }

    private static org.assertj.core.data.Offset<BigDecimal> within() {
        return org.assertj.core.data.Offset.offset(decimal("0.0000000001"));
    }
}
