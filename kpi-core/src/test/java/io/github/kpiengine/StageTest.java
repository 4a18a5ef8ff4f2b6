package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StageTest {

    private static final Stage PROPOSAL = Stage.open("proposal");

    @Test
    void open_validName_isOpenAndNotTerminal() {
        assertThat(PROPOSAL.name()).isEqualTo("proposal");
        assertThat(PROPOSAL.kind()).isEqualTo(Stage.Kind.OPEN);
        assertThat(PROPOSAL.isTerminal()).isFalse();
    }

    @Test
    void constants_wonAndLost_areTerminal() {
        assertThat(Stage.WON.name()).isEqualTo("won");
        assertThat(Stage.WON.kind()).isEqualTo(Stage.Kind.WON);
        assertThat(Stage.WON.isTerminal()).isTrue();
        assertThat(Stage.LOST.name()).isEqualTo("lost");
        assertThat(Stage.LOST.kind()).isEqualTo(Stage.Kind.LOST);
        assertThat(Stage.LOST.isTerminal()).isTrue();
    }

    @Test
    void open_namedWon_throws() {
        assertThatThrownBy(() -> Stage.open("won"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be 'won' or 'lost' for an open stage: won");
    }

    @Test
    void open_namedLost_throws() {
        assertThatThrownBy(() -> Stage.open("lost"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be 'won' or 'lost' for an open stage: lost");
    }

    @Test
    void constructor_wonKindOtherName_throws() {
        assertThatThrownBy(() -> new Stage("closed", Stage.Kind.WON, "Closed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be 'won' for a WON stage: closed");
    }

    @Test
    void constructor_lostKindOtherName_throws() {
        assertThatThrownBy(() -> new Stage("won", Stage.Kind.LOST, "Won"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be 'lost' for a LOST stage: won");
    }

    @Test
    void open_badIdentifier_throws() {
        assertThatThrownBy(() -> Stage.open("First Appointment"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must be a lower-case identifier of at most 64 characters "
                        + "([a-z][a-z0-9_]*): 'First Appointment'");
    }

    @Test
    void constructor_nulls_throwNamingArgument() {
        assertThatThrownBy(() -> Stage.open(null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> new Stage("proposal", null, "Proposal"))
                .isInstanceOf(NullPointerException.class).hasMessage("kind");
    }

    @Test
    void equals_sameComponents_equalAndSameHash() {
        assertThat(Stage.open("proposal")).isEqualTo(PROPOSAL).hasSameHashCodeAs(PROPOSAL);
        assertThat(new Stage("won", Stage.Kind.WON, "Won")).isEqualTo(Stage.WON);
        assertThat(Stage.open("demo")).isNotEqualTo(PROPOSAL);
    }

    @Test
    void toString_returnsName() {
        assertThat(PROPOSAL).hasToString("proposal");
        assertThat(Stage.LOST).hasToString("lost");
    }
}
