package io.github.kpiengine.plan;

import io.github.kpiengine.Ratio;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One step of a funnel: a stage and the share of it that reaches the next stage. The last
 * gateway's next stage is a won deal.
 *
 * <pre>{@code
 * new Gateway("proposal", Ratio.parse("50%"));   // half of the proposals are won
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage's name, a lower-case identifier such as {@code "first_appointment"}
 * @param ratio the share of the stage that reaches the next one; may be zero or undefined, which
 *     makes a plan unreachable
 */
public record Gateway(String stage, Ratio ratio) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /**
     * Validates the gateway.
     *
     * @param stage the stage's name
     * @param ratio the share that reaches the next stage
     * @throws IllegalArgumentException if the stage is not a lower-case identifier
     */
    public Gateway {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(ratio, "ratio");
        if (!IDENTIFIER.matcher(stage).matches()) {
            throw new IllegalArgumentException(
                    "stage must be a lower-case identifier of at most 64 characters: '" + stage + "'");
        }
    }

    /**
     * Returns {@code "proposal 50%"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return stage + " " + ratio;
    }
}
