package io.github.kpiengine.plan;

import java.math.BigDecimal;

/**
 * Whether the plan fits in a rep's selling time: the hours its weekly activity needs against the
 * hours of the week available for selling.
 *
 * <p>Utilisation above 100 % means the plan cannot be done at these ratios; the
 * {@linkplain Plan.Reachable#focus() focus} ranking says which improvement saves the most hours.
 * Immutable and thread-safe.
 *
 * @param hoursNeeded the hours a week the plan's activity takes: Σ weekly exact count × hours each
 * @param hoursAvailable work hours a week × selling share
 * @param utilisation needed ÷ available, to 4 decimal places, half-even
 * @param feasible whether utilisation is at most 1
 */
public record Capacity(BigDecimal hoursNeeded, BigDecimal hoursAvailable, BigDecimal utilisation,
        boolean feasible) {
}
