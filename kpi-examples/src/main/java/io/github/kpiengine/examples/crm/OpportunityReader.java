package io.github.kpiengine.examples.crm;

import io.github.kpiengine.DealResult;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import io.github.kpiengine.Stage;
import io.github.kpiengine.StageEntry;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an opportunity file into the log: each row becomes an {@link Opportunity} with its stage
 * history taken from one cell, from the wide stage columns or from the stage-history index, then is
 * appended and dropped. Checks across rows: an id given twice, a second currency.
 */
final class OpportunityReader extends RowReader {

    /** What the opportunity files of one load share: the ids seen and the currency. */
    static final class Shared {
        final Map<String, String> ids = new java.util.HashMap<>();
        final StageHistoryReader.Index history;
        Currency currency;
        String currencyRow;
        /** The amounts of the opportunities loaded, in minor units: the most any scorecard adds up. */
        long total;

        Shared(StageHistoryReader.Index history) {
            this.history = history;
        }
    }

    private final Shared shared;
    private final Pipeline pipeline;
    private final Mapping.Parts parts;
    private Column id;
    private Column owner;
    private Column account;
    private Column source;
    private Column created;
    private Column amount;
    private Column currency;
    private Column cell;
    private Column stage;
    private Column result;
    private Column close;
    private final List<Column> stageColumns = new ArrayList<>();

    OpportunityReader(Mapping mapping, LoadState state, String file, Shared shared) {
        super(mapping, state, file, mapping.parts().opportunities());
        this.shared = shared;
        this.pipeline = mapping.pipeline().orElseThrow();
        this.parts = mapping.parts();
    }

    @Override
    List<String> extraColumns() {
        List<String> names = new ArrayList<>();
        if (parts.history() == HistoryShape.COLUMNS) {
            pipeline.openStages().forEach(s -> names.add(wideColumn(s)));
        }
        return names;
    }

    private String wideColumn(Stage open) {
        return parts.historyColumn().replace("{label}", open.displayName());
    }

    @Override
    void bind(Columns.Bound bound) {
        id = bound.column("id");
        owner = bound.column("owner");
        account = bound.column("account");
        source = bound.column("source");
        created = bound.column("created");
        amount = bound.column("amount");
        currency = bound.column("currency");
        cell = bound.column("history");
        stage = bound.column("stage");
        result = bound.column("result");
        close = bound.column("close");
        if (parts.history() == HistoryShape.COLUMNS) {
            for (Stage open : pipeline.openStages()) {
                String name = wideColumn(open);
                Integer at = bound.index().get(Labels.normalise(name));
                stageColumns.add(new Column("history", at == null ? new int[0] : new int[] {at},
                        at == null ? name : bound.headerNames().get(at)));
            }
        }
    }

    @Override
    void read(Row row) {
        String opportunityId = required(row, id);
        Opportunity.Builder builder = Opportunity.builder(opportunityId, required(row, owner), pipeline)
                .account(required(row, account))
                .source(source(row))
                .amount(amount(row));
        String createdText = created.text(row);
        if (!createdText.isEmpty()) {
            builder.created(date(createdText, created.where()));
        }
        List<StageEntry> history = history(row, opportunityId);
        DealResult outcome = result(row);
        if (history.isEmpty() && outcome == DealResult.OPEN) {
            history = current(row, createdText);
        }
        history.forEach(entry -> builder.enter(entry.stage().name(), entry.entered()));
        close(row, builder, outcome);
        Opportunity opportunity;
        try {
            opportunity = builder.build();
        } catch (IllegalArgumentException e) {
            throw new RowException(e.getMessage());
        }
        String where = file + ":" + row.line();
        String first = shared.ids.get(opportunity.id());
        if (first != null) {
            throw new RowException("opportunity id " + Text.quote(opportunity.id()) + " in " + id.where() + " repeats "
                    + first);
        }
        Currency rowCurrency = opportunity.amount().currency();
        if (shared.currency != null && !shared.currency.equals(rowCurrency)) {
            throw new RowException("currency " + rowCurrency + " differs from " + shared.currency + " of "
                    + shared.currencyRow + ": one scorecard is in one currency");
        }
        long total;
        try {
            // The log holds an amount as a long of minor units, and the engine adds them up in longs:
            // kept within a long, the total of every amount bounds every sum a scorecard makes.
            total = Math.addExact(shared.total, opportunity.amount().amount().unscaledValue().longValueExact());
        } catch (ArithmeticException e) {
            throw new RowException("amount " + Text.quote(amount.text(row)) + " in " + amount.where()
                    + " is too large: the amounts of all opportunities may add up to at most "
                    + Money.of(rowCurrency, BigDecimal.valueOf(Long.MAX_VALUE, opportunity.amount().amount().scale()))
                    + (shared.total == 0 ? "" : ", and those before this row come to "
                            + Money.of(rowCurrency, BigDecimal.valueOf(shared.total,
                                    opportunity.amount().amount().scale()))));
        }
        try {
            state.log.append(opportunity);
            state.loaded(opportunity);
        } catch (IllegalArgumentException e) {
            throw new RowException(e.getMessage());
        }
        shared.total = total;
        if (shared.currency == null) {
            shared.currency = rowCurrency;
            shared.currencyRow = where;
        }
        shared.ids.put(opportunity.id(), where);
        state.day(opportunity.created());
        opportunity.history().forEach(entry -> state.day(entry.entered()));
    }

    private Source source(Row row) {
        String text = source.text(row);
        if (text.isEmpty()) {
            return Source.COLD_OUTREACH;
        }
        Source found = parts.sourceLabels().get(text);
        if (found == null) {
            throw new RowException("unknown source " + Text.quote(text) + " in " + source.where() + " (expected one of "
                    + parts.sourceLabels().expected() + ")");
        }
        return found;
    }

