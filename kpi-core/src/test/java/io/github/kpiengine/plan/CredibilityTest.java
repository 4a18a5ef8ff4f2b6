package io.github.kpiengine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Ratio;
import org.junit.jupiter.api.Test;

class CredibilityTest {

    private static final Ratio TEAM_CLOSE_40 = Ratio.parse("40%");

    @Test
    void blend_thinHistory_leansOnTheTeam() {
        Ratio blended = Credibility.blend(Ratio.of(3, 4), TEAM_CLOSE_40, Credibility.DEFAULT_K);

        assertThat(blended.value()).isEqualByComparingTo("0.458333");
    }

    @Test
    void blend_longHistory_leansOnTheRep() {
        Ratio blended = Credibility.blend(Ratio.of(150, 200), TEAM_CLOSE_40, Credibility.DEFAULT_K);

        assertThat(blended.value()).isEqualByComparingTo("0.718182");
    }

    @Test
    void blend_noHistory_isTheTeamsRatio() {
        assertThat(Credibility.blend(Ratio.of(0, 0), TEAM_CLOSE_40, 20)).isEqualTo(TEAM_CLOSE_40);
    }

    @Test
    void blend_badInput_isRefused() {
        assertThatThrownBy(() -> Credibility.blend(Ratio.of(1, 2), TEAM_CLOSE_40, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("k must be positive: 0");
        assertThatThrownBy(() -> Credibility.blend(Ratio.of(1, 2), Ratio.undefined("no team"), 20))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("team ratio must be defined to blend toward: undefined: no team");
        assertThatThrownBy(() -> Credibility.blend(Ratio.parse("50%"), TEAM_CLOSE_40, 20))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rep ratio must be counted to weigh its history: 50%");
    }

    @Test
    void blend_countedTeamRatio_isTheExactFractionRoundedOnce() {
        // (2 + 3 × 1/3) ÷ (1,999,997 + 3) = 0.0000015 exactly, half-even to 0.000002; with 1/3 cut to
        // 34 digits first it was 0.00000149999… and rounded to 0.000001.
        assertThat(Credibility.blend(Ratio.of(2, 1_999_997), Ratio.of(1, 3), 3).value())
                .isEqualByComparingTo("0.000002");
        assertThat(Credibility.blend(Ratio.of(0, 1), Ratio.of(1, 3), 1).value()).isEqualByComparingTo("0.166667");
    }
}
