package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.CurrencyMismatchException;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Pipeline;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class ActivityLogTest {

    private static final Pipeline SALES = Pipeline.of("lead", "proposal");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private static Opportunity deal(String id, Money amount) {
        return Opportunity.builder(id, "ann", SALES).account("acme").amount(amount).enter("lead", MARCH_2).build();
    }

    @Test
    void append_manyActivities_growsAndCounts() {
        ActivityLog log = ActivityLog.create();
        for (int i = 0; i < 1000; i++) {
            log.append(Activity.of("rep" + (i % 7), ActivityType.COLD_CALL, MARCH_2.plusDays(i % 30)));
        }

        assertThat(log.activityCount()).isEqualTo(1000);
        assertThat(log.repIds()).hasSize(7).startsWith("rep0", "rep1");
        assertThat(ActivityLog.BYTES_PER_ACTIVITY).isLessThanOrEqualTo(16);
    }

    @Test
    void append_opportunities_setsCurrency() {
        ActivityLog log = ActivityLog.create();
        assertThat(log.currency()).isEmpty();

        for (int i = 0; i < 40; i++) {
            log.append(deal("opp-" + i, Money.of("EUR", 1000)));
        }

        assertThat(log.opportunityCount()).isEqualTo(40);
        assertThat(log.currency()).contains(Currency.getInstance("EUR"));
    }

    @Test
    void append_secondCurrency_throws() {
        ActivityLog log = ActivityLog.create().append(deal("opp-1", Money.of("EUR", 1000)));

        assertThatThrownBy(() -> log.append(deal("opp-2", Money.of("USD", 1000))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("Currencies differ: EUR/USD");
        assertThat(log.opportunityCount()).isEqualTo(1);
    }

    @Test
    void append_sameOpportunityTwice_throws() {
        ActivityLog log = ActivityLog.create().append(deal("opp-1", Money.of("EUR", 1000)));

        assertThatThrownBy(() -> log.append(deal("opp-1", Money.of("EUR", 1000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("opportunity must not be appended twice: opp-1");
    }

    @Test
    void append_conflictingTypeDefinition_throws() {
        ActivityLog log = ActivityLog.create().append(Activity.of("ann", ActivityType.DEMO, MARCH_2));
        ActivityType timedDemo = ActivityType.timed("demo", "Demo");

        assertThatThrownBy(() -> log.append(Activity.builder("ann", timedDemo, MARCH_2)
                .duration(java.time.Duration.ofMinutes(5)).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type must match the type logged before as demo (COUNTED): TIMED");
    }

    @Test
    void trimToSize_dropsSpareCapacity_andAppendingGrowsAgain() {
        ActivityLog log = ActivityLog.create();
        for (int i = 0; i < 17; i++) {
            log.append(Activity.of("ann", ActivityType.COLD_CALL, MARCH_2));
        }
        assertThat(log.activityRep.length).isEqualTo(32);

        log.trimToSize();

        assertThat(log.activityRep.length).isEqualTo(17);
        assertThat(log.activitySeconds.length).isEqualTo(17);
        log.append(Activity.of("bob", ActivityType.COLD_CALL, MARCH_2));
        assertThat(log.activityCount()).isEqualTo(18);
        assertThat(log.activityRep[17]).isEqualTo(1);
    }

    @Test
    void create_withExpectedActivities_sizesTheColumns() {
        assertThat(ActivityLog.create(1000).activityType.length).isEqualTo(1000);
        assertThatThrownBy(() -> ActivityLog.create(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("expectedActivities must lie in [0, 2147483639]: -1");
    }
}
