package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RepTest {

    private static final Rep ANN = Rep.of("ann", "Ann Smith");

    @Test
    void of_validIdAndName_keepsBoth() {
        assertThat(ANN.id()).isEqualTo("ann");
        assertThat(ANN.name()).isEqualTo("Ann Smith");
    }

    @Test
    void of_sameComponents_equal() {
        assertThat(Rep.of("ann", "Ann Smith")).isEqualTo(ANN).hasSameHashCodeAs(ANN);
    }

    @Test
    void new_nullId_throwsNamingId() {
        assertThatThrownBy(() -> new Rep(null, "Ann")).isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    @Test
    void new_blankId_throws() {
        assertThatThrownBy(() -> Rep.of("  ", "Ann"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank: '  '");
    }

    @Test
    void new_nameWithSurroundingSpace_throws() {
        assertThatThrownBy(() -> Rep.of("ann", " Ann"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not start or end with white space: ' Ann'");
    }

    @Test
    void new_emptyName_throws() {
        assertThatThrownBy(() -> Rep.of("ann", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank: ''");
    }
}
