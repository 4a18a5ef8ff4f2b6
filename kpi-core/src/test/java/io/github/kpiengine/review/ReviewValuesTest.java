package io.github.kpiengine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.kpi.Direction;
import io.github.kpiengine.plan.FunnelModel;
import io.github.kpiengine.plan.FunnelSolver;
import io.github.kpiengine.plan.Plan;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The review's small values: barometer, peer gap, stage figure, and the distribution of wins. */
class ReviewValuesTest {

    /** 124 first appointments over 48 weeks: 2.583 a week exactly, a magic number of 3. */
    private static final Plan.Reachable PLAN = (Plan.Reachable) FunnelSolver.solve(FunnelModel.builder(
            Money.parse("EUR 1200000"), Money.parse("EUR 30000")).gateway("first_appointment", Ratio.parse("65%"))
            .gateway("proposal", Ratio.parse("50%")).weeks(BigDecimal.valueOf(48)).build());

    @Test
    void barometer_readsAgainstTheExactNeedNotTheMagicNumber() {
        ActivityBarometer barometer = ActivityBarometer.of(new BigDecimal("2.6"), PLAN);

        // 2.6 ÷ (124 ÷ 48) = 100.6 %: on pace, where 2.6 ÷ 3 would read 86.7 %.
        assertThat(barometer.magicNumber()).isEqualTo(3);
        assertThat(barometer.percent()).isEqualByComparingTo("100.6");
        assertThat(barometer.healthy()).isTrue();
    }

    @Test
    void barometer_negativePace_throws() {
        assertThatThrownBy(() -> ActivityBarometer.of(new BigDecimal("-1"), PLAN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("actualPerWeek must not be negative: -1");
    }

    @Test
    void peerGap_cycleShorter_favourable() {
        GapToPeers cycle = new GapToPeers(GapToPeers.SALES_CYCLE, "Sales cycle", Direction.LOWER_IS_BETTER,
                new BigDecimal("28"), new BigDecimal("40"), new BigDecimal("-0.3"), 4, 12);

        assertThat(cycle.percent()).isEqualByComparingTo("-30");
        assertThat(cycle.favourable()).isTrue();
        assertThatThrownBy(() -> new GapToPeers("x", "X", Direction.HIGHER_IS_BETTER, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, 0, 1)).isInstanceOf(IllegalArgumentException.class).hasMessage("peers must be positive: 0");
    }

    @Test
    void stageFigure_plus_sameStageOnly() {
        StageFigure lead = new StageFigure("lead", "Lead", 10, 4);

        assertThat(lead.plus(new StageFigure("lead", "Lead", 5, 1))).isEqualTo(new StageFigure("lead", "Lead", 15, 5));
        assertThatThrownBy(() -> lead.plus(new StageFigure("won", "Won", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("other must be of stage lead: won");
        assertThatThrownBy(() -> new StageFigure("lead", "Lead", -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("required must not be negative: -1");
    }

    @Test
    void winDistribution_exactUpToAThousandTrials() {
        // Binomial(1000, 0.3): the 10th, 50th and 90th percentiles are 281, 300 and 319.
        WinDistribution wins = WinDistribution.of(new long[] {1000}, new double[] {0.3});

        assertThat(new long[] {wins.quantile(0.1), wins.quantile(0.5), wins.quantile(0.9)})
                .containsExactly(281, 300, 319);
    }

    @Test
    void winDistribution_normalApproximationAbove() {
        // Binomial(2000, 0.5) in two groups: exactly 971, 1000 and 1029; the approximation gives the same.
        WinDistribution wins = WinDistribution.of(new long[] {1500, 500}, new double[] {0.5, 0.5});

        assertThat(new long[] {wins.quantile(0.1), wins.quantile(0.5), wins.quantile(0.9)})
                .containsExactly(971, 1000, 1029);
    }

    @Test
    void winDistribution_noOpportunity_noWin() {
        WinDistribution wins = WinDistribution.of(new long[] {0}, new double[] {0.4});

        assertThat(wins.quantile(0.9)).isZero();
    }
}
