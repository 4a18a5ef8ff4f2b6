package io.github.kpiengine.engine;

import java.util.Arrays;

/**
 * The activity types a scan counts in counters of its own (see {@link LogScan#counters}): for
 * each type of a dictionary (a log's, or a batch of columns'), its column among the counted slots,
 * with the types no rule counts sent to a last column that is never read and
 * {@link LogBinding#MANY_RULES} kept for the types that take the general path; so that the scan
 * does not branch on the type. Immutable.
 */
final class CountedTypes {

    /** For each type: its column, the last column for a type no rule counts, or {@link LogBinding#MANY_RULES}. */
    final int[] column;
    /** The accumulator's slot of each column but the last. */
    final int[] slots;

    private CountedTypes(int[] column, int[] slots) {
        this.column = column;
        this.slots = slots;
    }

    /**
     * Returns the columns of types given by the one slot that counts each.
     *
     * @param countSlot for each type: its slot, {@link LogBinding#NO_RULE} or {@link LogBinding#MANY_RULES}
     * @param width the slots of an accumulator's row
     */
    static CountedTypes of(int[] countSlot, int width) {
        int[] indexOfSlot = new int[width];
        Arrays.fill(indexOfSlot, LogBinding.NO_RULE);
        int counted = 0;
        int[] column = new int[countSlot.length];
        for (int t = 0; t < countSlot.length; t++) {
            int slot = countSlot[t];
            if (slot < 0) {
                column[t] = slot;
                continue;
            }
            if (indexOfSlot[slot] == LogBinding.NO_RULE) {
                indexOfSlot[slot] = counted++;
            }
            column[t] = indexOfSlot[slot];
        }
        int[] slots = new int[counted];
        for (int slot = 0; slot < width; slot++) {
            if (indexOfSlot[slot] != LogBinding.NO_RULE) {
                slots[indexOfSlot[slot]] = slot;
            }
        }
        for (int t = 0; t < column.length; t++) {
            if (column[t] == LogBinding.NO_RULE) {
                column[t] = counted;
            }
        }
        return new CountedTypes(column, slots);
    }
}
