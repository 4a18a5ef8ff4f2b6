package io.github.kpiengine.examples.report;

import java.util.Objects;

/**
 * One stage of the funnel: what the plan requires in the next quarter against what was done in the
 * last one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage, in words ("Cold calls")
 * @param required what the plan requires in the next quarter, rounded up
 * @param actual what was done in the last quarter
 */
public record StageFigure(String stage, long required, long actual) {

    /**
     * Checks the stage is named.
     *
     * @param stage the stage, in words
     * @param required what the plan requires
     * @param actual what was done
     */
    public StageFigure {
        Objects.requireNonNull(stage, "stage");
    }

    /**
     * Returns the sum of this figure and another of the same stage.
     *
     * @param other the other figure
     * @return the sum
     */
    public StageFigure plus(StageFigure other) {
        return new StageFigure(stage, required + other.required, actual + other.actual);
    }
}
