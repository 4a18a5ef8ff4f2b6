package io.github.kpiengine;

import java.util.List;

/**
 * Where an opportunity came from: cold outreach, inbound interest, a client's or a partner's
 * referral, or a source the CRM defines itself. Referral sources convert differently from cold ones,
 * and the share of new clients won through referrals is a KPI of its own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the identifier, such as {@code "client_referral"}
 * @param displayName the name shown to people
 * @param referral whether opportunities from this source were referred by someone
 */
public record Source(String id, String displayName, boolean referral) {

    /** The rep reached out unasked. */
    public static final Source COLD_OUTREACH = new Source("cold_outreach", "Cold outreach", false);
    /** The prospect came forward. */
    public static final Source INBOUND = new Source("inbound", "Inbound", false);
    /** A client or acquaintance referred the prospect. */
    public static final Source CLIENT_REFERRAL = new Source("client_referral", "Client referral", true);
    /** A partner or affiliate firm referred the prospect. */
    public static final Source PARTNER_REFERRAL = new Source("partner_referral", "Partner referral", true);

    private static final List<Source> STANDARD =
            List.of(COLD_OUTREACH, INBOUND, CLIENT_REFERRAL, PARTNER_REFERRAL);

    /**
     * Validates the components and normalises them; the class description gives the rules.
     *
     * @param id the identifier, such as {@code "client_referral"}
     * @param displayName the name shown to people
     * @param referral whether opportunities from this source were referred by someone
     * @throws IllegalArgumentException if a component breaks a rule
     */
    public Source {
        Checks.identifier("id", id);
        Checks.notBlank("displayName", displayName);
    }

    /**
     * Returns a source.
     *
     * @param id the identifier, {@code [a-z][a-z0-9_]*}, at most 64 characters
     * @param displayName the name shown to people
     * @param referral whether opportunities from it were referred
     * @return the source
     */
    public static Source of(String id, String displayName, boolean referral) {
        return new Source(id, displayName, referral);
    }

    /**
     * Returns the four common sources given as constants here.
     *
     * @return the standard sources
     */
    public static List<Source> standard() {
        return STANDARD;
    }

    /**
     * Returns the id, which identifies the source.
     *
     * @return the id
     */
    @Override
    public String toString() {
        return id;
    }
}
