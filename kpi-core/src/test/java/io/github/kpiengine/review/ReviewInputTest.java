package io.github.kpiengine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Goal;
import io.github.kpiengine.Money;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.kpi.Kpis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input is refused at the edge, each message naming the field and the value. */
class ReviewInputTest {

    private static final SalesPeriod EASTER_WEEKEND = SalesPeriod.of(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 5));

    @Test
    void targets_repMissingFromTheTree_throws() {
        Map<String, Money> targets = new LinkedHashMap<>(SmallTeam.TARGETS);
        targets.put("zed", Money.of("EUR", 1_000));

        assertThatThrownBy(() -> SmallTeam.input().targets(ReviewTargets.perRep(targets)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targets must name reps of the org: zed");
    }

    @Test
    void targets_repWithoutTarget_throws() {
        Map<String, Money> targets = new LinkedHashMap<>(SmallTeam.TARGETS);
        targets.remove("eve");

        assertThatThrownBy(() -> SmallTeam.input().targets(ReviewTargets.perRep(targets)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targets must give every rep of the org a target: eve");
    }

    @Test
    void targets_otherCurrencyThanTheLog_throws() {
        Map<String, Money> targets = new LinkedHashMap<>(SmallTeam.TARGETS);
        targets.put("bob", Money.of("USD", 90_000));

        assertThatThrownBy(() -> SmallTeam.input().targets(ReviewTargets.perRep(targets)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("targets must be in the log's currency EUR: bob=USD 90000.00");
    }

    @Test
    void opportunityStage_notInThePipeline_throws() {
        assertThatThrownBy(() -> SmallTeam.input().opportunityStage("first_appointment").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opportunityStage must be an open stage of the pipeline [lead, meeting, demo, proposal,"
                        + " negotiation]: first_appointment");
    }

    @Test
    void opportunityStage_default_isThePipelinesFirst() {
        ReviewInput input = ReviewInput.builder(SmallTeam.log(), SmallTeam.ORG, Pipeline.of("prospecting", "proposal"),
                SmallTeam.CALENDAR).reviewed(SmallTeam.Q1).planned(SmallTeam.Q2)
                .targets(ReviewTargets.perRep(SmallTeam.TARGETS)).build();

        assertThat(input.opportunityStage()).isEqualTo("prospecting");
    }

    @Test
    void planned_noWorkingDay_throws() {
        assertThatThrownBy(() -> SmallTeam.input().planned(EASTER_WEEKEND).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("planned must hold at least one working day of the calendar: 2026-04-04/2026-04-05");
    }

    @Test
    void paceWindow_noWorkingDay_throws() {
        assertThatThrownBy(() -> SmallTeam.input().paceWindow(EASTER_WEEKEND).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paceWindow must hold at least one working day of the calendar: 2026-04-04/2026-04-05");
    }

    @Test
    void credibilityK_notPositive_throws() {
        assertThatThrownBy(() -> SmallTeam.input().credibilityK(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("credibilityK must be positive: 0");
    }

    @Test
    void sellingTypes_counted_throws() {
        assertThatThrownBy(() -> SmallTeam.input().sellingTypes(List.of(ActivityType.DEMO)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sellingTypes must be timed activity types: demo");
    }

    @Test
    void openPipeline_stageOutsideThePipeline_throws() {
        assertThatThrownBy(() -> SmallTeam.input().openPipeline("ann", "survey", 2).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("openPipeline stage must be an open stage of the pipeline [lead, meeting, demo, proposal,"
                        + " negotiation]: survey");
    }

    @Test
    void build_withoutTargets_throws() {
        assertThatThrownBy(() -> ReviewInput.builder(SmallTeam.log(), SmallTeam.ORG, SmallTeam.PIPELINE,
                SmallTeam.CALENDAR).reviewed(SmallTeam.Q1).planned(SmallTeam.Q2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("targets must be set: null");
    }

    @Test
    void split_unitUnknown_throws() {
        ReviewTargets split = ReviewTargets.split(Map.of("west", Money.of("EUR", 1_000)),
                ReviewTargets.Split.evenly());

        assertThatThrownBy(() -> SmallTeam.input().targets(split).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unitTargets must name units of the org: west");
    }

    @Test
    void split_unitsOverlap_throws() {
        Map<String, Money> units = new LinkedHashMap<>();
        units.put("company", Money.of("EUR", 300_000));
        units.put("north", Money.of("EUR", 100_000));

        assertThatThrownBy(() -> SmallTeam.input().targets(ReviewTargets.split(units, ReviewTargets.Split.evenly()))
                .build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unitTargets must not split a rep's target twice: ann (unit north)");
    }

    @Test
    void split_unitsLeaveARepOut_throws() {
        ReviewTargets split = ReviewTargets.split(Map.of("north", Money.of("EUR", 1_000)),
                ReviewTargets.Split.evenly());

        assertThatThrownBy(() -> SmallTeam.input().targets(split).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unitTargets must cover every rep of the org: dee");
    }

    @Test
    void split_weightMissing_throws() {
        ReviewTargets split = ReviewTargets.split(Map.of("company", Money.of("EUR", 1_000)),
                ReviewTargets.Split.byWeights(Map.of("ann", BigDecimal.ONE)));

        assertThatThrownBy(() -> SmallTeam.input().targets(split).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("weights must give every rep of the split units one: ");
    }

    @Test
    void goals_repWithoutARevenueGoal_throws() {
        List<Goal> goals = List.of(Goal.revenue("ann-q2", "ann", Money.of("EUR", 1_000), SmallTeam.Q2, List.of()));

        assertThatThrownBy(() -> SmallTeam.input().targets(ReviewTargets.fromGoals(goals)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goals must give every rep of the org a revenue goal for the planned period"
                        + " 2026-04-01/2026-06-30: bob");
    }

    @Test
    void kpis_reusingAReviewId_throws() {
        ReviewInput input = SmallTeam.input().kpis(Kpis.dealsLost().named("win_rate", "Another win rate")).build();

        assertThatThrownBy(() -> SalesReview.of(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("extraKpis must not reuse an id of the review's KPIs: win_rate");
    }

    @Test
    void advice_ruleReadingAnUnknownKpi_throws() {
        ReviewInput input = SmallTeam.input().advice(AdviceRules.none()
                .with(AdviceRule.below("odd", ReviewFigure.kpi("nothing_like_it"), BigDecimal.ONE, 0))).build();

        assertThatThrownBy(() -> SalesReview.of(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule's KPI must be a KPI of the review: nothing_like_it");
    }

    @Test
    void goals_driverNotAKpiOfTheReview_throws() {
        Goal goal = Goal.newAccounts("north-accounts", "north", 5, SmallTeam.Q1, List.of("no_such_kpi"));
        ReviewInput input = SmallTeam.input().goals(List.of(goal)).build();

        assertThatThrownBy(() -> SalesReview.of(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("driverKpiIds must be KPIs of the driver scorecard [")
                .hasMessageEndingWith("]: no_such_kpi");
    }
}
