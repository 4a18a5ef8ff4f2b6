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
import io.github.kpiengine.Stage;
import io.github.kpiengine.WorkCalendar;
import io.github.kpiengine.engine.ActivityLog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small organisation whose review every test can work out by hand: two units, five reps, a
 * five-stage pipeline.
 *
 * <pre>
 * company (head ann)
 *   north (head ann): ann, bob, cid
 *   south (head dee): dee, eve          eve has no history at all
 * lead → meeting → demo → proposal → negotiation → won | lost
 * </pre>
 *
 * <p>The mature cohorts (January and February 2026): every opportunity is created and enters lead on
 * 5 January, goes as far as its row says on the days after (meeting 6 Jan, demo 7 Jan, proposal 8 Jan,
 * negotiation 9 Jan), and is won on the rep's day or lost on 27 February:
 * <pre>
 *        leads meetings demos proposals negotiations won  amount      won on (cycle)
 * ann      20     16      12      6          4        2   EUR 10,000  4 Feb (30 days)
 * bob      10      6       6      3          3        3   EUR 30,000  19 Feb (45 days)
 * cid      10      8       6      3          2        1   EUR 12,000  25 Jan (20 days)
 * north    40     30      24     12          9        6               75 %, 80 %, 50 %, 75 %, 2/3
 * dee      20     10       6      3          3        2   EUR 20,000  14 Feb (40 days)
 * </pre>
 * The pace window is March (22 working days, 4.4 weeks). In it each rep opens new leads on 2 March,
 * some of which enter meeting on 3 March, all still open on 31 March; and makes every cold call:
 * <pre>
 *        leads meetings  calls booked
 * ann       6      4      100    20
 * bob       4      2       50    10
 * cid       4      3       50    10
 * dee       8      4      100    25
 * </pre>
 * The planned period is Q2 2026: 65 working days, 13 weeks.
 */
final class SmallTeam {

