package io.github.kpiengine.examples.crm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which column of a kind of file holds which field: each field has one column name or a list of
 * them, the first non-empty cell of which is read. Immutable and thread-safe.
 *
 * @param names the column names of each mapped field, in the order of the kind's fields
 * @param required the fields whose column a file must have
 */
record Columns(Map<String, List<String>> names, Set<String> required) {

    Columns {
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
        required = Set.copyOf(required);
    }

    boolean has(String field) {
        return names.containsKey(field);
    }

    /**
     * Finds the columns of a file's header.
     *
     * @param file the file's name, for messages
     * @param header the header row
     * @param extra further column names the mapping reads (the wide stage-history columns), refused
     *        when they appear twice
     * @return the columns found
     * @throws CrmException if a required column is missing or a mapped column appears twice
     */
    Bound bind(String file, Row header, List<String> extra) {
        Set<String> mapped = new HashSet<>();
        names.values().forEach(list -> list.forEach(name -> mapped.add(Labels.normalise(name))));
        extra.forEach(name -> mapped.add(Labels.normalise(name)));
        List<String> headerNames = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.count(); i++) {
            String text = header.text(i);
            headerNames.add(text);
            String name = Labels.normalise(text);
            if (index.putIfAbsent(name, i) != null && mapped.contains(name)) {
                throw new CrmException(file + ":" + header.line() + ": column '" + text + "' appears twice");
            }
        }
        Map<String, Column> bound = new HashMap<>();
        for (Map.Entry<String, List<String>> field : names.entrySet()) {
            List<Integer> found = new ArrayList<>();
            for (String name : field.getValue()) {
                Integer at = index.get(Labels.normalise(name));
                if (at != null) {
                    found.add(at);
                }
            }
            if (found.isEmpty() && required.contains(field.getKey())) {
                List<String> quoted = new ArrayList<>();
                field.getValue().forEach(name -> quoted.add("'" + name + "'"));
                String name = field.getValue().get(0);
                throw new CrmException(file + ":" + header.line() + ": missing column " + String.join(" or ", quoted)
                        + (Column.plain(name, field.getKey()) ? "" : " for " + field.getKey())
                        + " (expected " + String.join(",", requiredNames()) + ")");
            }
            int[] indexes = found.stream().mapToInt(Integer::intValue).toArray();
            String shown = indexes.length > 0 ? headerNames.get(indexes[0]) : field.getValue().get(0);
            bound.put(field.getKey(), new Column(field.getKey(), indexes, shown));
        }
        return new Bound(bound, header.count(), List.copyOf(headerNames), index);
    }

    private List<String> requiredNames() {
        List<String> out = new ArrayList<>();
        names.forEach((field, list) -> {
            if (required.contains(field)) {
                out.add(list.get(0));
            }
        });
        return out;
    }

    /**
     * The columns of one file.
     *
     * @param columns the columns of each mapped field
     * @param width the number of columns of the header
     * @param headerNames the header's names as written
     * @param index the column of each normalised header name
     */
    record Bound(Map<String, Column> columns, int width, List<String> headerNames, Map<String, Integer> index) {

        private static final int[] NONE = new int[0];

        /** The columns of a field; one with no index when the mapping or the file has none. */
        Column column(String field) {
            Column column = columns.get(field);
            return column != null ? column : new Column(field, NONE, field);
        }
    }
}
