package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import java.util.Map;
import java.util.Objects;

/**
 * A unit's target split over its reps, and each rep's plan at their own ratios. The reps' targets
 * add up to the unit's target to the cent. Immutable and thread-safe.
 *
 * @param target the unit's target
 * @param targets each rep's part of it, by rep id, in the order given
 * @param plans each rep's plan, by rep id
 */
public record TeamPlan(Money target, Map<String, Money> targets, Map<String, Plan> plans) {

    /**
     * Copies the maps, keeping their order.
     *
     * @param target the unit's target
     * @param targets the reps' targets
     * @param plans the reps' plans
     */
    public TeamPlan {
        Objects.requireNonNull(target, "target");
        targets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(targets));
        plans = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(plans));
    }

    /**
     * Returns the sum of the reps' new opportunities a week over the reachable plans.
     *
     * @return the unit's magic number
     */
    public long magicNumber() {
        return plans.values().stream().filter(Plan.Reachable.class::isInstance)
                .mapToLong(plan -> ((Plan.Reachable) plan).magicNumber()).sum();
    }
}
