package io.github.kpiengine.engine;

import io.github.kpiengine.AccountWallet;
import io.github.kpiengine.Activity;
import io.github.kpiengine.ActivityType;
import io.github.kpiengine.Money;
import io.github.kpiengine.Opportunity;
import io.github.kpiengine.OrgTree;
import io.github.kpiengine.Outcome;
import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.Pipeline;
import io.github.kpiengine.Rep;
import io.github.kpiengine.Source;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.kpi.Condition;
import io.github.kpiengine.kpi.Kpi;
import io.github.kpiengine.kpi.KpiExpression;
import io.github.kpiengine.kpi.Kpis;
import io.github.kpiengine.kpi.Statistic;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Seeded random logs, a scorecard of every catalogue entry, and an org tree over their reps. */
final class RandomLogs {

    static final Pipeline SALES = Pipeline.of("lead", "first_appointment", "proposal");
    static final SalesPeriod MARCH_2026 = SalesPeriod.ofMonth(YearMonth.of(2026, 3));
    static final int REPS = 6;
    static final Kpi COLD_CALLS = Kpis.activityCount(ActivityType.COLD_CALL);
    static final Kpi WIN_RATE = Kpis.winRate();
    static final Scorecard EVERY_KPI = Scorecard.of(COLD_CALLS,
            Kpis.activityCount(ActivityType.PROPOSAL, Outcome.ORDER_COMMITMENT),
            Kpis.totalHours(ActivityType.SOCIAL_SELLING), WIN_RATE, Kpis.averageRevenuePerSale(),
            Kpis.meanSalesCycleDays(), Kpis.newAccountsWon(),
            Kpis.stageConversion(SALES, "lead", "first_appointment"),
            Kpis.stageConversion(SALES, "first_appointment", "won"),
            Kpis.ratio(Kpis.activityCount(ActivityType.PROPOSAL), COLD_CALLS),
            Kpis.salesCycleDays(Statistic.MEDIAN),
            Kpis.salesCycleDays(Statistic.MEAN, SALES, "first_appointment"),
            Kpis.salesCycleDays(Statistic.MEDIAN, SALES, "first_appointment"),
            Kpis.stageConversion(SALES, "lead", "proposal", KpiExpression.StageConversion.Basis.FLOW,
                    KpiExpression.StageConversion.Reach.EVENTUAL),
            Kpis.stageConversion(SALES, "lead", "first_appointment", KpiExpression.StageConversion.Basis.COHORT,
                    KpiExpression.StageConversion.Reach.DIRECT),
            Kpis.salesVelocity(),
            Kpis.pipelineCoverage(Money.of("EUR", 100_000)),
            Kpis.referralShareOfNewClients(),
            Kpis.where(Kpis.winRate(), Condition.sourceIn(Source.INBOUND)),
            Kpis.where(COLD_CALLS, Condition.attribute("segment", "smb")),
            Kpis.productiveVisitRate(ActivityType.COLD_CALL, ActivityType.PROPOSAL),
            Kpis.perWeek(COLD_CALLS, WorkCalendar.standard()),
            Kpis.attainment(COLD_CALLS, BigDecimal.TEN),
            Kpis.previousPeriod(Kpis.averageRevenuePerSale()),
            Kpis.changeFromPreviousPeriod(COLD_CALLS),
            Kpis.wonRevenue(), Kpis.dealsWon(), Kpis.dealsLost(), Kpis.opportunitiesOpened(),
            Kpis.openPipelineValue(), Kpis.shareOfWallet(), Kpis.workingHours(WorkCalendar.standard()),
            Kpis.sum(COLD_CALLS, Kpis.activityCount(ActivityType.PROPOSAL)),
            Kpis.scaled(Kpis.wonRevenue(), new BigDecimal("0.1")),
            Kpis.difference(Kpis.wonRevenue(), Kpis.openPipelineValue()),
            Kpis.gapToTarget(COLD_CALLS, BigDecimal.valueOf(12)),
            Kpis.peerGap(Kpis.winRate()), Kpis.peerRank(COLD_CALLS),
            Kpis.where(COLD_CALLS, Condition.existingClient()),
            Kpis.where(Kpis.totalHours(ActivityType.SOCIAL_SELLING), Condition.prospect()),
            Kpis.where(Kpis.where(COLD_CALLS, Condition.prospect()), Condition.attribute("segment", "smb")),
            Kpis.where(Kpis.shareOfWallet(), Condition.referral()),
            Kpis.previousPeriod(Kpis.salesCycleDays(Statistic.MEDIAN)),
            Kpis.previousPeriod(Kpis.openPipelineValue()),
            Kpis.peerGap(Kpis.wonRevenue()),
            Kpis.scaled(Kpis.dealsWon(), new BigDecimal("2.5")),
            Kpis.perWorkingDay(Kpis.wonRevenue(), WorkCalendar.standard()),
            Kpis.sellingTimeShare(WorkCalendar.standard(), ActivityType.SOCIAL_SELLING),
            Kpis.gapToTarget(Kpis.winRate(), new BigDecimal("0.5")),
            Kpis.dealsLost().named("deals_lost_judged", "Deals lost, judged")
                    .withTarget(io.github.kpiengine.kpi.Target.of(BigDecimal.TEN, BigDecimal.valueOf(20), 3)),
            Kpis.where(Kpis.opportunitiesOpened(), Condition.referral()));
    /**
     * The KPIs of {@link #EVERY_KPI} whose figure for a set of reps is that of one rep doing all
     * they did: none reads working hours (which count the reps) or peers.
     */
    /**
     * Counts that one rule each counts (cold calls, social selling), a type with several rules
     * (proposals), and a look-back: the scan counts the first two in counters of its own.
     */
    static final Scorecard COUNTS = Scorecard.of(COLD_CALLS, Kpis.activityCount(ActivityType.SOCIAL_SELLING),
            Kpis.activityCount(ActivityType.PROPOSAL), Kpis.activityCount(ActivityType.PROPOSAL, Outcome.ORDER_COMMITMENT),
            Kpis.changeFromPreviousPeriod(COLD_CALLS));
    /**
     * Deals won, lost and their revenue under rules with and without source filters, the first rule
     * of a kind filtered and a later one not: the scan counts the first unfiltered rule of each kind
     * in tallies of its own and the rest one deal at a time.
     */
    static final Scorecard DEALS = Scorecard.of(Kpis.where(Kpis.dealsWon(), Condition.referral()), Kpis.dealsWon(),
            Kpis.where(Kpis.wonRevenue(), Condition.sourceIn(Source.INBOUND)), Kpis.winRate(), Kpis.wonRevenue(),
            Kpis.dealsLost(), Kpis.averageRevenuePerSale(), Kpis.where(Kpis.dealsLost(), Condition.referral()));
    /** Deals won alone in the tallies (lost deals under a filter): the tallies need a spare column. */
    static final Scorecard WINS = Scorecard.of(Kpis.dealsWon(), Kpis.where(Kpis.dealsLost(), Condition.referral()));
    static final Scorecard ADDITIVE_KPIS = new Scorecard(EVERY_KPI.kpis().stream()
            .filter(kpi -> !reads(kpi.expression(), KpiExpression.WorkingHours.class, KpiExpression.PeerGap.class,
                    KpiExpression.PeerRank.class))
            .toList());

