package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.CurrencyMismatchException;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.formula.FormulaException;
import io.github.kpiengine.formula.FormulaRegistry;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Kpis;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** How each kind of bad input named by the engine's contract is refused or handled. */
class BadInputTest {

    private static final Pipeline SALES = Pipeline.of("lead", "first_appointment", "proposal");
    private static final SalesPeriod MARCH = SalesPeriod.ofMonth(YearMonth.of(2026, 3));
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Test
    void unknownActivityType_inAFormula_isRefusedNamingItAndItsPosition() {
        FormulaRegistry registry = FormulaRegistry.builder().pipeline(SALES).build();

        assertThatThrownBy(() -> registry.parse("count(lunch)"))
                .isInstanceOf(FormulaException.class)
                .hasMessageStartingWith("expected an activity type (cold_call,")
                .hasMessageContaining("but found unknown activity type 'lunch' at line 1, column 7");
    }

    @Test
    void activityTypeTheLogNeverSaw_countsZero_asDocumented() {
        ActivityLog log = ActivityLog.create().append(Activity.of("ann", ActivityType.COLD_CALL, MARCH_2));

        ScorecardResult result = Engine.evaluate(Scorecard.of(Kpis.activityCount(ActivityType.DEMO)), log, MARCH,
                Grouping.byRep());

        assertThat(result.result(ScopeKey.of("ann"), "count(demo)")).isEqualTo(KpiResult.of(java.math.BigDecimal.ZERO,
                io.github.kpiengine.kpi.KpiUnit.COUNT, 0));
    }

    @Test
    void unknownStage_inADefinition_isRefusedNamingIt() {
        assertThatThrownBy(() -> Kpis.stageConversion(SALES, "lead", "signed"))
                .hasMessage("stage must be one of [lead, first_appointment, proposal, won, lost]: signed");
        assertThatThrownBy(() -> Opportunity.builder("o1", "ann", SALES).enter("signed", MARCH_2))
                .hasMessage("stage must be one of [lead, first_appointment, proposal, won, lost]: signed");
    }

    @Test
    void historyOutOfDateOrder_isRefused_backwardMovesAreKept() {
        assertThatThrownBy(() -> Opportunity.builder("o1", "ann", SALES).account("x").amount(Money.of("EUR", 1)).enter("proposal", MARCH_2.plusDays(5))
                .enter("lead", MARCH_2).build())
                .hasMessageStartingWith("history must be in date order: ");
        // A move back to an earlier stage on a later day is a fact of sales, kept and counted by the
        // conversion rule: only the first entry into a stage counts.
        Opportunity back = Opportunity.builder("o2", "ann", SALES).account("x").amount(Money.of("EUR", 1)).created(MARCH_2).enter("proposal", MARCH_2)
                .enter("lead", MARCH_2.plusDays(1)).enter("proposal", MARCH_2.plusDays(2)).build();
        ActivityLog log = ActivityLog.create().append(back);
        ScorecardResult result = Engine.evaluate(Scorecard.of(Kpis.stageConversion(SALES, "lead", "proposal")), log,
                MARCH, Grouping.byRep());

        assertThat(result.result(ScopeKey.of("ann"), "conversion(lead,proposal)")).isInstanceOf(KpiResult.Defined.class);
        assertThat(result.result(ScopeKey.of("ann"), "conversion(lead,proposal)").value().orElseThrow())
                .isEqualByComparingTo("1");
    }

    @Test
    void activityOutsideTheCalendar_countsOnItsDay_activityOutsideThePeriod_isLeftOut() {
        ActivityLog log = ActivityLog.create()
                .append(Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 7)))
                .append(Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 4, 1)));

        ScorecardResult result = Engine.evaluate(Scorecard.of(Kpis.activityCount(ActivityType.COLD_CALL)), log, MARCH,
                Grouping.byRep());

        // 7 March is a Saturday, not a working day of the standard calendar: a call made then still
        // counts. 1 April lies outside March and counts nowhere.
        assertThat(result.result(ScopeKey.of("ann"), "count(cold_call)").value().orElseThrow()).isEqualByComparingTo("1");
    }

    @Test
    void attributeFilters_thatReadAlike_keepTheirOwnCounters() {
        ActivityLog log = ActivityLog.create().append(Activity.builder("ann", ActivityType.COLD_CALL, MARCH_2)
                .attribute("a", "x").attribute("b", "y").build());
        Kpi calls = Kpis.activityCount(ActivityType.COLD_CALL);
        // One condition whose value looks like two, and two conditions.
        Kpi oddValue = Kpis.where(calls, Condition.attribute("a", "x, b=y"));
        Kpi twoConditions = Kpis.where(Kpis.where(calls, Condition.attribute("a", "x")), Condition.attribute("b", "y"));

        ScorecardResult both = Engine.evaluate(Scorecard.of(oddValue, twoConditions), log, MARCH, Grouping.byRep());

        assertThat(both.result(ScopeKey.of("ann"), oddValue).value().orElseThrow()).isEqualByComparingTo("0");
        assertThat(both.result(ScopeKey.of("ann"), twoConditions).value().orElseThrow()).isEqualByComparingTo("1");
    }

    @Test
    void twoCurrenciesInOneSum_areRefusedNamingBoth() {
        ActivityLog log = ActivityLog.create().append(Opportunity.builder("o1", "ann", SALES).account("x").created(MARCH_2)
                .amount(Money.of("EUR", 100)).enter("lead", MARCH_2).won(MARCH_2.plusDays(3)).build());

        assertThatThrownBy(() -> log.append(Opportunity.builder("o2", "bob", SALES).account("y").created(MARCH_2)
                .amount(Money.of("USD", 100)).enter("lead", MARCH_2).won(MARCH_2.plusDays(3)).build()))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR").hasMessageContaining("USD");
    }
}
