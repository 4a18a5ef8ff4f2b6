package io.github.kpiengine.plan;

import io.github.kpiengine.Ratio;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One gateway as a candidate to work on: what one percentage point of improvement in its ratio
 * saves, and how far it stands from a reference ratio (the peers' or a target).
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the gateway's stage
 * @param displayName the gateway's stage as people read it
 * @param ratio the gateway's ratio now
 * @param activitiesSaved the whole activities the plan needs less, over all stages and the period,
 *     when the ratio rises by one point
 * @param hoursSavedPerWeek the hours a week saved by that point, zero when hours are not known
 * @param gapToReference ratio − reference in percentage points (negative: below the reference), or
 *     empty when no reference was given for this stage
 */
public record Focus(String stage, String displayName, Ratio ratio, long activitiesSaved, BigDecimal hoursSavedPerWeek,
        Optional<BigDecimal> gapToReference) {
}
