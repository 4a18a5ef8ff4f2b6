package io.github.kpiengine.benchmarks;

import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.Rep;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.engine.ActivityLog;
import io.github.kpiengine.review.ReviewInput;
import io.github.kpiengine.review.ReviewTargets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded data for the review benchmark: the activities of {@link SalesData} (the engine benchmarks'
 * own) and, instead of its opportunities, one opportunity per 20 activities that goes through the
 * pipeline's stages (lead, then first appointment 70 % of the time, then proposal 60 %), created over
 * 2026 and won (45 % of the proposals), lost or still open within 90 days; and an organisation of
 * teams of ten reps in departments of ten teams. The same size and seed always give the same data.
 */
final class ReviewData {

    /** The period reviewed. */
    static final SalesPeriod REVIEWED = SalesData.PERIOD;
    /** The period planned: the quarter after it. */
    static final SalesPeriod PLANNED = SalesPeriod.ofQuarter(2027, 1);

    private static final int TEAM = 10;
    private static final int ACTIVITIES_PER_OPPORTUNITY = 20;

    final ActivityLog log;
    final OrgTree org;
    final List<Opportunity> opportunities;

    private ReviewData(ActivityLog log, OrgTree org, List<Opportunity> opportunities) {
        this.log = log;
        this.org = org;
        this.opportunities = opportunities;
    }

    static ReviewData generate(int activities, int reps) {
        SalesData data = SalesData.generate(activities, reps);
        SplittableRandom random = new SplittableRandom(SalesData.SEED ^ 0x7265_7669_6577L);
        List<Opportunity> opportunities = new ArrayList<>();
        ActivityLog log = ActivityLog.create(activities);
        int start = (int) REVIEWED.start().toEpochDay();
        for (int i = 0; i < activities / ACTIVITIES_PER_OPPORTUNITY; i++) {
            String rep = data.repIds[random.nextInt(reps)];
            LocalDate day = LocalDate.ofEpochDay(start + random.nextInt(365));
            Opportunity.Builder builder = Opportunity.builder("opp" + i, rep, SalesData.PIPELINE)
                    .account("acct" + random.nextInt(reps * 40)).created(day)
                    .amount(Money.of(SalesData.EUR, BigDecimal.valueOf(random.nextLong(50_000, 5_000_001), 2)))
                    .enter("lead", day);
            boolean proposal = false;
            if (random.nextInt(100) < 70) {
                day = day.plusDays(random.nextInt(10));
                builder.enter("first_appointment", day);
                if (random.nextInt(100) < 60) {
                    day = day.plusDays(random.nextInt(20));
                    builder.enter("proposal", day);
                    proposal = true;
                }
            }
            LocalDate close = day.plusDays(random.nextInt(60));
            int roll = random.nextInt(100);
            if (roll < 80) {
                if (proposal && roll < 45) {
                    builder.won(close);
                } else {
                    builder.lost(close);
                }
            }
            Opportunity opportunity = builder.build();
            opportunities.add(opportunity);
            log.append(opportunity);
        }
        for (int i = 0; i < activities; i++) {
            log.append(data.activity(i));
        }
        return new ReviewData(log.trimToSize(), organisation(data.repIds), opportunities);
    }

    /** Teams of ten reps, departments of ten teams, one company; each unit headed by its first rep. */
    private static OrgTree organisation(String[] reps) {
        OrgTree.Builder tree = OrgTree.builder().root("company", "Company", reps[0]);
        for (int r = 0; r < reps.length; r++) {
            int team = r / TEAM;
            int department = team / TEAM;
            if (r % (TEAM * TEAM) == 0) {
                tree.unit("d" + department, "Department " + department, "company", reps[r]);
            }
            if (r % TEAM == 0) {
                tree.unit("t" + team, "Team " + team, "d" + department, reps[r]);
            }
            tree.rep(Rep.of(reps[r], reps[r]), "t" + team);
        }
        return tree.build();
    }

    /** The review of the year and the next quarter, every rep at EUR 300,000, the pipeline in hand counted. */
    ReviewInput input() {
        Map<String, Money> targets = new LinkedHashMap<>();
        org.reps().forEach(rep -> targets.put(rep.id(), Money.of("EUR", 300_000)));
        return ReviewInput.builder(log, org, SalesData.PIPELINE, SalesData.CALENDAR)
                .reviewed(REVIEWED).planned(PLANNED).opportunityStage("first_appointment")
                .targets(ReviewTargets.perRep(targets)).openOpportunities(opportunities).build();
    }
}
