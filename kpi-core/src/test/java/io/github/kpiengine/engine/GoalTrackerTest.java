package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Goal;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Rep;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Status;
import io.github.kpiengine.kpi.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTrackerTest {

    private static final Pipeline SALES = Pipeline.of("lead", "proposal");
    private static final SalesPeriod Q2_2026 = SalesPeriod.ofQuarter(2026, 2);
    /** 33 of the quarter's 65 working days (Monday to Friday) are gone by 15 May. */
    private static final LocalDate MAY_15 = LocalDate.of(2026, 5, 15);
    private static final Money EUR_100_000 = Money.of("EUR", 100_000);
    private static final Kpi APPOINTMENTS = Kpis.activityCount(ActivityType.FIRST_APPOINTMENT);
    private static final Kpi APPOINTMENTS_WITH_TARGET =
            APPOINTMENTS.withTarget(Target.of(BigDecimal.TEN, BigDecimal.valueOf(5), 0));
    private static final Scorecard DRIVERS = Scorecard.of(APPOINTMENTS_WITH_TARGET, Kpis.winRate());
    private static final OrgTree ORG = OrgTree.builder()
            .root("sales", "Sales", "ann")
            .rep(Rep.of("ann", "Ann"), "sales")
            .rep(Rep.of("bob", "Bob"), "sales")
            .build();

    private static ActivityLog log() {
        ActivityLog log = ActivityLog.create();
        for (int i = 0; i < 12; i++) {
            log.append(Activity.of("ann", ActivityType.FIRST_APPOINTMENT, LocalDate.of(2026, 4, 6).plusDays(i)));
        }
        log.append(deal("a1", "ann", "x", 30_000, LocalDate.of(2026, 4, 20), true));
        log.append(deal("a2", "ann", "y", 10_000, LocalDate.of(2026, 5, 20), true));
        log.append(deal("a3", "ann", "w", 10_000, LocalDate.of(2026, 5, 4), false));
        log.append(deal("b1", "bob", "z", 20_000, LocalDate.of(2026, 5, 6), true));
        log.append(deal("b2", "bob", "v", 20_000, LocalDate.of(2026, 5, 7), true));
        return log;
    }

    private static Opportunity deal(String id, String owner, String account, long amount, LocalDate close, boolean won) {
        Opportunity.Builder deal = Opportunity.builder(id, owner, SALES).account(account)
                .amount(Money.of("EUR", amount)).enter("lead", LocalDate.of(2026, 4, 1));
        return won ? deal.won(close).build() : deal.lost(close).build();
    }

    private static GoalTracker tracker() {
        return GoalTracker.of(log(), ORG, WorkCalendar.standard(), DRIVERS);
    }

    @Test
    void progress_revenueBehindPace_isRedWithDueByWorkingDays() {
        Goal goal = Goal.revenue("ann-q2", "ann", EUR_100_000, Q2_2026, List.of("count(first_appointment)", "win_rate"));

        GoalProgress progress = tracker().progress(goal, MAY_15);

        // Won by 15 May: EUR 30,000 (the EUR 10,000 deal closes on 20 May). Due: 100,000 × 33 / 65.
        assertThat(progress.achieved().value().orElseThrow()).isEqualByComparingTo("30000");
        assertThat(progress.attainment()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo("0.3"));
        assertThat(progress.elapsedWorkingDays()).isEqualTo(33);
        assertThat(progress.workingDays()).isEqualTo(65);
        assertThat(progress.dueByNow()).isEqualByComparingTo("50769.2307692308");
        assertThat(progress.status()).isEqualTo(Status.RED);
        // 12 first appointments against a carried target of 10; win rate carries no target.
        assertThat(progress.driverStatus()).containsEntry(APPOINTMENTS_WITH_TARGET, Status.GREEN)
                .containsEntry(Kpis.winRate(), Status.NOT_JUDGED);
        assertThat(progress.drivers().get(Kpis.winRate()).value().orElseThrow()).isEqualByComparingTo("0.5");
    }

    @Test
    void progress_unitGoal_coversEveryRepBelow() {
        Goal goal = Goal.newAccounts("sales-q2", "sales", 4, Q2_2026, List.of());

        GoalProgress progress = tracker().progress(goal, MAY_15);

        // Accounts x (ann), z and v (bob) were won by 15 May; 4 × 33 / 65 = 2.03 were due.
        assertThat(progress.achieved().value().orElseThrow()).isEqualByComparingTo("3");
        assertThat(progress.status()).isEqualTo(Status.GREEN);
    }

    @Test
    void progress_kpiObjective_isJudgedAgainstTheWholeTarget() {
        Goal goal = Goal.of("ann-win-rate", "ann", Goal.Objective.kpi("win_rate"), new BigDecimal("0.6"), Q2_2026,
                List.of());

        GoalProgress progress = tracker().progress(goal, MAY_15);

        // One won, one lost by 15 May: 50 % against 60 %, not paced.
        assertThat(progress.dueByNow()).isEqualByComparingTo("0.6");
        assertThat(progress.status()).isEqualTo(Status.RED);
    }

    @Test
    void progress_afterThePeriod_countsTheWholePeriod() {
        Goal goal = Goal.revenue("ann-q2", "ann", EUR_100_000, Q2_2026, List.of());

        GoalProgress progress = tracker().progress(goal, LocalDate.of(2026, 8, 1));

        assertThat(progress.achieved().value().orElseThrow()).isEqualByComparingTo("40000");
        assertThat(progress.dueByNow()).isEqualByComparingTo("100000");
    }

    @Test
    void progress_badInput_isRefusedWithItsName() {
        GoalTracker tracker = tracker();
        Goal stranger = Goal.revenue("zed-q2", "zed", EUR_100_000, Q2_2026, List.of());
        Goal unknownDriver = Goal.revenue("ann-q2", "ann", EUR_100_000, Q2_2026, List.of("demos"));
        Goal ann = Goal.revenue("ann-q2", "ann", EUR_100_000, Q2_2026, List.of());

        assertThatThrownBy(() -> tracker.progress(stranger, MAY_15))
                .hasMessage("ownerId must be a rep or a unit of the org tree: zed");
        assertThatThrownBy(() -> tracker.progress(unknownDriver, MAY_15))
                .hasMessage("driverKpiIds must be KPIs of the driver scorecard [count(first_appointment), win_rate]: demos");
        assertThatThrownBy(() -> tracker.progress(ann, LocalDate.of(2026, 3, 31)))
                .hasMessage("asOf must not be before the goal's period 2026-04-01/2026-06-30: 2026-03-31");
    }
}
