package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.AccountWallet;
import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Source;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Each append refused at a boundary leaves the log as it was, and says which field and value. */
class AppendBoundariesTest {

    private static final Pipeline SALES = Pipeline.of("lead", "proposal");
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate FAR = LocalDate.of(6_000_000, 1, 1);
    private static final ActivityType SOCIAL = ActivityType.SOCIAL_SELLING;
    private static final Money TEN_TO_THE_20 = Money.of("EUR", new BigDecimal("1E+20"));

    /** A log holding one of everything, so a half-applied append would show in some column. */
    private static ActivityLog filled() {
        return ActivityLog.create()
                .append(Activity.builder("ann", ActivityType.COLD_CALL, MARCH_2).account("acme").attribute("k", "v")
                        .build())
                .append(Opportunity.builder("o1", "ann", SALES).account("acme").amount(Money.of("EUR", 100))
                        .enter("lead", MARCH_2).won(MARCH_2.plusDays(3)).build())
                .append(new AccountWallet("acme", "ann", Money.of("EUR", 1000)));
    }

    /** Everything an append could change, as text. */
    private static String state(ActivityLog log) {
        return List.of(log.activityCount, log.opportunityCount, log.historyCount, log.attributedCount,
                log.accountedCount, log.walletCount, log.reps, log.types, log.accountNames, log.sources,
                log.pipelines, log.opportunityIds, String.valueOf(log.currency)).toString();
    }

