package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Rep;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiResult;
import io.github.kpiengine.kpi.KpiUnit;
import io.github.kpiengine.kpi.Kpis;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeerKpisTest {

    private static final SalesPeriod MARCH = SalesPeriod.ofMonth(YearMonth.of(2026, 3));
    private static final Kpi CALLS = Kpis.activityCount(ActivityType.COLD_CALL);
    private static final Scorecard PEERS = Scorecard.of(CALLS, Kpis.peerGap(CALLS), Kpis.peerRank(CALLS));
    private static final OrgTree ORG = OrgTree.builder()
            .root("sales", "Sales", "ann")
            .unit("east", "East", "sales", "ann")
            .unit("west", "West", "sales", "cid")
            .rep(Rep.of("ann", "Ann"), "east")
            .rep(Rep.of("bob", "Bob"), "east")
            .rep(Rep.of("cid", "Cid"), "west")
            .build();

    private static ActivityLog calls(int ann, int bob, int cid) {
        ActivityLog log = ActivityLog.create();
        for (int i = 0; i < ann + bob + cid; i++) {
            String rep = i < ann ? "ann" : i < ann + bob ? "bob" : "cid";
            log.append(Activity.of(rep, ActivityType.COLD_CALL, LocalDate.of(2026, 3, 2 + i % 20)));
        }
        return log;
    }

    private static KpiResult.Defined defined(KpiResult result) {
        assertThat(result).isInstanceOf(KpiResult.Defined.class);
        return (KpiResult.Defined) result;
    }

    @Test
    void peerGap_ofACount_isAgainstTheAveragePeer() {
        ScorecardResult result = Engine.evaluate(PEERS, calls(10, 20, 30), MARCH, Grouping.byRep());

        // Ann 10 against (20 + 30) / 2 = 25: (10 - 25) / 25 = -60 %; she beats neither peer.
        assertThat(defined(result.result(ScopeKey.of("ann"), "peer_gap(count(cold_call))")).value().orElseThrow()).isEqualByComparingTo("-0.6");
        assertThat(defined(result.result(ScopeKey.of("ann"), "peer_rank(count(cold_call))")).value().orElseThrow()).isEqualByComparingTo("0");
        // Cid 30 against 15: +100 %, first of three.
        assertThat(defined(result.result(ScopeKey.of("cid"), "peer_gap(count(cold_call))")).value().orElseThrow()).isEqualByComparingTo("1");
        assertThat(defined(result.result(ScopeKey.of("cid"), "peer_rank(count(cold_call))")).value().orElseThrow()).isEqualByComparingTo("1");
        // The definition agrees with compareWithPeers.
        assertThat(result.compareWithPeers(ScopeKey.of("bob"), CALLS).gap())
                .hasValueSatisfying(gap -> assertThat(defined(result.result(ScopeKey.of("bob"), "peer_gap(count(cold_call))")).number())
                        .isEqualByComparingTo(gap));
    }

    @Test
    void peerGap_byWeek_comparesTheSameWeekOfOtherReps() {
        ActivityLog log = ActivityLog.create();
        log.append(Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 2)));
        log.append(Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 3)));
        log.append(Activity.of("bob", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 4)));
        log.append(Activity.of("bob", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 10)));
        ScorecardResult result = Engine.evaluate(PEERS, log, MARCH, Grouping.byRepAndWeek(WorkCalendar.standard()));

        // Week of 2 March: ann 2 against bob 1 = +100 %; week of 9 March: ann 0 against bob 1 = -100 %.
        assertThat(defined(result.result(TestScopes.at(result, "ann", "2026-03-02"), "peer_gap(count(cold_call))")).value().orElseThrow()).isEqualByComparingTo("1");
        assertThat(defined(result.result(TestScopes.at(result, "ann", "2026-03-09"), "peer_gap(count(cold_call))")).value().orElseThrow()).isEqualByComparingTo("-1");
    }

    @Test
    void peerGap_ofUnits_comparesSiblingsAndTheRootHasNone() {
        ScorecardResult result = Engine.evaluate(PEERS, calls(10, 20, 30), MARCH, Grouping.byOrgUnit(ORG));

        // East (ann + bob) 30 against its one sibling West 30: gap 0, a tie ranks half.
        assertThat(defined(result.result(ScopeKey.of("east"), "peer_gap(count(cold_call))")).value().orElseThrow()).isEqualByComparingTo("0");
        assertThat(defined(result.result(ScopeKey.of("east"), "peer_rank(count(cold_call))")).value().orElseThrow()).isEqualByComparingTo("0.5");
        assertThat(result.result(ScopeKey.of("sales"), "peer_gap(count(cold_call))"))
                .isEqualTo(KpiResult.undefined("no peers to compare with", KpiUnit.PERCENT, 60));
    }

    @Test
    void peerGap_peerValueZero_isUndefined() {
        ScorecardResult result = Engine.evaluate(PEERS, calls(10, 0, 0), MARCH, Grouping.byRep());

        assertThat(result.scopes()).containsExactly(ScopeKey.of("ann"));
        assertThat(result.result(ScopeKey.of("ann"), "peer_gap(count(cold_call))"))
                .isEqualTo(KpiResult.undefined("no peers to compare with", KpiUnit.PERCENT, 10));
        ScorecardResult two = Engine.evaluate(PEERS, withBobIdle(), MARCH, Grouping.byRep());
        assertThat(two.result(ScopeKey.of("ann"), "peer_gap(count(cold_call))")).isEqualTo(KpiResult.undefined("peer value is zero", KpiUnit.PERCENT, 1));
    }

    private static ActivityLog withBobIdle() {
        ActivityLog log = ActivityLog.create();
        log.append(Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 2)));
        log.append(Activity.of("bob", ActivityType.DEMO, LocalDate.of(2026, 3, 2)));
        return log;
    }

    @Test
    void peerRank_sampleSize_isThePeersJudged() {
        Kpi advancedShare = Kpis.ratio(Kpis.activityCount(ActivityType.COLD_CALL, Outcome.ADVANCED), CALLS);
        ActivityLog log = ActivityLog.create()
                .append(Activity.builder("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 2))
                        .outcome(Outcome.ADVANCED).build())
                .append(Activity.of("ann", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 3)))
                .append(Activity.builder("bob", ActivityType.COLD_CALL, LocalDate.of(2026, 3, 2))
                        .outcome(Outcome.ADVANCED).build())
                .append(Activity.of("cid", ActivityType.DEMO, LocalDate.of(2026, 3, 2)));
        Kpi rank = Kpis.peerRank(advancedShare);

        KpiResult annRank = Engine.evaluate(Scorecard.of(advancedShare, rank), log, MARCH, Grouping.byRep())
                .result(ScopeKey.of("ann"), rank);

        // Cid made no call: his share is undefined and he is not judged. Ann (50 %) is below Bob (100 %).
        assertThat(defined(annRank).value().orElseThrow()).isEqualByComparingTo("0");
        assertThat(annRank.sampleSize()).isEqualTo(1);
    }

    @Test
    void peerComparison_nested_isRefused() {
        assertThatThrownBy(() -> Kpis.peerGap(Kpis.peerRank(CALLS)))
                .hasMessage("operand must not compare with peers itself: peer_rank(count(cold_call))");
        assertThatThrownBy(() -> Kpis.previousPeriod(Kpis.peerGap(CALLS)))
                .hasMessage("operand must not compare with peers: peer_gap(count(cold_call))");
    }
}
