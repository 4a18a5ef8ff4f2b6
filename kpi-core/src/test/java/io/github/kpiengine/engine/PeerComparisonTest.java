package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Status;
import io.github.kpiengine.kpi.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PeerComparisonTest {

    private static final Pipeline SALES = Pipeline.of("lead", "proposal");
    private static final SalesPeriod MARCH = SalesPeriod.ofMonth(YearMonth.of(2026, 3));
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static int ids;

    private static void deals(ActivityLog log, String rep, int won, int lost, long amount) {
        for (int i = 0; i < won + lost; i++) {
            Opportunity.Builder deal = Opportunity.builder(rep + "-" + ids++, rep, SALES)
                    .account("acct-" + ids)
                    .amount(Money.of("EUR", amount))
                    .enter("lead", MARCH_2);
            log.append(i < won ? deal.won(MARCH_2.plusDays(10)).build() : deal.lost(MARCH_2.plusDays(10)).build());
        }
    }

    private static ScorecardResult team() {
        ActivityLog log = ActivityLog.create();
        deals(log, "ann", 6, 4, 10_000);
        deals(log, "bob", 2, 8, 30_000);
        deals(log, "cid", 4, 4, 30_000);
        return Engine.evaluate(Scorecard.of(Kpis.winRate(), Kpis.averageRevenuePerSale(), Kpis.meanSalesCycleDays()),
                log, MARCH, Grouping.byRep());
    }

    @Test
    void compareWithPeers_ratioOfThePeersParts_withoutTheRep() {
        PeerComparison ann = team().compareWithPeers(ScopeKey.of("ann"), Kpis.winRate());

        // Peers: bob 2/10 and cid 4/8 give 6/18, not the mean of 20 % and 50 %.
        assertThat(((KpiResult.Defined) ann.peerValue()).numerator().orElseThrow()).isEqualByComparingTo("6");
        assertThat(((KpiResult.Defined) ann.peerValue()).denominator().orElseThrow()).isEqualByComparingTo("18");
        assertThat(ann.peerCount()).isEqualTo(2);
        // (0.6 - 1/3) / (1/3) = 0.8
        assertThat(ann.gap()).hasValueSatisfying(gap -> assertThat(gap).isEqualByComparingTo("0.8000000002"));
        assertThat(ann.percentileRank()).hasValueSatisfying(rank -> assertThat(rank).isEqualByComparingTo("1"));
    }

    @Test
    void compareWithPeers_revenuePerSaleBelowPeers_isANegativeGap() {
        PeerComparison ann = team().compareWithPeers(ScopeKey.of("ann"), Kpis.averageRevenuePerSale(), List.of(ScopeKey.of("bob"), ScopeKey.of("cid")));

        assertThat(ann.gap()).hasValueSatisfying(gap -> assertThat(gap).isEqualByComparingTo("-0.6666666667"));
        assertThat(ann.percentileRank()).hasValueSatisfying(rank -> assertThat(rank).isEqualByComparingTo("0"));
    }

    @Test
    void compareWithPeers_lowerIsBetter_ranksTheShorterCycleHigher() {
        ActivityLog log = ActivityLog.create();
        log.append(Opportunity.builder("a", "ann", SALES).account("x").amount(Money.of("EUR", 1))
                .enter("lead", MARCH_2).won(MARCH_2.plusDays(5)).build());
        log.append(Opportunity.builder("b", "bob", SALES).account("y").amount(Money.of("EUR", 1))
                .enter("lead", MARCH_2).won(MARCH_2.plusDays(20)).build());
        ScorecardResult result = Engine.evaluate(Scorecard.of(Kpis.meanSalesCycleDays()), log, MARCH, Grouping.byRep());

        assertThat(result.compareWithPeers(ScopeKey.of("ann"), Kpis.meanSalesCycleDays()).percentileRank())
                .hasValueSatisfying(rank -> assertThat(rank).isEqualByComparingTo("1"));
    }

    @Test
    void compareWithPeers_noPeers_isUndefined() {
        PeerComparison alone = team().compareWithPeers(ScopeKey.of("ann"), Kpis.winRate(), List.of(ScopeKey.of("ann")));

        assertThat(alone.peerValue()).isEqualTo(KpiResult.undefined("no peers to compare with", KpiUnit.PERCENT, 0));
        assertThat(alone.gap()).isEmpty();
        assertThat(alone.percentileRank()).isEmpty();
    }

    @Test
    void compareWithPeers_unknownScope_isRefused() {
        assertThatThrownBy(() -> team().compareWithPeers(ScopeKey.of("ann"), Kpis.winRate(), List.of(ScopeKey.of("zed"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("scope must be a scope of the result: zed");
        assertThatThrownBy(() -> team().compareWithPeers(ScopeKey.of("ann"), Kpis.dealsWon()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("kpi must be a definition of the scorecard: deals_won");
    }

    @Test
    void status_readsTheTargetAndDirection() {
        ScorecardResult result = team();
        Target winRate = Target.of(new BigDecimal("0.5"), new BigDecimal("0.3"), 8);

        assertThat(result.status(ScopeKey.of("ann"), Kpis.winRate(), winRate)).isEqualTo(Status.GREEN);
        assertThat(result.status(ScopeKey.of("bob"), Kpis.winRate(), winRate)).isEqualTo(Status.RED);
        assertThat(result.status(ScopeKey.of("cid"), Kpis.winRate(), winRate)).isEqualTo(Status.GREEN);
    }

    @Property(tries = 1000)
    void compareWithPeers_repIdenticalToEveryPeer_hasGapZero(@ForAll @IntRange(min = 1, max = 5) int won,
            @ForAll @IntRange(min = 0, max = 5) int lost, @ForAll @IntRange(min = 1, max = 6) int peers) {
        ActivityLog log = ActivityLog.create();
        for (int p = 0; p <= peers; p++) {
            deals(log, "rep" + p, won, lost, 1_000);
        }
        ScorecardResult result = Engine.evaluate(Scorecard.of(Kpis.winRate(), Kpis.averageRevenuePerSale()), log,
                MARCH, Grouping.byRep());

        for (Kpi kpi : List.of(Kpis.winRate(), Kpis.averageRevenuePerSale())) {
            PeerComparison comparison = result.compareWithPeers(ScopeKey.of("rep0"), kpi);
            assertThat(comparison.gap()).hasValueSatisfying(gap -> assertThat(gap).isEqualByComparingTo("0"));
            assertThat(comparison.percentileRank()).hasValueSatisfying(rank -> assertThat(rank).isEqualByComparingTo("0.5"));
        }
    }
}
