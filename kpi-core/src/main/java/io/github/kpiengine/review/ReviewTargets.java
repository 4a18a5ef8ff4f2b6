package io.github.kpiengine.review;

import io.github.kpiengine.Goal;
import io.github.kpiengine.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each rep's revenue target for the planned period comes from: given per rep, read from the
 * reps' revenue goals, or a unit's target split over its reps by
 * {@link io.github.kpiengine.plan.TeamPlanner} (evenly, by weights or by selling capacity).
 *
 * <pre>{@code
 * ReviewTargets.perRep(Map.of("ann", Money.parse("EUR 300000"), "bob", Money.parse("EUR 250000")));
 * ReviewTargets.fromGoals(goals);                                  // the reps' revenue goals
 * ReviewTargets.split(Map.of("east", Money.parse("EUR 900000")), ReviewTargets.Split.evenly());
 * }</pre>
 *
 * <p>Every rep of the organisation must get a target, in the log's currency; the review refuses
 * anything else with a message naming the field and the value. Immutable and thread-safe.
 */
public sealed interface ReviewTargets {

    /**
     * Returns targets given rep by rep.
     *
     * @param targets each rep's target, by rep id
     * @return the targets
     */
    static ReviewTargets perRep(Map<String, Money> targets) {
        return new PerRep(targets);
    }

    /**
     * Returns the targets of the reps' revenue goals: for each rep, the revenue goal it owns whose
     * period is the planned period. A unit's revenue goal for that period becomes the unit's own
     * target, set against the sum of its reps'.
     *
     * @param goals the goals; goals of other objectives or periods are left out
     * @return the targets
     */
    static ReviewTargets fromGoals(List<Goal> goals) {
        return new FromGoals(goals);
    }

    /**
     * Returns units' targets split over the reps below each unit.
     *
     * @param unitTargets each unit's target, by unit id; the units' reps must not overlap and must
     *     together be every rep of the organisation
     * @param split how a unit's target is split over its reps
     * @return the targets
     */
    static ReviewTargets split(Map<String, Money> unitTargets, Split split) {
        return new SplitUnits(unitTargets, split);
    }

    /**
     * Targets given rep by rep. Immutable and thread-safe.
     *
     * @param targets each rep's target, by rep id, in the order given
     */
    record PerRep(Map<String, Money> targets) implements ReviewTargets {

        /**
         * Copies the map, keeping its order.
         *
         * @param targets each rep's target
         */
        public PerRep {
            targets = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(targets, "targets")));
            targets.forEach((rep, target) -> Objects.requireNonNull(target, "target of " + rep));
        }
    }

    /**
     * The targets of the reps' revenue goals for the planned period. Immutable and thread-safe.
     *
     * @param goals the goals
     */
    record FromGoals(List<Goal> goals) implements ReviewTargets {

        /**
         * Copies the list.
         *
         * @param goals the goals
         */
        public FromGoals {
            goals = List.copyOf(Objects.requireNonNull(goals, "goals"));
        }
    }

    /**
     * Units' targets split over their reps. Immutable and thread-safe.
     *
     * @param unitTargets each unit's target, by unit id, in the order given
     * @param split how each is split
     */
    record SplitUnits(Map<String, Money> unitTargets, Split split) implements ReviewTargets {

        /**
         * Copies the map, keeping its order.
         *
         * @param unitTargets each unit's target
         * @param split how each is split
         */
        public SplitUnits {
            unitTargets = Collections.unmodifiableMap(new LinkedHashMap<>(
                    Objects.requireNonNull(unitTargets, "unitTargets")));
            Objects.requireNonNull(split, "split");
        }
    }

    /**
     * How a unit's target is split over its reps, to the cent (the parts always add up to the
     * unit's target; see {@link io.github.kpiengine.plan.TeamPlanner}). Immutable and thread-safe.
     */
    sealed interface Split {

        /**
         * Returns an even split: every rep of the unit gets the same share.
         *
         * @return the split
         */
        static Split evenly() {
            return new Weights(Map.of());
        }

        /**
         * Returns a split by weights (a share, a quota, the last year's revenue).
         *
         * @param weights each rep's weight, by rep id; one for every rep of the split units, not
         *     negative, not all zero within a unit
         * @return the split
         */
        static Split byWeights(Map<String, BigDecimal> weights) {
            return new Weights(weights);
        }

        /**
         * Returns a split by selling capacity: each rep's work hours a week times the selling share
         * of the plan (40 % unless set). The plans then check their hours against that capacity.
         *
         * @param hoursPerWeek each rep's work hours a week, by rep id; one for every rep of the
         *     split units
         * @return the split
         */
        static Split byCapacity(Map<String, BigDecimal> hoursPerWeek) {
            return new SellingCapacity(hoursPerWeek);
        }

        /**
         * A split by weights; no weight at all splits evenly. Immutable and thread-safe.
         *
         * @param weights each rep's weight, by rep id; empty for an even split
         */
        record Weights(Map<String, BigDecimal> weights) implements Split {

            /**
             * Copies the map.
             *
             * @param weights each rep's weight
             */
            public Weights {
                weights = Map.copyOf(Objects.requireNonNull(weights, "weights"));
            }
        }

        /**
         * A split by selling capacity. Immutable and thread-safe.
         *
         * @param hoursPerWeek each rep's work hours a week, by rep id
         */
        record SellingCapacity(Map<String, BigDecimal> hoursPerWeek) implements Split {

            /**
             * Copies the map.
             *
             * @param hoursPerWeek each rep's work hours a week
             */
            public SellingCapacity {
                hoursPerWeek = Map.copyOf(Objects.requireNonNull(hoursPerWeek, "hoursPerWeek"));
            }
        }
    }
}
