package io.github.kpiengine.engine;

final class Checks {

    private Checks() {
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
