package io.github.kpiengine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of an opportunity's stage history: the stage it entered and the day it did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage entered
 * @param entered the day it was entered
 */
public record StageEntry(Stage stage, LocalDate entered) {
    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param stage the stage entered
     * @param entered the day it was entered
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public StageEntry {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(entered, "entered");
    }

    /**
     * Returns {@code "proposal@2026-03-10"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return stage.name() + "@" + entered;
    }
}
