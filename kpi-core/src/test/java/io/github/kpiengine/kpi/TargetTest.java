package io.github.kpiengine.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetTest {

    /** Appointment to proposal: 70 % on target, below 65 % red, judged after 20 appointments. */
    private static final Target PROPOSAL_RATE = Target.of(new BigDecimal("0.70"), new BigDecimal("0.65"), 20);
    /** Sales cycle: 60 days on target, above 75 red. */
    private static final Target CYCLE_60_DAYS = Target.of(BigDecimal.valueOf(60), BigDecimal.valueOf(75), 5);

    private static KpiResult rate(long proposals, long appointments) {
        return KpiResult.ratio(BigDecimal.valueOf(proposals), BigDecimal.valueOf(appointments), KpiUnit.PERCENT,
                appointments, "no appointments");
    }

    @Test
    void status_higherIsBetter_readsTheBands() {
        assertThat(PROPOSAL_RATE.status(rate(15, 20), Direction.HIGHER_IS_BETTER)).isEqualTo(Status.GREEN);
        assertThat(PROPOSAL_RATE.status(rate(14, 20), Direction.HIGHER_IS_BETTER)).isEqualTo(Status.GREEN);
        assertThat(PROPOSAL_RATE.status(rate(27, 40), Direction.HIGHER_IS_BETTER)).isEqualTo(Status.AMBER);
        assertThat(PROPOSAL_RATE.status(rate(26, 40), Direction.HIGHER_IS_BETTER)).isEqualTo(Status.AMBER);
        assertThat(PROPOSAL_RATE.status(rate(25, 40), Direction.HIGHER_IS_BETTER)).isEqualTo(Status.RED);
    }

    @Test
    void status_tooSmallASampleOrUndefined_isNotJudged() {
        assertThat(PROPOSAL_RATE.status(rate(1, 19), Direction.HIGHER_IS_BETTER)).isEqualTo(Status.NOT_JUDGED);
        assertThat(PROPOSAL_RATE.status(rate(0, 0), Direction.HIGHER_IS_BETTER)).isEqualTo(Status.NOT_JUDGED);
    }

    @Test
    void status_lowerIsBetter_turnsTheComparisonsRound() {
        KpiResult days50 = KpiResult.of(BigDecimal.valueOf(50), KpiUnit.DAYS, 10);
        KpiResult days70 = KpiResult.of(BigDecimal.valueOf(70), KpiUnit.DAYS, 10);
        KpiResult days80 = KpiResult.of(BigDecimal.valueOf(80), KpiUnit.DAYS, 10);

        assertThat(CYCLE_60_DAYS.status(days50, Direction.LOWER_IS_BETTER)).isEqualTo(Status.GREEN);
        assertThat(CYCLE_60_DAYS.status(days70, Direction.LOWER_IS_BETTER)).isEqualTo(Status.AMBER);
        assertThat(CYCLE_60_DAYS.status(days80, Direction.LOWER_IS_BETTER)).isEqualTo(Status.RED);
    }

    @Test
    void status_thresholdOnTheGreenSide_isRefused() {
        assertThatThrownBy(() -> CYCLE_60_DAYS.status(rate(1, 2), Direction.HIGHER_IS_BETTER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("redThreshold must not be above the target 60 for a KPI that is better when higher: 75");
        assertThatThrownBy(() -> Target.of(BigDecimal.ONE, BigDecimal.ONE, -1))
                .hasMessage("minimumSample must not be negative: -1");
    }

    @Test
    void attainmentAndGap_compareWithTheTarget() {
        Target revenue = Target.of(BigDecimal.valueOf(1_200_000));
        KpiResult achieved = KpiResult.of(BigDecimal.valueOf(900_000), KpiUnit.MONEY, 30);

        assertThat(revenue.attainment(achieved)).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.75"));
        assertThat(revenue.gap(achieved)).hasValueSatisfying(g -> assertThat(g).isEqualByComparingTo("-300000"));
        assertThat(revenue.status(achieved, Direction.HIGHER_IS_BETTER)).isEqualTo(Status.RED);
        assertThat(revenue.attainment(KpiResult.undefined("none", KpiUnit.MONEY, 0))).isEmpty();
        assertThat(Target.of(BigDecimal.ZERO).attainment(achieved)).isEmpty();
    }
}
