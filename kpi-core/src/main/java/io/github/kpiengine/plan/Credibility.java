package io.github.kpiengine.plan;

import io.github.kpiengine.Ratio;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Blends a rep's own conversion ratio toward the team's, by how much history the rep has, so that
 * one lucky month does not make a plan.
 *
 * <p>The credibility formula (Bühlmann's, as used in experience rating): with n the rep's entries
 * into the gateway, k the entries at which the rep's own ratio and the team's weigh the same, and
 * Z = n ÷ (n + k),
 * <pre>
 * blended = Z × rep + (1 − Z) × team = (rep passed + k × team) ÷ (n + k)
 * </pre>
 * A rep with 4 proposals and 3 wins (75 %) in a team closing 40 %, with k = 20, plans at
 * (3 + 20 × 0.4) ÷ 24 = 45.83 %; with 200 proposals and 150 wins, at 71.8 %. The result is the
 * exact fraction rounded once, half-even, to six decimal places (a ten-thousandth of a percentage
 * point).
 */
public final class Credibility {

    /** The default k: at 20 entries a rep's own ratio counts half. */
    public static final long DEFAULT_K = 20;

    private static final int SCALE = 6;

    private Credibility() {
    }

    /**
     * Blends a rep's counted ratio toward the team's ratio.
     *
     * @param rep the rep's own ratio, counted (its denominator is the rep's history), or undefined
     *     when the rep has none
     * @param team the team's ratio, defined
     * @param k the entries at which rep and team weigh the same, positive
     * @return the blended ratio
     * @throws IllegalArgumentException if k is not positive
     * @throws IllegalStateException if the team's ratio is undefined or the rep's is a decimal ratio
     */
    public static Ratio blend(Ratio rep, Ratio team, long k) {
        Objects.requireNonNull(rep, "rep");
        Objects.requireNonNull(team, "team");
        if (k <= 0) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        if (!team.isDefined()) {
            throw new IllegalStateException("team ratio must be defined to blend toward: " + team);
        }
        if (!rep.isDefined()) {
            return team;
        }
        if (!rep.isCounted()) {
            throw new IllegalStateException("rep ratio must be counted to weigh its history: " + rep);
        }
        // Exactly (passed + k × team) ÷ (entered + k), rounded once: a counted team ratio such as
        // 1/3 has no finite decimal to round first.
        Fraction passed = Fraction.of(rep.numerator()).plus(Fraction.of(team).times(k));
        Fraction entered = Fraction.of(rep.denominator()).plus(Fraction.of(k));
        return Ratio.of(passed.dividedBy(entered).toScale(SCALE, RoundingMode.HALF_EVEN));
    }
}
