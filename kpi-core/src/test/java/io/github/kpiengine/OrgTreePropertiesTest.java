package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OrgTreePropertiesTest {

    private record RandomOrg(List<OrgUnit> units, List<Rep> reps, Map<String, String> unitOfRep) {
        OrgTree tree() {
            return OrgTree.of(units, reps, unitOfRep);
        }
    }

    private static RandomOrg randomOrg(long seed, int unitCount, int repCount) {
        Random random = new Random(seed);
        List<Rep> reps = new ArrayList<>();
        for (int r = 0; r < repCount; r++) {
            reps.add(Rep.of("rep" + r, "Rep " + r));
        }
        List<OrgUnit> units = new ArrayList<>();
        for (int i = 0; i < unitCount; i++) {
            String parent = i == 0 ? null : "unit" + random.nextInt(i);
            String head = reps.get(random.nextInt(repCount)).id();
            units.add(new OrgUnit("unit" + i, "Unit " + i, java.util.Optional.ofNullable(parent), head));
        }
        Collections.shuffle(units, random);
        Map<String, String> unitOfRep = new HashMap<>();
        for (Rep rep : reps) {
            unitOfRep.put(rep.id(), "unit" + random.nextInt(unitCount));
        }
        return new RandomOrg(units, reps, unitOfRep);
    }

    @Property
    void repsBelow_root_reachesEveryRepExactlyOnce(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int unitCount,
            @ForAll @IntRange(min = 1, max = 60) int repCount) {
        RandomOrg org = randomOrg(seed, unitCount, repCount);
        OrgTree tree = org.tree();

        List<Rep> below = tree.repsBelow(tree.root().id());

        assertThat(below).hasSize(repCount).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(org.reps());
    }

    @Property
    void units_anyTree_listsEveryUnitOnceRootFirst(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int unitCount,
            @ForAll @IntRange(min = 1, max = 60) int repCount) {
        RandomOrg org = randomOrg(seed, unitCount, repCount);
        OrgTree tree = org.tree();

        List<OrgUnit> units = tree.units();

        assertThat(units).hasSize(unitCount).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(org.units());
        assertThat(units.get(0).id()).isEqualTo("unit0");
    }

    @Property
    void units_anyTree_listsEveryParentBeforeItsChildren(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int unitCount) {
        OrgTree tree = randomOrg(seed, unitCount, 3).tree();
        List<String> order = tree.units().stream().map(OrgUnit::id).toList();

        for (OrgUnit unit : tree.units()) {
            unit.parentId().ifPresent(parent -> assertThat(order.indexOf(parent)).isLessThan(order.indexOf(unit.id())));
        }
    }

    @Property
    void repsBelow_anyUnit_sumsOwnRepsAndChildrensRepsBelow(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int unitCount,
            @ForAll @IntRange(min = 1, max = 60) int repCount) {
        OrgTree tree = randomOrg(seed, unitCount, repCount).tree();

        for (OrgUnit unit : tree.units()) {
            int expected = tree.repsIn(unit.id()).size()
                    + tree.children(unit.id()).stream().mapToInt(c -> tree.repsBelow(c.id()).size()).sum();
            assertThat(tree.repsBelow(unit.id())).hasSize(expected);
        }
    }
}
