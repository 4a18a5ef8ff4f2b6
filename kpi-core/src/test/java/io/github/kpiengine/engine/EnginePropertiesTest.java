package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.Activity;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgUnit;
import io.github.kpiengine.Rep;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class EnginePropertiesTest {

    private static boolean readsPeersOrHeadcount(io.github.kpiengine.kpi.KpiExpression expression) {
        return expression instanceof io.github.kpiengine.kpi.KpiExpression.PeerGap
                || expression instanceof io.github.kpiengine.kpi.KpiExpression.PeerRank
                || expression instanceof io.github.kpiengine.kpi.KpiExpression.WorkingHours
                || expression.children().stream().anyMatch(EnginePropertiesTest::readsPeersOrHeadcount);
    }

    @org.junit.jupiter.api.Test
    void everyKpi_holdsEveryKindOfExpression() {
        java.util.Set<Class<?>> seen = new java.util.HashSet<>();
        java.util.Deque<io.github.kpiengine.kpi.KpiExpression> todo = new java.util.ArrayDeque<>();
        RandomLogs.EVERY_KPI.kpis().forEach(kpi -> todo.add(kpi.expression()));
        while (!todo.isEmpty()) {
            io.github.kpiengine.kpi.KpiExpression next = todo.pop();
            seen.add(next.getClass());
            todo.addAll(next.children());
        }

        assertThat(seen).containsExactlyInAnyOrder(io.github.kpiengine.kpi.KpiExpression.class.getPermittedSubclasses());
        assertThat(RandomLogs.EVERY_KPI.kpis()).anyMatch(kpi -> kpi.target().isPresent());
    }

    @Property(tries = 1000)
    void merge_anySplitOfTheLog_equalsEvaluatingItWhole(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 300) int activityCount,
            @ForAll @IntRange(min = 0, max = 60) int opportunityCount,
            @ForAll @IntRange(min = 0, max = 1000) int activitySplit,
            @ForAll @IntRange(min = 0, max = 1000) int opportunitySplit,
            @ForAll @IntRange(min = 0, max = 4) int groupingChoice) {
        ActivityLog log = RandomLogs.log(RandomLogs.activities(seed, activityCount),
                RandomLogs.opportunities(seed, opportunityCount));
        Grouping grouping = RandomLogs.grouping(groupingChoice);
        int a = activitySplit % (activityCount + 1);
        int o = opportunitySplit % (opportunityCount + 1);
        for (Scorecard scorecard : List.of(RandomLogs.EVERY_KPI, RandomLogs.COUNTS, RandomLogs.DEALS, RandomLogs.WINS)) {
            CompiledScorecard plan = CompiledScorecard.of(scorecard, RandomLogs.SPRING_2026, grouping);
            LogBinding binding = new LogBinding(plan, log);

            // The left part counts one-slot types and deals won, lost and their revenue in a scan's
            // own tallies and folds them; the right part counts them straight into its rows: both
            // ways give the whole's figures.
            ScorecardAccumulator left = plan.newAccumulator();
            int[] reps = left.repsOf(log);
            int[] counters = LogScan.counters(left, binding.counted, reps, Long.MAX_VALUE);
            LogScan.addActivities(left, binding, reps, 0, a, counters);
            LogScan.fold(left, binding.counted, counters);
            long[] deals = LogScan.dealTallies(left, binding, reps, Long.MAX_VALUE);
            LogScan.addOpportunities(left, binding, reps, 0, o, deals);
            LogScan.foldDeals(left, binding, deals);
            ScorecardAccumulator right = plan.newAccumulator();
            reps = right.repsOf(log);
            LogScan.addActivities(right, binding, reps, a, activityCount, null);
            LogScan.addOpportunities(right, binding, reps, o, opportunityCount, null);
            ScorecardAccumulator rightThenLeft = plan.newAccumulator().merge(right).merge(left);

            ScorecardResult whole = Engine.evaluate(scorecard, log, RandomLogs.SPRING_2026, grouping);
            assertThat(left.merge(right).result()).isEqualTo(whole);
            assertThat(rightThenLeft.result()).isEqualTo(whole);
        }
    }

    @Property(tries = 1000)
    void evaluate_unit_equalsFigureOverTheUnionOfItsReps(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 200) int activityCount,
            @ForAll @IntRange(min = 0, max = 40) int opportunityCount) {
        List<Activity> activities = RandomLogs.activities(seed, activityCount);
        List<Opportunity> opportunities = RandomLogs.opportunities(seed, opportunityCount);
        ScorecardResult byUnit = Engine.evaluate(RandomLogs.ADDITIVE_KPIS, RandomLogs.log(activities, opportunities),
                RandomLogs.MARCH_2026, Grouping.byOrgUnit(RandomLogs.ORG));

        for (OrgUnit unit : RandomLogs.ORG.units()) {
            Set<String> below = RandomLogs.ORG.repsBelow(unit.id()).stream().map(Rep::id).collect(Collectors.toSet());
            ActivityLog merged = RandomLogs.log(activities, opportunities, rep -> below.contains(rep) ? "union" : rep);
            ScorecardResult union = Engine.evaluate(RandomLogs.ADDITIVE_KPIS, merged, RandomLogs.MARCH_2026,
                    Grouping.byRep());
            if (union.scopes().contains(ScopeKey.of("union"))) {
                for (io.github.kpiengine.kpi.Kpi kpi : RandomLogs.EVERY_KPI.kpis()) {
                    // A unit's peers are its sibling units and its working hours count every rep of the
                    // tree below it; the union rep's peers are the other reps, and it is one rep.
                    if (!readsPeersOrHeadcount(kpi.expression())) {
                        assertThat(byUnit.result(ScopeKey.of(unit.id()), kpi)).as(kpi.id())
                                .isEqualTo(union.result(ScopeKey.of("union"), kpi));
                    }
                }
            }
        }
    }

    @Property(tries = 1000)
    void evaluate_unitWinRate_isSumOfNumeratorsOverSumOfDenominators(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 60) int opportunityCount) {
        ActivityLog log = RandomLogs.log(List.of(), RandomLogs.opportunities(seed, opportunityCount));
        ScorecardResult byRep = Engine.evaluate(RandomLogs.EVERY_KPI, log, RandomLogs.SPRING_2026, Grouping.byRep());
        ScorecardResult byUnit = Engine.evaluate(RandomLogs.EVERY_KPI, log, RandomLogs.SPRING_2026,
                Grouping.byOrgUnit(RandomLogs.ORG));

        for (OrgUnit unit : RandomLogs.ORG.units()) {
            BigDecimal numerator = BigDecimal.ZERO;
            BigDecimal denominator = BigDecimal.ZERO;
            for (Rep rep : RandomLogs.ORG.repsBelow(unit.id())) {
                if (byRep.scopes().contains(ScopeKey.of(rep.id()))
                        && byRep.result(ScopeKey.of(rep.id()), RandomLogs.WIN_RATE) instanceof KpiResult.Defined d) {
                    numerator = numerator.add(d.numerator().orElseThrow());
                    denominator = denominator.add(d.denominator().orElseThrow());
                }
            }
            KpiResult unitResult = byUnit.result(ScopeKey.of(unit.id()), RandomLogs.WIN_RATE);
            if (denominator.signum() == 0) {
                assertThat(unitResult).isInstanceOf(KpiResult.Undefined.class);
            } else {
                KpiResult.Defined d = (KpiResult.Defined) unitResult;
                assertThat(d.numerator().orElseThrow()).isEqualByComparingTo(numerator);
                assertThat(d.denominator().orElseThrow()).isEqualByComparingTo(denominator);
                assertThat(d.number()).isEqualByComparingTo(numerator.divide(denominator, KpiResult.SCALE, RoundingMode.HALF_EVEN));
            }
        }
    }
}
