package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Activities added one at a time give what evaluating them as a log gives, whichever way the
 * accumulator counts them: a type one plain rule counts goes through its {@code int} tallies, a
 * type nothing counts through their spare column, a day that counts nowhere through their spare
 * row, a type with filtered rules through the rules; and reads, encodings and merges between adds
 * fold the tallies into the rows first.
 */
class AddOneAtATimePropertiesTest {

    /** Counted, timed, filtered and uncounted types. */
    private static final List<ActivityType> TYPES = List.of(ActivityType.COLD_CALL, ActivityType.PROPOSAL,
            ActivityType.SOCIAL_SELLING, ActivityType.DEMO, ActivityType.FIRST_APPOINTMENT);

    /** Days from mid-2023 to mid-2029: other years than the period's, on both sides. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 6, 1);
    private static final int DAYS = 6 * 365;

    /** Plain counts (cold calls, social selling), a type with several rules (proposals), a look-back. */
    private static final List<Scorecard> SCORECARDS = List.of(RandomLogs.COUNTS, RandomLogs.EVERY_KPI,
            Scorecard.of(Kpis.activityCount(ActivityType.COLD_CALL)),
            Scorecard.of(Kpis.activityCount(ActivityType.PROPOSAL, Outcome.ORDER_COMMITMENT), Kpis.winRate()));

    /**
     * One month; across a new year; one year; twenty years from 2027, whose look-back from 2007
     * makes too many years for the calendar table.
     */
    private static final List<SalesPeriod> PERIODS = List.of(RandomLogs.MARCH_2026,
            SalesPeriod.of(LocalDate.of(2025, 12, 8), LocalDate.of(2026, 1, 25)), SalesPeriod.ofYear(2026),
            SalesPeriod.of(LocalDate.of(2027, 1, 1), LocalDate.of(2046, 12, 31)));

    @Property(tries = 1000)
    void activitiesAddedOneAtATime_withReadsEncodingsAndMergesBetween_equalEvaluatingTheLog(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 400) int activityCount,
            @ForAll @IntRange(min = 0, max = 3) int scorecardChoice,
            @ForAll @IntRange(min = 0, max = 3) int periodChoice,
            @ForAll @IntRange(min = 0, max = 9) int groupingChoice) {
        Scorecard scorecard = SCORECARDS.get(scorecardChoice);
        SalesPeriod period = PERIODS.get(periodChoice);
        Grouping grouping = RandomLogs.grouping(groupingChoice);
        List<Activity> activities = activities(seed, activityCount);
        List<Opportunity> opportunities = RandomLogs.opportunities(seed, activityCount / 10);
        CompiledScorecard compiled = CompiledScorecard.of(scorecard, period, grouping);

        Random random = new Random(seed ^ 0x1F2E3D4CL);
        List<Activity> added = new ArrayList<>();
        ScorecardAccumulator accumulator = compiled.newAccumulator();
        opportunities.forEach(accumulator::add);
        for (Activity activity : activities) {
            accumulator.add(activity);
            added.add(activity);
            switch (random.nextInt(40)) {
                case 0 -> accumulator.result();
                case 1 -> accumulator = compiled.decode(accumulator.toByteArray());
                case 2 -> accumulator = compiled.newAccumulator().merge(accumulator);
                case 3 -> {
                    accumulator.merge(compiled.newAccumulator().add(activities.get(0)));
                    added.add(activities.get(0));
                }
                default -> {
                }
            }
        }

        assertThat(accumulator.result())
                .isEqualTo(Engine.evaluate(scorecard, RandomLogs.log(added, opportunities), period, grouping));
    }

    @Test
    void aTallyReachingTheLargestInt_isFoldedIntoTheRowsAndCountingGoesOn() {
        CompiledScorecard compiled = CompiledScorecard.of(Scorecard.of(RandomLogs.COLD_CALLS), RandomLogs.MARCH_2026,
                Grouping.byRep());
        Activity call = Activity.of("rep1", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 2));
        ScorecardAccumulator accumulator = compiled.newAccumulator().add(call);
        int cell = indexOfOnlyNonZero(accumulator.tallies);
        // As if Integer.MAX_VALUE - 1 calls had been added one at a time.
        accumulator.tallies[cell] = Integer.MAX_VALUE - 1;

        accumulator.add(call).add(call);

        KpiResult calls = accumulator.result().result(ScopeKey.of("rep1"), RandomLogs.COLD_CALLS.id());
        assertThat(calls.value()).contains(BigDecimal.valueOf(Integer.MAX_VALUE + 1L));
    }

    @Test
    void daysOfFarYears_andTypesNothingCounts_countNowhereButTheirRepIsAScope() {
        CompiledScorecard compiled = CompiledScorecard.of(Scorecard.of(RandomLogs.COLD_CALLS), RandomLogs.MARCH_2026,
                Grouping.byRep());
        ScorecardAccumulator accumulator = compiled.newAccumulator()
                .add(Activity.of("rep1", ActivityType.COLD_CALL, LocalDate.MAX))
                .add(Activity.of("rep1", ActivityType.COLD_CALL, LocalDate.MIN))
                .add(Activity.of("rep2", ActivityType.DEMO, LocalDate.of(2026, 3, 2)))
                .add(Activity.of("rep2", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 31)));

        ScorecardResult result = accumulator.result();

        assertThat(accumulator.repIds()).containsExactly("rep1", "rep2");
        assertThat(result.result(ScopeKey.of("rep1"), RandomLogs.COLD_CALLS.id()).value()).contains(BigDecimal.ZERO);
        assertThat(result.result(ScopeKey.of("rep2"), RandomLogs.COLD_CALLS.id()).value()).contains(BigDecimal.ONE);
    }

    private static int indexOfOnlyNonZero(int[] tallies) {
        int found = -1;
        for (int i = 0; i < tallies.length; i++) {
            if (tallies[i] != 0) {
                assertThat(found).isEqualTo(-1);
                found = i;
            }
        }
        assertThat(found).isNotEqualTo(-1);
        return found;
    }

    private static List<Activity> activities(long seed, int count) {
        // Most days around the periods, some anywhere in six years.
        return RandomLogs.activities(seed, count, TYPES, random -> random.nextInt(4) == 0
                ? FIRST_DAY.plusDays(random.nextInt(DAYS)) : LocalDate.of(2026, 3, 1).plusDays(random.nextInt(120) - 100));
    }
}
