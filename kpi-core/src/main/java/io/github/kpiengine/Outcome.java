package io.github.kpiengine;

/**
 * What an activity produced. A visit that ends with neither an order commitment nor a list of
 * referred prospects is "empty-handed".
 */
public enum Outcome {
    /** The opportunity moved to its next step. */
    ADVANCED,
    /** The client committed to an order. */
    ORDER_COMMITMENT,
    /** The client or partner named prospects to call. */
    REFERRAL_LIST,
    /** Nothing came of it. */
    NONE;

    /**
     * Tells whether the activity was productive: it ended with an order commitment or a referral
     * list.
     *
     * @return true for {@link #ORDER_COMMITMENT} and {@link #REFERRAL_LIST}
     */
    public boolean isProductive() {
        return this == ORDER_COMMITMENT || this == REFERRAL_LIST;
    }
}
