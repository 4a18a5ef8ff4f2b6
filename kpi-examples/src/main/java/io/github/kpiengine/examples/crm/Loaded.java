package io.github.kpiengine.examples.crm;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.engine.ActivityLog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a load gave: the filled log, the activity types found in it, the days the data span and the
 * bad rows left out.
 *
 * @param log the activities and opportunities
 * @param activityTypes the activity types of the activities loaded, in the mapping's order (standard
 *        types first, then those the mapping declares)
 * @param span the first to the last day in the data, or empty when nothing was loaded
 * @param skipped the bad rows left out (the first thousand), empty unless bad rows may be skipped
 * @param skippedCount how many bad rows were left out
 */
public record Loaded(ActivityLog log, List<ActivityType> activityTypes, Optional<SalesPeriod> span,
        List<BadRow> skipped, int skippedCount) {

    /**
     * Checks the components.
     *
     * @param log the activities and opportunities
     * @param activityTypes the activity types of the activities loaded
     * @param span the days the data span
     * @param skipped the bad rows left out
     * @param skippedCount how many bad rows were left out
     */
    public Loaded {
        Objects.requireNonNull(log, "log");
        activityTypes = List.copyOf(activityTypes);
        Objects.requireNonNull(span, "span");
        skipped = List.copyOf(skipped);
    }
}
