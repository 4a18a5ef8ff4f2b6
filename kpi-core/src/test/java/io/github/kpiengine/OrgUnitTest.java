package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrgUnitTest {

    private static final OrgUnit ACME = OrgUnit.root("acme", "Acme Sales", "dana");
    private static final OrgUnit NORTH_TEAM = OrgUnit.of("north", "North team", "acme", "ann");

    @Test
    void parent_root_isEmpty() {
        assertThat(ACME.parentId()).isEmpty();
        assertThat(ACME.isRoot()).isTrue();
    }

    @Test
    void parent_team_namesItsDepartment() {
        assertThat(NORTH_TEAM.parentId()).contains("acme");
        assertThat(NORTH_TEAM.isRoot()).isFalse();
    }

    @Test
    void new_ownIdAsParent_throws() {
        assertThatThrownBy(() -> OrgUnit.of("north", "North team", "north", "ann"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parentId must not be the unit's own id: north");
    }

    @Test
    void new_blankParentId_throws() {
        assertThatThrownBy(() -> OrgUnit.of("north", "North team", " ", "ann"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parentId must not be blank: ' '");
    }

    @Test
    void new_blankId_throws() {
        assertThatThrownBy(() -> OrgUnit.root("", "North team", "ann"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must not be blank: ''");
    }

    @Test
    void new_blankName_throws() {
        assertThatThrownBy(() -> OrgUnit.root("north", "\t", "ann"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name must not be blank: '\t'");
    }

    @Test
    void new_nullHead_throwsNamingHead() {
        assertThatThrownBy(() -> OrgUnit.root("north", "North team", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("headRepId");
    }

    @Test
    void new_headWithSurroundingSpace_throws() {
        assertThatThrownBy(() -> OrgUnit.root("north", "North team", "ann "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headRepId must not start or end with white space: 'ann '");
    }
}