    private static void refused(Consumer<ActivityLog> append, String message) {
        ActivityLog log = filled();
        String before = state(log);

        assertThatThrownBy(() -> append.accept(log)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
        assertThat(state(log)).isEqualTo(before);
    }

    @Test
    void append_activityOf30000Days_isRefusedBeforeItsRepIsAdded() {
        refused(log -> log.append(Activity.builder("newcomer", SOCIAL, MARCH_2).account("beta")
                .duration(Duration.ofDays(30_000)).build()),
                "duration must be at most 2147483647 seconds: PT720000H");
    }

    @Test
    void append_activityOnAFarDate_isRefused() {
        refused(log -> log.append(Activity.of("newcomer", ActivityType.DEMO, FAR)),
                "date must lie within -5877641-06-24 and +5881580-07-11: +6000000-01-01");
    }

    @Test
    void append_opportunityOver10To20_isRefused() {
        refused(log -> log.append(Opportunity.builder("o2", "newcomer", Pipeline.of("x", "y")).account("beta")
                .source(new Source("fair", "Trade fair", false)).amount(TEN_TO_THE_20).enter("x", MARCH_2).build()),
                "amount must fit a long of minor units (at most 92233720368547758.07): " + TEN_TO_THE_20);
    }

    @Test
    void append_opportunityClosingOnAFarDate_isRefused() {
        refused(log -> log.append(Opportunity.builder("o2", "newcomer", SALES).account("beta")
                .amount(Money.of("EUR", 1)).enter("lead", MARCH_2).won(FAR).build()),
                "closeDate must lie within -5877641-06-24 and +5881580-07-11: +6000000-01-01");
        refused(log -> log.append(Opportunity.builder("o2", "newcomer", SALES).account("beta")
                .amount(Money.of("EUR", 1)).enter("lead", FAR).build()),
                "created must lie within -5877641-06-24 and +5881580-07-11: +6000000-01-01");
    }

    @Test
    void append_walletOver10To20_isRefused() {
        refused(log -> log.append(new AccountWallet("beta", "newcomer", TEN_TO_THE_20)),
                "knownSpend must fit a long of minor units (at most 92233720368547758.07): " + TEN_TO_THE_20);
        refused(log -> log.append(new AccountWallet("acme", "newcomer", Money.of("EUR", 1))),
                "wallet must not be appended twice for account: acme");
    }

    @Test
    void append_columnsWithOneBadRow_writesNothing() {
        int[] days = {20514, 20514, 20515};
        refused(log -> log.append(ActivityColumns.of(List.of("bob", "cid"), List.of(ActivityType.COLD_CALL, SOCIAL),
                new int[] {0, 1, 0}, new int[] {0, 1, 0}, days, null, new int[] {0, 60, 5})),
                "seconds[2] must be zero for counted type cold_call: 5");
        refused(log -> log.append(ActivityColumns.of(List.of("bob"), List.of(ActivityType.timed("cold_call", "Call")),
                new int[] {0}, new int[] {0}, new int[] {1}, null, new int[] {60})),
                "type must match the type logged before as cold_call (COUNTED): TIMED");
    }

    @Test
    void activityColumns_outOfRangeValues_areNamed() {
        assertThatThrownBy(() -> ActivityColumns.of(List.of("bob"), List.of(ActivityType.COLD_CALL), new int[] {1},
                new int[] {0}, new int[] {0}, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("rep[0] must be an index into repIds: 1");
        assertThatThrownBy(() -> ActivityColumns.of(List.of("bob"), List.of(ActivityType.COLD_CALL), new int[] {0},
                new int[] {-1}, new int[] {0}, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("type[0] must be an index into types: -1");
        assertThatThrownBy(() -> ActivityColumns.of(List.of("bob"), List.of(ActivityType.COLD_CALL), new int[] {0},
                new int[] {0}, new int[] {0}, new byte[] {9}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("outcome[0] must be an Outcome ordinal: 9");
        assertThatThrownBy(() -> ActivityColumns.of(List.of("bob"), List.of(ActivityType.COLD_CALL), new int[] {0},
                new int[] {0}, new int[] {0, 1}, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("epochDay must have as many rows as rep (1): 2");
    }

    @Test
    void append_columns_equalsAppendingEachActivity() {
        ActivityLog one = ActivityLog.create();
        one.append(Activity.of("bob", ActivityType.COLD_CALL, LocalDate.ofEpochDay(20514)));
        one.append(Activity.builder("cid", SOCIAL, LocalDate.ofEpochDay(20515)).duration(Duration.ofSeconds(60))
                .outcome(io.github.kpiengine.Outcome.ADVANCED).build());
        ActivityLog bulk = ActivityLog.create().append(ActivityColumns.of(List.of("unused", "cid", "bob"),
                List.of(ActivityType.COLD_CALL, SOCIAL), new int[] {2, 1}, new int[] {0, 1}, new int[] {20514, 20515},
                new byte[] {(byte) io.github.kpiengine.Outcome.NONE.ordinal(),
                        (byte) io.github.kpiengine.Outcome.ADVANCED.ordinal()}, new int[] {0, 60}));

        assertThat(state(bulk)).isEqualTo(state(one));
        assertThat(Engine.evaluate(RandomLogs.EVERY_KPI, bulk, RandomLogs.MARCH_2026, Grouping.byRep()).table())
                .isEqualTo(Engine.evaluate(RandomLogs.EVERY_KPI, one, RandomLogs.MARCH_2026, Grouping.byRep()).table());
    }

    @Test
    void grownCapacity_doublesUpToTheLargestArray_andRefusesBeyond() {
        assertThat(ActivityLog.grownCapacity(16, 17, "activities")).isEqualTo(32);
        assertThat(ActivityLog.grownCapacity(16, 16, "activities")).isEqualTo(16);
        assertThat(ActivityLog.grownCapacity(0, 1, "activities")).isEqualTo(16);
        assertThat(ActivityLog.grownCapacity(1 << 30, (1 << 30) + 1L, "activities")).isEqualTo(ActivityLog.MAX_CAPACITY);
        assertThat(ActivityLog.grownCapacity(1 << 29, (1L << 30) + 5, "activities")).isEqualTo((1 << 30) + 5);
        assertThat(ActivityLog.grownCapacity(ActivityLog.MAX_CAPACITY - 1, ActivityLog.MAX_CAPACITY, "activities"))
                .isEqualTo(ActivityLog.MAX_CAPACITY);
        assertThatThrownBy(() -> ActivityLog.grownCapacity(ActivityLog.MAX_CAPACITY, ActivityLog.MAX_CAPACITY + 1L,
                "activities"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("activities must number at most 2147483639 in one log: 2147483640");
    }
}
