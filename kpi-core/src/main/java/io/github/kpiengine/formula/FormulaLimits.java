package io.github.kpiengine.formula;

/**
 * How long and how deeply nested a formula may be. Both are checked before parsing, so a hostile
 * formula is refused in time linear in its length, with no deep recursion.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxLength the most characters a formula may have, positive
 * @param maxDepth the deepest nesting of parentheses and calls, positive and at most 1,000
 */
public record FormulaLimits(int maxLength, int maxDepth) {

    /** The default limits: 10,000 characters and 64 levels of nesting. */
    public static final FormulaLimits DEFAULT = new FormulaLimits(10_000, 64);

    /**
     * Validates the limits.
     *
     * @param maxLength the most characters, positive
     * @param maxDepth the deepest nesting, 1 to 1,000
     * @throws IllegalArgumentException if a limit is out of range
     */
    public FormulaLimits {
        if (maxLength <= 0) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        if (maxDepth <= 0 || maxDepth > 1_000) {
            throw new IllegalArgumentException("maxDepth must be 1 to 1000: " + maxDepth);
        }
    }
}
