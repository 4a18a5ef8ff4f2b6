package io.github.kpiengine.examples.crm;

import io.github.kpiengine.ActivityType;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.engine.ActivityLog;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a load gave: the filled log, the activity types found in it, the days holding data and the
 * bad rows left out.
 *
 * @param log the activities and opportunities
 * @param activityTypes the activity types of the activities loaded, in the mapping's order (standard
 *        types first, then those the mapping declares)
 * @param days the days on which something happened
 * @param skipped the bad rows left out (the first thousand), empty unless bad rows may be skipped
 * @param skippedCount how many bad rows were left out
 * @param openOpportunities the opportunities kept because they were open after the day asked for
 *        ({@link CrmLoader#keepOpportunitiesOpenAfter}); empty unless asked for
 */
public record Loaded(ActivityLog log, List<ActivityType> activityTypes, DataDays days,
        List<BadRow> skipped, int skippedCount, List<io.github.kpiengine.Opportunity> openOpportunities) {

    /**
     * Checks the components.
     *
     * @param log the activities and opportunities
     * @param activityTypes the activity types of the activities loaded
     * @param days the days on which something happened
     * @param skipped the bad rows left out
     * @param skippedCount how many bad rows were left out
     * @param openOpportunities the opportunities kept as open
     */
    public Loaded {
        Objects.requireNonNull(log, "log");
        activityTypes = List.copyOf(activityTypes);
        Objects.requireNonNull(days, "days");
        skipped = List.copyOf(skipped);
        openOpportunities = List.copyOf(openOpportunities);
    }

    /**
     * Returns the first to the last day found in the data.
     *
     * @return the span, or empty when nothing was loaded
     */
    public Optional<SalesPeriod> span() {
        return days.span();
    }

    /**
     * Tells whether the data hold anything on a day of a period: an activity, an opportunity
     * created, a stage entered, a deal won or lost.
     *
     * @param period the period
     * @return true if there is something to evaluate in the period
     */
    public boolean hasDataIn(SalesPeriod period) {
        return days.anyIn(Objects.requireNonNull(period, "period"));
    }
}
