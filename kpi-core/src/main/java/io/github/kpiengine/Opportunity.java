package io.github.kpiengine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A potential deal and the history of the stages it passed.
 *
 * <pre>{@code
 * Opportunity deal = Opportunity.builder("opp-1", "ann", pipeline)
 *         .account("acme")
 *         .source(Source.CLIENT_REFERRAL)
 *         .amount(Money.of("EUR", 30_000))
 *         .enter("lead", LocalDate.of(2026, 3, 2))
 *         .enter("proposal", LocalDate.of(2026, 3, 11))
 *         .won(LocalDate.of(2026, 4, 1))
 *         .build();
 * deal.salesCycleDays();   // 30
 * }</pre>
 *
 * <p>The history lists the stages entered, in date order (entries on the same day keep their
 * order). Forward moves may skip stages, and a move back to an earlier open stage is kept as it
 * happened; a terminal stage may only come last. The result and close date agree with the last
 * entry: an opportunity whose history ends in {@link Stage#WON} is won on that day. The amount is
 * the deal's value: the won revenue once won, the expected value while open. Immutable and
 * thread-safe.
 *
 * @param id the opportunity's id
 * @param ownerId the rep who owns it
 * @param accountId the account it is for
 * @param source where it came from
 * @param created the day it was created, on or before its first stage entry
 * @param pipeline the pipeline its stages belong to
 * @param history the stages entered, in date order
 * @param amount the deal's value, not negative
 * @param result open, won or lost, agreeing with the last stage entered
 * @param closeDate the day it was won or lost, empty while open
 */
public record Opportunity(String id, String ownerId, String accountId, Source source,
        LocalDate created, Pipeline pipeline, List<StageEntry> history, Money amount,
        DealResult result, Optional<LocalDate> closeDate) {
    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param id the opportunity's id
     * @param ownerId the rep who owns it
     * @param accountId the account it is for
     * @param source where it came from
     * @param created the day it was created, on or before its first stage entry
     * @param pipeline the pipeline its stages belong to
     * @param history the stages entered, in date order
     * @param amount the deal's value, not negative
     * @param result open, won or lost, agreeing with the last stage entered
     * @param closeDate the day it was won or lost, empty while open
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public Opportunity {
        Checks.notBlank("id", id);
        Checks.notBlank("ownerId", ownerId);
        Checks.notBlank("accountId", accountId);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(closeDate, "closeDate");
        List<StageEntry> ownStages = new ArrayList<>(history.size());
        for (StageEntry entry : history) {
            // Entries name their stage; the pipeline's own stage (with its display name) is kept.
            Objects.requireNonNull(entry, "history");
            ownStages.add(new StageEntry(pipeline.stage(entry.stage().name()), entry.entered()));
        }
        history = List.copyOf(ownStages);
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history must not be empty: opportunity " + id);
        }
        StageEntry previous = null;
        for (int i = 0; i < history.size(); i++) {
            StageEntry entry = history.get(i);
            pipeline.indexOf(entry.stage());
            if (previous == null) {
                if (entry.entered().isBefore(created)) {
                    throw new IllegalArgumentException("history must not start before created "
                        + created + ": " + entry);
                }
            } else {
                if (entry.entered().isBefore(previous.entered())) {
                    throw new IllegalArgumentException("history must be in date order: " + entry + " after " + previous);
                }
            }
            if (entry.stage().isTerminal() && i != history.size() - 1) {
                throw new IllegalArgumentException("history must end at a won or lost stage, not continue after it: " + entry);
            }
            previous = entry;
        }
        Stage last = previous.stage();
        DealResult expected = DealResult.at(last);
        if (result != expected) {
            throw new IllegalArgumentException("result must be " + expected + " for a history ending in " + last + ": " + result);
        }
        if (result == DealResult.OPEN) {
            if (closeDate.isPresent()) {
                throw new IllegalArgumentException("closeDate must be absent while open: " + closeDate.get());
            }
        } else {
            LocalDate closed = closeDate.orElseThrow(() -> new IllegalArgumentException(
                    "closeDate must be given for a " + result + " deal: opportunity " + id));
            if (closed.isBefore(created)) {
                throw new IllegalArgumentException("closeDate must not be before created " + created + ": " + closed);
            }
            if (!(closed.equals(previous.entered()))) {
                throw new IllegalArgumentException("closeDate must be the day the deal entered " + last + " (" + previous.entered()
                    + "): " + closed);
            }
        }
        if (!(amount.isPositiveOrZero())) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
    }

    /**
     * Starts a builder.
     *
     * @param id the opportunity's id
     * @param ownerId the rep who owns it
     * @param pipeline the pipeline its stages belong to
     * @return a builder
     */
    public static Builder builder(String id, String ownerId, Pipeline pipeline) {
        return new Builder(id, ownerId, pipeline);
    }

    /**
     * Returns the stage the opportunity is in now: the last one entered.
     *
     * @return the current stage
     */
    public Stage currentStage() {
        return history.get(history.size() - 1).stage();
    }

    /**
     * Returns the day the opportunity first entered a stage.
     *
     * @param stage the stage
     * @return the day, or empty if it never entered it
     */
    public Optional<LocalDate> entered(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        for (StageEntry entry : history) {
            if (entry.stage().name().equals(stage.name())) {
                return Optional.of(entry.entered());
            }
        }
        return Optional.empty();
    }

    /**
     * Tells whether the opportunity ever entered a stage.
     *
     * @param stage the stage
     * @return true if the history holds it
     */
    public boolean reached(Stage stage) {
        return entered(stage).isPresent();
    }

    /**
     * Returns the days from creation to close.
     *
     * @return the sales cycle in days, or empty while open
     */
    public OptionalLong salesCycleDays() {
        return closeDate.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(ChronoUnit.DAYS.between(created, closeDate.get()));
    }

    /**
     * Returns the days from first entering a stage (such as the first appointment) to close.
     *
     * @param from the stage the cycle is counted from
     * @return the days, or empty while open or if the stage was never entered
     */
    public OptionalLong salesCycleDays(Stage from) {
        Optional<LocalDate> start = entered(from);
        return closeDate.isEmpty() || start.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(ChronoUnit.DAYS.between(start.get(), closeDate.get()));
    }

    /**
     * Tells whether the deal was won.
     *
     * @return true if won
     */
    public boolean isWon() {
        return result == DealResult.WON;
    }

    /**
     * Tells whether the deal was lost.
     *
     * @return true if lost
     */
    public boolean isLost() {
        return result == DealResult.LOST;
    }

    /**
     * Tells whether the deal is still open.
     *
     * @return true if open
     */
    public boolean isOpen() {
        return result == DealResult.OPEN;
    }

    /**
     * Builds an {@link Opportunity} step by step. The result and close date follow from the last
     * stage entered; the creation date defaults to the first entry's day. Not thread-safe;
     * {@link #build()} validates.
     */
    public static final class Builder {

        private final String id;
        private final String ownerId;
        private final Pipeline pipeline;
        private String accountId;
        private Source source = Source.COLD_OUTREACH;
        private LocalDate created;
        private Money amount;
        private final List<StageEntry> history = new ArrayList<>();

        private Builder(String id, String ownerId, Pipeline pipeline) {
            this.id = id;
            this.ownerId = ownerId;
            this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        }

        /**
         * Sets the account.
         *
         * @param accountId the account
         * @return this builder
         */
        public Builder account(String accountId) {
            this.accountId = accountId;
            return this;
        }

        /**
         * Sets the source; {@link Source#COLD_OUTREACH} unless set.
         *
         * @param source where the opportunity came from
         * @return this builder
         */
        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        /**
         * Sets the creation day; the first entry's day unless set.
         *
         * @param created the day the opportunity was created
         * @return this builder
         */
        public Builder created(LocalDate created) {
            this.created = created;
            return this;
        }

        /**
         * Sets the deal's value.
         *
         * @param amount the value
         * @return this builder
         */
        public Builder amount(Money amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Records that the opportunity entered an open stage on a day.
         *
         * @param stageName the stage's name in the pipeline
         * @param date the day
         * @return this builder
         * @throws IllegalArgumentException if the pipeline has no such stage
         */
        public Builder enter(String stageName, LocalDate date) {
            history.add(new StageEntry(pipeline.stage(stageName), date));
            return this;
        }

        /**
         * Records that the deal was won on a day.
         *
         * @param date the day
         * @return this builder
         */
        public Builder won(LocalDate date) {
            history.add(new StageEntry(pipeline.won(), date));
            return this;
        }

        /**
         * Records that the deal was lost on a day.
         *
         * @param date the day
         * @return this builder
         */
        public Builder lost(LocalDate date) {
            history.add(new StageEntry(pipeline.lost(), date));
            return this;
        }

        /**
         * Builds the opportunity.
         *
         * @return the opportunity
         * @throws IllegalArgumentException if it breaks a rule of {@link Opportunity}
         */
        public Opportunity build() {
            if (history.isEmpty()) {
                throw new IllegalArgumentException("history must not be empty: opportunity " + id);
            }
            StageEntry last = history.get(history.size() - 1);
            DealResult result = DealResult.at(last.stage());
            LocalDate start = created != null ? created : history.get(0).entered();
            return new Opportunity(id, ownerId, accountId, source, start, pipeline, history, amount,
                    result, result == DealResult.OPEN ? Optional.empty() : Optional.of(last.entered()));
        }
    }
}
