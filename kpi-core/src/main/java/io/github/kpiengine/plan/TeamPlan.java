package io.github.kpiengine.plan;

import io.github.kpiengine.Money;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A unit's target split over its reps (or a target over channels), and each part's plan at its own
 * ratios. The parts' targets add up to the unit's target to the cent. Immutable and thread-safe.
 *
 * @param target the unit's target
 * @param targets each part's target, by rep id or channel name, in the order of the ids
 * @param plans each part's plan, in the same order
 */
public record TeamPlan(Money target, Map<String, Money> targets, Map<String, Plan> plans) {

    /**
     * Copies the maps, keeping their order.
     *
     * @param target the unit's target
     * @param targets the parts' targets
     * @param plans the parts' plans
     */
    public TeamPlan {
        Objects.requireNonNull(target, "target");
        targets = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(targets, "targets")));
        plans = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(plans, "plans")));
    }

    /**
     * Returns the unit's magic number: the sum of the parts' new opportunities a week. A part whose
     * target is already met adds none. There is no sum when a part's plan is unreachable (leaving it
     * out would understate the unit), when the parts count new opportunities at different stages
     * (a call and a first appointment do not add up), or when the sum is more than can be counted;
     * the answer then says why.
     *
     * @return the sum, or why there is none
     */
    public MagicNumber magicNumber() {
        if (plans.isEmpty()) {
            return new MagicNumber.UncountedMagicNumber("there are no plans to add up");
        }
        String stage = null;
        long sum = 0;
        for (Map.Entry<String, Plan> part : plans.entrySet()) {
            Plan plan = part.getValue();
            String own = plan.model().opportunityStage();
            if (stage != null && !stage.equals(own)) {
                return new MagicNumber.UncountedMagicNumber("the plans count new opportunities at different stages: "
                        + plans.keySet().iterator().next() + " at " + stage + ", " + part.getKey() + " at " + own);
            }
            stage = own;
            if (plan instanceof Plan.Unreachable unreachable) {
                return new MagicNumber.UncountedMagicNumber("the plan of " + part.getKey() + " is unreachable: "
                        + unreachable.reason());
            }
            if (plan instanceof Plan.Reachable reachable) {
                if (sum > Long.MAX_VALUE - reachable.magicNumber()) {
                    return new MagicNumber.UncountedMagicNumber("the new opportunities a week add up to more than can be "
                            + "counted (" + Long.MAX_VALUE + ")");
                }
                sum += reachable.magicNumber();
            }
        }
        return new MagicNumber.CountedMagicNumber(sum, stage);
    }

    /** The unit's new opportunities a week, or why they do not add up. */
    public sealed interface MagicNumber permits MagicNumber.CountedMagicNumber, MagicNumber.UncountedMagicNumber {

        /**
         * The sum of the parts' magic numbers. Immutable and thread-safe.
         *
         * @param perWeek the new opportunities a week of all parts together
         * @param opportunityStage the stage at which every part counts a new opportunity
         */
        record CountedMagicNumber(long perWeek, String opportunityStage) implements MagicNumber {

            /**
             * Checks the stage is present.
             *
             * @param perWeek the new opportunities a week
             * @param opportunityStage the stage
             */
            public CountedMagicNumber {
                Objects.requireNonNull(opportunityStage, "opportunityStage");
            }
        }

        /**
         * No sum, and why. Immutable and thread-safe.
         *
         * @param reason why the parts do not add up, naming the part or the stages
         */
        record UncountedMagicNumber(String reason) implements MagicNumber {

            /**
             * Checks the reason is present.
             *
             * @param reason why
             */
            public UncountedMagicNumber {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
