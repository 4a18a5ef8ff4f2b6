package io.github.kpiengine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sales organisation as a tree of units (company → department → team) with reps in them.
 *
 * <pre>{@code
 * OrgTree org = OrgTree.builder()
 *         .root("acme", "Acme Sales", "dana")
 *         .unit("north", "North team", "acme", "ann")
 *         .rep(Rep.of("dana", "Dana"), "acme")
 *         .rep(Rep.of("ann", "Ann"), "north")
 *         .rep(Rep.of("bob", "Bob"), "north")
 *         .build();
 * org.repsBelow("acme");   // dana, ann, bob
 * }</pre>
 *
 * <p>There is exactly one root; every other unit's parent is in the tree and the parent links form
 * no cycle. Each rep belongs to exactly one unit, and each unit's head is a rep of the tree (often,
 * but not necessarily, one of the unit's own). Units are listed in pre-order from the root, children
 * in the order given. Immutable and thread-safe.
 */
public final class OrgTree {

    private final Map<String, OrgUnit> units;
    private final Map<String, List<OrgUnit>> children;
    private final Map<String, Rep> reps;
    private final Map<String, String> unitOfRep;
    private final Map<String, List<Rep>> repsIn;
    private final OrgUnit root;

    private OrgTree(Collection<OrgUnit> unitList, Collection<Rep> repList, Map<String, String> unitOfRepIn) {
        Map<String, OrgUnit> byId = new LinkedHashMap<>();
        for (OrgUnit unit : unitList) {
            Objects.requireNonNull(unit, "unit");
            if (!(byId.putIfAbsent(unit.id(), unit) == null)) {
                throw new IllegalArgumentException("units must have unique ids: " + unit.id());
            }
        }
        List<OrgUnit> roots = byId.values().stream().filter(OrgUnit::isRoot).toList();
        if (roots.size() != 1) {
            throw new IllegalArgumentException("units must have exactly one root: "
                + roots.stream().map(OrgUnit::id).collect(Collectors.joining(", ", "[", "]")));
        }
        for (OrgUnit unit : byId.values()) {
            if (!unit.isRoot()) {
                if (!(byId.containsKey(unit.parentId().get()))) {
                    throw new IllegalArgumentException("parentId must name a unit of the tree: " + unit.parentId().get() + " (unit " + unit.id() + ")");
                }
            }
        }
        for (OrgUnit unit : byId.values()) {
            refuseCycle(unit, byId);
        }
        Map<String, List<OrgUnit>> kids = new LinkedHashMap<>();
        byId.keySet().forEach(id -> kids.put(id, new ArrayList<>()));
        for (OrgUnit unit : byId.values()) {
            if (!unit.isRoot()) {
                kids.get(unit.parentId().get()).add(unit);
            }
        }
        Map<String, Rep> repsById = new LinkedHashMap<>();
        for (Rep rep : repList) {
            Objects.requireNonNull(rep, "rep");
            if (!(repsById.putIfAbsent(rep.id(), rep) == null)) {
                throw new IllegalArgumentException("reps must have unique ids: " + rep.id());
            }
        }
        Map<String, List<Rep>> byUnit = new LinkedHashMap<>();
        byId.keySet().forEach(id -> byUnit.put(id, new ArrayList<>()));
        for (Rep rep : repsById.values()) {
            String unitId = unitOfRepIn.get(rep.id());
            if (unitId == null) {
                throw new IllegalArgumentException("rep must belong to a unit: " + rep.id());
            }
            if (!(byId.containsKey(unitId))) {
                throw new IllegalArgumentException("unit of rep " + rep.id() + " must be a unit of the tree: " + unitId);
            }
            byUnit.get(unitId).add(rep);
        }
        for (String repId : unitOfRepIn.keySet()) {
            if (!(repsById.containsKey(repId))) {
                throw new IllegalArgumentException("unitOfRep must name reps of the tree: " + repId);
            }
        }
        for (OrgUnit unit : byId.values()) {
            if (!(repsById.containsKey(unit.headRepId()))) {
                throw new IllegalArgumentException("headRepId must name a rep of the tree: " + unit.headRepId() + " (unit " + unit.id() + ")");
            }
        }
        this.root = roots.get(0);
        this.children = freeze(kids);
        this.repsIn = freeze(byUnit);
        this.reps = Collections.unmodifiableMap(repsById);
        this.unitOfRep = Map.copyOf(unitOfRepIn);
        Map<String, OrgUnit> preOrder = new LinkedHashMap<>();
        visit(root, preOrder);
        this.units = Collections.unmodifiableMap(preOrder);
    }

