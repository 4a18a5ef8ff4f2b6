package io.github.kpiengine.kpi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.Set;

final class Checks {

    private Checks() {
    }

    static String notBlank(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: \"" + value + "\"");
        }
        return value;
    }

    static long nonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** Returns a decimal with the fewest digits that hold it exactly, never in exponent form: 2.50 is 2.5, 5E+2 is 500. */
    static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static void sameUnit(KpiExpression first, KpiExpression other) {
        if (first.unit() != other.unit()) {
            throw new IllegalArgumentException("units must match: " + Naming.id(first) + " is " + first.unit() + ", "
                    + Naming.id(other) + " is " + other.unit());
        }
    }

    /**
     * Tells whether an expression holds a part of a kind. Each shared part is visited once, so an
     * expression that repeats another many times costs its distinct parts, not its written-out size.
     */
    static boolean holds(KpiExpression expression, Class<? extends KpiExpression> kind) {
        return holds(expression, kind, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean holds(KpiExpression expression, Class<? extends KpiExpression> kind,
            Set<KpiExpression> visited) {
        if (!visited.add(expression)) {
            return false;
        }
        if (kind.isInstance(expression)) {
            return true;
        }
        for (KpiExpression child : expression.children()) {
            if (holds(child, kind, visited)) {
                return true;
            }
        }
        return false;
    }

    static boolean comparesWithPeers(KpiExpression expression) {
        return holds(expression, KpiExpression.PeerGap.class) || holds(expression, KpiExpression.PeerRank.class);
    }

    /** Refuses a condition that some measure below an expression cannot be filtered by. */
    static void checkCondition(KpiExpression expression, Condition condition) {
        checkCondition(expression, condition, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void checkCondition(KpiExpression expression, Condition condition, Set<KpiExpression> visited) {
        if (!visited.add(expression)) {
            return;
        }
        for (KpiExpression child : expression.children()) {
            checkCondition(child, condition, visited);
        }
        KpiExpression.Reads reads = expression.reads();
        if (reads == KpiExpression.Reads.NOTHING) {
            return;
        }
        boolean activities = reads == KpiExpression.Reads.ACTIVITIES;
        if (activities != condition.appliesToActivities()) {
            String id = Naming.id(expression);
            throw new IllegalArgumentException("condition must apply to what " + id + " counts: "
                    + (condition.appliesToActivities() ? "an outcome, attribute or client condition filters activities, "
                            + id + " counts opportunities"
                            : "a source filters opportunities, " + id + " counts activities"));
        }
    }
}
