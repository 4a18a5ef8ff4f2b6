package io.github.kpiengine.examples.crm;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/** How a file writes how long an activity took. */
enum DurationUnit {
    /** Seconds, such as Salesforce's call duration: {@code 540}. */
    SECONDS(1_000_000_000L),
    /** Minutes, the tool's own layout: {@code 90} or {@code 1.5}. */
    MINUTES(60_000_000_000L),
    /** Hours: {@code 1.5}. */
    HOURS(3_600_000_000_000L),
    /** Milliseconds, such as HubSpot's call duration: {@code 540000}. */
    MILLISECONDS(1_000_000L),
    /** A clock reading, hours and minutes and maybe seconds: {@code 1:30} or {@code 01:30:00}. */
    CLOCK(0);

    private final long nanos;

    DurationUnit(long nanos) {
        this.nanos = nanos;
    }

    /** The name used in mapping files: {@code seconds}, {@code minutes}, ... */
    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a cell.
     *
     * @return the duration, or null when the cell is not a number in this unit
     */
    Duration parse(String cell) {
        if (this == CLOCK) {
            return clock(cell);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(cell);
        } catch (NumberFormatException e) {
            return null;
        }
        BigDecimal total = value.multiply(BigDecimal.valueOf(nanos));
        if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return null;
        }
        return Duration.ofNanos(total.longValue());
    }

    private static Duration clock(String cell) {
        String[] parts = cell.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            return null;
        }
        long seconds = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 6 || !part.chars().allMatch(Character::isDigit)
                    || (i > 0 && (part.length() != 2 || Integer.parseInt(part) > 59))) {
                return null;
            }
            seconds = seconds * 60 + Long.parseLong(part);
        }
        return Duration.ofSeconds(parts.length == 2 ? seconds * 60 : seconds);
    }
}
