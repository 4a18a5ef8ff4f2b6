package io.github.kpiengine;

import java.util.Objects;
import java.util.Optional;

/**
 * A unit of the sales organisation (a company, department or team) and the rep who heads it.
 * A unit's KPIs cover every rep below it, and its head owns them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the unit's id
 * @param name the unit's name, for people
 * @param parentId the id of the unit above, empty for the root
 * @param headRepId the id of the rep who heads the unit
 */
public record OrgUnit(String id, String name, Optional<String> parentId, String headRepId) {
    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param id the unit's id
     * @param name the unit's name, for people
     * @param parentId the id of the unit above, empty for the root
     * @param headRepId the id of the rep who heads the unit
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public OrgUnit {
        Checks.notBlank("id", id);
        Checks.notBlank("name", name);
        Objects.requireNonNull(parentId, "parentId");
        if (parentId.isPresent()) {
            Checks.notBlank("parentId", parentId.get());
            if (parentId.get().equals(id)) {
                throw new IllegalArgumentException("parentId must not be the unit's own id: " + id);
            }
        }
        Checks.notBlank("headRepId", headRepId);
    }

    /**
     * Returns the root unit of a tree.
     *
     * @param id the unit's id
     * @param name the unit's name, for people
     * @param headRepId the id of the rep who heads the unit
     * @return the unit
     */
    public static OrgUnit root(String id, String name, String headRepId) {
        return new OrgUnit(id, name, Optional.empty(), headRepId);
    }

    /**
     * Returns a unit below another.
     *
     * @param id the unit's id
     * @param name the unit's name, for people
     * @param parentId the id of the unit above
     * @param headRepId the id of the rep who heads the unit
     * @return the unit
     */
    public static OrgUnit of(String id, String name, String parentId, String headRepId) {
        return new OrgUnit(id, name, Optional.of(Objects.requireNonNull(parentId, "parentId")), headRepId);
    }

    /**
     * Tells whether this is the root of its tree.
     *
     * @return true if the unit has no parent
     */
    public boolean isRoot() {
        return parentId.isEmpty();
    }
}
