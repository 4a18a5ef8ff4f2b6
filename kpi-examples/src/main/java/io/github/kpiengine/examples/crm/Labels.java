package io.github.kpiengine.examples.crm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A value map: the labels a CRM writes in a column, each meaning one value (an activity type, a
 * stage, an outcome). Labels match whatever their case and spacing; {@code *} means every other
 * label. Immutable and thread-safe once built.
 *
 * @param <V> what a label means
 */
final class Labels<V> {

    /** The label that stands for every label not listed. */
    static final String ANY = "*";

    private final Map<String, V> values;
    private final V otherwise;
    private final String expected;

    private Labels(Map<String, V> values, V otherwise, String expected) {
        this.values = Map.copyOf(values);
        this.otherwise = otherwise;
        this.expected = expected;
    }

    /** Lower case, trimmed, inner white space as one space: how labels are compared. */
    static String normalise(String label) {
        StringBuilder out = new StringBuilder(label.length());
        boolean space = false;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** Returns what a label means, or null when it means nothing here. */
    V get(String label) {
        V value = values.get(normalise(label));
        return value != null ? value : otherwise;
    }

    /** The labels for a message: {@code cold_call, prospecting_call, ...}. */
    String expected() {
        return expected;
    }

    static <V> Builder<V> builder(String source, String kind, Function<V, String> name) {
        return new Builder<>(source, kind, name);
    }

    /** Collects labels, refusing one that already means something else. */
    static final class Builder<V> {

        private final String source;
        private final String kind;
        private final Function<V, String> name;
        private final Map<String, Entry<V>> entries = new HashMap<>();
        private final Map<String, Boolean> shown = new LinkedHashMap<>();
        private final List<String> explicit = new ArrayList<>();
        private V otherwise;

        private record Entry<V>(String label, V value, String where) {
        }

        private Builder(String source, String kind, Function<V, String> name) {
            this.source = source;
            this.kind = kind;
            this.name = name;
        }

        /**
         * Adds a label.
         *
         * @param label the label as written
         * @param value what it means
         * @param where where it was given: a place in the mapping file, or a phrase
         * @param listed whether the label is one the mapping file lists (shown first in messages)
         * @throws CrmException if the label already means another value
         */
        Builder<V> add(String label, V value, String where, boolean listed) {
            if (label.equals(ANY)) {
                otherwise = value;
                return this;
            }
            String key = normalise(label);
            if (key.isEmpty()) {
                throw new CrmException(source + ": " + where + ": an empty label means nothing");
            }
            Entry<V> old = entries.get(key);
            if (old != null && !old.value().equals(value)) {
                throw new CrmException(source + ": " + where + ": " + Text.quote(label) + " already means " + kind + " "
                        + name.apply(old.value()) + " (" + old.where() + "); it cannot also mean "
                        + name.apply(value));
            }
            if (old == null) {
                entries.put(key, new Entry<>(label, value, where));
                if (listed) {
                    explicit.add(label);
                } else {
                    shown.put(label, Boolean.TRUE);
                }
            }
            return this;
        }

        Labels<V> build() {
            Map<String, V> values = new HashMap<>();
            entries.forEach((key, entry) -> values.put(key, entry.value()));
            List<String> listed = explicit.isEmpty() ? new ArrayList<>(shown.keySet()) : explicit;
            return new Labels<>(values, otherwise, String.join(", ", listed));
        }
    }
}
