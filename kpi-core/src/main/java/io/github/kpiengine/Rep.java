package io.github.kpiengine;

/**
 * A sales representative.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rep's id, as activities and opportunities refer to it
 * @param name the rep's name, for people
 */
public record Rep(String id, String name) {
    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param id the rep's id, as activities and opportunities refer to it
     * @param name the rep's name, for people
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public Rep {
        Checks.notBlank("id", id);
        Checks.notBlank("name", name);
    }

    /**
     * Returns a rep.
     *
     * @param id the rep's id
     * @param name the rep's name
     * @return the rep
     */
    public static Rep of(String id, String name) {
        return new Rep(id, name);
    }
}
