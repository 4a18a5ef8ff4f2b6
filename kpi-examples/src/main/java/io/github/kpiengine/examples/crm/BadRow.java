package io.github.kpiengine.examples.crm;

/**
 * A row that could not be loaded, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the file, as given on the command line
 * @param line the line the row starts on
 * @param reason what is wrong with it, naming the CRM's column and the field it maps to
 */
public record BadRow(String file, int line, String reason) {

    /**
     * Returns {@code "activities.csv:4: unknown activity type 'lunch' in column type (...)"}.
     *
     * @return the row as one line
     */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