    static final Pipeline PIPELINE = Pipeline.of(Stage.open("lead", "Lead"), Stage.open("meeting", "First meeting"),
            Stage.open("demo", "Demo"), Stage.open("proposal", "Proposal"),
            Stage.open("negotiation", "Negotiation"));
    static final OrgTree ORG = OrgTree.builder()
            .root("company", "Company", "ann")
            .unit("north", "North", "company", "ann")
            .unit("south", "South", "company", "dee")
            .rep(Rep.of("ann", "Ann"), "north")
            .rep(Rep.of("bob", "Bob"), "north")
            .rep(Rep.of("cid", "Cid"), "north")
            .rep(Rep.of("dee", "Dee"), "south")
            .rep(Rep.of("eve", "Eve"), "south")
            .build();
    static final WorkCalendar CALENDAR = WorkCalendar.standard();
    static final SalesPeriod Q1 = SalesPeriod.ofQuarter(2026, 1);
    static final SalesPeriod JANUARY_FEBRUARY = SalesPeriod.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28));
    static final SalesPeriod MARCH = SalesPeriod.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
    static final SalesPeriod Q2 = SalesPeriod.ofQuarter(2026, 2);
    static final Map<String, Money> TARGETS = targets();

    private static final String[] STAGES = {"lead", "meeting", "demo", "proposal", "negotiation"};
    private static final LocalDate CREATED = LocalDate.of(2026, 1, 5);
    private static final LocalDate LOST = LocalDate.of(2026, 2, 27);

    private SmallTeam() {
    }

    private static Map<String, Money> targets() {
        Map<String, Money> targets = new LinkedHashMap<>();
        targets.put("ann", Money.of("EUR", 60_000));
        targets.put("bob", Money.of("EUR", 90_000));
        targets.put("cid", Money.of("EUR", 36_000));
        targets.put("dee", Money.of("EUR", 80_000));
        targets.put("eve", Money.of("EUR", 40_000));
        return targets;
    }

    static List<Opportunity> opportunities() {
        List<Opportunity> all = new ArrayList<>();
        cohort(all, "ann", new int[] {20, 16, 12, 6, 4}, 2, 10_000, LocalDate.of(2026, 2, 4));
        cohort(all, "bob", new int[] {10, 6, 6, 3, 3}, 3, 30_000, LocalDate.of(2026, 2, 19));
        cohort(all, "cid", new int[] {10, 8, 6, 3, 2}, 1, 12_000, LocalDate.of(2026, 1, 25));
        cohort(all, "dee", new int[] {20, 10, 6, 3, 3}, 2, 20_000, LocalDate.of(2026, 2, 14));
        march(all, "ann", 6, 4, 10_000);
        march(all, "bob", 4, 2, 30_000);
        march(all, "cid", 4, 3, 12_000);
        march(all, "dee", 8, 4, 20_000);
        return all;
    }

    static List<Activity> activities() {
        List<Activity> all = new ArrayList<>();
        calls(all, "ann", 100, 20);
        calls(all, "bob", 50, 10);
        calls(all, "cid", 50, 10);
        calls(all, "dee", 100, 25);
        return all;
    }

    static ActivityLog log() {
        ActivityLog log = ActivityLog.create();
        opportunities().forEach(log::append);
        activities().forEach(log::append);
        return log;
    }

    /** The review's input as the tests use it: the periods above, the targets, plans net of the pipeline in hand. */
    static ReviewInput.Builder input() {
        return input(log());
    }

    /** The review's input as {@link #input()} has it, over the given log. */
    static ReviewInput.Builder input(ActivityLog log) {
        return ReviewInput.builder(log, ORG, PIPELINE, CALENDAR)
                .reviewed(Q1).planned(Q2).matureCohorts(JANUARY_FEBRUARY).paceWindow(MARCH)
                .opportunityStage("meeting")
                .targets(ReviewTargets.perRep(TARGETS))
                .openOpportunities(opportunities()).netOfPipelineInHand(true);
    }

    /** {@code reached[i]} opportunities reach stage i; the first {@code won} are won, the others lost. */
    private static void cohort(List<Opportunity> all, String rep, int[] reached, int won, long amount, LocalDate wonOn) {
        for (int n = 0; n < reached[0]; n++) {
            Opportunity.Builder builder = Opportunity.builder(rep + "-" + n, rep, PIPELINE).account(rep + "-acct-" + n)
                    .created(CREATED).amount(Money.of("EUR", amount));
            for (int s = 0; s < STAGES.length && n < reached[s]; s++) {
                builder.enter(STAGES[s], CREATED.plusDays(s));
            }
            all.add((n < won ? builder.won(wonOn) : builder.lost(LOST)).build());
        }
    }

    /** New leads on 2 March, the first {@code meetings} of them entering meeting on 3 March; all open. */
    private static void march(List<Opportunity> all, String rep, int leads, int meetings, long amount) {
        LocalDate second = LocalDate.of(2026, 3, 2);
        for (int n = 0; n < leads; n++) {
            Opportunity.Builder builder = Opportunity.builder(rep + "-m" + n, rep, PIPELINE)
                    .account(rep + "-new-" + n).created(second).amount(Money.of("EUR", amount)).enter("lead", second);
            if (n < meetings) {
                builder.enter("meeting", second.plusDays(1));
            }
            all.add(builder.build());
        }
    }

    /** Cold calls on the working days of March, the first {@code booked} of them booking a lead. */
    private static void calls(List<Activity> all, String rep, int calls, int booked) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = MARCH.start(); !day.isAfter(MARCH.end()); day = day.plusDays(1)) {
            if (CALENDAR.isWorkingDay(day)) {
                days.add(day);
            }
        }
        for (int n = 0; n < calls; n++) {
            all.add(Activity.builder(rep, ActivityType.COLD_CALL, days.get(n % days.size()))
                    .outcome(n < booked ? Outcome.ADVANCED : Outcome.NONE).build());
        }
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
