package io.github.kpiengine.engine;

import java.util.Arrays;

/**
 * Ids to dense indexes by open addressing over two arrays: the lookup of every activity added one
 * at a time, so it reads a key's cached hash and two array slots rather than a map's nodes and boxed
 * values. At most a quarter of the slots are taken, so that a lookup nearly always finds its key
 * in the first slot it reads and its branches are predictable. Not thread-safe.
 */
final class IdIndex {

    private String[] keys = new String[16];
    private int[] values = new int[16];
    private int size;

    /** Returns the index of an id, or -1 when it has none. */
    int get(String id) {
        int mask = keys.length - 1;
        for (int at = mix(id.hashCode()) & mask;; at = at + 1 & mask) {
            String key = keys[at];
            if (key == null) {
                return -1;
            }
            if (key == id || key.equals(id)) {
                return values[at];
            }
        }
    }

    /** Gives an id that has none an index. */
    void put(String id, int value) {
        if (4L * (size + 1) > keys.length) {
            String[] oldKeys = keys;
            int[] oldValues = values;
            keys = new String[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != null) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
        int mask = keys.length - 1;
        int at = mix(id.hashCode()) & mask;
        while (keys[at] != null) {
            at = at + 1 & mask;
        }
        keys[at] = id;
        values[at] = value;
        size++;
    }

    /** Spreads neighbouring hashes ("rep1", "rep2") over the table. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ h >>> 16;
    }

    @Override
    public String toString() {
        return "IdIndex[" + size + " of " + Arrays.stream(keys).filter(k -> k != null).count() + "]";
    }
}
