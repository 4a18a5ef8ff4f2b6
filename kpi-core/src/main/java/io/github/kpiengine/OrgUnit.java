package io.github.kpiengine;

import java.util.Optional;

/**
 * A unit of the sales organisation (a company, department or team) and the rep who heads it.
 * A unit's KPIs cover every rep below it, and its head owns them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the unit's id
 * @param name the unit's name, for people
 * @param parentId the id of the unit above, or null for the root
 * @param headRepId the id of the rep who heads the unit
 */
public record OrgUnit(String id, String name, String parentId, String headRepId) {
    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param id the unit's id
     * @param name the unit's name, for people
     * @param parentId the id of the unit above, or null for the root
     * @param headRepId the id of the rep who heads the unit
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public OrgUnit {
        Checks.notBlank("id", id);
        Checks.notBlank("name", name);
        if (parentId != null) {
            Checks.notBlank("parentId", parentId);
            if (parentId.equals(id)) {
                throw new IllegalArgumentException("parentId must not be the unit's own id: " + id);
            }
        }
        Checks.notBlank("headRepId", headRepId);
    }

    /**
     * Returns the parent's id.
     *
     * @return the id of the unit above, or empty for the root
     */
    public Optional<String> parent() {
        return Optional.ofNullable(parentId);
    }

    /**
     * Tells whether this is the root of its tree.
     *
     * @return true if the unit has no parent
     */
    public boolean isRoot() {
        return parentId == null;
    }
}
