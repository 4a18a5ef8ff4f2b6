package io.github.kpiengine.review;

import io.github.kpiengine.kpi.Kpi;
import java.util.Objects;

/**
 * One gateway of the reviewed funnel: the step from a stage (or a top-of-funnel activity) to the
 * next stage, the words that name it, and the KPI that measures it.
 *
 * <p>The stage gateways come from the pipeline, one per open stage (the last one leads to won); a
 * call gateway (calls → the first stage, read from the calls' outcomes) comes first when the data
 * records calls that booked a first stage. Immutable and thread-safe.
 *
 * @param stage the gateway's name in the plan: the open stage's name, or the call type's id
 * @param label the gateway in words, from the display names: {@code "First appointment → Proposal"}
 * @param fromLabel the display name of what enters the gateway: {@code "First appointment"}
 * @param origin a call gateway or a stage gateway
 * @param kpi the conversion KPI that measures it: over the reviewed period for a call gateway, over
 *     the mature cohorts for a stage gateway
 */
public record ReviewGateway(String stage, String label, String fromLabel, Origin origin, Kpi kpi) {

    /** Where a gateway comes from. */
    public enum Origin {
        /** Calls that booked the first stage, from the calls' outcomes. */
        CALL,
        /** One open stage of the pipeline to the next stage, or to won. */
        STAGE
    }

    /**
     * Checks the parts are present.
     *
     * @param stage the gateway's name in the plan
     * @param label the gateway in words
     * @param fromLabel what enters it, in words
     * @param origin call or stage
     * @param kpi the conversion KPI
     */
    public ReviewGateway {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(fromLabel, "fromLabel");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(kpi, "kpi");
    }
}
