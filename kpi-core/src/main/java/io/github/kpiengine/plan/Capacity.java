package io.github.kpiengine.plan;

import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the plan fits in a rep's selling time: the hours its weekly activity needs against the
 * hours of the week available for selling.
 *
 * <p>Utilisation above 100 % means the plan cannot be done at these ratios. Then
 * {@code ratiosThatFit} says, for each gateway on its own, the least ratio (in steps of a tenth of a
 * point) that would make the plan fit with every other ratio held; a gateway missing from it cannot
 * make the plan fit even at 100 %. The {@linkplain Plan.Reachable#focus() focus} ranking says which
 * improvement saves the most hours. Immutable and thread-safe.
 *
 * @param hoursNeeded the hours a week the plan's activity takes: Σ whole count × hours each ÷ opening
 *     weeks, the exact value to 16 significant digits; zero when no stage has hours
 * @param hoursAvailable work hours a week × selling share, to 16 significant digits
 * @param utilisation needed ÷ available, the exact value to 4 decimal places, half-even
 * @param feasible whether the exact hours needed are at most the exact hours available
 * @param ratiosThatFit for an infeasible plan, the ratio each gateway would need for the plan to
 *     fit, by stage, top of the funnel first; empty when the plan fits
 */
public record Capacity(BigDecimal hoursNeeded, BigDecimal hoursAvailable, BigDecimal utilisation,
        boolean feasible, Map<String, Ratio> ratiosThatFit) {

    /**
     * Copies the map, keeping its order.
     *
     * @param hoursNeeded the hours needed a week
     * @param hoursAvailable the selling hours a week
     * @param utilisation needed ÷ available
     * @param feasible whether the plan fits
     * @param ratiosThatFit the ratios that would make it fit, by stage
     */
    public Capacity {
        ratiosThatFit = Collections.unmodifiableMap(new LinkedHashMap<>(ratiosThatFit));
    }
}
