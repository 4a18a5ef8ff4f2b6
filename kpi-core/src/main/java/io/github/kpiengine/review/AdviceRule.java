package io.github.kpiengine.review;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Advice as data: a rule reads one figure of a rep's review and, once the figure rests on a minimum
 * sample, advises when it lies strictly below (or above) a threshold.
 *
 * <pre>{@code
 * AdviceRule closing = AdviceRule.below("closing_ratio", ReviewFigure.closingGateway(),
 *         new BigDecimal("0.65"), 10);               // under 65 % after 10 proposals
 * }</pre>
 *
 * <p>The advice's text is the {@link AdviceTexts} entry keyed by the rule's id, formatted with the
 * figure's label, value, threshold and sample ({@code {0}} to {@code {3}}). Immutable and
 * thread-safe.
 *
 * @param id the rule's id, a lower-case identifier; the key of its text
 * @param figure the figure read
 * @param comparison whether the rule fires below or above the threshold
 * @param threshold the threshold, in the figure's terms (a fraction for shares and gaps)
 * @param minimumSample the least sample the figure must rest on, not negative
 */
public record AdviceRule(String id, ReviewFigure figure, Comparison comparison, BigDecimal threshold,
        long minimumSample) {

    /** Which side of the threshold advises. */
    public enum Comparison {
        /** The figure is strictly below the threshold. */
        BELOW,
        /** The figure is strictly above the threshold. */
        ABOVE
    }

    /**
     * Validates the rule.
     *
     * @param id the rule's id
     * @param figure the figure read
     * @param comparison below or above
     * @param threshold the threshold
     * @param minimumSample the least sample
     * @throws IllegalArgumentException if the id is not an identifier or the sample is negative
     */
    public AdviceRule {
        Checks.identifier("id", id);
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(threshold, "threshold");
        Checks.nonNegative("minimumSample", minimumSample);
    }

    /**
     * Returns a rule that advises when the figure is below the threshold.
     *
     * @param id the rule's id
     * @param figure the figure read
     * @param threshold the threshold
     * @param minimumSample the least sample
     * @return the rule
     */
    public static AdviceRule below(String id, ReviewFigure figure, BigDecimal threshold, long minimumSample) {
        return new AdviceRule(id, figure, Comparison.BELOW, threshold, minimumSample);
    }

    /**
     * Returns a rule that advises when the figure is above the threshold.
     *
     * @param id the rule's id
     * @param figure the figure read
     * @param threshold the threshold
     * @param minimumSample the least sample
     * @return the rule
     */
    public static AdviceRule above(String id, ReviewFigure figure, BigDecimal threshold, long minimumSample) {
        return new AdviceRule(id, figure, Comparison.ABOVE, threshold, minimumSample);
    }

    /** The advice this rule gives on a reading, if the reading crosses the threshold on enough sample. */
    Optional<Advice> apply(FigureReading reading, AdviceFormats texts) {
        if (reading.sample() < minimumSample) {
            return Optional.empty();
        }
        int side = reading.value().compareTo(threshold);
        if (comparison == Comparison.BELOW ? side >= 0 : side <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Advice(id, reading.label(), reading.value(), threshold, reading.sample(),
                texts.text(id, reading.label(), reading.value(), threshold, reading.sample())));
    }

    /** A figure as a rule reads it. */
    record FigureReading(String label, BigDecimal value, long sample) {
    }
}
