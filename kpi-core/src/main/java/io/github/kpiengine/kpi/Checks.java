package io.github.kpiengine.kpi;

import java.util.Objects;

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

    static void sameUnit(Kpi first, Kpi other) {
        if (first.unit() != other.unit()) {
            throw new IllegalArgumentException("units must match: " + first.id() + " is " + first.unit() + ", "
                    + other.id() + " is " + other.unit());
        }
    }
}
