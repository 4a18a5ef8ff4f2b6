package io.github.kpiengine.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpisTest {

    private static final Pipeline SALES = Pipeline.of("lead", "first_appointment", "proposal");

    @Test
    void activityCount_type_derivesIdNameAndUnit() {
        Kpi kpi = Kpis.activityCount(ActivityType.COLD_CALL);

        assertThat(kpi.id()).isEqualTo("count_cold_call");
        assertThat(kpi.displayName()).isEqualTo("Cold call count");
        assertThat(kpi.unit()).isEqualTo(KpiUnit.COUNT);
        assertThat(kpi.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void activityCount_outcome_includesOutcomeInId() {
        Kpi kpi = Kpis.activityCount(ActivityType.SITE_VISIT, Outcome.ORDER_COMMITMENT);

        assertThat(kpi.id()).isEqualTo("count_site_visit_order_commitment");
        assertThat(((Kpi.ActivityCount) kpi).outcome()).isEqualTo(Outcome.ORDER_COMMITMENT);
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

        assertThat(kpi.id()).isEqualTo("count_proposal_per_count_first_appointment");
        assertThat(kpi.unit()).isEqualTo(KpiUnit.PERCENT);
    }

    @Test
    void renamed_anyKpi_keepsDefinitionAndChangesName() {
        List<Kpi> all = List.of(Kpis.activityCount(ActivityType.DEMO),
                Kpis.totalHours(ActivityType.SOCIAL_SELLING), Kpis.winRate(), Kpis.averageRevenuePerSale(),
                Kpis.stageConversion(SALES, "lead", "won"), Kpis.meanSalesCycleDays(), Kpis.newAccountsWon(),
                Kpis.ratio(Kpis.winRate(), Kpis.winRate()));

        for (Kpi kpi : all) {
            Kpi renamed = Kpis.renamed(kpi, "x", "X");
            assertThat(renamed.getClass()).isEqualTo(kpi.getClass());
            assertThat(renamed.id()).isEqualTo("x");
            assertThat(Kpis.renamed(renamed, kpi.id(), kpi.displayName())).isEqualTo(kpi);
        }
    }

    @Test
    void winRate_blankId_throws() {
        assertThatThrownBy(() -> Kpis.renamed(Kpis.winRate(), "", "Win rate"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank: \"\"");
    }
}
