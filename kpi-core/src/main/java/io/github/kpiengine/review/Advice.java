package io.github.kpiengine.review;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a rule advises a rep, with the figures that triggered it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the rule's id, such as {@code "closing_ratio"}
 * @param label the figure read, in words: a gateway's label, a KPI's display name
 * @param value the figure's value (a fraction for shares and gaps)
 * @param threshold the threshold it crossed
 * @param sample the observations behind the value
 * @param text the advice, from the review's {@link AdviceTexts}
 */
public record Advice(String id, String label, BigDecimal value, BigDecimal threshold, long sample, String text) {

    /**
     * Checks the parts are present.
     *
     * @param id the rule's id
     * @param label the figure, in words
     * @param value the value
     * @param threshold the threshold
     * @param sample the sample
     * @param text the advice
     */
    public Advice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(threshold, "threshold");
        Checks.nonNegative("sample", sample);
        Objects.requireNonNull(text, "text");
    }
}
