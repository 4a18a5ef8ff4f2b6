package io.github.kpiengine.examples.crm;

import java.util.function.Function;

/**
 * Reads a column's cells through a {@link TextCache}: a text seen before is not read again. The
 * reader returns null for a text that means nothing, or throws; such a text is not remembered.
 * Not thread-safe.
 *
 * @param <V> what a cell is read as
 */
final class CellCache<V> {

    private final TextCache<V> cache;
    private final Function<String, V> reader;

    CellCache(int limit, Function<String, V> reader) {
        this.cache = new TextCache<>(limit);
        this.reader = reader;
    }

    /** Reads the cell of a row at a column that is present and not empty; null when it means nothing. */
    V read(Row row, int index) {
        char[] chars = row.chars();
        int start = row.start(index);
        int length = row.length(index);
        int hash = TextCache.hash(chars, start, length);
        V value = cache.get(chars, start, length, hash);
        if (value == null) {
            value = reader.apply(new String(chars, start, length));
            if (value != null) {
                cache.put(chars, start, length, hash, value);
            }
        }
        return value;
    }
}
