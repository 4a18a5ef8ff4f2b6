package io.github.kpiengine.benchmarks;

import io.github.kpiengine.Activity;
import io.github.kpiengine.engine.ActivityLog;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Locale;
import java.util.Optional;

/**
 * Reports the heap an {@link ActivityLog} takes per activity.
 *
 * <p>Method: the seeded activities of {@link SalesData} are generated first; the heap in use is read
 * after forced full collections, the activities are appended one by one into a fresh log (each
 * {@code Activity} object is dropped at once), and the heap is read again after forced full
 * collections while the log is still reachable; then the log is dropped and the heap read a third
 * time. Both differences over the count are printed; the second (the heap the log alone frees) is the
 * log's retained size per activity, the columns' spare capacity (they grow by doubling) and the rep
 * and type dictionaries included. The figure of the columns alone is printed beside it:
 * {@link ActivityLog#BYTES_PER_ACTIVITY} times the capacity the doubling reaches, over the count.
 * A count that is a power of two (such as 8,388,608) leaves no spare capacity; after
 * {@link ActivityLog#trimToSize()} no count does.
 *
 * <p>With a third argument, every activity is for one of that many accounts per rep, so the log
 * also keeps each activity's account (8 bytes an activity, and the account dictionary).
 *
 * <p>Run: {@code java -XX:+UseParallelGC -Xms4g -Xmx4g -cp kpi-benchmarks/target/benchmarks.jar
 * io.github.kpiengine.benchmarks.LogFootprint [activities, default 10000000] [reps, default 500]
 * [accounts per rep, default none]}.
 */
public final class LogFootprint {

    private static final int DEFAULT_ACTIVITIES = 10_000_000;
    private static final int DEFAULT_REPS = 500;
    private static final int INITIAL_CAPACITY = 16;
    private static final int COLLECTIONS = 5;

    private LogFootprint() {
    }

    /**
     * Measures and prints the footprint.
     *
     * @param args the number of activities and of reps, both optional
     */
    public static void main(String[] args) {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ACTIVITIES;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_REPS;
        int accountsPerRep = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        SalesData data = SalesData.generate(activities, reps);
        String[] accounts = new String[reps * Math.max(1, accountsPerRep)];
        for (int a = 0; a < accounts.length; a++) {
            accounts[a] = "acct" + a;
        }
        long before = usedAfterCollections();
        ActivityLog log = ActivityLog.create();
        for (int i = 0; i < data.activityCount; i++) {
            Activity activity = data.activity(i);
            if (accountsPerRep > 0) {
                activity = new Activity(activity.repId(), activity.type(), activity.date(),
                        Optional.of(accounts[data.activityRep[i] * accountsPerRep + i % accountsPerRep]),
                        activity.opportunity(), activity.duration(), activity.outcome(), activity.attributes());
            }
            log.append(activity);
        }
        long grown = usedAfterCollections();
        log.trimToSize();
        long after = usedAfterCollections();
        int count = log.activityCount();
        log = null;
        long dropped = usedAfterCollections();
        long capacity = INITIAL_CAPACITY;
        while (capacity < activities) {
            capacity *= 2;
        }
        System.out.printf(Locale.ROOT, "activities: %,d, reps: %,d, accounts per rep: %,d%n", count, reps,
                accountsPerRep);
        System.out.printf(Locale.ROOT, "heap grown by filling the log (forced GC each side): %,d bytes = %.2f bytes"
                + " per activity%n", after - before, (double) (after - before) / activities);
        System.out.printf(Locale.ROOT, "heap freed by dropping the log before trimToSize (forced GC each side):"
                + " %,d bytes = %.2f bytes per activity%n", grown - dropped, (double) (grown - dropped) / activities);
        System.out.printf(Locale.ROOT, "heap freed by dropping the log after trimToSize (forced GC each side):"
                + " %,d bytes = %.2f bytes per activity%n", after - dropped, (double) (after - dropped) / activities);
        System.out.printf(Locale.ROOT, "columns: %d bytes x capacity %,d = %.2f bytes per activity%n",
                ActivityLog.BYTES_PER_ACTIVITY, capacity,
                (double) ActivityLog.BYTES_PER_ACTIVITY * capacity / activities);
        Reference.reachabilityFence(data);
    }

    private static long usedAfterCollections() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
