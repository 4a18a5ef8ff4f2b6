package io.github.kpiengine.examples.crm;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.text.ParsePosition;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How a file writes its days: a {@link DateTimeFormatter} pattern, and for a CRM that exports
 * instants, the zone its times are in and the zone whose calendar days count. A date-time is taken
 * at its date (in {@code daysIn} when the times are instants). ISO {@code yyyy-MM-dd} cells are read
 * by hand, without the formatter. Immutable and thread-safe.
 */
final class DateFormat {

    static final String ISO_PATTERN = "yyyy-MM-dd";

    /** The last year of a day read; the first is year 1. */
    static final int LAST_YEAR = 9999;

    static final DateFormat ISO = new DateFormat(ISO_PATTERN, Locale.ROOT, null, null);

    private final String pattern;
    private final DateTimeFormatter formatter;
    private final ZoneId timesIn;
    private final ZoneId daysIn;
    private final boolean isoPrefix;
    private final boolean hasTime;

    /**
     * Creates a format.
     *
     * @throws IllegalArgumentException if the pattern is not a java.time pattern or cannot give a day
     */
    DateFormat(String pattern, Locale locale, ZoneId timesIn, ZoneId daysIn) {
        this.pattern = pattern;
        // Strict resolving refuses 2026-02-30 instead of moving it; it needs the proleptic year (u)
        // where the pattern writes the year of era (y) without an era.
        String strict = pattern.indexOf('G') < 0 ? yearOfEraAsYear(pattern) : pattern;
        this.formatter = DateTimeFormatter.ofPattern(strict, locale).withResolverStyle(ResolverStyle.STRICT);
        this.timesIn = timesIn;
        this.daysIn = daysIn != null ? daysIn : timesIn;
        this.isoPrefix = timesIn == null && (pattern.equals(ISO_PATTERN) || pattern.startsWith(ISO_PATTERN + "["));
        TemporalAccessor probe;
        try {
            probe = formatter.parse(formatter.format(ZonedDateTime.of(2026, 3, 17, 10, 22, 33, 0, ZoneOffset.UTC)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("it cannot read back what it writes: " + e.getMessage());
        }
        if (!probe.isSupported(ChronoField.EPOCH_DAY)) {
            throw new IllegalArgumentException("it does not give a day: it needs a year, a month and a day");
        }
        this.hasTime = probe.isSupported(ChronoField.HOUR_OF_DAY);
    }

    private static String yearOfEraAsYear(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** The pattern, or {@code YYYY-MM-DD} for ISO dates, as shown in messages. */
    String describe() {
        return pattern.equals(ISO_PATTERN) ? "YYYY-MM-DD" : pattern;
    }

    String pattern() {
        return pattern;
    }

    /**
     * Reads a cell.
     *
     * @return the day
     * @throws DateTimeException if the cell is not a day in this format
     */
    LocalDate parse(char[] chars, int start, int length) {
        if (isoPrefix && length == 10) {
            LocalDate day = iso(chars, start);
            if (day != null) {
                return inRange(day);
            }
        }
        return parse(new String(chars, start, length));
    }

    /**
     * Reads a text.
     *
     * @return the day
     * @throws DateTimeException if the text is not a day in this format
     */
    LocalDate parse(String text) {
        return inRange(day(text));
    }

    /**
     * Refuses a day outside the years 1 to 9999: a pattern of {@code yyyy} also reads {@code +99999999-01-01},
     * which no CRM writes and which the log's days and the scorecard's weeks cannot count.
     */
    private static LocalDate inRange(LocalDate day) {
        if (day.getYear() < 1 || day.getYear() > LAST_YEAR) {
            throw new DateTimeException("year outside 1 to " + LAST_YEAR + ": " + day.getYear());
        }
        return day;
    }

    private LocalDate day(String text) {
        if (isoPrefix && text.length() == 10) {
            LocalDate day = iso(text.toCharArray(), 0);
            if (day != null) {
                return day;
            }
        }
        ParsePosition position = new ParsePosition(0);
        TemporalAccessor parsed = formatter.parse(text, position);
        int end = position.getIndex();
        // A date pattern also takes a date-time cell at its date: "3/17/2026 10:22 AM" for M/d/yyyy.
        if (end < text.length() && (hasTime || !(text.charAt(end) == ' ' || text.charAt(end) == 'T'))) {
            throw new DateTimeParseException("unparsed text", text, end);
        }
        LocalDate day = LocalDate.from(parsed);
        if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
            ZonedDateTime instant = ZonedDateTime.from(parsed);
            return daysIn == null ? day : instant.withZoneSameInstant(daysIn).toLocalDate();
        }
        if (timesIn != null && parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
            return LocalDateTime.of(day, LocalTime.from(parsed)).atZone(timesIn).withZoneSameInstant(daysIn)
                    .toLocalDate();
        }
        return day;
    }

    /** Reads {@code yyyy-MM-dd} by hand; null when the characters are not of that shape. */
    private static LocalDate iso(char[] c, int s) {
        if (c[s + 4] != '-' || c[s + 7] != '-') {
            return null;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            int digit = c[s + i] - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            year = year * 10 + digit;
        }
        int month = twoDigits(c, s + 5);
        int day = twoDigits(c, s + 8);
        if (month < 0 || day < 0) {
            return null;
        }
        // LocalDate.of refuses month 13 and February 30 with the same exception the formatter throws.
        return LocalDate.of(year, month, day);
    }

    private static int twoDigits(char[] c, int at) {
        int tens = c[at] - '0';
        int ones = c[at + 1] - '0';
        return tens < 0 || tens > 9 || ones < 0 || ones > 9 ? -1 : tens * 10 + ones;
    }
}
