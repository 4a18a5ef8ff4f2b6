package io.github.kpiengine;

import java.util.Objects;

/**
 * One stage of a {@link Pipeline}: an open stage such as {@code first_appointment}, or one of the two
 * terminal stages {@link #WON} and {@link #LOST}.
 *
 * <p>A stage is identified by its {@code name}, a lower-case identifier that formulas and files refer
 * to; its display name is what people read ({@code proposal_price_quote} shown as "Proposal/Price
 * Quote"). Immutable and thread-safe.
 *
 * @param name the stage's name, a lower-case identifier unique within its pipeline
 * @param kind whether the stage is open, won or lost
 * @param displayName the name shown to people
 */
public record Stage(String name, Kind kind, String displayName) {

    /** The terminal stage of a won deal, named {@code "won"}, shown as "Won". */
    public static final Stage WON = new Stage("won", Kind.WON, "Won");
    /** The terminal stage of a lost deal, named {@code "lost"}, shown as "Lost". */
    public static final Stage LOST = new Stage("lost", Kind.LOST, "Lost");

    /** What a stage means for the deal. */
    public enum Kind {
        /** The deal is still being worked. */
        OPEN,
        /** The deal was won. */
        WON,
        /** The deal was lost. */
        LOST
    }

    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param name the stage's name, a lower-case identifier unique within its pipeline
     * @param kind whether the stage is open, won or lost
     * @param displayName the name shown to people, not blank
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public Stage {
        Checks.identifier("name", name);
        Objects.requireNonNull(kind, "kind");
        Checks.notBlank("displayName", displayName);
        if (kind == Kind.OPEN) {
            if (name.equals("won") || name.equals("lost")) {
                throw new IllegalArgumentException("name must not be 'won' or 'lost' for an open stage: " + name);
            }
        } else {
            if (!(name.equals(kind == Kind.WON ? "won" : "lost"))) {
                throw new IllegalArgumentException("name must be '" + (kind == Kind.WON ? "won" : "lost") + "' for a "
                    + kind + " stage: " + name);
            }
        }
    }

    /**
     * Returns an open stage shown by its name with the first letter capitalised and underscores as
     * spaces: {@code first_appointment} is "First appointment".
     *
     * @param name a lower-case identifier other than {@code won} and {@code lost}
     * @return the stage
     */
    public static Stage open(String name) {
        return new Stage(name, Kind.OPEN, Checks.displayNameOf(Checks.identifier("name", name)));
    }

    /**
     * Returns an open stage with the name people read.
     *
     * @param name a lower-case identifier other than {@code won} and {@code lost}
     * @param displayName the name shown to people, such as "Proposal/Price Quote"
     * @return the stage
     */
    public static Stage open(String name, String displayName) {
        return new Stage(name, Kind.OPEN, displayName);
    }

    /**
     * Returns the same stage shown under another name, such as a CRM's label for won ("Closed Won").
     *
     * @param displayName the name shown to people
     * @return the stage
     */
    public Stage withDisplayName(String displayName) {
        return new Stage(name, kind, displayName);
    }

    /**
     * Tells whether the stage closes the deal.
     *
     * @return true for won and lost
     */
    public boolean isTerminal() {
        return kind != Kind.OPEN;
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
