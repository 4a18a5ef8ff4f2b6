package io.github.kpiengine.kpi;

import io.github.kpiengine.Outcome;
import io.github.kpiengine.Source;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an activity or an opportunity must meet to count in a {@link KpiExpression.Where}: an outcome,
 * an attribute or the kind of account (an existing client or a prospect) for KPIs over activities, a
 * source for KPIs over opportunities.
 *
 * <pre>{@code
 * Kpi productiveVisits = Kpis.where(Kpis.activityCount(ActivityType.SITE_VISIT),
 *         Condition.outcomeIn(Outcome.ORDER_COMMITMENT, Outcome.REFERRAL_LIST));
 * Kpi referredAccounts = Kpis.where(Kpis.newAccountsWon(), Condition.referral());
 * Kpi clientSessions = Kpis.where(Kpis.activityCount(ActivityType.ON_SITE_SESSION), Condition.existingClient());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Condition {

    /**
     * Tells whether the condition applies to activities (true) or to opportunities (false).
     *
     * @return true for outcome and attribute conditions
     */
    boolean appliesToActivities();

    /**
     * Returns a condition met by activities with one of the outcomes.
     *
     * @param outcomes the outcomes, at least one
     * @return the condition
     */
    static Condition outcomeIn(Outcome... outcomes) {
        Objects.requireNonNull(outcomes, "outcomes");
        return new OutcomeIn(Set.of(outcomes));
    }

    /**
     * Returns a condition met by activities whose attribute {@code key} has the value.
     *
     * @param key the attribute's key
     * @param value the value
     * @return the condition
     */
    static Condition attribute(String key, String value) {
        return new AttributeIs(key, value);
    }

    /**
     * Returns a condition met by opportunities from one of the sources.
     *
     * @param sources the sources, at least one
     * @return the condition
     */
    static Condition sourceIn(Source... sources) {
        Objects.requireNonNull(sources, "sources");
        Set<String> ids = new TreeSet<>();
        for (Source source : List.of(sources)) {
            ids.add(source.id());
        }
        return new SourceIn(ids);
    }

    /**
     * Returns a condition met by opportunities from a referral source (a client's or a partner's):
     * any source whose {@link Source#referral()} is true.
     *
     * @return the condition
     */
    static Condition referral() {
        return new Referral();
    }

    /**
     * Returns a condition met by activities for an <em>existing client</em>: an account with a won
     * deal closed before the activity's day.
     *
     * <p>Formula: count the activity when its account's first won deal (the one closed earliest)
     * closed on a day before the activity's. An activity without an account, or for an account
     * with no won deal yet, is a prospect's, never a client's. Zero rule: a count of none is 0, and
     * a ratio over it is undefined as the ratio's own rule says. Example: Acme's first deal was won
     * on 10 March; on-site sessions at Acme on 10 March count for a prospect, those on 11 March for
     * an existing client. The deals are those of the log (or of every part merged), whether or not
     * they closed in the period evaluated.
     *
     * @return the condition, written {@code existing_client()} in formulas
     */
    static Condition existingClient() {
        return new ExistingClient();
    }

    /**
     * Returns a condition met by activities for a <em>prospect</em>: an account with no won deal
     * closed before the activity's day, or no account at all; the complement of
     * {@link #existingClient()}.
     *
     * <p>Formula: count the activity unless its account's first won deal closed on a day before the
     * activity's. Zero rule: a count of none is 0. Example: "new contacts established outside the
     * client base" is {@code where(activityCount(FIRST_APPOINTMENT), prospect())}; an appointment
     * with Acme on the day its first deal is won still counts here.
     *
     * @return the condition, written {@code prospect()} in formulas
     */
    static Condition prospect() {
        return new Prospect();
    }

    /**
     * Met by activities with one of the outcomes.
     *
     * <p>Immutable and thread-safe.
     *
     * @param outcomes the outcomes, at least one
     */
    record OutcomeIn(Set<Outcome> outcomes) implements Condition {

        /**
         * Validates and copies the outcomes.
         *
         * @param outcomes the outcomes, at least one
         */
        public OutcomeIn {
            Objects.requireNonNull(outcomes, "outcomes");
            Checks.check(!outcomes.isEmpty(), "outcomes must not be empty: []");
            outcomes = Set.copyOf(EnumSet.copyOf(outcomes));
        }

        /**
         * Returns true.
         *
         * @return true
         */
        @Override
        public boolean appliesToActivities() {
            return true;
        }
    }

    /**
     * Met by activities whose attribute has a value.
     *
     * <p>Immutable and thread-safe.
     *
     * @param key the attribute's key
     * @param value the value
     */
    record AttributeIs(String key, String value) implements Condition {

        /**
         * Validates the components.
         *
         * @param key the attribute's key
         * @param value the value
         */
        public AttributeIs {
            Checks.notBlank("key", key);
            Objects.requireNonNull(value, "value");
        }

        /**
         * Returns true.
         *
         * @return true
         */
        @Override
        public boolean appliesToActivities() {
            return true;
        }
    }

    /**
     * Met by opportunities from one of the sources, named by id.
     *
     * <p>Immutable and thread-safe.
     *
     * @param sourceIds the ids of the sources, at least one
     */
    record SourceIn(Set<String> sourceIds) implements Condition {

        /**
         * Validates and copies the ids.
         *
         * @param sourceIds the ids of the sources, at least one
         */
        public SourceIn {
            Objects.requireNonNull(sourceIds, "sourceIds");
            Checks.check(!sourceIds.isEmpty(), "sourceIds must not be empty: []");
            sourceIds = Set.copyOf(new TreeSet<>(sourceIds));
        }

        /**
         * Returns false.
         *
         * @return false
         */
        @Override
        public boolean appliesToActivities() {
            return false;
        }
    }

    /**
     * Met by opportunities from a referral source.
     *
     * <p>Immutable and thread-safe.
     */
    record Referral() implements Condition {

        /**
         * Returns false.
         *
         * @return false
         */
        @Override
        public boolean appliesToActivities() {
            return false;
        }
    }

    /**
     * Met by activities for an account with a won deal closed before the activity's day.
     *
     * <p>Immutable and thread-safe.
     */
    record ExistingClient() implements Condition {

        /**
         * Returns true.
         *
         * @return true
         */
        @Override
        public boolean appliesToActivities() {
            return true;
        }
    }

    /**
     * Met by activities for an account without a won deal closed before the activity's day, or
     * without an account.
     *
     * <p>Immutable and thread-safe.
     */
    record Prospect() implements Condition {

        /**
         * Returns true.
         *
         * @return true
         */
        @Override
        public boolean appliesToActivities() {
            return true;
        }
    }
}
