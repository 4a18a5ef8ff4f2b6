package io.github.kpiengine.review;

import java.util.regex.Pattern;

/**
 * The argument checks of the review package: each failure names the field and the value. A check
 * made for every rep or figure throws with its own {@code if}, so that its message is built only on
 * failure.
 */
final class Checks {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private Checks() {
    }

    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static String identifier(String name, String value) {
        check(value != null && IDENTIFIER.matcher(value).matches(),
                name + " must be a lower-case identifier of at most 64 characters: '" + value + "'");
        return value;
    }

    static long nonNegative(String name, long value) {
        check(value >= 0, name + " must not be negative: " + value);
        return value;
    }
}
