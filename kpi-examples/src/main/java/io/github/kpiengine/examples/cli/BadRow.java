package io.github.kpiengine.examples.cli;

/**
 * A row that could not be loaded, and why.
 *
 * @param file the file, as given on the command line
 * @param line the line the row starts on
 * @param reason what is wrong with it
 */
record BadRow(String file, int line, String reason) {

    /** Returns {@code "activities.csv:4: unknown activity type 'lunch' ..."}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + reason;
    }
}
