package io.github.kpiengine;

import java.util.Objects;

/**
 * One stage of a {@link Pipeline}: an open stage such as {@code first_appointment}, or one of the two
 * terminal stages {@link #WON} and {@link #LOST}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the stage's name, a lower-case identifier unique within its pipeline
 * @param kind whether the stage is open, won or lost
 */
public record Stage(String name, Kind kind) {

    /** The terminal stage of a won deal, named {@code "won"}. */
    public static final Stage WON = new Stage("won", Kind.WON);
    /** The terminal stage of a lost deal, named {@code "lost"}. */
    public static final Stage LOST = new Stage("lost", Kind.LOST);

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
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public Stage {
        Checks.identifier("name", name);
        Objects.requireNonNull(kind, "kind");
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
     * Returns an open stage.
     *
     * @param name a lower-case identifier other than {@code won} and {@code lost}
     * @return the stage
     */
    public static Stage open(String name) {
        return new Stage(name, Kind.OPEN);
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
