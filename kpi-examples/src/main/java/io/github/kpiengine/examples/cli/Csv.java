package io.github.kpiengine.examples.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads an RFC 4180 CSV file in UTF-8: comma-separated, fields in double quotes may hold commas,
 * line breaks and doubled quotes; a byte-order mark and blank lines are ignored. The first row is
 * the header; columns are found by name, case-insensitively, in any order.
 */
final class Csv {

    private final String file;
    private final Map<String, Integer> columns;
    private final int width;
    private final List<Row> rows;

    private Csv(String file, Map<String, Integer> columns, int width, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.width = width;
        this.rows = rows;
    }

    /**
     * One data row.
     *
     * @param line the line it starts on, 1 for the header
     * @param fields its fields
     */
    record Row(int line, List<String> fields) {
    }

    static Csv read(Path path, List<String> required) {
        String file = path.toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new InputException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage());
        }
        return parse(file, text, required);
    }

    static Csv parse(String file, String text, List<String> required) {
        List<Row> all = rows(file, text);
        if (all.isEmpty()) {
            throw new InputException(file + ": empty file, expected a header row with " + String.join(",", required));
        }
        Row header = all.get(0);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (columns.putIfAbsent(name, i) != null) {
                throw new InputException(file + ":" + header.line() + ": column '" + name + "' appears twice");
            }
        }
        for (String name : required) {
            if (!columns.containsKey(name)) {
                throw new InputException(file + ":" + header.line() + ": missing column '" + name
                        + "' (expected " + String.join(",", required) + ")");
            }
        }
        return new Csv(file, columns, header.fields().size(), List.copyOf(all.subList(1, all.size())));
    }

    String file() {
        return file;
    }

    List<Row> rows() {
        return rows;
    }

    int width() {
        return width;
    }

    /** Returns a field of a row, stripped, or "" when the file has no such column. */
    String get(Row row, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.fields().get(index).strip();
    }

    private static List<Row> rows(String file, String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        boolean quoted = false;
        boolean any = false;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (quoted) {
                if (c == '"') {
                    if (i < text.length() && text.charAt(i) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                any = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                endRow(rows, fields, field, rowStart, any);
                any = false;
                line++;
                rowStart = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new InputException(file + ":" + rowStart + ": a quoted field is not closed");
        }
        endRow(rows, fields, field, rowStart, any);
        return rows;
    }

    private static void endRow(List<Row> rows, List<String> fields, StringBuilder field, int line, boolean any) {
        if (any) {
            fields.add(field.toString());
            rows.add(new Row(line, List.copyOf(fields)));
        }
        fields.clear();
        field.setLength(0);
    }
}
