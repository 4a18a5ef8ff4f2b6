package io.github.kpiengine;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rep did on a day: a call, an appointment, an hour of social selling.
 *
 * <pre>{@code
 * Activity visit = Activity.builder("ann", ActivityType.SITE_VISIT, LocalDate.of(2026, 3, 4))
 *         .account("acme")
 *         .opportunity("opp-17")
 *         .outcome(Outcome.REFERRAL_LIST)
 *         .attribute("segment", "smb")
 *         .build();
 * }</pre>
 *
 * <p>A counted activity has a zero duration; a timed one a positive duration. Attributes are a
 * small map (at most 16 entries, keys lower-case identifiers) for what a CRM tracks beside:
 * segment, contact seniority, campaign. Immutable and thread-safe.
 *
 * @param repId the rep who did it
 * @param type what kind of activity it was
 * @param date the day it happened
 * @param account the account it was for, if any
 * @param opportunity the opportunity it belongs to, if any
 * @param duration how long it took: zero for a counted type, positive for a timed one
 * @param outcome what it produced
 * @param attributes further facts, keyed by lower-case identifiers
 */
public record Activity(String repId, ActivityType type, LocalDate date, Optional<String> account,
        Optional<String> opportunity, Duration duration, Outcome outcome, Map<String, String> attributes) {

    /** The most attributes an activity may carry. */
    public static final int MAX_ATTRIBUTES = 16;

    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param repId the rep who did it
     * @param type what kind of activity it was
     * @param date the day it happened
     * @param account the account it was for, if any
     * @param opportunity the opportunity it belongs to, if any
     * @param duration how long it took: zero for a counted type, positive for a timed one
     * @param outcome what it produced
     * @param attributes further facts, keyed by lower-case identifiers
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public Activity {
        Checks.notBlank("repId", repId);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(account, "account");
        account.ifPresent(id -> Checks.notBlank("account", id));
        Objects.requireNonNull(opportunity, "opportunity");
        opportunity.ifPresent(id -> Checks.notBlank("opportunity", id));
        Objects.requireNonNull(duration, "duration");
        if (type.isTimed()) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("duration must be positive for timed type " + type.id() + ": " + duration);
            }
        } else {
            if (!(duration.isZero())) {
                throw new IllegalArgumentException("duration must be zero for counted type " + type.id() + ": " + duration);
            }
        }
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(attributes, "attributes");
        if (!(attributes.size() <= MAX_ATTRIBUTES)) {
            throw new IllegalArgumentException("attributes must have at most " + MAX_ATTRIBUTES + " entries: " + attributes.size());
        }
        attributes.forEach((key, value) -> {
            Checks.identifier("attribute key", key);
            Objects.requireNonNull(value, "attribute value");
        });
        attributes = Map.copyOf(attributes);
    }

    /**
     * Returns a counted activity with no account, opportunity, outcome or attributes.
     *
     * @param repId the rep who did it
     * @param type what kind of activity it was; must be counted
     * @param date the day it happened
     * @return the activity
     * @throws IllegalArgumentException if the type is timed, which needs a duration
     */
    public static Activity of(String repId, ActivityType type, LocalDate date) {
        return new Activity(repId, type, date, Optional.empty(), Optional.empty(), Duration.ZERO, Outcome.NONE, Map.of());
    }

    /**
     * Starts a builder for an activity with more than the rep, type and date.
     *
     * @param repId the rep who did it
     * @param type what kind of activity it was
     * @param date the day it happened
     * @return a builder
     */
    public static Builder builder(String repId, ActivityType type, LocalDate date) {
        return new Builder(repId, type, date);
    }

    /**
     * Returns the value of an attribute.
     *
     * @param key the attribute's key
     * @return the value, or empty when the activity does not have that attribute
     */
    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(Objects.requireNonNull(key, "key")));
    }

    /**
     * Builds an {@link Activity} step by step. Not thread-safe; {@link #build()} validates.
     */
    public static final class Builder {

        private final String repId;
        private final ActivityType type;
        private final LocalDate date;
        private String accountId;
        private String opportunityId;
        private Duration duration = Duration.ZERO;
        private Outcome outcome = Outcome.NONE;
        private final Map<String, String> attributes = new LinkedHashMap<>();

        private Builder(String repId, ActivityType type, LocalDate date) {
            this.repId = repId;
            this.type = type;
            this.date = date;
        }

        /**
         * Sets the account.
         *
         * @param accountId the account
         * @return this builder
         */
        public Builder account(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        /**
         * Sets the opportunity.
         *
         * @param opportunityId the opportunity
         * @return this builder
         */
        public Builder opportunity(String opportunityId) {
            this.opportunityId = Objects.requireNonNull(opportunityId, "opportunityId");
            return this;
        }

        /**
         * Sets the duration of a timed activity.
         *
         * @param duration how long it took
         * @return this builder
         */
        public Builder duration(Duration duration) {
            this.duration = duration;
            return this;
        }

        /**
         * Sets the outcome; {@link Outcome#NONE} unless set.
         *
         * @param outcome what it produced
         * @return this builder
         */
        public Builder outcome(Outcome outcome) {
            this.outcome = outcome;
            return this;
        }

        /**
         * Adds or replaces an attribute.
         *
         * @param key a lower-case identifier
         * @param value the value
         * @return this builder
         */
        public Builder attribute(String key, String value) {
            attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Builds the activity.
         *
         * @return the activity
         * @throws IllegalArgumentException if the activity breaks a rule of {@link Activity}
         */
        public Activity build() {
            return new Activity(repId, type, date, Optional.ofNullable(accountId), Optional.ofNullable(opportunityId),
                    duration, outcome,
                    attributes);
        }
    }
}