    private Money amount(Row row) {
        String text = required(row, amount);
        AmountFormat format = parts.amounts();
        AmountFormat.Amount read;
        try {
            read = format.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RowException("bad amount " + Text.quote(text) + " in " + amount.where() + ": " + e.getMessage());
        }
        if (read.value().signum() < 0) {
            throw new RowException("amount must not be negative: " + Text.quote(text) + " in " + amount.where());
        }
        Currency named = currency(row);
        if (named != null && read.currency() != null && !named.equals(read.currency())) {
            throw new RowException(amount.where() + " is in " + read.currency() + " but " + currency.where()
                    + " says " + named);
        }
        Currency in = read.currency() != null ? read.currency() : named != null ? named : format.defaultCurrency();
        if (in == null) {
            throw new RowException(currency.present() ? currency.where() + " is empty"
                    : "no currency: " + Text.quote(text) + " in " + amount.where()
                            + " has no symbol or code, and the mapping gives no currency");
        }
        try {
            return Money.of(in, read.value());
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new RowException("bad amount " + Text.quote(text) + " in " + amount.where() + ": "
                    + Text.oneLine(String.valueOf(e.getMessage())));
        }
    }

    private Currency currency(Row row) {
        String code = currency.text(row);
        if (code.isEmpty()) {
            return null;
        }
        try {
            return Currency.getInstance(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowException("unknown currency " + Text.quote(code) + " in " + currency.where()
                    + " (expected an ISO 4217 code such as EUR)");
        }
    }

    private LocalDate date(String text, String where) {
        try {
            return parts.opportunityDates().parse(text);
        } catch (DateTimeException e) {
            throw new RowException("bad date " + Text.quote(text) + " in " + where + " (expected "
                    + parts.opportunityDates().describe() + ")");
        }
    }

    private List<StageEntry> history(Row row, String opportunityId) {
        return switch (parts.history()) {
            case CELL -> cell(required(row, cell));
            case ROWS -> {
                List<StageEntry> entries = new ArrayList<>();
                for (StageHistoryReader.Entry entry : shared.history.take(opportunityId, pipeline.stages())) {
                    entries.add(new StageEntry(entry.stage(), entry.day()));
                }
                yield entries;
            }
            case COLUMNS -> wide(row);
        };
    }

    private List<StageEntry> cell(String text) {
        List<StageEntry> entries = new ArrayList<>();
        for (String entry : text.split(";", -1)) {
            String part = entry.strip();
            int at = part.lastIndexOf('@');
            if (at <= 0) {
                throw new RowException("entry " + Text.quote(part) + " in " + cell.where() + " is not STAGE@DATE");
            }
            String label = part.substring(0, at).strip();
            String day = part.substring(at + 1).strip();
            LocalDate date;
            try {
                date = parts.opportunityDates().parse(day);
            } catch (DateTimeException e) {
                throw new RowException("bad date " + Text.quote(day) + " in entry " + Text.quote(part) + " of "
                        + cell.where() + " (expected " + parts.opportunityDates().describe() + ")");
            }
            Stage found = stage(label, cell);
            if (found.isTerminal()) {
                throw new RowException("entry " + Text.quote(part) + " in " + cell.where()
                        + ": give won or lost in " + (result.present() ? result.where() : stage.where()) + " and "
                        + close.where());
            }
            entries.add(new StageEntry(found, date));
        }
        return entries;
    }

    private List<StageEntry> wide(Row row) {
        List<StageEntry> entries = new ArrayList<>();
        for (int i = 0; i < stageColumns.size(); i++) {
            Column column = stageColumns.get(i);
            String text = column.text(row);
            if (!text.isEmpty()) {
                entries.add(new StageEntry(pipeline.openStages().get(i), date(text, column.where())));
            }
        }
        // In date order; a tie in the pipeline's order, which the list already has.
        entries.sort(Comparator.comparing(StageEntry::entered));
        return entries;
    }

    private Stage stage(String label, Column column) {
        Stage found = mapping.stages().get(label);
        if (found == null) {
            throw new RowException("unknown stage " + Text.quote(label) + " in " + column.where() + " (expected one of "
                    + mapping.openStages() + mapping.stageHint() + ")");
        }
        return found;
    }

    private DealResult result(Row row) {
        if (result.present()) {
            String text = required(row, result);
            DealResult found = mapping.results().get(text);
            if (found == null) {
                throw new RowException("unknown result " + Text.quote(text) + " in " + result.where()
                        + " (expected one of " + mapping.results().expected() + ")");
            }
            return found;
        }
        return DealResult.at(stage(required(row, stage), stage));
    }

    /** With no history: an open opportunity entered its current stage on the day it was created. */
    private List<StageEntry> current(Row row, String createdText) {
        String label = stage.text(row);
        if (label.isEmpty() || createdText.isEmpty()) {
            throw new RowException("no stage history for opportunity " + Text.quote(id.text(row)));
        }
        return List.of(new StageEntry(stage(label, stage), date(createdText, created.where())));
    }

    private void close(Row row, Opportunity.Builder builder, DealResult outcome) {
        String text = close.text(row);
        if (outcome == DealResult.OPEN) {
            if (!text.isEmpty() && !parts.closeWhileOpen()) {
                throw new RowException(close.where() + " must be empty for an open opportunity: " + Text.quote(text));
            }
            return;
        }
        if (text.isEmpty()) {
            throw new RowException(close.where() + " is needed for a " + outcome.name().toLowerCase(Locale.ROOT)
                    + " opportunity");
        }
        LocalDate day = date(text, close.where());
        if (outcome == DealResult.WON) {
            builder.won(day);
        } else {
            builder.lost(day);
        }
    }
}
