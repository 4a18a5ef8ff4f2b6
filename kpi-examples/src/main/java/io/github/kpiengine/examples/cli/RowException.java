package io.github.kpiengine.examples.cli;

/** Why one CSV row cannot be loaded; the loader adds the file and line. */
final class RowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RowException(String reason) {
        super(reason, null, false, false);
    }
}
