package io.github.kpiengine.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.AccountWallet;
import io.github.kpiengine.Activity;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiExpression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ScorecardAccumulatorPropertiesTest {

    @Test
    void everyKpi_coversEveryExpressionAndConditionKind() {
        Set<Class<?>> kinds = new HashSet<>();
        Set<Class<?>> conditions = new HashSet<>();
        Set<KpiExpression> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Kpi kpi : RandomLogs.EVERY_KPI.kpis()) {
            walk(kpi.expression(), kinds, conditions, seen);
        }

        assertThat(kinds).containsExactlyInAnyOrder(KpiExpression.class.getPermittedSubclasses());
        assertThat(conditions).containsExactlyInAnyOrder(Condition.class.getPermittedSubclasses());
    }

    private static void walk(KpiExpression expression, Set<Class<?>> kinds, Set<Class<?>> conditions,
            Set<KpiExpression> seen) {
        if (!seen.add(expression)) {
            return;
        }
        kinds.add(expression.getClass());
        if (expression instanceof KpiExpression.Where where) {
            conditions.add(where.condition().getClass());
        }
        expression.children().forEach(child -> walk(child, kinds, conditions, seen));
    }

    @Property(tries = 1000)
    void anySplit_encodedDecodedAndMergedInAnyOrder_equalsEvaluatingTheWholeLog(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 150) int activityCount,
            @ForAll @IntRange(min = 0, max = 40) int opportunityCount,
            @ForAll @IntRange(min = 1, max = 5) int partCount,
            @ForAll @IntRange(min = 0, max = 9) int groupingChoice,
            @ForAll long splitSeed) {
        List<Activity> activities = RandomLogs.activities(seed, activityCount);
        List<Opportunity> opportunities = RandomLogs.opportunities(seed, opportunityCount);
        List<AccountWallet> wallets = RandomLogs.wallets(seed);
        Grouping grouping = RandomLogs.grouping(groupingChoice);
        SalesPeriod period = RandomLogs.period(groupingChoice / 5);
        ScorecardResult whole = Engine.evaluate(RandomLogs.EVERY_KPI,
                RandomLogs.log(activities, opportunities, wallets), period, grouping);
        CompiledScorecard compiled = CompiledScorecard.of(RandomLogs.EVERY_KPI, period, grouping);

        Random random = new Random(splitSeed);
        List<List<Object>> parts = new ArrayList<>();
        for (int p = 0; p < partCount; p++) {
            parts.add(new ArrayList<>());
        }
        List<Object> everything = new ArrayList<>();
        everything.addAll(activities);
        everything.addAll(opportunities);
        everything.addAll(wallets);
        Collections.shuffle(everything, random);
        for (Object item : everything) {
            parts.get(random.nextInt(partCount)).add(item);
        }
        List<ScorecardAccumulator> accumulators = new ArrayList<>();
        for (List<Object> part : parts) {
            ScorecardAccumulator accumulator = random.nextBoolean() ? byObjects(compiled, part) : byLog(compiled, part);
            accumulators.add(compiled.decode(accumulator.toByteArray()));
        }
        while (accumulators.size() > 1) {
            ScorecardAccumulator into = accumulators.remove(random.nextInt(accumulators.size()));
            ScorecardAccumulator from = accumulators.remove(random.nextInt(accumulators.size()));
            accumulators.add(into.merge(from));
        }

        assertThat(accumulators.get(0).result()).isEqualTo(whole);
    }

    @Property(tries = 1000)
    void evaluate_inParallel_equalsOneThread(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 300) int activityCount,
            @ForAll @IntRange(min = 0, max = 60) int opportunityCount,
            @ForAll @IntRange(min = 1, max = 8) int parallelism,
            @ForAll @IntRange(min = 0, max = 9) int groupingChoice) {
        ActivityLog log = RandomLogs.log(RandomLogs.activities(seed, activityCount),
                RandomLogs.opportunities(seed, opportunityCount), RandomLogs.wallets(seed));
        Grouping grouping = RandomLogs.grouping(groupingChoice);
        SalesPeriod period = RandomLogs.period(groupingChoice / 5);

        ScorecardResult sequential = Engine.evaluate(RandomLogs.EVERY_KPI, log, period, grouping);

        assertThat(Engine.evaluate(RandomLogs.EVERY_KPI, log, period, grouping, parallelism)).isEqualTo(sequential);
        assertThat(CompiledScorecard.of(RandomLogs.EVERY_KPI, period, grouping).newAccumulator().addAll(log).result())
                .isEqualTo(sequential);
    }

    @Test
    void evaluate_inAPoolOfThreeThreads_equalsOneThread() {
        ActivityLog log = RandomLogs.log(RandomLogs.activities(7, 5_000), RandomLogs.opportunities(7, 400),
                RandomLogs.wallets(7));
        ForkJoinPool pool = new ForkJoinPool(3);
        try {
            for (int choice = 0; choice < 10; choice++) {
                Grouping grouping = RandomLogs.grouping(choice);
                SalesPeriod period = RandomLogs.period(choice / 5);
                assertThat(Engine.evaluate(RandomLogs.EVERY_KPI, log, period, grouping, pool))
                        .isEqualTo(Engine.evaluate(RandomLogs.EVERY_KPI, log, period, grouping));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void eightThreads_eachAddingToItsOwnAccumulator_mergeToTheSequentialFigures() throws InterruptedException {
        List<Activity> activities = RandomLogs.activities(11, 40_000);
        List<Opportunity> opportunities = RandomLogs.opportunities(11, 2_000);
        List<AccountWallet> wallets = RandomLogs.wallets(11);
        for (int choice = 0; choice < 10; choice += 3) {
            Grouping grouping = RandomLogs.grouping(choice);
            SalesPeriod period = RandomLogs.period(choice / 5);
            CompiledScorecard compiled = CompiledScorecard.of(RandomLogs.EVERY_KPI, period, grouping);
            ScorecardAccumulator[] own = new ScorecardAccumulator[8];
            Thread[] threads = new Thread[8];
            for (int t = 0; t < 8; t++) {
                int stripe = t;
                own[t] = compiled.newAccumulator();
                threads[t] = new Thread(() -> {
                    for (int i = stripe; i < activities.size(); i += 8) {
                        own[stripe].add(activities.get(i));
                    }
                    for (int i = stripe; i < opportunities.size(); i += 8) {
                        own[stripe].add(opportunities.get(i));
                    }
                    for (int i = stripe; i < wallets.size(); i += 8) {
                        own[stripe].add(wallets.get(i));
                    }
                });
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            ScorecardAccumulator merged = compiled.newAccumulator();
            for (int t = 7; t >= 0; t--) {
                merged.merge(own[t]);
            }

            assertThat(merged.result()).isEqualTo(Engine.evaluate(RandomLogs.EVERY_KPI,
                    RandomLogs.log(activities, opportunities, wallets), period, grouping));
        }
    }

    private static ScorecardAccumulator byObjects(CompiledScorecard compiled, List<Object> items) {
        ScorecardAccumulator accumulator = compiled.newAccumulator();
        for (Object item : items) {
            if (item instanceof Activity activity) {
                accumulator.add(activity);
            } else if (item instanceof Opportunity opportunity) {
                accumulator.add(opportunity);
            } else {
                accumulator.add((AccountWallet) item);
            }
        }
        return accumulator;
    }

    private static ScorecardAccumulator byLog(CompiledScorecard compiled, List<Object> items) {
        ActivityLog log = ActivityLog.create();
        for (Object item : items) {
            if (item instanceof Activity activity) {
                log.append(activity);
            } else if (item instanceof Opportunity opportunity) {
                log.append(opportunity);
            } else {
                log.append((AccountWallet) item);
            }
        }
        return compiled.newAccumulator().addAll(log);
    }
}
