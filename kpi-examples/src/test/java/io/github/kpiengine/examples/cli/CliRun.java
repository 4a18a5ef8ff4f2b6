package io.github.kpiengine.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the tool in a test, with what it wrote.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = KpiCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The lines of standard error, which must be one per error. */
    long errLines() {
        return err.lines().count();
    }
}
