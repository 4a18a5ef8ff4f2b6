package io.github.kpiengine.engine;

import io.github.kpiengine.SalesPeriod;
import io.github.kpiengine.kpi.KpiResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a formula reads for one scope: the summed counters of its rows, the period it covers, the
 * reps it stands for, and on demand its samples and its previous period. A peer group is read as
 * one pseudo-scope whose additive figures are divided by the number of peers, so that the peer
 * value is that of the average peer.
 */
final class ScopeSum {

    private final Layout layout;
    private final int[] rows;
    private final int bucket;
    private final boolean previous;
    private final Supplier<List<ScopeSum>> peers;
    final long[] parts;
    final int reps;
    final int divisor;
    final SalesPeriod period;
    /** The digits after the point of the money figures: the currency's. */
    final int scale;

    ScopeSum(Layout layout, int[] rows, int bucket, int reps, int divisor, boolean previous) {
        this(layout, rows, bucket, reps, divisor, previous, null);
    }

    ScopeSum(Layout layout, int[] rows, int bucket, int reps, int divisor, boolean previous,
            Supplier<List<ScopeSum>> peers) {
        this.layout = layout;
        this.peers = peers;
        this.rows = rows;
        this.bucket = bucket;
        this.reps = reps;
        this.divisor = divisor;
        this.previous = previous;
        this.period = previous
                ? bucket > 0 ? layout.bucketPeriods[bucket - 1] : layout.bucketPeriods[0].previous()
                : layout.bucketPeriods[bucket];
        this.scale = layout.scale;
        this.parts = new long[layout.width];
        for (int row : rows) {
            int base = row * layout.width;
            for (int k = 0; k < layout.width; k++) {
                parts[k] = Math.addExact(parts[k], layout.parts[base + k]);
            }
        }
    }

    /** Returns the scope's peer group (other reps of the same bucket, or sibling units); empty for a pseudo-scope. */
    List<ScopeSum> peers() {
        return peers == null ? List.of() : peers.get();
    }

    /** Returns one pseudo-scope standing for the average of the peers, over the same bucket as this scope. */
    ScopeSum averageOf(List<ScopeSum> group) {
        int size = 0;
        int repSum = 0;
        for (ScopeSum peer : group) {
            size += peer.rows.length;
            repSum += peer.reps;
        }
        int[] union = new int[size];
        int at = 0;
        for (ScopeSum peer : group) {
            System.arraycopy(peer.rows, 0, union, at, peer.rows.length);
            at += peer.rows.length;
        }
        return new ScopeSum(layout, union, bucket, repSum, group.size(), previous);
    }

    /** Returns an additive figure for the scope: the value itself, or its mean over the peers. */
    BigDecimal extensive(BigDecimal value) {
        return divisor == 1 ? value
                : value.divide(BigDecimal.valueOf(divisor), KpiResult.SCALE, RoundingMode.HALF_EVEN);
    }

    /** Returns the values of sample {@code slot} over the scope's rows, in ascending order. */
    int[] samples(int slot) {
        int size = 0;
        for (int row : rows) {
            size += layout.sampleCount(row, slot);
        }
        int[] values = new int[size];
        int at = 0;
        for (int row : rows) {
            int count = layout.sampleCount(row, slot);
            if (count > 0) {
                System.arraycopy(layout.samples[row * layout.sampleSlots + slot], 0, values, at, count);
                at += count;
            }
        }
        Arrays.sort(values);
        return values;
    }

    /** Returns the same reps over the previous period: the bucket before, or the period before the first. */
    ScopeSum previous() {
        if (previous || !layout.lagging) {
            throw new IllegalStateException("the scorecard was compiled without a previous period");
        }
        int[] earlier = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int row = rows[i];
            int b = row % layout.rowsPerRep;
            earlier[i] = b > 0 ? row - 1 : row + layout.buckets;
        }
        return new ScopeSum(layout, earlier, bucket, reps, divisor, true);
    }

    /** The shape of an evaluation's counters, shared by every scope read from it. Immutable once built. */
    static final class Layout {
        final long[] parts;
        final int width;
        final int buckets;
        final int rowsPerRep;
        final boolean lagging;
        final SalesPeriod[] bucketPeriods;
        final int sampleSlots;
        final int[][] samples;
        final int[] sampleCounts;
        final int scale;

        Layout(long[] parts, int width, int buckets, int rowsPerRep, boolean lagging, SalesPeriod[] bucketPeriods,
                int sampleSlots, int[][] samples, int[] sampleCounts, int scale) {
            this.parts = parts;
            this.width = width;
            this.buckets = buckets;
            this.rowsPerRep = rowsPerRep;
            this.lagging = lagging;
            this.bucketPeriods = bucketPeriods;
            this.sampleSlots = sampleSlots;
            this.samples = samples;
            this.sampleCounts = sampleCounts;
            this.scale = scale;
        }

        int sampleCount(int row, int slot) {
            return sampleCounts == null ? 0 : sampleCounts[row * sampleSlots + slot];
        }
    }
}
