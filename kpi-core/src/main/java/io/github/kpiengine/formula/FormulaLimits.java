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
 * @param maxParts the most parts (calls, operators, references) a definition may have once every
 *     reference to another definition is written out, positive and at most 1,000,000; it keeps
 *     definitions that refer to each other many times ({@code a2 = a1 + a1}, {@code a3 = a2 + a2},
 *     ...) from growing beyond what an evaluation can afford
 */
public record FormulaLimits(int maxLength, int maxDepth, int maxOperators, int maxParts) {

    /**
     * The default limits: 10,000 characters, 64 levels of nesting, 256 operators, and 10,000 parts
     * once references are written out.
     */
    public static final FormulaLimits DEFAULT = new FormulaLimits(10_000, 64, 256, 10_000);

    /**
     * Returns limits of length, depth and operators, with the default 10,000 parts.
     *
     * @param maxLength the most characters, positive
     * @param maxDepth the deepest nesting, 1 to 1,000
     * @param maxOperators the most operators, 1 to 1,000
     */
    public FormulaLimits(int maxLength, int maxDepth, int maxOperators) {
        this(maxLength, maxDepth, maxOperators, 10_000);
    }

    /**
     * Returns limits of length and depth, with the default 256 operators.
     *
     * @param maxLength the most characters, positive
     * @param maxDepth the deepest nesting, 1 to 1,000
     */
    public FormulaLimits(int maxLength, int maxDepth) {
        this(maxLength, maxDepth, 256, 10_000);
    }

    /**
     * Validates the limits.
     *
     * @param maxLength the most characters, positive
     * @param maxDepth the deepest nesting, 1 to 1,000
     * @param maxOperators the most operators, 1 to 1,000
     * @param maxParts the most parts once references are written out, 1 to 1,000,000
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
        if (maxParts <= 0 || maxParts > 1_000_000) {
            throw new IllegalArgumentException("maxParts must be 1 to 1000000: " + maxParts);
        }
    }
}
