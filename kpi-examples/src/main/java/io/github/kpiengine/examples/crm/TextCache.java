package io.github.kpiengine.examples.crm;

import java.util.Arrays;

/**
 * Remembers what a cell's text was read as, keyed by the characters themselves, so that a value
 * that repeats (a rep, a type, a day) is looked up without building a {@code String}: open
 * addressing over a power-of-two table, at most {@code limit} entries (past that, lookups miss and
 * the caller reads the cell itself). Not thread-safe.
 *
 * @param <V> what a text is read as
 */
final class TextCache<V> {

    private final int limit;
    private char[][] keys;
    private Object[] values;
    private int[] hashes;
    private int size;

    TextCache(int limit) {
        this.limit = limit;
        int capacity = 64;
        keys = new char[capacity][];
        values = new Object[capacity];
        hashes = new int[capacity];
    }

    static int hash(char[] chars, int start, int length) {
        int h = 0;
        for (int i = start, end = start + length; i < end; i++) {
            h = 31 * h + chars[i];
        }
        // Texts that differ in their last character (opp-1, opp-2, dates) hash to neighbours, which
        // linear probing would pile into one run: mix every bit into the low ones that pick the slot.
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    /** Returns the value remembered for the characters, or null. */
    @SuppressWarnings("unchecked")
    V get(char[] chars, int start, int length, int hash) {
        int mask = keys.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                return null;
            }
            if (hashes[slot] == hash && key.length == length
                    && Arrays.equals(key, 0, length, chars, start, start + length)) {
                return (V) values[slot];
            }
        }
    }

    /** Remembers a value for the characters, unless the cache is full. */
    void put(char[] chars, int start, int length, int hash, V value) {
        if (size >= limit) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(Arrays.copyOfRange(chars, start, start + length), hash, value);
        size++;
    }

    private void insert(char[] key, int hash, Object value) {
        int mask = keys.length - 1;
        int slot = hash & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        hashes[slot] = hash;
    }

    private void grow() {
        char[][] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new char[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }
}
