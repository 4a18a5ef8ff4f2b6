package io.github.kpiengine.examples.cli;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads activities from CSV: {@code rep,type,date,account,opportunity,duration_minutes,outcome}.
 * Only {@code rep}, {@code type} and {@code date} are required columns.
 */
final class ActivitiesCsv {

    static final List<String> REQUIRED = List.of("rep", "type", "date");

    private static final Map<String, ActivityType> TYPES = ActivityType.standard().stream()
            .collect(Collectors.toUnmodifiableMap(ActivityType::id, Function.identity()));

    private static final String TYPE_IDS = ActivityType.standard().stream().map(ActivityType::id)
            .collect(Collectors.joining(", "));

    private static final String OUTCOMES = Arrays.stream(Outcome.values())
            .map(o -> o.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private static final BigDecimal SECONDS_PER_MINUTE = BigDecimal.valueOf(60);

    private ActivitiesCsv() {
    }

    /** Parses one row; throws {@link RowException} with the reason when it is bad. */
    static Activity activity(Csv csv, Csv.Row row) {
        String rep = Fields.required(csv, row, "rep");
        String typeId = Fields.required(csv, row, "type").toLowerCase(Locale.ROOT);
        ActivityType type = TYPES.get(typeId);
        if (type == null) {
            throw new RowException("unknown activity type '" + typeId + "' (expected one of " + TYPE_IDS + ")");
        }
        Activity.Builder builder = Activity.builder(rep, type, Fields.date(csv, row, "date"));
        String account = csv.get(row, "account");
        if (!account.isEmpty()) {
            builder.account(account);
        }
        String opportunity = csv.get(row, "opportunity");
        if (!opportunity.isEmpty()) {
            builder.opportunity(opportunity);
        }
        if (type.isTimed()) {
            builder.duration(duration(csv.get(row, "duration_minutes"), type));
        }
        String outcome = csv.get(row, "outcome");
        if (!outcome.isEmpty()) {
            try {
                builder.outcome(Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new RowException("unknown outcome '" + outcome + "' (expected one of " + OUTCOMES + ")");
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new RowException(e.getMessage());
        }
    }

    private static Duration duration(String minutes, ActivityType type) {
        BigDecimal value = Fields.decimalOrNull(minutes);
        if (value == null || value.signum() <= 0) {
            throw new RowException("duration_minutes must be a positive number for timed type " + type.id()
                    + ": '" + minutes + "'");
        }
        return Duration.ofSeconds(value.multiply(SECONDS_PER_MINUTE).longValue());
    }
}