    private static boolean reads(KpiExpression expression, Class<?>... kinds) {
        for (Class<?> kind : kinds) {
            if (kind.isInstance(expression)) {
                return true;
            }
        }
        return expression.children().stream().anyMatch(child -> reads(child, kinds));
    }

    static final OrgTree ORG = OrgTree.builder()
            .root("company", "Company", "rep0")
            .unit("north", "North", "company", "rep1")
            .unit("north_east", "North-East", "north", "rep2")
            .unit("south", "South", "company", "rep4")
            .rep(Rep.of("rep0", "Rep 0"), "company")
            .rep(Rep.of("rep1", "Rep 1"), "north")
            .rep(Rep.of("rep2", "Rep 2"), "north_east")
            .rep(Rep.of("rep3", "Rep 3"), "north_east")
            .rep(Rep.of("rep4", "Rep 4"), "south")
            .rep(Rep.of("rep5", "Rep 5"), "south")
            .build();

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 2, 1);
    private static final List<ActivityType> TYPES =
            List.of(ActivityType.COLD_CALL, ActivityType.PROPOSAL, ActivityType.SOCIAL_SELLING);

    private RandomLogs() {
    }

    /** Two months and a half, so that month and quarter groupings have several buckets. */
    static final SalesPeriod SPRING_2026 = SalesPeriod.of(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 4, 20));

    static Grouping grouping(int choice) {
        switch (Math.floorMod(choice, 5)) {
            case 0:
                return Grouping.byRep();
            case 1:
                return Grouping.byRepAndWeek(WorkCalendar.standard());
            case 2:
                return Grouping.byRepAndMonth();
            case 3:
                return Grouping.byRepAndQuarter();
            default:
                return Grouping.byOrgUnit(ORG);
        }
    }

    static SalesPeriod period(int choice) {
        return Math.floorMod(choice, 2) == 0 ? MARCH_2026 : SPRING_2026;
    }

    static List<AccountWallet> wallets(long seed) {
        Random random = new Random(seed ^ 0x2545F491L);
        List<AccountWallet> wallets = new ArrayList<>();
        for (int a = 0; a < 8; a++) {
            if (random.nextInt(3) > 0) {
                wallets.add(new AccountWallet("account" + a, "rep" + random.nextInt(REPS + 1),
                        Money.of("EUR", BigDecimal.valueOf(1 + random.nextInt(90_000_000), 2))));
            }
        }
        return wallets;
    }

    static List<Activity> activities(long seed, int count) {
        return activities(seed, count, TYPES, random -> FIRST_DAY.plusDays(random.nextInt(89)));
    }

    /** Activities of the given types on the days {@code day} draws; rep ids are new strings each time. */
    static List<Activity> activities(long seed, int count, List<ActivityType> types, Function<Random, LocalDate> day) {
        Random random = new Random(seed);
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ActivityType type = types.get(random.nextInt(types.size()));
            Activity.Builder builder = Activity.builder("rep" + random.nextInt(REPS), type, day.apply(random))
                    .outcome(Outcome.values()[random.nextInt(Outcome.values().length)]);
            if (type.isTimed()) {
                builder.duration(Duration.ofMinutes(1 + random.nextInt(180)));
            }
            if (random.nextInt(3) == 0) {
                builder.attribute("segment", random.nextBoolean() ? "smb" : "enterprise");
            }
            if (random.nextInt(4) > 0) {
                builder.account("account" + random.nextInt(8));
            }
            activities.add(builder.build());
        }
        return activities;
    }

    static List<Opportunity> opportunities(long seed, int count) {
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<String> open = List.of("lead", "first_appointment", "proposal");
        List<Opportunity> opportunities = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(80));
            Opportunity.Builder builder = Opportunity.builder("opp-" + i, "rep" + random.nextInt(REPS), SALES)
                    .account("account" + random.nextInt(8))
                    .source(Source.standard().get(random.nextInt(Source.standard().size())))
                    .amount(Money.of("EUR", BigDecimal.valueOf(random.nextInt(5_000_000), 2)));
            if (random.nextInt(10) == 0) {
                builder.created(day.minusDays(random.nextInt(60)));
            }
            int moves = 1 + random.nextInt(4);
            for (int m = 0; m < moves; m++) {
                builder.enter(open.get(random.nextInt(open.size())), day);
                day = day.plusDays(random.nextInt(6));
            }
            int end = random.nextInt(3);
            if (end == 1) {
                builder.won(day);
            } else if (end == 2) {
                builder.lost(day);
            }
            opportunities.add(builder.build());
        }
        return opportunities;
    }

    static ActivityLog log(List<Activity> activities, List<Opportunity> opportunities) {
        ActivityLog log = ActivityLog.create();
        activities.forEach(log::append);
        opportunities.forEach(log::append);
        return log;
    }

    static ActivityLog log(List<Activity> activities, List<Opportunity> opportunities, List<AccountWallet> wallets) {
        ActivityLog log = log(activities, opportunities);
        wallets.forEach(log::append);
        return log;
    }

    static ActivityLog log(List<Activity> activities, List<Opportunity> opportunities, UnaryOperator<String> rep) {
        ActivityLog log = ActivityLog.create();
        for (Activity a : activities) {
            log.append(new Activity(rep.apply(a.repId()), a.type(), a.date(), a.account(), a.opportunity(),
                    a.duration(), a.outcome(), a.attributes()));
        }
        for (Opportunity o : opportunities) {
            log.append(new Opportunity(o.id(), rep.apply(o.ownerId()), o.accountId(), o.source(), o.created(),
                    o.pipeline(), o.history(), o.amount(), o.result(), o.closeDate()));
        }
        return log;
    }
}
