package io.github.kpiengine.engine;

import io.github.kpiengine.Period;
import java.util.List;

/**
 * The scopes of an evaluation and the counter rows ("cells") each covers. A rep's scope, or a rep's
 * week, is one cell; a unit's scope is the cells of every rep below it. Keys are made only when
 * asked for, so an evaluation over many scopes does not build strings it may never need.
 */
sealed interface Scopes {

    /** How many scopes there are. */
    int count();

    /** The key of scope {@code s}. */
    String key(int s);

    /** Adds the counters of scope {@code s}'s cells from {@code parts} into {@code into}. */
    void sum(long[] parts, int width, int s, long[] into);

    /** One scope per rep and bucket (each week, or the whole period), reps in id order. */
    record RepWeeks(List<String> reps, int[] repIds, List<Period> buckets, boolean weekly) implements Scopes {

        public RepWeeks {
            reps = List.copyOf(reps);
            repIds = repIds.clone();
            buckets = List.copyOf(buckets);
        }

        @Override
        public int count() {
            return reps.size() * buckets.size();
        }

        @Override
        public String key(int s) {
            int n = buckets.size();
            String rep = reps.get(s / n);
            return weekly ? rep + "/" + buckets.get(s % n).start() : rep;
        }

        @Override
        public void sum(long[] parts, int width, int s, long[] into) {
            int n = buckets.size();
            int base = (repIds[s / n] * n + s % n) * width;
            for (int k = 0; k < width; k++) {
                into[k] = Math.addExact(into[k], parts[base + k]);
            }
        }
    }

    /** One scope per org unit, each the sum of its reps' cells. */
    record Units(List<String> keys, List<int[]> cells) implements Scopes {

        public Units {
            keys = List.copyOf(keys);
            cells = List.copyOf(cells);
        }

        @Override
        public int count() {
            return keys.size();
        }

        @Override
        public String key(int s) {
            return keys.get(s);
        }

        @Override
        public void sum(long[] parts, int width, int s, long[] into) {
            for (int cell : cells.get(s)) {
                for (int k = 0; k < width; k++) {
                    into[k] = Math.addExact(into[k], parts[cell * width + k]);
                }
            }
        }
    }
}
