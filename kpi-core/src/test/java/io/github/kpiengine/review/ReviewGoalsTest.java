package io.github.kpiengine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Goal;
import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.engine.GoalProgress;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Status;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goals tracked in the review with their driver KPIs: revenue, new accounts in the client mix, share
 * of wallet of existing clients. Any KPI of the review, the app's own included, drives a goal; the
 * client-mix drivers are activities with prospects or with existing clients
 * ({@code Kpis.where(count(...), Condition.prospect())}) added through {@code ReviewInput.Builder.kpis}.
 */
class ReviewGoalsTest {

    private static final Goal ANN_REVENUE = Goal.revenue("ann-q1", "ann", Money.of("EUR", 80_000), SmallTeam.Q1,
            List.of("conversion(meeting,demo)", "count(cold_call)"));
    private static final Goal NORTH_ACCOUNTS = Goal.newAccounts("north-accounts", "north", 10, SmallTeam.Q1,
            List.of("opportunities_opened", "leads_per_call"));
    private static final Goal BOB_WALLET = Goal.shareOfWallet("bob-wallet", "bob", Ratio.ofPercent(30), SmallTeam.Q1,
            List.of("call_conversion"));

    private static final SalesReview REVIEW = SalesReview.of(SmallTeam.input()
            .kpis(Kpis.ratio(Kpis.opportunitiesOpened(), Kpis.activityCount(io.github.kpiengine.ActivityType.COLD_CALL))
                    .named("leads_per_call", "Leads per call"))
            .goals(List.of(ANN_REVENUE, NORTH_ACCOUNTS, BOB_WALLET)).build());

    @Test
    void revenueGoal_achievedAgainstTargetWithDrivers() {
        GoalProgress ann = REVIEW.rep("ann").goals().get(0);

        // EUR 20,000 won in Q1 of 80,000: 25 %, red at the quarter's end.
        assertThat(ann.goal()).isEqualTo(ANN_REVENUE);
        assertThat(ann.achieved().value()).contains(new BigDecimal("20000"));
        assertThat(ann.attainment()).contains(new BigDecimal("0.25"));
        assertThat(ann.status()).isEqualTo(Status.RED);
        // Over the whole quarter: 12 demos of 20 first meetings (16 in January, 4 in March), 100 calls.
        assertThat(ann.drivers().values()).extracting(figure -> figure.value().orElseThrow())
                .containsExactly(new BigDecimal("0.6"), new BigDecimal("100"));
    }

    @Test
    void newAccountsGoal_ofAUnit_drivenByAnAppsKpi() {
        GoalProgress north = REVIEW.unit("north").goals().get(0);

        // 2 + 3 + 1 first won deals of new accounts; 26 + 14 + 14 opportunities over 200 calls.
        assertThat(north.achieved().value()).contains(new BigDecimal("6"));
        assertThat(north.attainment()).contains(new BigDecimal("0.6"));
        assertThat(north.drivers().values()).extracting(figure -> figure.value().orElseThrow())
                .containsExactly(new BigDecimal("54"), new BigDecimal("0.27"));
    }

    @Test
    void shareOfWalletGoal_noKnownSpend_notJudged() {
        GoalProgress bob = REVIEW.rep("bob").goals().get(0);

        assertThat(bob.achieved().undefinedReason()).contains("no accounts with a known spend");
        assertThat(bob.status()).isEqualTo(Status.NOT_JUDGED);
        assertThat(REVIEW.rep("cid").goals()).isEmpty();
    }

    @Test
    void clientMixGoals_drivenByActivitiesWithProspectsAndWithExistingClients() {
        // ann's accounts acct-0 and acct-1 were won on 4 February, acct-19 was lost, new-0 is still
        // open; bob's acct-0 to acct-2 were won on 19 February.
        ActivityLog log = SmallTeam.log();
        log.append(visit("ann", ActivityType.FIRST_APPOINTMENT, "ann-new-0", 10));
        log.append(visit("ann", ActivityType.FIRST_APPOINTMENT, "ann-acct-19", 10));
        log.append(visit("ann", ActivityType.FIRST_APPOINTMENT, "ann-acct-0", 11));
        log.append(Activity.builder("ann", ActivityType.FIRST_APPOINTMENT, LocalDate.of(2026, 3, 11)).build());
        log.append(Activity.builder("ann", ActivityType.SITE_VISIT, LocalDate.of(2026, 2, 4)).account("ann-acct-1").build());
        log.append(Activity.builder("ann", ActivityType.SITE_VISIT, LocalDate.of(2026, 2, 5)).account("ann-acct-1").build());
        log.append(visit("bob", ActivityType.SITE_VISIT, "bob-acct-2", 12));
        log.append(visit("bob", ActivityType.FIRST_APPOINTMENT, "bob-acct-2", 12));
        Goal northNew = Goal.newAccounts("north-new", "north", 10, SmallTeam.Q1, List.of("prospect_meetings"));
        Goal annWallet = Goal.shareOfWallet("ann-wallet", "ann", Ratio.ofPercent(30), SmallTeam.Q1,
                List.of("client_visits", "prospect_meetings"));

        SalesReview review = SalesReview.of(SmallTeam.input(log)
                .kpis(Kpis.where(Kpis.activityCount(ActivityType.FIRST_APPOINTMENT), Condition.prospect())
                                .named("prospect_meetings", "First appointments with prospects"),
                        Kpis.where(Kpis.activityCount(ActivityType.SITE_VISIT), Condition.existingClient())
                                .named("client_visits", "Site visits with existing clients"))
                .goals(List.of(northNew, annWallet)).build());

        // Prospects: new-0 (open), acct-19 (lost only) and the appointment without an account; acct-0
        // and bob's acct-2 are clients. Clients: acct-1 the day after its win, not on the day itself.
        GoalProgress north = review.unit("north").goals().get(0);
        assertThat(north.achieved().value()).contains(new BigDecimal("6"));
        assertThat(north.drivers().values()).extracting(figure -> figure.value().orElseThrow())
                .containsExactly(new BigDecimal("3"));
        GoalProgress ann = review.rep("ann").goals().get(0);
        assertThat(ann.drivers().values()).extracting(figure -> figure.value().orElseThrow())
                .containsExactly(new BigDecimal("1"), new BigDecimal("3"));
        assertThat(review.rep("bob").goals()).isEmpty();
    }

    private static Activity visit(String rep, ActivityType type, String account, int dayOfMarch) {
        return Activity.builder(rep, type, LocalDate.of(2026, 3, dayOfMarch)).account(account).build();
    }
}
