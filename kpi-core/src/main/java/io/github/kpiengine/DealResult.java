package io.github.kpiengine;

import java.util.Objects;

/** Where an opportunity stands: still open, won or lost. */
public enum DealResult {
    /** Still being worked. */
    OPEN,
    /** Won. */
    WON,
    /** Lost. */
    LOST;

    /**
     * Returns the result of a deal whose last stage entered is the given one.
     *
     * @param stage the last stage entered
     * @return {@link #WON} or {@link #LOST} for a terminal stage, {@link #OPEN} otherwise
     */
    public static DealResult at(Stage stage) {
        return switch (Objects.requireNonNull(stage, "stage").kind()) {
            case OPEN -> OPEN;
            case WON -> WON;
            case LOST -> LOST;
        };
    }
}
