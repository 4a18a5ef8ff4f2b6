package io.github.kpiengine.examples.crm;

/**
 * A mistake in a CRM export or a mapping that refuses the whole load: a missing file or column, a
 * file that is not text, a mapping file that does not say something this reader understands. Its
 * message is one line that names the file and the spot (a line, a column, or a place in the mapping
 * such as {@code /activities/columns/rep}).
 */
public final class CrmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the one-line message
     */
    public CrmException(String message) {
        super(Text.flat(message), null, false, false);
    }
}
