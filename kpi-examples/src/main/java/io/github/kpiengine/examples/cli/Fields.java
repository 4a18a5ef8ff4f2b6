package io.github.kpiengine.examples.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads typed fields of a CSV row, throwing {@link RowException} with the column's name. */
final class Fields {

    private Fields() {
    }

    static String required(Csv csv, Csv.Row row, String column) {
        String value = csv.get(row, column);
        if (value.isEmpty()) {
            throw new RowException("column " + column + " is empty");
        }
        return value;
    }

    static LocalDate date(Csv csv, Csv.Row row, String column) {
        return date(required(csv, row, column), "column " + column);
    }

    static LocalDate date(String value, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new RowException("bad date '" + value + "' in " + where + " (expected YYYY-MM-DD)");
        }
    }

    static BigDecimal decimalOrNull(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
