package io.github.kpiengine.review;

import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Rep;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.ActivityLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random teams for the review's properties: a company of two units of one to four reps each,
 * a three-stage pipeline, a quarter of opportunities and calls, and a target for each rep. A rep
 * may have no history at all.
 */
final class RandomTeams {

    static final Pipeline PIPELINE = Pipeline.of("lead", "meeting", "proposal");
    static final SalesPeriod Q1 = SalesPeriod.ofQuarter(2026, 1);
    static final SalesPeriod Q2 = SalesPeriod.ofQuarter(2026, 2);
    static final WorkCalendar CALENDAR = WorkCalendar.standard();
    private static final String[] STAGES = {"lead", "meeting", "proposal"};

    final OrgTree org;
    final ActivityLog log = ActivityLog.create();
    final List<Opportunity> opportunities = new ArrayList<>();
    final Map<String, Money> targets = new LinkedHashMap<>();

    private RandomTeams(long seed, boolean newcomer) {
        Random random = new Random(seed);
        OrgTree.Builder tree = OrgTree.builder().root("company", "Company", "r0").unit("u0", "Unit 0", "company", "r0");
        List<String> reps = new ArrayList<>();
        int first = 1 + random.nextInt(4);
        int second = 1 + random.nextInt(4);
        tree.unit("u1", "Unit 1", "company", "r" + first);
        for (int r = 0; r < first + second; r++) {
            String id = "r" + r;
            reps.add(id);
            tree.rep(Rep.of(id, "Rep " + r), r < first ? "u0" : "u1");
        }
        if (newcomer) {
            tree.rep(Rep.of("newbie", "Newbie"), "u0");
            targets.put("newbie", Money.of("EUR", 1_000 + random.nextInt(100_000)));
        }
        org = tree.build();
        int n = 0;
        for (String rep : reps) {
            targets.put(rep, Money.of("EUR", random.nextInt(100_000)));
            if (random.nextInt(6) == 0) {
                continue;
            }
            double[] pass = {0.3 + 0.6 * random.nextDouble(), 0.3 + 0.6 * random.nextDouble(),
                0.2 + 0.7 * random.nextDouble()};
            long amount = 1_000 + random.nextInt(50_000);
            for (int o = random.nextInt(25); o > 0; o--) {
                LocalDate day = Q1.start().plusDays(random.nextInt(85));
                Opportunity.Builder builder = Opportunity.builder("o" + n++, rep, PIPELINE).account("a" + random.nextInt(30))
                        .created(day).amount(Money.of("EUR", BigDecimal.valueOf(amount + random.nextInt(1_000))));
                int reached = 0;
                builder.enter(STAGES[0], day);
                while (reached + 1 < STAGES.length && random.nextDouble() < pass[reached]) {
                    day = day.plusDays(random.nextInt(4));
                    builder.enter(STAGES[++reached], day);
                }
                LocalDate close = day.plusDays(random.nextInt(30));
                if (!close.isAfter(Q1.end()) || random.nextBoolean()) {
                    if (reached == STAGES.length - 1 && random.nextDouble() < pass[2]) {
                        builder.won(close);
                    } else if (random.nextInt(3) > 0) {
                        builder.lost(close);
                    }
                }
                Opportunity opportunity = builder.build();
                opportunities.add(opportunity);
                log.append(opportunity);
            }
            for (int c = random.nextInt(40); c > 0; c--) {
                log.append(Activity.builder(rep, ActivityType.COLD_CALL, Q1.start().plusDays(random.nextInt(90)))
                        .outcome(random.nextInt(5) == 0 ? Outcome.ADVANCED : Outcome.NONE).build());
            }
        }
    }

    static RandomTeams of(long seed) {
        return new RandomTeams(seed, false);
    }

    /** The same team with a rep in unit u0 who has no history at all. */
    static RandomTeams withNewcomer(long seed) {
        return new RandomTeams(seed, true);
    }

    ReviewInput.Builder input() {
        return ReviewInput.builder(log, org, PIPELINE, CALENDAR).reviewed(Q1).planned(Q2)
                .targets(ReviewTargets.perRep(targets)).openOpportunities(opportunities);
    }
}
