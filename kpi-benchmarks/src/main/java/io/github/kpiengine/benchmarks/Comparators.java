package io.github.kpiengine.benchmarks;

import io.github.kpiengine.benchmarks.SalesData.ActivityRecord;
import io.github.kpiengine.benchmarks.SalesData.OpportunityRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.Collector;
import java.util.stream.Collectors;

/**
 * What a user would write instead of the engine to get the benchmark scorecard's parts per rep and
 * week: a hand-written loop over primitive columns (the practical limit) and Java Streams
 * {@code groupingBy} over plain records. DuckDB is in {@link DuckDbComparator}.
 */
public final class Comparators {

    private static final byte[] SLOT_OF_TYPE = slotOfType();

    private Comparators() {
    }

    /**
     * Computes the parts with one pass over the activity columns and one over the opportunity columns.
     *
     * @param data the data
     * @param start the first day of the period, an epoch day
     * @param end the last day of the period, an epoch day
     * @param weekOrigin the epoch day that starts the period's first week
     * @return the parts
     */
    public static Figures handLoop(SalesData data, int start, int end, int weekOrigin) {
        Figures figures = new Figures(data.repIds.length);
        handLoop(data, start, end, weekOrigin, 0, data.activityCount, 0, data.opportunityCount, figures.parts());
        return figures;
    }

    /**
     * Computes the parts with the hand-written loop on two threads, the way a Java developer would
     * split it: the first half of each column on the calling thread, the second on a thread of the
     * common {@link ForkJoinPool}, each into parts of its own, then the two added. What the
     * machine gives a loop with nothing but the scan in it when a second core joins: the yardstick
     * for the engine's own two threads.
     *
     * @param data the data
     * @param start the first day of the period, an epoch day
     * @param end the last day of the period, an epoch day
     * @param weekOrigin the epoch day that starts the period's first week
     * @return the parts
     */
    public static Figures handLoopTwoThreads(SalesData data, int start, int end, int weekOrigin) {
        int activities = data.activityCount / 2;
        int opportunities = data.opportunityCount / 2;
        ForkJoinTask<Figures> second = ForkJoinTask.adapt(() -> {
            Figures half = new Figures(data.repIds.length);
            handLoop(data, start, end, weekOrigin, activities, data.activityCount, opportunities,
                    data.opportunityCount, half.parts());
            return half;
        }).fork();
        Figures figures = new Figures(data.repIds.length);
        handLoop(data, start, end, weekOrigin, 0, activities, 0, opportunities, figures.parts());
        long[] p = figures.parts();
        long[] q = second.join().parts();
        for (int i = 0; i < p.length; i++) {
            p[i] += q[i];
        }
        return figures;
    }

    private static void handLoop(SalesData data, int start, int end, int weekOrigin, int activityFrom,
            int activityTo, int opportunityFrom, int opportunityTo, long[] p) {
        int weeks = SalesData.WEEKS;
        int width = Figures.WIDTH;
        byte[] slotOfType = SLOT_OF_TYPE;
        int[] rep = data.activityRep;
        byte[] type = data.activityType;
        int[] day = data.activityDay;
        for (int i = activityFrom; i < activityTo; i++) {
            int d = day[i];
            int slot = slotOfType[type[i]];
            if (d < start || d > end || slot < 0) {
                continue;
            }
            p[(rep[i] * weeks + (d - weekOrigin) / 7) * width + slot]++;
        }
        int[] owner = data.opportunityRep;
        int[] close = data.opportunityClose;
        byte[] result = data.opportunityResult;
        long[] cents = data.opportunityCents;
        for (int i = opportunityFrom; i < opportunityTo; i++) {
            int d = close[i];
            if (d < start || d > end) {
                continue;
            }
            int base = (owner[i] * weeks + (d - weekOrigin) / 7) * width;
            if (result[i] == SalesData.WON) {
                p[base + Figures.WON]++;
                p[base + Figures.REVENUE_CENTS] += cents[i];
            } else if (result[i] == SalesData.LOST) {
                p[base + Figures.LOST]++;
            }
        }
    }

