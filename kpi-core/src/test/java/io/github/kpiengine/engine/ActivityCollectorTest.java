package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Kpis;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ActivityCollectorTest {

    /** A caller's own row, as a CRM would hold it. */
    record Task(String owner, ActivityType kind, LocalDate due, boolean committed, long minutes) {
    }

    private static final ActivityFields<Task> FIELDS = ActivityFields.<Task>of(Task::owner, Task::kind, Task::due)
            .withOutcome(task -> task.committed() ? Outcome.ORDER_COMMITMENT : Outcome.NONE)
            .withSeconds(task -> task.minutes() * 60);
    private static final Scorecard SCORECARD = Scorecard.of(Kpis.activityCount(ActivityType.SITE_VISIT),
            Kpis.activityCount(ActivityType.SITE_VISIT, Outcome.ORDER_COMMITMENT),
            Kpis.totalHours(ActivityType.SOCIAL_SELLING),
            Kpis.ratio(Kpis.activityCount(ActivityType.SITE_VISIT, Outcome.ORDER_COMMITMENT),
                    Kpis.activityCount(ActivityType.SITE_VISIT)));
    private static final SalesPeriod Q1 = SalesPeriod.ofQuarter(2026, 1);

    private static List<Task> tasks(int n) {
        SplittableRandom random = new SplittableRandom(7);
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean timed = random.nextInt(4) == 0;
            tasks.add(new Task("rep" + random.nextInt(12), timed ? ActivityType.SOCIAL_SELLING : ActivityType.SITE_VISIT,
                    LocalDate.of(2025, 12, 1).plusDays(random.nextInt(150)), !timed && random.nextBoolean(),
                    timed ? 1 + random.nextInt(90) : 0));
        }
        return tasks;
    }

    private static ScorecardResult viaLog(List<Task> tasks, Grouping grouping) {
        ActivityLog log = ActivityLog.create();
        for (Task task : tasks) {
            log.append(Activity.builder(task.owner(), task.kind(), task.due())
                    .outcome(task.committed() ? Outcome.ORDER_COMMITMENT : Outcome.NONE)
                    .duration(Duration.ofMinutes(task.minutes()))
                    .build());
        }
        return Engine.evaluate(SCORECARD, log, Q1, grouping);
    }

    @Test
    void collector_givesTheLogsFigures_sequentialAndParallel() {
        List<Task> tasks = tasks(20_000);
        Grouping weekly = Grouping.byRepAndWeek(WorkCalendar.standard());

        ScorecardResult sequential = tasks.stream().collect(Engine.activityCollector(SCORECARD, Q1, weekly, FIELDS));
        ScorecardResult parallel = tasks.parallelStream().collect(Engine.activityCollector(SCORECARD, Q1, weekly, FIELDS));

        ScorecardResult expected = viaLog(tasks, weekly);
        assertThat(sequential.scopes()).containsExactlyElementsOf(expected.scopes());
        for (ScopeKey scope : expected.scopes()) {
            assertThat(sequential.results(scope)).as(scope.toString()).isEqualTo(expected.results(scope));
            assertThat(parallel.results(scope)).as(scope.toString()).isEqualTo(expected.results(scope));
        }
    }

    @Test
    void collector_durationThatDoesNotFitTheType_isRefused() {
        List<Task> bad = List.of(new Task("ann", ActivityType.SITE_VISIT, LocalDate.of(2026, 1, 5), false, 30));

        assertThatThrownBy(() -> bad.stream().collect(Engine.activityCollector(SCORECARD, Q1, Grouping.byRep(), FIELDS)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("seconds must be zero for counted type site_visit: 1800");
    }
}
