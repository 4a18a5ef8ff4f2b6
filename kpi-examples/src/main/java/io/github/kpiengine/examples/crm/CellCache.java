package io.github.kpiengine.examples.crm;

import java.util.function.Function;

/**
 * Reads a column's cells through a {@link TextCache}: a text seen before is not read again. The
 * reader returns null for a text that means nothing, or throws; such a text is not remembered. A
 * column whose texts rarely repeat (opportunity ids) stops using the cache after a first sample,
 * where looking up costs more than reading. Not thread-safe.
 *
 * @param <V> what a cell is read as
 */
final class CellCache<V> {

    /** The lookups after which the share of hits decides whether the cache is worth keeping. */
    private static final int SAMPLE = 4096;

    private final TextCache<V> cache;
    private final Function<String, V> reader;
    private int lookups;
    private int hits;
    private boolean bypass;

    CellCache(int limit, Function<String, V> reader) {
        this.cache = new TextCache<>(limit);
        this.reader = reader;
    }

    /** Reads the cell of a row at a column that is present and not empty; null when it means nothing. */
    V read(Row row, int index) {
        char[] chars = row.chars();
        int start = row.start(index);
        int length = row.length(index);
        if (bypass) {
            return reader.apply(new String(chars, start, length));
        }
        int hash = TextCache.hash(chars, start, length);
        V value = cache.get(chars, start, length, hash);
        if (lookups < SAMPLE) {
            lookups++;
            hits += value == null ? 0 : 1;
            // Fewer than half the texts seen before: reading each costs less than looking it up.
            bypass = lookups == SAMPLE && hits < SAMPLE / 2;
        }
        if (value == null) {
            value = reader.apply(new String(chars, start, length));
            if (value != null) {
                cache.put(chars, start, length, hash, value);
            }
        }
        return value;
    }
}
