package io.github.kpiengine.examples.crm;

/** Why one row cannot be loaded; the loader adds the file and line. */
final class RowException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RowException(String reason) {
        super(Text.flat(reason), null, false, false);
    }
}
