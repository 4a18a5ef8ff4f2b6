package io.github.kpiengine.engine;

import io.github.kpiengine.SalesPeriod;
import java.util.List;

/**
 * The scopes of an evaluation and the counter rows ("cells") each covers. A rep's scope, or a rep's
 * week, month or quarter, is one cell; a unit's scope is the cells of every rep below it. Keys are
 * made only when asked for, so an evaluation over many scopes does not build strings it may never
 * need.
 */
sealed interface Scopes {

    /** How many scopes there are. */
    int count();

    /** The scope at index {@code s}. */
    ScopeKey key(int s);

    /** The rows of scope {@code s}. */
    int[] rows(int s);

    /** The bucket (week, month, quarter; 0 for the whole period) of scope {@code s}. */
    int bucket(int s);

    /** The number of reps scope {@code s} stands for. */
    int reps(int s);

    /** The peers of scope {@code s}: the other reps in the same bucket, or the units with the same parent. */
    int[] peers(int s);

    /** The index of a scope, or -1; by search where the scopes are ordered, so no index is built. */
    default int indexOf(ScopeKey key) {
        return -2;
    }

    /** One scope per rep and bucket (each week, month or quarter, or the whole period), reps in id order. */
    record RepBuckets(List<String> reps, int[] repIds, List<SalesPeriod> buckets, int rowsPerRep, boolean bucketed)
            implements Scopes {

        public RepBuckets {
            reps = List.copyOf(reps);
            repIds = repIds.clone();
            buckets = List.copyOf(buckets);
        }

        @Override
        public int count() {
            return reps.size() * buckets.size();
        }

        @Override
        public ScopeKey key(int s) {
            int n = buckets.size();
            String rep = reps.get(s / n);
            return bucketed ? ScopeKey.of(rep, buckets.get(s % n)) : ScopeKey.of(rep);
        }

        @Override
        public int[] rows(int s) {
            int n = buckets.size();
            return new int[] {repIds[s / n] * rowsPerRep + s % n};
        }

        @Override
        public int bucket(int s) {
            return s % buckets.size();
        }

        @Override
        public int indexOf(ScopeKey key) {
            int rep = java.util.Collections.binarySearch(reps, key.owner());
            if (rep < 0 || key.bucket().isPresent() != bucketed) {
                return -1;
            }
            if (!bucketed) {
                return rep;
            }
            SalesPeriod wanted = key.bucket().get();
            int low = 0;
            int high = buckets.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int order = buckets.get(middle).start().compareTo(wanted.start());
                if (order < 0) {
                    low = middle + 1;
                } else if (order > 0) {
                    high = middle - 1;
                } else {
                    return buckets.get(middle).equals(wanted) ? rep * buckets.size() + middle : -1;
                }
            }
            return -1;
        }

        @Override
        public int reps(int s) {
            return 1;
        }

        @Override
        public int[] peers(int s) {
            int n = buckets.size();
            int[] peers = new int[reps.size() - 1];
            int at = 0;
            for (int r = 0; r < reps.size(); r++) {
                if (r != s / n) {
                    peers[at++] = r * n + s % n;
                }
            }
            return peers;
        }
    }

    /** One scope per org unit, each the sum of its reps' rows. */
    record Units(List<String> keys, List<int[]> cells, int[] repCounts, int[] parents) implements Scopes {

        public Units {
            keys = List.copyOf(keys);
            cells = List.copyOf(cells);
            repCounts = repCounts.clone();
            parents = parents.clone();
        }

        @Override
        public int[] peers(int s) {
            if (parents[s] < 0) {
                return new int[0];
            }
            return java.util.stream.IntStream.range(0, keys.size())
                    .filter(u -> u != s && parents[u] == parents[s]).toArray();
        }

        @Override
        public int count() {
            return keys.size();
        }

        @Override
        public ScopeKey key(int s) {
            return ScopeKey.of(keys.get(s));
        }

        @Override
        public int[] rows(int s) {
            return cells.get(s).clone();
        }

        @Override
        public int bucket(int s) {
            return 0;
        }

        @Override
        public int reps(int s) {
            return repCounts[s];
        }
    }
}
