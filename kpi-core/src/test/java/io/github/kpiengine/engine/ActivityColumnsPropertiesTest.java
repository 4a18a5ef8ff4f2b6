package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.SalesPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ActivityColumnsPropertiesTest {

    @Property(tries = 1000)
    void columns_addedToAnAccumulatorOrAppendedToALog_equalTheSameActivitiesOneByOne(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 1500) int count, @ForAll @IntRange(min = 0, max = 9) int groupingChoice) {
        // Up to 1,500 activities, so that a batch also takes the path of its own counters (see LogScan.counters).
        // Columns carry no attributes and no accounts: compare with activities without them.
        List<Activity> activities = RandomLogs.activities(seed, count).stream()
                .map(a -> new Activity(a.repId(), a.type(), a.date(), java.util.Optional.empty(), a.opportunity(),
                        a.duration(), a.outcome(), java.util.Map.of()))
                .collect(Collectors.toList());
        List<String> reps = new ArrayList<>();
        List<ActivityType> types = new ArrayList<>();
        int[] rep = new int[count];
        int[] type = new int[count];
        int[] day = new int[count];
        byte[] outcome = new byte[count];
        int[] seconds = new int[count];
        for (int i = 0; i < count; i++) {
            Activity a = activities.get(i);
            if (!reps.contains(a.repId())) {
                reps.add(a.repId());
            }
            if (!types.contains(a.type())) {
                types.add(a.type());
            }
            rep[i] = reps.indexOf(a.repId());
            type[i] = types.indexOf(a.type());
            day[i] = (int) a.date().toEpochDay();
            outcome[i] = (byte) a.outcome().ordinal();
            seconds[i] = (int) a.duration().getSeconds();
        }
        ActivityColumns columns = ActivityColumns.of(reps, types, rep, type, day, outcome, seconds);
        Grouping grouping = RandomLogs.grouping(groupingChoice);
        SalesPeriod period = RandomLogs.period(groupingChoice / 5);
        for (Scorecard scorecard : List.of(RandomLogs.EVERY_KPI, RandomLogs.COUNTS)) {
            ScorecardResult oneByOne = Engine.evaluate(scorecard, RandomLogs.log(activities, List.of()), period, grouping);

            assertThat(CompiledScorecard.of(scorecard, period, grouping).newAccumulator().add(columns).result())
                    .isEqualTo(oneByOne);
            assertThat(Engine.evaluate(scorecard, ActivityLog.create().append(columns), period, grouping))
                    .isEqualTo(oneByOne);
        }
    }
}
