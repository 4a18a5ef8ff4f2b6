package io.github.kpiengine.examples.cli;

/**
 * A mistake in what the user gave the tool: a flag's value, a file or a row. Its message is shown
 * as is, on one line, and the tool exits with {@link KpiCommand#EXIT_USAGE}.
 */
final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    InputException(String message) {
        super(message, null, false, false);
    }
}