    private static void refuseCycle(OrgUnit start, Map<String, OrgUnit> byId) {
        List<String> path = new ArrayList<>();
        OrgUnit unit = start;
        while (unit != null && !unit.isRoot()) {
            int seen = path.indexOf(unit.id());
            if (seen >= 0) {
                List<String> cycle = new ArrayList<>(path.subList(seen, path.size()));
                cycle.add(unit.id());
                throw new IllegalArgumentException(
                        "units must not form a cycle: " + String.join(" -> ", cycle));
            }
            path.add(unit.id());
            unit = byId.get(unit.parentId().get());
        }
    }

    private void visit(OrgUnit unit, Map<String, OrgUnit> into) {
        into.put(unit.id(), unit);
        for (OrgUnit child : children.get(unit.id())) {
            visit(child, into);
        }
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> map) {
        Map<String, List<T>> frozen = new LinkedHashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    /**
     * Returns a tree of the given units and reps.
     *
     * @param units every unit, the root among them
     * @param reps every rep
     * @param unitOfRep the unit of each rep, by rep id
     * @return the tree
     * @throws IllegalArgumentException if the units do not form one tree, an id repeats, a rep has
     *     no unit or an unknown one, or a head is not a rep of the tree
     */
    public static OrgTree of(Collection<OrgUnit> units, Collection<Rep> reps, Map<String, String> unitOfRep) {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(reps, "reps");
        Objects.requireNonNull(unitOfRep, "unitOfRep");
        return new OrgTree(units, reps, unitOfRep);
    }

    /**
     * Starts a builder.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the root unit.
     *
     * @return the root
     */
    public OrgUnit root() {
        return root;
    }

    /**
     * Returns a unit by id.
     *
     * @param id the unit's id
     * @return the unit
     * @throws IllegalArgumentException if the tree has no such unit
     */
    public OrgUnit unit(String id) {
        OrgUnit unit = units.get(Objects.requireNonNull(id, "id"));
        if (unit == null) {
            throw new IllegalArgumentException("unit must be a unit of the tree: " + id);
        }
        return unit;
    }

    /**
     * Returns a unit's parent.
     *
     * @param unitId the unit's id
     * @return the parent, or empty for the root
     */
    public Optional<OrgUnit> parent(String unitId) {
        return unit(unitId).parentId().map(units::get);
    }

    /**
     * Returns the units directly below a unit.
     *
     * @param unitId the unit's id
     * @return its children, in the order given
     */
    public List<OrgUnit> children(String unitId) {
        return children.get(unit(unitId).id());
    }

    /**
     * Returns the reps placed directly in a unit.
     *
     * @param unitId the unit's id
     * @return the unit's own reps
     */
    public List<Rep> repsIn(String unitId) {
        return repsIn.get(unit(unitId).id());
    }

    /**
     * Returns every rep in a unit and the units below it, each once: the reps whose figures make the
     * unit's KPI.
     *
     * @param unitId the unit's id
     * @return the reps, in pre-order of their units
     */
    public List<Rep> repsBelow(String unitId) {
        List<Rep> result = new ArrayList<>();
        collect(unit(unitId), result);
        return List.copyOf(result);
    }

    private void collect(OrgUnit unit, List<Rep> into) {
        into.addAll(repsIn.get(unit.id()));
        for (OrgUnit child : children.get(unit.id())) {
            collect(child, into);
        }
    }

    /**
     * Returns the units above a unit, its parent first and the root last.
     *
     * @param unitId the unit's id
     * @return the ancestors; empty for the root
     */
    public List<OrgUnit> ancestors(String unitId) {
        List<OrgUnit> result = new ArrayList<>();
        Optional<OrgUnit> parent = parent(unitId);
        while (parent.isPresent()) {
            result.add(parent.get());
            parent = parent(parent.get().id());
        }
        return List.copyOf(result);
    }

    /**
     * Returns every unit, in pre-order from the root.
     *
     * @return the units
     */
    public List<OrgUnit> units() {
        return List.copyOf(units.values());
    }

    /**
     * Returns every rep, in the order given.
     *
     * @return the reps
     */
    public List<Rep> reps() {
        return List.copyOf(reps.values());
    }

    /**
     * Returns a rep by id.
     *
     * @param id the rep's id
     * @return the rep
     * @throws IllegalArgumentException if the tree has no such rep
     */
    public Rep rep(String id) {
        Rep rep = reps.get(Objects.requireNonNull(id, "id"));
        if (rep == null) {
            throw new IllegalArgumentException("rep must be a rep of the tree: " + id);
        }
        return rep;
    }

    /**
     * Returns the unit a rep belongs to.
     *
     * @param repId the rep's id
     * @return the rep's unit
     * @throws IllegalArgumentException if the tree has no such rep
     */
    public OrgUnit unitOf(String repId) {
        return units.get(unitOfRep.get(rep(repId).id()));
    }

    /**
     * Returns the rep who heads a unit and owns its KPIs.
     *
     * @param unitId the unit's id
     * @return the head
     */
    public Rep head(String unitId) {
        return reps.get(unit(unitId).headRepId());
    }

    /**
     * Tells whether the two trees have the same units, reps and placements.
     *
     * @param other the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof OrgTree t && units.equals(t.units) && reps.equals(t.reps)
                && unitOfRep.equals(t.unitOfRep);
    }

    /**
     * Returns a hash consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(units, reps, unitOfRep);
    }

    /**
     * Returns a short description: the root and the counts.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "OrgTree[root=" + root.id() + ", units=" + units.size() + ", reps=" + reps.size() + "]";
    }

    /** Builds an {@link OrgTree} step by step. Not thread-safe; {@link #build()} validates. */
    public static final class Builder {

        private final List<OrgUnit> units = new ArrayList<>();
        private final List<Rep> reps = new ArrayList<>();
        private final Map<String, String> unitOfRep = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds the root unit.
         *
         * @param id the unit's id
         * @param name the unit's name
         * @param headRepId the head's rep id
         * @return this builder
         */
        public Builder root(String id, String name, String headRepId) {
            units.add(OrgUnit.root(id, name, headRepId));
            return this;
        }

        /**
         * Adds a unit below another.
         *
         * @param id the unit's id
         * @param name the unit's name
         * @param parentId the parent's id
         * @param headRepId the head's rep id
         * @return this builder
         */
        public Builder unit(String id, String name, String parentId, String headRepId) {
            units.add(OrgUnit.of(id, name, parentId, headRepId));
            return this;
        }

        /**
         * Adds a rep to a unit.
         *
         * @param rep the rep
         * @param unitId the unit's id
         * @return this builder
         */
        public Builder rep(Rep rep, String unitId) {
            reps.add(Objects.requireNonNull(rep, "rep"));
            unitOfRep.put(rep.id(), Objects.requireNonNull(unitId, "unitId"));
            return this;
        }

        /**
         * Builds the tree.
         *
         * @return the tree
         * @throws IllegalArgumentException if the units and reps break a rule of {@link OrgTree}
         */
        public OrgTree build() {
            return new OrgTree(units, reps, unitOfRep);
        }
    }
}
