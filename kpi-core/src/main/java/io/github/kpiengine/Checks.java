package io.github.kpiengine;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the model's constructors and factories.
 *
 * <p>Every check returns the value it checked, so that a compact constructor reads as a list of
 * rules. Messages follow one form: {@code "<name> must be <rule>: <value>"}.
 */
final class Checks {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");
    private static final int MAX_IDENTIFIER_LENGTH = 64;

    private Checks() {
    }

    /** Refuses null, naming the argument. */
    static <T> T notNull(String name, T value) {
        return Objects.requireNonNull(value, name);
    }

    /** Refuses a negative count. */
    static long nonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value);
        }
        return value;
    }

    /** Refuses a count below one. */
    static long positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    /** Refuses a negative decimal. */
    static BigDecimal nonNegative(String name, BigDecimal value) {
        notNull(name, value);
        if (value.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + value.toPlainString());
        }
        return value;
    }

    /** Refuses a decimal that is zero or negative. */
    static BigDecimal positive(String name, BigDecimal value) {
        notNull(name, value);
        if (value.signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value.toPlainString());
        }
        return value;
    }

    /** Refuses NaN, infinities and negatives; NaN fails because every comparison with it is false. */
    static double nonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number not below zero: " + value);
        }
        return value;
    }

    /** Refuses null, empty and all-blank text, and text with surrounding white space. */
    static String notBlank(String name, String value) {
        notNull(name, value);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank: '" + value + "'");
        }
        if (!value.strip().equals(value)) {
            throw new IllegalArgumentException(
                    name + " must not start or end with white space: '" + value + "'");
        }
        return value;
    }

    /**
     * Refuses anything but a lower-case identifier of at most 64 characters: a letter, then letters,
     * digits and underscores. Identifiers name activity types, sources and stages, and formulas refer
     * to them by that name.
     */
    static String identifier(String name, String value) {
        notNull(name, value);
        if (value.length() > MAX_IDENTIFIER_LENGTH || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(name
                    + " must be a lower-case identifier of at most 64 characters ([a-z][a-z0-9_]*): '"
                    + value + "'");
        }
        return value;
    }

    /** Returns a decimal with the fewest digits that hold it exactly, never in exponent form: 2.50 is 2.5, 5E+2 is 500. */
    static BigDecimal normalised(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Returns an identifier as people read it: {@code first_appointment} is "First appointment". */
    static String displayNameOf(String identifier) {
        String spaced = identifier.replace('_', ' ').strip();
        return spaced.isEmpty() ? identifier : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** Refuses a condition that does not hold, with the message given. */
    static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
