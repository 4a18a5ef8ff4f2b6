package io.github.kpiengine.examples.cli;

import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import io.github.kpiengine.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads opportunities from CSV:
 * {@code id,owner,account,source,created,amount,currency,stages,result,close_date}, with
 * {@code stages} as {@code stage@date;stage@date}. Only {@code source}, {@code created} and
 * {@code close_date} may be missing columns.
 */
final class OpportunitiesCsv {

    static final List<String> REQUIRED = List.of("id", "owner", "account", "amount", "currency", "stages",
            "result");

    private static final Map<String, Source> SOURCES = Source.standard().stream()
            .collect(Collectors.toUnmodifiableMap(Source::id, Function.identity()));

    private static final String SOURCE_IDS = Source.standard().stream().map(Source::id)
            .collect(Collectors.joining(", "));

    private OpportunitiesCsv() {
    }

    /** Parses one row; throws {@link RowException} with the reason when it is bad. */
    static Opportunity opportunity(Csv csv, Csv.Row row, Pipeline pipeline) {
        String id = Fields.required(csv, row, "id");
        String owner = Fields.required(csv, row, "owner");
        Opportunity.Builder builder = Opportunity.builder(id, owner, pipeline)
                .account(Fields.required(csv, row, "account"))
                .source(source(csv.get(row, "source")))
                .amount(amount(Fields.required(csv, row, "amount"), Fields.required(csv, row, "currency")));
        String created = csv.get(row, "created");
        if (!created.isEmpty()) {
            builder.created(Fields.date(created, "column created"));
        }
        history(builder, Fields.required(csv, row, "stages"), pipeline);
        result(builder, Fields.required(csv, row, "result"), csv.get(row, "close_date"));
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new RowException(e.getMessage());
        }
    }

    private static Source source(String id) {
        if (id.isEmpty()) {
            return Source.COLD_OUTREACH;
        }
        Source source = SOURCES.get(id.toLowerCase(Locale.ROOT));
        if (source == null) {
            throw new RowException("unknown source '" + id + "' (expected one of " + SOURCE_IDS + ")");
        }
        return source;
    }

    private static Money amount(String amount, String code) {
        BigDecimal value = Fields.decimalOrNull(amount);
        if (value == null || value.signum() < 0) {
            throw new RowException("amount must be a number, not negative: '" + amount + "'");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowException("unknown currency '" + code + "' (expected an ISO 4217 code such as EUR)");
        }
        try {
            return Money.of(currency, value);
        } catch (IllegalArgumentException e) {
            throw new RowException(e.getMessage());
        }
    }

    private static void history(Opportunity.Builder builder, String stages, Pipeline pipeline) {
        for (String entry : stages.split(";", -1)) {
            String part = entry.strip();
            int at = part.lastIndexOf('@');
            if (at <= 0) {
                throw new RowException("stages entry '" + part + "' is not stage@YYYY-MM-DD");
            }
            String name = part.substring(0, at).strip();
            LocalDate date = Fields.date(part.substring(at + 1).strip(), "stages entry '" + part + "'");
            if (pipeline.find(name).filter(stage -> !stage.isTerminal()).isEmpty()) {
                if (name.equals(Stage.WON.name()) || name.equals(Stage.LOST.name())) {
                    throw new RowException("stages entry '" + part
                            + "': give won or lost in the result and close_date columns");
                }
                throw new RowException("stage '" + name + "' is not in the pipeline " + openStages(pipeline)
                        + " (set --pipeline)");
            }
            builder.enter(name, date);
        }
    }

    private static void result(Opportunity.Builder builder, String result, String closeDate) {
        switch (result.toLowerCase(Locale.ROOT)) {
            case "open" -> {
                if (!closeDate.isEmpty()) {
                    throw new RowException("close_date must be empty for an open opportunity: " + closeDate);
                }
            }
            case "won" -> builder.won(closeDate(closeDate, result));
            case "lost" -> builder.lost(closeDate(closeDate, result));
            default -> throw new RowException("unknown result '" + result + "' (expected open, won or lost)");
        }
    }

    private static LocalDate closeDate(String closeDate, String result) {
        if (closeDate.isEmpty()) {
            throw new RowException("close_date is needed for a " + result.toLowerCase(Locale.ROOT) + " opportunity");
        }
        return Fields.date(closeDate, "column close_date");
    }

    static String openStages(Pipeline pipeline) {
        return pipeline.openStages().stream().map(Stage::name).collect(Collectors.joining(","));
    }
}
