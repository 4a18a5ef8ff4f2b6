package io.github.kpiengine.review;

import io.github.kpiengine.Goal;
import io.github.kpiengine.Money;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Rep;
import io.github.kpiengine.SalesPeriod;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks and reads the {@link ReviewTargets} of a review against its organisation. */
final class Targets {

    private Targets() {
    }

    static Set<String> repIds(OrgTree org) {
        Set<String> ids = new HashSet<>();
        org.reps().forEach(rep -> ids.add(rep.id()));
        return ids;
    }

    static void check(ReviewTargets targets, OrgTree org, Optional<Currency> logCurrency, SalesPeriod planned) {
        Set<String> reps = repIds(org);
        if (targets instanceof ReviewTargets.PerRep perRep) {
            perRep.targets().forEach((rep, target) -> {
                Checks.check(reps.contains(rep), "targets must name reps of the org: " + rep);
                money("targets", rep, target, logCurrency, perRep.targets().values().iterator().next());
            });
            for (Rep rep : org.reps()) {
                Checks.check(perRep.targets().containsKey(rep.id()),
                        "targets must give every rep of the org a target: " + rep.id());
            }
        } else if (targets instanceof ReviewTargets.FromGoals fromGoals) {
            Map<String, Money> byRep = repGoals(fromGoals, org, planned);
            byRep.forEach((rep, target) -> money("goals", rep, target, logCurrency, byRep.values().iterator().next()));
            unitGoals(fromGoals, org, planned).forEach((unit, target) ->
                    money("goals", unit, target, logCurrency, target));
            for (Rep rep : org.reps()) {
                Checks.check(byRep.containsKey(rep.id()), "goals must give every rep of the org a revenue goal for the "
                        + "planned period " + planned + ": " + rep.id());
            }
        } else if (targets instanceof ReviewTargets.SplitUnits split) {
            Set<String> covered = new HashSet<>();
            Set<String> unitIds = new HashSet<>();
            org.units().forEach(unit -> unitIds.add(unit.id()));
            split.unitTargets().forEach((unit, target) -> {
                Checks.check(unitIds.contains(unit), "unitTargets must name units of the org: " + unit);
                money("unitTargets", unit, target, logCurrency, split.unitTargets().values().iterator().next());
                for (Rep rep : org.repsBelow(unit)) {
                    Checks.check(covered.add(rep.id()), "unitTargets must not split a rep's target twice: "
                            + rep.id() + " (unit " + unit + ")");
                }
            });
            for (Rep rep : org.reps()) {
                Checks.check(covered.contains(rep.id()),
                        "unitTargets must cover every rep of the org: " + rep.id());
            }
            Map<String, BigDecimal> weights = split.split() instanceof ReviewTargets.Split.Weights w ? w.weights()
                    : ((ReviewTargets.Split.SellingCapacity) split.split()).hoursPerWeek();
            String field = split.split() instanceof ReviewTargets.Split.Weights ? "weights" : "hoursPerWeek";
            if (!weights.isEmpty() || field.equals("hoursPerWeek")) {
                for (String rep : weights.keySet()) {
                    Checks.check(covered.contains(rep), field + " must name reps of the split units: " + rep);
                }
                for (String rep : covered) {
                    Checks.check(weights.containsKey(rep), field + " must give every rep of the split units one: "
                            + rep);
                }
            }
        } else {
            throw new IllegalStateException("targets of an unknown kind: " + targets);
        }
    }

    private static void money(String field, String owner, Money target, Optional<Currency> logCurrency, Money first) {
        logCurrency.ifPresent(currency -> Checks.check(target.currency().equals(currency),
                field + " must be in the log's currency " + currency + ": " + owner + "=" + target));
        Checks.check(target.currency().equals(first.currency()),
                field + " must share one currency " + first.currency() + ": " + owner + "=" + target);
        Checks.check(!target.isNegative(), field + " must not be negative: " + owner + "=" + target);
    }

    /** Each rep's revenue goal for the planned period, one a rep. */
    static Map<String, Money> repGoals(ReviewTargets.FromGoals goals, OrgTree org, SalesPeriod planned) {
        return revenueGoals(goals, planned, repIds(org));
    }

    /** Each unit's revenue goal for the planned period, one a unit. */
    static Map<String, Money> unitGoals(ReviewTargets.FromGoals goals, OrgTree org, SalesPeriod planned) {
        Set<String> units = new LinkedHashSet<>();
        for (OrgUnit unit : org.units()) {
            units.add(unit.id());
        }
        return revenueGoals(goals, planned, units);
    }

    private static Map<String, Money> revenueGoals(ReviewTargets.FromGoals goals, SalesPeriod planned,
            Set<String> owners) {
        Map<String, Money> targets = new LinkedHashMap<>();
        for (Goal goal : goals.goals()) {
            if (owners.contains(goal.ownerId()) && goal.period().equals(planned) && goal.targetMoney().isPresent()) {
                Money before = targets.put(goal.ownerId(), goal.targetMoney().get());
                Checks.check(before == null, "goals must give each owner one revenue goal for the planned period "
                        + planned + ": " + goal.ownerId());
            }
        }
        return targets;
    }

    /** The weights of a split, for the reps of one unit; even when none are given. */
    static Map<String, BigDecimal> weights(ReviewTargets.Split split, List<Rep> reps) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, BigDecimal> given = split instanceof ReviewTargets.Split.Weights w ? w.weights()
                : ((ReviewTargets.Split.SellingCapacity) split).hoursPerWeek();
        for (Rep rep : reps) {
            weights.put(rep.id(), given.isEmpty() ? BigDecimal.ONE : given.get(rep.id()));
        }
        return weights;
    }
}
