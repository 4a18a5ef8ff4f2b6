package io.github.kpiengine;

import java.util.List;
import java.util.Objects;

/**
 * A kind of selling activity: a cold call, a first appointment, an hour of social selling.
 *
 * <p>The set is open: a CRM defines its own types with {@link #counted(String, String)} and
 * {@link #timed(String, String)}, beside the common ones given here as constants. A type is
 * identified by its {@code id}, a lower-case identifier that formulas and CSV files refer to; the
 * display name is for people. A {@linkplain Measure#TIMED timed} type records how long each
 * activity took, a {@linkplain Measure#COUNTED counted} one only that it happened.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier, such as {@code "first_appointment"}
 * @param displayName the name shown to people, such as {@code "First appointment"}
 * @param measure whether activities of this type are counted or timed
 */
public record ActivityType(String id, String displayName, Measure measure) {

    /** A call to a prospect who did not ask for it. */
    public static final ActivityType COLD_CALL = counted("cold_call", "Cold call");
    /** A call to a qualified prospect to win a first appointment. */
    public static final ActivityType PROSPECTING_CALL = counted("prospecting_call", "Prospecting call");
    /** The first meeting with a prospect: where a new opportunity starts by default. */
    public static final ActivityType FIRST_APPOINTMENT = counted("first_appointment", "First appointment");
    /** A demonstration of the product. */
    public static final ActivityType DEMO = counted("demo", "Demo");
    /** A visit to the client's site. */
    public static final ActivityType SITE_VISIT = counted("site_visit", "Site visit");
    /** A survey of the client's needs. */
    public static final ActivityType SURVEY = counted("survey", "Survey");
    /** A written proposal handed to the client. */
    public static final ActivityType PROPOSAL = counted("proposal", "Proposal");
    /** A negotiation meeting. */
    public static final ActivityType NEGOTIATION = counted("negotiation", "Negotiation");
    /** Asking a client or partner for the names of prospects. */
    public static final ActivityType REFERRAL_REQUEST = counted("referral_request", "Referral request");
    /** Time spent selling at the client's premises. */
    public static final ActivityType ON_SITE_SESSION = timed("on_site_session", "On-site session");
    /** Time spent selling through social networks. */
    public static final ActivityType SOCIAL_SELLING = timed("social_selling", "Social selling");

    private static final List<ActivityType> STANDARD = List.of(COLD_CALL, PROSPECTING_CALL,
            FIRST_APPOINTMENT, DEMO, SITE_VISIT, SURVEY, PROPOSAL, NEGOTIATION, REFERRAL_REQUEST,
            ON_SITE_SESSION, SOCIAL_SELLING);

    /** Whether the activities of a type are counted or timed. */
    public enum Measure {
        /** Each activity counts once; it has no duration. */
        COUNTED,
        /** Each activity records how long it took. */
        TIMED
    }

    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param id the identifier, such as {@code "first_appointment"}
     * @param displayName the name shown to people, such as {@code "First appointment"}
     * @param measure whether activities of this type are counted or timed
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public ActivityType {
        Checks.identifier("id", id);
        Checks.notBlank("displayName", displayName);
        Objects.requireNonNull(measure, "measure");
    }

    /**
     * Returns a counted activity type.
     *
     * @param id the identifier, {@code [a-z][a-z0-9_]*}, at most 64 characters
     * @param displayName the name shown to people
     * @return the type
     */
    public static ActivityType counted(String id, String displayName) {
        return new ActivityType(id, displayName, Measure.COUNTED);
    }

    /**
     * Returns a timed activity type.
     *
     * @param id the identifier, {@code [a-z][a-z0-9_]*}, at most 64 characters
     * @param displayName the name shown to people
     * @return the type
     */
    public static ActivityType timed(String id, String displayName) {
        return new ActivityType(id, displayName, Measure.TIMED);
    }

    /**
     * Returns the common types given as constants here, in a fixed order.
     *
     * @return the standard types
     */
    public static List<ActivityType> standard() {
        return STANDARD;
    }

    /**
     * Tells whether activities of this type record their duration.
     *
     * @return true for a timed type
     */
    public boolean isTimed() {
        return measure == Measure.TIMED;
    }

    /**
     * Returns the id, which identifies the type.
     *
     * @return the id
     */
    @Override
    public String toString() {
        return id;
    }
}