    /**
     * Computes the parts the way a Java developer would over CRM records: filter to the period,
     * {@code groupingBy} rep and week start, a tallying collector.
     *
     * @param activities the activity records
     * @param opportunities the opportunity records
     * @param start the first day of the period
     * @param end the last day of the period
     * @return the tallies of every rep and week that has any
     */
    public static Map<RepWeek, Tally> streams(List<ActivityRecord> activities, List<OpportunityRecord> opportunities,
            LocalDate start, LocalDate end) {
        Map<RepWeek, Tally> tallies = activities.stream()
                .filter(a -> !a.date().isBefore(start) && !a.date().isAfter(end))
                .collect(Collectors.groupingBy(a -> new RepWeek(a.repId(), weekStart(a.date(), start)),
                        Collector.of(Tally::new, Tally::addActivity, Tally::merge)));
        Map<RepWeek, Tally> deals = opportunities.stream()
                .filter(o -> o.closeDate() != null && !o.closeDate().isBefore(start) && !o.closeDate().isAfter(end))
                .collect(Collectors.groupingBy(o -> new RepWeek(o.ownerId(), weekStart(o.closeDate(), start)),
                        Collector.of(Tally::new, Tally::addOpportunity, Tally::merge)));
        deals.forEach((scope, tally) -> tallies.merge(scope, tally, Tally::merge));
        return tallies;
    }

    /**
     * Turns the tallies of {@link #streams} into figures indexed like the hand loop's.
     *
     * @param data the data whose rep ids the tallies use
     * @param tallies the tallies
     * @return the figures
     */
    public static Figures toFigures(SalesData data, Map<RepWeek, Tally> tallies) {
        Map<String, Integer> repCodes = new HashMap<>();
        for (int r = 0; r < data.repIds.length; r++) {
            repCodes.put(data.repIds[r], r);
        }
        LocalDate origin = LocalDate.ofEpochDay(SalesData.WEEK_ORIGIN);
        Figures figures = new Figures(data.repIds.length);
        tallies.forEach((scope, tally) -> {
            int rep = repCodes.get(scope.repId());
            int week = (int) (scope.weekStart().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .toEpochDay() - origin.toEpochDay()) / 7;
            figures.add(rep, week, Figures.FIRST_APPOINTMENTS, tally.firstAppointments);
            figures.add(rep, week, Figures.PROPOSALS, tally.proposals);
            figures.add(rep, week, Figures.COLD_CALLS, tally.coldCalls);
            figures.add(rep, week, Figures.WON, tally.won);
            figures.add(rep, week, Figures.LOST, tally.lost);
            figures.add(rep, week, Figures.REVENUE_CENTS, tally.revenueCents);
        });
        return figures;
    }

    private static LocalDate weekStart(LocalDate date, LocalDate periodStart) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.isBefore(periodStart) ? periodStart : monday;
    }

    private static byte[] slotOfType() {
        byte[] slots = new byte[SalesData.TYPES.size()];
        java.util.Arrays.fill(slots, (byte) -1);
        slots[SalesData.FIRST_APPOINTMENT] = Figures.FIRST_APPOINTMENTS;
        slots[SalesData.PROPOSAL] = Figures.PROPOSALS;
        slots[SalesData.COLD_CALL] = Figures.COLD_CALLS;
        return slots;
    }

    /**
     * A rep's week, as a Streams user keys it.
     *
     * @param repId the rep's id
     * @param weekStart the first day of the week, cut to the period
     */
    public record RepWeek(String repId, LocalDate weekStart) {
    }

    /**
     * The running parts of one scope in the Streams comparator. Mutable; not thread-safe.
     */
    public static final class Tally {

        long firstAppointments;
        long proposals;
        long coldCalls;
        long won;
        long lost;
        long revenueCents;

        void addActivity(ActivityRecord activity) {
            switch (activity.type()) {
                case "first_appointment" -> firstAppointments++;
                case "proposal" -> proposals++;
                case "cold_call" -> coldCalls++;
                default -> {
                }
            }
        }

        void addOpportunity(OpportunityRecord opportunity) {
            switch (opportunity.status()) {
                case "won" -> {
                    won++;
                    revenueCents += opportunity.amountCents();
                }
                case "lost" -> lost++;
                default -> {
                }
            }
        }

        Tally merge(Tally other) {
            firstAppointments += other.firstAppointments;
            proposals += other.proposals;
            coldCalls += other.coldCalls;
            won += other.won;
            lost += other.lost;
            revenueCents += other.revenueCents;
            return this;
        }
    }
}
