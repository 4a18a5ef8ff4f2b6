package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Goal.Objective;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoalTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Money EUR_1_200_000 = Money.parse("EUR 1200000");
    private static final SalesPeriod YEAR_2026 = SalesPeriod.ofYear(2026);
    private static final SalesPeriod Q1_2026 = SalesPeriod.ofQuarter(2026, 1);
    private static final List<String> APPOINTMENT_DRIVERS = List.of("first_appointments", "appointment_to_proposal");
    private static final Ratio SHARE_40_PERCENT = Ratio.ofPercent(40);

    @Test
    void revenue_money_keepsAmountAndCurrency() {
        Goal goal = Goal.revenue("ann-2026", "ann", EUR_1_200_000, YEAR_2026, APPOINTMENT_DRIVERS);

        assertThat(goal.id()).isEqualTo("ann-2026");
        assertThat(goal.ownerId()).isEqualTo("ann");
        assertThat(goal.objective()).isEqualTo(Objective.revenue(EUR));
        assertThat(goal.objective().metric()).isEqualTo(Objective.Metric.REVENUE);
        assertThat(goal.target()).isEqualByComparingTo("1200000");
        assertThat(goal.period()).isEqualTo(YEAR_2026);
        assertThat(goal.driverKpiIds()).containsExactly("first_appointments", "appointment_to_proposal");
    }

    @Test
    void targetMoney_revenueGoal_isTargetInCurrency() {
        Goal goal = Goal.revenue("ann-2026", "ann", EUR_1_200_000, YEAR_2026, APPOINTMENT_DRIVERS);

        assertThat(goal.targetMoney()).contains(EUR_1_200_000);
    }

    @Test
    void targetMoney_plainRevenueTarget_scaledToCurrency() {
        Goal goal = Goal.of("ann-2026", "ann", Objective.revenue(EUR), new BigDecimal("1200000"), YEAR_2026,
                List.of());

        assertThat(goal.targetMoney()).contains(EUR_1_200_000);
        assertThat(goal.targetMoney().orElseThrow().amount()).isEqualTo(new BigDecimal("1200000.00"));
    }

    @Test
    void targetMoney_newAccountsGoal_isEmpty() {
        Goal goal = Goal.newAccounts("ann-new", "ann", 12, Q1_2026, List.of("first_appointments"));

        assertThat(goal.targetMoney()).isEmpty();
    }

    @Test
    void newAccounts_count_isWholeTargetOfNewAccounts() {
        Goal goal = Goal.newAccounts("ann-new", "ann", 12, Q1_2026, List.of("first_appointments"));

        assertThat(goal.objective()).isEqualTo(Objective.newAccounts());
        assertThat(goal.target()).isEqualByComparingTo("12");
    }

    @Test
    void newAccounts_negative_throws() {
        assertThatThrownBy(() -> Goal.newAccounts("ann-new", "ann", -1, Q1_2026, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must not be negative: -1");
    }

    @Test
    void of_negativeTarget_throws() {
        assertThatThrownBy(() -> Goal.of("g", "ann", Objective.kpi("win_rate"), new BigDecimal("-0.5"), Q1_2026,
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must not be negative: -0.5");
    }

    @Test
    void of_newAccountsNotWhole_throws() {
        assertThatThrownBy(() -> Goal.of("g", "ann", Objective.newAccounts(), new BigDecimal("2.5"), Q1_2026,
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be a whole number of accounts: 2.5");
    }

    @Test
    void of_newAccountsWithTrailingZeros_accepted() {
        Goal goal = Goal.of("g", "ann", Objective.newAccounts(), new BigDecimal("10.00"), Q1_2026, List.of());

        assertThat(goal.target()).isEqualByComparingTo("10");
    }

    @Test
    void shareOfWallet_ratio_targetIsItsValue() {
        Goal goal = Goal.shareOfWallet("ann-sow", "ann", SHARE_40_PERCENT, YEAR_2026, List.of());

        assertThat(goal.objective()).isEqualTo(Objective.shareOfWallet());
        assertThat(goal.target()).isEqualByComparingTo("0.4");
        assertThat(goal.targetMoney()).isEmpty();
    }

    @Test
    void of_shareAboveOne_throws() {
        assertThatThrownBy(() -> Goal.of("g", "ann", Objective.shareOfWallet(), new BigDecimal("1.2"), YEAR_2026,
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target must be a share between 0 and 1: 1.2");
    }

    @Test
    void of_shareExactlyOne_accepted() {
        Goal goal = Goal.of("g", "ann", Objective.shareOfWallet(), BigDecimal.ONE, YEAR_2026, List.of());

        assertThat(goal.target()).isEqualByComparingTo("1");
    }

    @Test
    void of_revenueTargetWithTooManyDecimals_throws() {
        assertThatThrownBy(() -> Goal.of("g", "ann", Objective.revenue(EUR), new BigDecimal("12.345"), YEAR_2026,
                List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount must have at most 2 decimal places for EUR: 12.345");
    }

    @Test
    void of_kpiObjective_acceptsAnyNonNegativeTarget() {
        Goal goal = Goal.of("g", "ann", Objective.kpi("pipeline_coverage"), new BigDecimal("3.5"), YEAR_2026,
                List.of("first_appointments"));

        assertThat(goal.objective().kpiId()).contains("pipeline_coverage");
        assertThat(goal.objective().currency()).isEmpty();
        assertThat(goal.target()).isEqualByComparingTo("3.5");
    }

    @Test
    void new_duplicateDriverIds_throws() {
        assertThatThrownBy(() -> Goal.revenue("ann-2026", "ann", EUR_1_200_000, YEAR_2026,
                List.of("first_appointments", "first_appointments")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("driverKpiIds must not repeat: [first_appointments, first_appointments]");
    }

    @Test
    void new_badDriverId_throws() {
        assertThatThrownBy(() -> Goal.revenue("ann-2026", "ann", EUR_1_200_000, YEAR_2026,
                List.of(" first_appointments")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("driverKpiId must not start or end with white space: ' first_appointments'");
    }

    @Test
    void new_driverListChangedLater_goalUnchanged() {
        List<String> drivers = new ArrayList<>(List.of("first_appointments"));
        Goal goal = Goal.revenue("ann-2026", "ann", EUR_1_200_000, YEAR_2026, drivers);

        drivers.add("appointment_to_proposal");

        assertThat(goal.driverKpiIds()).containsExactly("first_appointments");
    }

    @Test
    void new_blankOwner_throws() {
        assertThatThrownBy(() -> Goal.revenue("ann-2026", " ", EUR_1_200_000, YEAR_2026, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ownerId must not be blank: ' '");
    }

    @Test
    void new_nullObjective_throwsNamingIt() {
        assertThatThrownBy(() -> Goal.of("g", "ann", null, BigDecimal.ONE, YEAR_2026, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("objective");
    }

    @Test
    void new_nullPeriod_throwsNamingIt() {
        assertThatThrownBy(() -> Goal.of("g", "ann", Objective.newAccounts(), BigDecimal.ONE, null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("period");
    }

    @Test
    void objective_kpiWithoutId_throwsNamingKpiId() {
        assertThatThrownBy(() -> new Objective(Objective.Metric.KPI, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kpiId must be given for a KPI objective: empty");
        assertThatThrownBy(() -> Objective.kpi(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("kpiId");
    }

    @Test
    void objective_kpiWithBlankId_throws() {
        assertThatThrownBy(() -> Objective.kpi(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kpiId must not be blank: ' '");
    }

    @Test
    void objective_revenueWithKpiId_throws() {
        assertThatThrownBy(() -> new Objective(Objective.Metric.REVENUE, Optional.of("win_rate"), Optional.of(EUR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kpiId must be absent for a REVENUE objective: win_rate");
    }

    @Test
    void objective_revenueWithoutCurrency_throwsNamingCurrency() {
        assertThatThrownBy(() -> new Objective(Objective.Metric.REVENUE, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must be given for a REVENUE objective: empty");
    }

    @Test
    void objective_newAccountsWithCurrency_throws() {
        assertThatThrownBy(() -> new Objective(Objective.Metric.NEW_ACCOUNTS, Optional.empty(), Optional.of(EUR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must be absent for a NEW_ACCOUNTS objective: EUR");
    }

    @Test
    void objective_kpiWithCurrency_throws() {
        assertThatThrownBy(() -> new Objective(Objective.Metric.KPI, Optional.of("win_rate"), Optional.of(EUR)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency must be absent for a KPI objective: EUR");
    }
}
