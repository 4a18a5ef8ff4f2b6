package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DealResultTest {

    private static final Stage PROPOSAL = Stage.open("proposal");

    @Test
    void at_openStage_open() {
        assertThat(DealResult.at(PROPOSAL)).isEqualTo(DealResult.OPEN);
    }

    @Test
    void at_wonStage_won() {
        assertThat(DealResult.at(Stage.WON)).isEqualTo(DealResult.WON);
    }

    @Test
    void at_lostStage_lost() {
        assertThat(DealResult.at(Stage.LOST)).isEqualTo(DealResult.LOST);
    }

    @Test
    void at_null_throwsNamingStage() {
        assertThatThrownBy(() -> DealResult.at(null))
                .isInstanceOf(NullPointerException.class).hasMessage("stage");
    }
}
