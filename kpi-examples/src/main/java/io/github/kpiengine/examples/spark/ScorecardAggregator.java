package io.github.kpiengine.examples.spark;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.engine.CompiledScorecard;
import io.github.kpiengine.engine.ScorecardAccumulator;
import io.github.kpiengine.examples.beam.ScorecardSpec;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Aggregates rows of activities into a scorecard: Spark's zero, reduce, merge and finish are
 * KPI Engine's {@code newAccumulator}, {@code add}, {@code merge} and {@code toByteArray}. The rows
 * have the columns of the {@code kpi scorecard} activities CSV: {@code rep}, {@code type} and
 * {@code date} (ISO text), and optionally {@code account}, {@code outcome} and
 * {@code duration_minutes} (whole minutes, for timed types).
 *
 * <pre>{@code
 * Dataset<Row> activities = spark.read().option("header", true).csv("exports/activities-*.csv");
 * byte[] encoded = activities.select(new ScorecardAggregator(spec).toColumn()).first();
 * ScorecardResult result = spec.compile().decode(encoded).result();
 * }</pre>
 *
 * <p>The buffer crosses executors by Java serialization, which is the accumulator's encoding; a
 * buffer read back that way is merged into one of the spec's scorecard before anything is added.
 */
public final class ScorecardAggregator extends Aggregator<Row, ScorecardAccumulator, byte[]> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, ActivityType> TYPES = ActivityType.standard().stream()
            .collect(Collectors.toMap(ActivityType::id, Function.identity()));

    private final ScorecardSpec spec;
    private transient CompiledScorecard compiled;

    /**
     * Returns the aggregator of a scorecard.
     *
     * @param spec how every executor compiles the scorecard
     */
    public ScorecardAggregator(ScorecardSpec spec) {
        this.spec = spec;
    }

    @Override
    public ScorecardAccumulator zero() {
        return compiled().newAccumulator();
    }

    @Override
    public ScorecardAccumulator reduce(ScorecardAccumulator buffer, Row row) {
        return bound(buffer).add(activity(row));
    }

    @Override
    public ScorecardAccumulator merge(ScorecardAccumulator left, ScorecardAccumulator right) {
        return bound(left).merge(right);
    }

    @Override
    public byte[] finish(ScorecardAccumulator reduction) {
        return reduction.toByteArray();
    }

    @Override
    public Encoder<ScorecardAccumulator> bufferEncoder() {
        return Encoders.javaSerialization(ScorecardAccumulator.class);
    }

    @Override
    public Encoder<byte[]> outputEncoder() {
        return Encoders.BINARY();
    }

    /** Reads one activity from a row of the activities CSV layout. */
    static Activity activity(Row row) {
        String typeId = text(row, "type").toLowerCase(Locale.ROOT);
        ActivityType type = TYPES.get(typeId);
        if (type == null) {
            throw new IllegalArgumentException("type must be a standard activity type: " + typeId);
        }
        Activity.Builder builder = Activity.builder(text(row, "rep"), type, LocalDate.parse(text(row, "date")));
        String account = text(row, "account");
        if (!account.isEmpty()) {
            builder.account(account);
        }
        String outcome = text(row, "outcome");
        if (!outcome.isEmpty()) {
            builder.outcome(Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)));
        }
        if (type.isTimed()) {
            builder.duration(java.time.Duration.ofMinutes(Long.parseLong(text(row, "duration_minutes"))));
        }
        return builder.build();
    }

    private static String text(Row row, String column) {
        int at;
        try {
            at = row.fieldIndex(column);
        } catch (IllegalArgumentException missing) {
            return "";
        }
        Object value = row.get(at);
        return value == null ? "" : value.toString().strip();
    }

    private ScorecardAccumulator bound(ScorecardAccumulator buffer) {
        return buffer.compiledScorecard().isPresent() ? buffer : zero().merge(buffer);
    }

    private CompiledScorecard compiled() {
        if (compiled == null) {
            compiled = spec.compile();
        }
        return compiled;
    }
}
