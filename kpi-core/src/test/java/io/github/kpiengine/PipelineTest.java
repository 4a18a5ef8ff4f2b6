package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static final Stage LEAD = Stage.open("lead");
    private static final Stage FIRST_APPOINTMENT = Stage.open("first_appointment");
    private static final Stage PROPOSAL = Stage.open("proposal");
    private static final Pipeline SALES = Pipeline.of("lead", "first_appointment", "proposal");

    @Test
    void of_openNames_appendsWonAndLost() {
        assertThat(SALES.stages()).containsExactly(LEAD, FIRST_APPOINTMENT, PROPOSAL, Stage.WON, Stage.LOST);
    }

    @Test
    void of_singleStage_accepted() {
        assertThat(Pipeline.of("lead").stages()).containsExactly(LEAD, Stage.WON, Stage.LOST);
    }

    @Test
    void of_noNames_throws() {
        assertThatThrownBy(() -> Pipeline.of(new String[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages must not be empty");
    }

    @Test
    void constructor_emptyList_throws() {
        assertThatThrownBy(() -> new Pipeline(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages must not be empty");
    }

    @Test
    void of_duplicateNames_throws() {
        assertThatThrownBy(() -> Pipeline.of("lead", "proposal", "lead"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages must have unique names: lead");
    }

    @Test
    void of_nameWon_throws() {
        assertThatThrownBy(() -> Pipeline.of("lead", "won"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be 'won' or 'lost' for an open stage: won");
    }

    @Test
    void constructor_withoutWonAndLost_throws() {
        assertThatThrownBy(() -> new Pipeline(List.of(LEAD, PROPOSAL)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages must end with won and lost: [lead, proposal]");
    }

    @Test
    void constructor_lostBeforeWon_throws() {
        assertThatThrownBy(() -> new Pipeline(List.of(LEAD, Stage.LOST, Stage.WON)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages must end with won and lost: [lead, lost, won]");
    }

    @Test
    void constructor_onlyTerminalStages_throws() {
        assertThatThrownBy(() -> new Pipeline(List.of(Stage.WON, Stage.LOST)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stages must end with won and lost: [won, lost]");
    }

    @Test
    void constructor_nulls_throwNamingArgument() {
        assertThatThrownBy(() -> new Pipeline(null))
                .isInstanceOf(NullPointerException.class).hasMessage("stages");
        assertThatThrownBy(() -> Pipeline.of((String[]) null))
                .isInstanceOf(NullPointerException.class).hasMessage("openStageNames");
    }

    @Test
    void constructor_sourceListMutatedAfterwards_pipelineUnchanged() {
        List<Stage> stages = new ArrayList<>(List.of(LEAD, Stage.WON, Stage.LOST));
        Pipeline pipeline = new Pipeline(stages);

        stages.add(0, PROPOSAL);

        assertThat(pipeline.stages()).containsExactly(LEAD, Stage.WON, Stage.LOST);
        assertThatThrownBy(() -> pipeline.stages().add(PROPOSAL))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void stage_knownName_returnsStage() {
        assertThat(SALES.stage("proposal")).isEqualTo(PROPOSAL);
        assertThat(SALES.stage("won")).isEqualTo(Stage.WON);
    }

    @Test
    void stage_unknownName_throwsListingNames() {
        assertThatThrownBy(() -> SALES.stage("demo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage must be one of [lead, first_appointment, proposal, won, lost]: demo");
    }

    @Test
    void find_knownAndUnknown_optional() {
        assertThat(SALES.find("lead")).contains(LEAD);
        assertThat(SALES.find("demo")).isEmpty();
        assertThatThrownBy(() -> SALES.find(null))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
    }

    @Test
    void indexOf_stages_countFromZero() {
        assertThat(SALES.indexOf(LEAD)).isZero();
        assertThat(SALES.indexOf(PROPOSAL)).isEqualTo(2);
        assertThat(SALES.indexOf(Stage.WON)).isEqualTo(3);
        assertThat(SALES.indexOf(Stage.LOST)).isEqualTo(4);
    }

    @Test
    void indexOf_foreignStage_throwsListingNames() {
        assertThatThrownBy(() -> SALES.indexOf(Stage.open("demo")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("stage must be one of [lead, first_appointment, proposal, won, lost]: demo");
        assertThatThrownBy(() -> SALES.indexOf(null))
                .isInstanceOf(NullPointerException.class).hasMessage("stage");
    }

    @Test
    void openStages_excludesWonAndLost() {
        assertThat(SALES.openStages()).containsExactly(LEAD, FIRST_APPOINTMENT, PROPOSAL);
    }

    @Test
    void firstWonLost_returnStages() {
        assertThat(SALES.first()).isEqualTo(LEAD);
        assertThat(SALES.won()).isEqualTo(Stage.WON);
        assertThat(SALES.lost()).isEqualTo(Stage.LOST);
    }

    @Test
    void toString_joinsWithArrows() {
        assertThat(SALES).hasToString("lead -> first_appointment -> proposal -> won | lost");
        assertThat(Pipeline.of("lead")).hasToString("lead -> won | lost");
    }

    @Test
    void equals_sameStages_equalAndSameHash() {
        Pipeline copy = new Pipeline(List.of(LEAD, FIRST_APPOINTMENT, PROPOSAL, Stage.WON, Stage.LOST));

        assertThat(copy).isEqualTo(SALES).hasSameHashCodeAs(SALES);
        assertThat(Pipeline.of("lead", "proposal", "first_appointment")).isNotEqualTo(SALES);
    }
}
