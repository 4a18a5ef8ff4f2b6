package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrgUnitTest {

    private static final OrgUnit ACME = new OrgUnit("acme", "Acme Sales", null, "dana");
    private static final OrgUnit NORTH_TEAM = new OrgUnit("north", "North team", "acme", "ann");

    @Test
    void parent_root_isEmpty() {
        assertThat(ACME.parent()).isEmpty();
        assertThat(ACME.isRoot()).isTrue();
    }

    @Test
    void parent_team_namesItsDepartment() {
        assertThat(NORTH_TEAM.parent()).contains("acme");
        assertThat(NORTH_TEAM.isRoot()).isFalse();
    }

    @Test
    void new_ownIdAsParent_throws() {
        assertThatThrownBy(() -> new OrgUnit("north", "North team", "north", "ann"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parentId must not be the unit's own id: north");
    }

    @Test
    void new_blankParentId_throws() {
        assertThatThrownBy(() -> new OrgUnit("north", "North team", " ", "ann"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parentId must not be blank: ' '");
    }

    @Test
    void new_blankId_throws() {
        assertThatThrownBy(() -> new OrgUnit("", "North team", null, "ann"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank: ''");
    }

    @Test
    void new_blankName_throws() {
        assertThatThrownBy(() -> new OrgUnit("north", "\t", null, "ann"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank: '\t'");
    }

    @Test
    void new_nullHead_throwsNamingHead() {
        assertThatThrownBy(() -> new OrgUnit("north", "North team", null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("headRepId");
    }

    @Test
    void new_headWithSurroundingSpace_throws() {
        assertThatThrownBy(() -> new OrgUnit("north", "North team", null, "ann "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headRepId must not start or end with white space: 'ann '");
    }
}
