package io.github.kpiengine.formula;

/**
 * How long, how deeply nested and how many operators a formula may have. All three are checked
 * before parsing, so a hostile formula is refused in time linear in its length, and parsing,
 * compiling and formatting recurse at most about depth + operators levels deep.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxLength the most characters a formula may have, positive
 * @param maxDepth the deepest nesting of parentheses and calls, positive and at most 1,000
 * @param maxOperators the most operators ({@code + - * /}, a minus sign counting as one), positive
 *     and at most 1,000
 */
public record FormulaLimits(int maxLength, int maxDepth, int maxOperators) {

    /** The default limits: 10,000 characters, 64 levels of nesting and 256 operators. */
    public static final FormulaLimits DEFAULT = new FormulaLimits(10_000, 64, 256);

    /**
     * Returns limits of length and depth, with the default 256 operators.
     *
     * @param maxLength the most characters, positive
     * @param maxDepth the deepest nesting, 1 to 1,000
     */
    public FormulaLimits(int maxLength, int maxDepth) {
        this(maxLength, maxDepth, 256);
    }

    /**
     * Validates the limits.
     *
     * @param maxLength the most characters, positive
     * @param maxDepth the deepest nesting, 1 to 1,000
     * @param maxOperators the most operators, 1 to 1,000
     * @throws IllegalArgumentException if a limit is out of range
     */
    public FormulaLimits {
        if (maxLength <= 0) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        if (maxDepth <= 0 || maxDepth > 1_000) {
            throw new IllegalArgumentException("maxDepth must be 1 to 1000: " + maxDepth);
        }
        if (maxOperators <= 0 || maxOperators > 1_000) {
            throw new IllegalArgumentException("maxOperators must be 1 to 1000: " + maxOperators);
        }
    }
}
