package io.github.kpiengine.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpisTest {

    private static final Pipeline SALES = Pipeline.of("lead", "first_appointment", "proposal");

    @Test
    void activityCount_type_derivesIdNameAndUnit() {
        Kpi kpi = Kpis.activityCount(ActivityType.COLD_CALL);

        assertThat(kpi.id()).isEqualTo("count(cold_call)");
        assertThat(kpi.displayName()).isEqualTo("Cold call count");
        assertThat(kpi.unit()).isEqualTo(KpiUnit.COUNT);
        assertThat(kpi.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void activityCount_outcome_includesOutcomeInId() {
        Kpi kpi = Kpis.activityCount(ActivityType.SITE_VISIT, Outcome.ORDER_COMMITMENT);

        assertThat(kpi.id()).isEqualTo("count(site_visit,order_commitment)");
        assertThat(kpi.displayName()).isEqualTo("Site visit count (order commitment)");
        assertThat(((KpiExpression.ActivityCount) kpi.expression()).outcome()).contains(Outcome.ORDER_COMMITMENT);
    }

    @Test
    void totalHours_countedType_throws() {
        assertThatThrownBy(() -> Kpis.totalHours(ActivityType.COLD_CALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type must be timed: cold_call");
    }

    @Test
    void catalogue_unitsAndDirections_readTheRightWay() {
        assertThat(List.of(Kpis.totalHours(ActivityType.SOCIAL_SELLING), Kpis.winRate(),
                Kpis.averageRevenuePerSale(), Kpis.stageConversion(SALES, "lead", "proposal"),
                Kpis.meanSalesCycleDays(), Kpis.newAccountsWon()))
                .extracting(Kpi::unit, Kpi::direction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(KpiUnit.HOURS, Direction.HIGHER_IS_BETTER),
                        org.assertj.core.groups.Tuple.tuple(KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER),
                        org.assertj.core.groups.Tuple.tuple(KpiUnit.MONEY, Direction.HIGHER_IS_BETTER),
                        org.assertj.core.groups.Tuple.tuple(KpiUnit.PERCENT, Direction.HIGHER_IS_BETTER),
                        org.assertj.core.groups.Tuple.tuple(KpiUnit.DAYS, Direction.LOWER_IS_BETTER),
                        org.assertj.core.groups.Tuple.tuple(KpiUnit.COUNT, Direction.HIGHER_IS_BETTER));
    }

    @Test
    void stageConversion_unknownStage_throws() {
        assertThatThrownBy(() -> Kpis.stageConversion(SALES, "lead", "demo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("demo");
    }

    @Test
    void stageConversion_backwards_throws() {
        assertThatThrownBy(() -> Kpis.stageConversion(SALES, "proposal", "lead"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must come after proposal in the pipeline: lead");
    }

    @Test
    void stageConversion_fromWon_throws() {
        assertThatThrownBy(() -> Kpis.stageConversion(SALES, "won", "lost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("from must be an open stage: won");
    }

    @Test
    void stageConversion_toLost_throws() {
        assertThatThrownBy(() -> Kpis.stageConversion(SALES, "lead", "lost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("to must not be the lost stage: lost");
    }

    @Test
    void ratio_twoKpis_derivesIdAndDefaultsToPercent() {
        Kpi kpi = Kpis.ratio(Kpis.activityCount(ActivityType.PROPOSAL),
                Kpis.activityCount(ActivityType.FIRST_APPOINTMENT));

        assertThat(kpi.id()).isEqualTo("ratio(count(proposal),count(first_appointment))");
        assertThat(kpi.displayName()).isEqualTo("Proposal count per First appointment count");
        assertThat(kpi.unit()).isEqualTo(KpiUnit.PERCENT);
    }

    @Test
    void named_anyKpi_keepsExpressionAndTargetAndChangesName() {
        Target target = Target.of(new BigDecimal("0.5"));
        Kpi kpi = Kpis.winRate().withTarget(target);

        Kpi renamed = kpi.named("close", "Close ratio");

        assertThat(renamed.id()).isEqualTo("close");
        assertThat(renamed.displayName()).isEqualTo("Close ratio");
        assertThat(renamed.expression()).isEqualTo(kpi.expression());
        assertThat(renamed.target()).contains(target);
        assertThat(renamed.named(kpi.id(), kpi.displayName())).isEqualTo(kpi);
    }

    @Test
    void named_blankId_throws() {
        assertThatThrownBy(() -> Kpis.winRate().named("", "Win rate"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank: \"\"");
        assertThatThrownBy(() -> Kpis.winRate().named("close", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("displayName must not be blank: \" \"");
    }

    @Test
    void withTarget_redThresholdOnTheGreenSide_isRefusedWhenBuilt() {
        Target redAbove = Target.of(new BigDecimal("0.5"), new BigDecimal("0.6"), 0);
        Target redBelow = Target.of(new BigDecimal("30"), new BigDecimal("20"), 0);

        assertThatThrownBy(() -> Kpis.winRate().withTarget(redAbove))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("redThreshold must not be above the target 0.5 for a KPI that is better when higher: 0.6");
        assertThatThrownBy(() -> Kpis.meanSalesCycleDays().withTarget(redBelow))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("redThreshold must not be below the target 30 for a KPI that is better when lower: 20");
        assertThat(Kpis.meanSalesCycleDays().withTarget(Target.of(new BigDecimal("30"), new BigDecimal("45"), 0))
                .target()).isPresent();
    }

    @Test
    void plainFigures_haveTheirIdsNamesUnitsAndDirections() {
        assertThat(List.of(Kpis.wonRevenue(), Kpis.dealsWon(), Kpis.dealsLost(), Kpis.opportunitiesOpened(),
                Kpis.openPipelineValue()))
                .extracting(Kpi::id, Kpi::displayName, Kpi::unit, Kpi::direction)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("won_revenue", "Won revenue", KpiUnit.MONEY,
                                Direction.HIGHER_IS_BETTER),
                        org.assertj.core.groups.Tuple.tuple("deals_won", "Deals won", KpiUnit.COUNT,
                                Direction.HIGHER_IS_BETTER),
                        org.assertj.core.groups.Tuple.tuple("deals_lost", "Deals lost", KpiUnit.COUNT,
                                Direction.LOWER_IS_BETTER),
                        org.assertj.core.groups.Tuple.tuple("opportunities_opened", "Opportunities opened",
                                KpiUnit.COUNT, Direction.HIGHER_IS_BETTER),
                        org.assertj.core.groups.Tuple.tuple("open_pipeline", "Open pipeline value", KpiUnit.MONEY,
                                Direction.HIGHER_IS_BETTER));
    }

    @Test
    void ids_ofTheIssuesExamples_differ() {
        Kpi a = Kpis.activityCount(ActivityType.COLD_CALL);
        Kpi b = Kpis.activityCount(ActivityType.DEMO);
        Kpi c = Kpis.activityCount(ActivityType.PROPOSAL);
        Kpi leftFirst = Kpis.difference(Kpis.difference(a, b), c);
        Kpi rightFirst = Kpis.difference(a, Kpis.difference(b, c));
        Kpi segment = Kpis.where(a, Condition.attribute("seg", "smb_eu"));
        Kpi segmentSmb = Kpis.where(a, Condition.attribute("seg_smb", "eu"));

        assertThat(leftFirst.id()).isEqualTo("difference(difference(count(cold_call),count(demo)),count(proposal))");
        assertThat(rightFirst.id()).isEqualTo("difference(count(cold_call),difference(count(demo),count(proposal)))");
        assertThat(segment.id()).isEqualTo("where(count(cold_call),attribute(\"seg\",\"smb_eu\"))");
        assertThat(segmentSmb.id()).isEqualTo("where(count(cold_call),attribute(\"seg_smb\",\"eu\"))");
        assertThat(Kpis.activityCount(ActivityType.counted("cold_call_advanced", "Call advanced")).id())
                .isNotEqualTo(Kpis.activityCount(ActivityType.COLD_CALL, Outcome.ADVANCED).id());
    }

    @Test
    void displayNames_readTheLabelsOfStagesAndTypes() {
        Pipeline salesforce = Pipeline.of(io.github.kpiengine.Stage.open("prospecting", "Prospecting"),
                io.github.kpiengine.Stage.open("proposal_price_quote", "Proposal/Price Quote"))
                .withTerminalNames("Closed Won", "Closed Lost");

        assertThat(Kpis.stageConversion(salesforce, "proposal_price_quote", "won").displayName())
                .isEqualTo("Proposal/Price Quote → Closed Won");
        assertThat(Kpis.stageConversion(salesforce, "prospecting", "proposal_price_quote").id())
                .isEqualTo("conversion(prospecting,proposal_price_quote)");
        assertThat(Kpis.salesCycleDays(Statistic.MEDIAN, salesforce, "prospecting").displayName())
                .isEqualTo("Median sales cycle from Prospecting (days)");
    }
}
