package io.github.kpiengine.plan;

import io.github.kpiengine.Ratio;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One step of a funnel: a stage and the share of it that reaches the next stage. The last
 * gateway's next stage is a won deal.
 *
 * <pre>{@code
 * Gateway.of("proposal", Ratio.parse("50%"));   // half of the proposals are won
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage's name, a lower-case identifier such as {@code "first_appointment"}
 * @param displayName the stage as people read it, such as "First appointment" or "Proposal/Price Quote"
 * @param ratio the share of the stage that reaches the next one; may be zero or undefined, which
 *     makes a plan unreachable
 */
public record Gateway(String stage, String displayName, Ratio ratio) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /**
     * Validates the gateway.
     *
     * @param stage the stage's name
     * @param displayName the stage as people read it, not blank
     * @param ratio the share that reaches the next stage
     * @throws IllegalArgumentException if the stage is not a lower-case identifier
     */
    public Gateway {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(ratio, "ratio");
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank: '" + displayName + "'");
        }
        if (!IDENTIFIER.matcher(stage).matches()) {
            throw new IllegalArgumentException(
                    "stage must be a lower-case identifier of at most 64 characters: '" + stage + "'");
        }
    }

    /**
     * Returns a gateway shown by its stage's name with the first letter capitalised and underscores
     * as spaces: {@code first_appointment} is "First appointment".
     *
     * @param stage the stage's name, a lower-case identifier
     * @param ratio the share of the stage that reaches the next one
     * @return the gateway
     */
    public static Gateway of(String stage, Ratio ratio) {
        Objects.requireNonNull(stage, "stage");
        String spaced = stage.replace('_', ' ').strip();
        String shown = spaced.isEmpty() ? stage : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        return new Gateway(stage, shown.isBlank() ? "?" : shown, ratio);
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
