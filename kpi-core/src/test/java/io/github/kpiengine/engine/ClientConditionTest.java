package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.formula.FormulaRegistry;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.Kpis;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Existing clients and prospects, checked by hand. */
class ClientConditionTest {

    private static final Pipeline SALES = Pipeline.of("lead", "proposal");
    private static final SalesPeriod MARCH = SalesPeriod.ofMonth(YearMonth.of(2026, 3));
    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
    private static final Kpi NEW_CONTACTS = Kpis.where(Kpis.activityCount(ActivityType.FIRST_APPOINTMENT),
            Condition.prospect());
    private static final Kpi CLIENT_CONTACTS = Kpis.where(Kpis.activityCount(ActivityType.FIRST_APPOINTMENT),
            Condition.existingClient());
    private static final Kpi CLIENT_SESSION_HOURS = Kpis.where(Kpis.totalHours(ActivityType.ON_SITE_SESSION),
            Condition.existingClient());
    private static final Scorecard SCORECARD = Scorecard.of(NEW_CONTACTS, CLIENT_CONTACTS, CLIENT_SESSION_HOURS);

    /**
     * Acme's first deal is won on 10 March (a later one on 5 March was lost, an earlier win in
     * February closes for Beta only). Ann meets Acme on 9, 10 and 11 March, Beta on 2 March, and
     * someone with no account on 12 March; she spends 2 hours on site at Acme on 11 March and
     * 1 hour on 10 March.
     */
    private static ActivityLog log() {
        return ActivityLog.create()
                .append(Opportunity.builder("acme-1", "bob", SALES).account("acme").amount(Money.of("EUR", 100))
                        .enter("lead", LocalDate.of(2026, 2, 1)).won(MARCH_10).build())
                .append(Opportunity.builder("acme-0", "bob", SALES).account("acme").amount(Money.of("EUR", 100))
                        .enter("lead", LocalDate.of(2026, 2, 1)).lost(LocalDate.of(2026, 3, 5)).build())
                .append(Opportunity.builder("beta-1", "bob", SALES).account("beta").amount(Money.of("EUR", 100))
                        .enter("lead", LocalDate.of(2026, 1, 1)).won(LocalDate.of(2026, 2, 1)).build())
                .append(appointment("acme", 9)).append(appointment("acme", 10)).append(appointment("acme", 11))
                .append(appointment("beta", 2))
                .append(Activity.of("ann", ActivityType.FIRST_APPOINTMENT, LocalDate.of(2026, 3, 12)))
                .append(Activity.builder("ann", ActivityType.ON_SITE_SESSION, LocalDate.of(2026, 3, 11)).account("acme")
                        .duration(Duration.ofHours(2)).build())
                .append(Activity.builder("ann", ActivityType.ON_SITE_SESSION, MARCH_10).account("acme")
                        .duration(Duration.ofHours(1)).build());
    }

    private static Activity appointment(String account, int day) {
        return Activity.builder("ann", ActivityType.FIRST_APPOINTMENT, LocalDate.of(2026, 3, day)).account(account)
                .build();
    }

    @Test
    void existingClient_countsActivitiesAfterTheAccountsFirstWinningDay() {
        ScorecardResult result = Engine.evaluate(SCORECARD, log(), MARCH, Grouping.byRep());

        // Clients: Acme on 11 March, Beta on 2 March. Prospects: Acme on 9 and 10 March, no account on 12 March.
        assertThat(result.result(ScopeKey.of("ann"), CLIENT_CONTACTS).value()).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("2"));
        assertThat(result.result(ScopeKey.of("ann"), NEW_CONTACTS).value()).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("3"));
        // Only the session of 11 March was at an existing client.
        assertThat(result.result(ScopeKey.of("ann"), CLIENT_SESSION_HOURS).value()).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("2"));
    }

    @Test
    void existingClient_sameFiguresWhenTheWinArrivesInAnotherPart() {
        ActivityLog whole = log();
        CompiledScorecard compiled = CompiledScorecard.of(SCORECARD, MARCH, Grouping.byRep());
        ScorecardAccumulator activitiesOnly = compiled.newAccumulator();
        ScorecardAccumulator dealsOnly = compiled.newAccumulator();
        for (int day : new int[] {9, 10, 11}) {
            activitiesOnly.add(appointment("acme", day));
        }
        activitiesOnly.add(appointment("beta", 2))
                .add(Activity.of("ann", ActivityType.FIRST_APPOINTMENT, LocalDate.of(2026, 3, 12)))
                .add(Activity.builder("ann", ActivityType.ON_SITE_SESSION, LocalDate.of(2026, 3, 11)).account("acme")
                        .duration(Duration.ofHours(2)).build())
                .add(Activity.builder("ann", ActivityType.ON_SITE_SESSION, MARCH_10).account("acme")
                        .duration(Duration.ofHours(1)).build());
        dealsOnly.add(Opportunity.builder("acme-1", "bob", SALES).account("acme").amount(Money.of("EUR", 100))
                        .enter("lead", LocalDate.of(2026, 2, 1)).won(MARCH_10).build())
                .add(Opportunity.builder("acme-0", "bob", SALES).account("acme").amount(Money.of("EUR", 100))
                        .enter("lead", LocalDate.of(2026, 2, 1)).lost(LocalDate.of(2026, 3, 5)).build())
                .add(Opportunity.builder("beta-1", "bob", SALES).account("beta").amount(Money.of("EUR", 100))
                        .enter("lead", LocalDate.of(2026, 1, 1)).won(LocalDate.of(2026, 2, 1)).build());

        assertThat(activitiesOnly.merge(compiled.decode(dealsOnly.toByteArray())).result())
                .isEqualTo(Engine.evaluate(SCORECARD, whole, MARCH, Grouping.byRep()));
    }

    @Test
    void ids_andFormulas_nameTheConditions() {
        FormulaRegistry registry = FormulaRegistry.builder().build();

        assertThat(CLIENT_CONTACTS.id()).isEqualTo("where(count(first_appointment),existing_client)");
        assertThat(NEW_CONTACTS.id()).isEqualTo("where(count(first_appointment),prospect)");
        assertThat(registry.format(CLIENT_CONTACTS)).isEqualTo("where(count(first_appointment), existing_client())");
        assertThat(registry.parse("where(hours(on_site_session), existing_client())").expression())
                .isEqualTo(CLIENT_SESSION_HOURS.expression());
        assertThat(registry.parse(registry.format(NEW_CONTACTS)).expression()).isEqualTo(NEW_CONTACTS.expression());
    }
}
