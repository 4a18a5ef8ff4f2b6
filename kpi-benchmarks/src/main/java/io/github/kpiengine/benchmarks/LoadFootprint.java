package io.github.kpiengine.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.github.kpiengine.examples.crm.CrmLoader;
import io.github.kpiengine.examples.crm.Loaded;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the heap that loading a CSV file takes beside the log it fills.
 *
 * <p>Method: the file of {@link ActivityCsv} is written first and the generated data dropped; the
 * heap in use is read after forced full collections (the baseline); the file is loaded through
 * {@code CrmLoader} while a listener records the heap in use after every collection during the load
 * (the live heap, garbage not counted); the heap is read again after forced full collections while
 * the log is reachable (baseline + the log's own size). The load's overhead is the largest heap after
 * a collection during the load minus the baseline minus the log's size; the target is at most 64 MB.
 * Run with a small fixed heap so that collections happen during the load and any larger need would
 * fail: {@code java -XX:+UseParallelGC -Xms128m -Xmx128m -cp kpi-benchmarks/target/benchmarks.jar
 * io.github.kpiengine.benchmarks.LoadFootprint [activities, default 1000000] [reps, default 500]}.
 */
public final class LoadFootprint {

    private static final int MIB = 1 << 20;
    private static final int COLLECTIONS = 5;

    private LoadFootprint() {
    }

    /**
     * Measures and prints the footprint.
     *
     * @param args the number of activities and of reps, both optional
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path dir = Files.createTempDirectory("kpi-load-footprint");
        Path file = ActivityCsv.write(SalesData.generate(activities, reps), dir.resolve("activities.csv"));
        try {
            measure(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void measure(Path file) throws IOException {
        long baseline = usedAfterCollections();
        AtomicLong peak = new AtomicLong();
        AtomicLong collections = new AtomicLong();
        NotificationListener listener = (notification, handback) -> {
            if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                peak.accumulateAndGet(used, Math::max);
                collections.incrementAndGet();
            }
        };
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        collectors.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(listener, null, null));
        long start = System.nanoTime();
        Loaded loaded = CrmLoader.with(LoadBenchmark.OWN_LAYOUT).activities(List.of(file)).load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        collectors.forEach(gc -> {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        long withLog = usedAfterCollections();
        long log = withLog - baseline;
        long overhead = Math.max(0, peak.get() - baseline - log);
        System.out.printf(Locale.ROOT, "file: %,d bytes, %,d activities loaded in %,d ms%n", Files.size(file),
                loaded.log().activityCount(), millis);
        System.out.printf(Locale.ROOT, "heap: baseline %.1f MiB, max %.1f MiB%n", baseline / (double) MIB,
                Runtime.getRuntime().maxMemory() / (double) MIB);
        System.out.printf(Locale.ROOT, "log's own size (retained after the load): %.1f MiB%n", log / (double) MIB);
        System.out.printf(Locale.ROOT, "largest heap after a collection during the load: %.1f MiB (%d collections)%n",
                peak.get() / (double) MIB, collections.get());
        System.out.printf(Locale.ROOT, "load overhead beyond baseline and log: %.1f MiB (target <= 64 MiB): %s%n",
                overhead / (double) MIB, overhead <= 64L * MIB ? "met" : "NOT met");
        Reference.reachabilityFence(loaded);
    }

    private static long usedAfterCollections() {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
