package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrgTreeTest {

    private static final Rep DANA_CEO = Rep.of("dana", "Dana");
    private static final Rep EVE_SALES_DIRECTOR = Rep.of("eve", "Eve");
    private static final Rep FRED_SERVICE_DIRECTOR = Rep.of("fred", "Fred");
    private static final Rep ANN_NORTH_LEAD = Rep.of("ann", "Ann");
    private static final Rep BOB_NORTH = Rep.of("bob", "Bob");
    private static final Rep CAROL_SOUTH_LEAD = Rep.of("carol", "Carol");
    private static final Rep GUS_SUPPORT_LEAD = Rep.of("gus", "Gus");

    private static final OrgTree ACME = OrgTree.builder()
            .root("acme", "Acme", "dana")
            .unit("sales", "Sales", "acme", "eve")
            .unit("north", "North team", "sales", "ann")
            .unit("south", "South team", "sales", "carol")
            .unit("service", "Service", "acme", "fred")
            .unit("support", "Support team", "service", "gus")
            .rep(DANA_CEO, "acme")
            .rep(EVE_SALES_DIRECTOR, "sales")
            .rep(ANN_NORTH_LEAD, "north")
            .rep(BOB_NORTH, "north")
            .rep(CAROL_SOUTH_LEAD, "south")
            .rep(FRED_SERVICE_DIRECTOR, "service")
            .rep(GUS_SUPPORT_LEAD, "support")
            .build();

    private static List<String> ids(List<OrgUnit> units) {
        return units.stream().map(OrgUnit::id).toList();
    }

    @Test
    void root_companyDepartmentsTeams_isCompany() {
        assertThat(ACME.root().id()).isEqualTo("acme");
        assertThat(ACME.root().isRoot()).isTrue();
    }

    @Test
    void repsBelow_root_holdsEveryRepExactlyOnce() {
        List<Rep> below = ACME.repsBelow("acme");

        assertThat(below).containsExactlyInAnyOrderElementsOf(ACME.reps()).doesNotHaveDuplicates().hasSize(7);
    }

    @Test
    void repsBelow_root_listsRepsInPreOrderOfUnits() {
        assertThat(ACME.repsBelow("acme")).containsExactly(DANA_CEO, EVE_SALES_DIRECTOR, ANN_NORTH_LEAD,
                BOB_NORTH, CAROL_SOUTH_LEAD, FRED_SERVICE_DIRECTOR, GUS_SUPPORT_LEAD);
    }

    @Test
    void repsBelow_department_holdsItsOwnAndItsTeamsReps() {
        assertThat(ACME.repsBelow("sales"))
                .containsExactly(EVE_SALES_DIRECTOR, ANN_NORTH_LEAD, BOB_NORTH, CAROL_SOUTH_LEAD);
    }

    @Test
    void repsBelow_team_holdsOnlyTeamReps() {
        assertThat(ACME.repsBelow("north")).containsExactly(ANN_NORTH_LEAD, BOB_NORTH);
    }

    @Test
    void repsIn_department_holdsOnlyDirectReps() {
        assertThat(ACME.repsIn("sales")).containsExactly(EVE_SALES_DIRECTOR);
        assertThat(ACME.repsIn("north")).containsExactly(ANN_NORTH_LEAD, BOB_NORTH);
    }

    @Test
    void children_root_inOrderGiven() {
        assertThat(ids(ACME.children("acme"))).containsExactly("sales", "service");
        assertThat(ids(ACME.children("sales"))).containsExactly("north", "south");
    }

    @Test
    void children_team_isEmpty() {
        assertThat(ACME.children("south")).isEmpty();
    }

    @Test
    void ancestors_team_parentFirstRootLast() {
        assertThat(ids(ACME.ancestors("north"))).containsExactly("sales", "acme");
    }

    @Test
    void ancestors_root_isEmpty() {
        assertThat(ACME.ancestors("acme")).isEmpty();
    }

    @Test
    void parent_teamAndRoot_departmentAndEmpty() {
        assertThat(ACME.parent("support")).map(OrgUnit::id).contains("service");
        assertThat(ACME.parent("acme")).isEmpty();
    }

    @Test
    void unitOf_rep_isRepsUnit() {
        assertThat(ACME.unitOf("bob").id()).isEqualTo("north");
        assertThat(ACME.unitOf("dana").id()).isEqualTo("acme");
    }

    @Test
    void unitOf_unknownRep_throws() {
        assertThatThrownBy(() -> ACME.unitOf("zed"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rep must be a rep of the tree: zed");
    }

    @Test
    void head_unit_isHeadRep() {
        assertThat(ACME.head("sales")).isEqualTo(EVE_SALES_DIRECTOR);
        assertThat(ACME.head("north")).isEqualTo(ANN_NORTH_LEAD);
    }

    @Test
    void head_headOutsideOwnUnit_isStillTheRep() {
        OrgTree tree = OrgTree.builder()
                .root("acme", "Acme", "dana")
                .unit("north", "North team", "acme", "dana")
                .rep(DANA_CEO, "acme")
                .build();

        assertThat(tree.head("north")).isEqualTo(DANA_CEO);
        assertThat(tree.repsIn("north")).isEmpty();
    }

    @Test
    void units_companyDepartmentsTeams_inPreOrder() {
        assertThat(ids(ACME.units())).containsExactly("acme", "sales", "north", "south", "service", "support");
    }

    @Test
    void units_childListedBeforeParent_stillPreOrder() {
        OrgTree tree = OrgTree.builder()
                .unit("north", "North team", "sales", "dana")
                .unit("sales", "Sales", "acme", "dana")
                .root("acme", "Acme", "dana")
                .rep(DANA_CEO, "acme")
                .build();

        assertThat(ids(tree.units())).containsExactly("acme", "sales", "north");
        assertThat(tree.root().id()).isEqualTo("acme");
    }

    @Test
    void unit_unknownId_throws() {
        assertThatThrownBy(() -> ACME.unit("west"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit must be a unit of the tree: west");
    }

    @Test
    void rep_knownId_isRep() {
        assertThat(ACME.rep("bob")).isEqualTo(BOB_NORTH);
    }

    @Test
    void of_sameUnitsAndReps_equalsBuilderTree() {
        OrgTree tree = OrgTree.of(
                List.of(OrgUnit.root("acme", "Acme", "dana"), OrgUnit.of("north", "North team", "acme", "ann")),
                List.of(DANA_CEO, ANN_NORTH_LEAD),
                Map.of("dana", "acme", "ann", "north"));
        OrgTree built = OrgTree.builder()
                .root("acme", "Acme", "dana")
                .unit("north", "North team", "acme", "ann")
                .rep(DANA_CEO, "acme")
                .rep(ANN_NORTH_LEAD, "north")
                .build();

        assertThat(tree).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(tree).hasToString("OrgTree[root=acme, units=2, reps=2]");
    }

    @Test
    void build_noRoot_throws() {
        OrgTree.Builder builder = OrgTree.builder()
                .unit("sales", "Sales", "service", "dana")
                .unit("service", "Service", "sales", "dana")
                .rep(DANA_CEO, "sales");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("units must have exactly one root: []");
    }

    @Test
    void build_twoRoots_throwsNamingBoth() {
        OrgTree.Builder builder = OrgTree.builder()
                .root("acme", "Acme", "dana")
                .root("globex", "Globex", "dana")
                .rep(DANA_CEO, "acme");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("units must have exactly one root: [acme, globex]");
    }

    @Test
    void build_unknownParent_throws() {
        OrgTree.Builder builder = OrgTree.builder()
                .root("acme", "Acme", "dana")
                .unit("north", "North team", "sales", "dana")
                .rep(DANA_CEO, "acme");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parentId must name a unit of the tree: sales (unit north)");
    }

    @Test
    void build_cycleBesideRoot_throwsNamingCycle() {
        OrgTree.Builder builder = OrgTree.builder()
                .root("acme", "Acme", "dana")
                .unit("a", "Team A", "b", "dana")
                .unit("b", "Team B", "a", "dana")
                .rep(DANA_CEO, "acme");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("units must not form a cycle: a -> b -> a");
    }

    @Test
    void build_cycleHangingBelowChain_throwsNamingOnlyCycle() {
        OrgTree.Builder builder = OrgTree.builder()
                .root("acme", "Acme", "dana")
                .unit("x", "Team X", "a", "dana")
                .unit("a", "Team A", "b", "dana")
                .unit("b", "Team B", "c", "dana")
                .unit("c", "Team C", "a", "dana")
                .rep(DANA_CEO, "acme");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("units must not form a cycle: a -> b -> c -> a");
    }

    @Test
    void build_duplicateUnitId_throws() {
        OrgTree.Builder builder = OrgTree.builder()
                .root("acme", "Acme", "dana")
                .unit("north", "North team", "acme", "dana")
                .unit("north", "North again", "acme", "dana")
                .rep(DANA_CEO, "acme");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("units must have unique ids: north");
    }

    @Test
    void of_duplicateRepId_throws() {
        assertThatThrownBy(() -> OrgTree.of(List.of(OrgUnit.root("acme", "Acme", "dana")),
                List.of(DANA_CEO, Rep.of("dana", "Dana Two")), Map.of("dana", "acme")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reps must have unique ids: dana");
    }

    @Test
    void build_repInUnknownUnit_throws() {
        OrgTree.Builder builder = OrgTree.builder()
                .root("acme", "Acme", "dana")
                .rep(DANA_CEO, "acme")
                .rep(BOB_NORTH, "west");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit of rep bob must be a unit of the tree: west");
    }

    @Test
    void of_repWithoutUnit_throws() {
        assertThatThrownBy(() -> OrgTree.of(List.of(OrgUnit.root("acme", "Acme", "dana")),
                List.of(DANA_CEO, BOB_NORTH), Map.of("dana", "acme")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rep must belong to a unit: bob");
    }

    @Test
    void of_placementOfUnknownRep_throws() {
        assertThatThrownBy(() -> OrgTree.of(List.of(OrgUnit.root("acme", "Acme", "dana")),
                List.of(DANA_CEO), Map.of("dana", "acme", "bob", "acme")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unitOfRep must name reps of the tree: bob");
    }

    @Test
    void build_headNotARep_throws() {
        OrgTree.Builder builder = OrgTree.builder()
                .root("acme", "Acme", "dana")
                .unit("north", "North team", "acme", "zed")
                .rep(DANA_CEO, "acme");

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("headRepId must name a rep of the tree: zed (unit north)");
    }

    @Test
    void of_nullUnits_throwsNamingUnits() {
        assertThatThrownBy(() -> OrgTree.of(null, List.of(), Map.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("units");
    }
}
