package io.github.kpiengine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Goal;
import io.github.kpiengine.Money;
import io.github.kpiengine.Ratio;
import io.github.kpiengine.engine.GoalProgress;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Status;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goals tracked in the review with their driver KPIs: revenue, new accounts in the client mix, share
 * of wallet of existing clients. Any KPI of the review, the app's own included, drives a goal. (Once
 * {@code Condition.existingClient()} and {@code prospect()} exist, the drivers of the new-accounts goal
 * below become first meetings with prospects, those of the share-of-wallet goal first meetings with
 * existing clients: {@code Kpis.where(count(...), Condition.prospect())} added through
 * {@code ReviewInput.Builder.kpis}.)
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
}
