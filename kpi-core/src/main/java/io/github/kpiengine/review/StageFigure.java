package io.github.kpiengine.review;

import java.util.Objects;

/**
 * One stage of a rep's funnel: what the plan requires in the planned period against what was done
 * in the pace window.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage's name in the plan (an open stage, the call type's id, or {@code won})
 * @param label the stage in words, from its display name
 * @param required what the plan requires, rounded up; zero when the plan is not reachable
 * @param actual what was done in the pace window: calls made, entries into the stage, deals won
 */
public record StageFigure(String stage, String label, long required, long actual) {

    /**
     * Checks the stage is named and the counts are not negative.
     *
     * @param stage the stage's name
     * @param label the stage in words
     * @param required what the plan requires
     * @param actual what was done
     */
    public StageFigure {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(label, "label");
        Checks.nonNegative("required", required);
        Checks.nonNegative("actual", actual);
    }

    /**
     * Returns the sum of this figure and another of the same stage.
     *
     * @param other the other figure
     * @return the sum
     * @throws IllegalArgumentException if the other figure is of another stage
     */
    public StageFigure plus(StageFigure other) {
        Objects.requireNonNull(other, "other");
        if (!stage.equals(other.stage)) {
            throw new IllegalArgumentException("other must be of stage " + stage + ": " + other.stage);
        }
        return new StageFigure(stage, label, Math.addExact(required, other.required),
                Math.addExact(actual, other.actual));
    }
}
