package io.github.kpiengine.examples.cli;

import io.github.kpiengine.examples.crm.CrmException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code kpi} command-line tool: {@code kpi plan}, {@code kpi scorecard}, {@code kpi mapping init}
 * and {@code kpi formula check}.
 *
 * <pre>{@code
 * java -jar kpi-examples/target/kpi-cli.jar plan --target "EUR 1200000" --deal-size "EUR 30000" \
 *     --stage call=20% --stage first_appointment=65% --stage proposal=50% \
 *     --opportunity-stage first_appointment --weeks 48 --format json
 * }</pre>
 *
 * <p>Exits with {@link #EXIT_OK} on success and {@link #EXIT_USAGE} on a usage or input error, after
 * a one-line message on standard error that names the flag, file or line.
 */
@Command(name = "kpi", mixinStandardHelpOptions = true, version = "kpi 0.1.0-SNAPSHOT",
        description = "Sales KPIs from the command line: plan activity from a revenue target, "
                + "or evaluate a scorecard over CSV exports.",
        subcommands = {PlanCommand.class, ScorecardCommand.class, MappingCommand.class, FormulaCommand.class,
            HelpCommand.class})
public final class KpiCommand implements Runnable {

    /** The exit code of a successful run. */
    public static final int EXIT_OK = 0;

    /** The exit code of a usage or input error: a bad flag, file or row. */
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    /** Creates the command; picocli calls this. */
    public KpiCommand() {
        // Fields are injected by picocli.
    }

    /** Refuses to run without a subcommand. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: plan, scorecard, mapping or formula");
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(System.out, true, charset);
        PrintWriter err = new PrintWriter(System.err, true, charset);
        int code = execute(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the tool, writing to the given streams, and returns its exit code.
     *
     * @param out where results and help go
     * @param err where error messages go
     * @param args the command line
     * @return {@link #EXIT_OK} or {@link #EXIT_USAGE}
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        CommandLine commandLine = new CommandLine(new KpiCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((ex, ignored) -> usageError(ex.getCommandLine(), ex.getMessage()))
                .setExecutionExceptionHandler((ex, cmd, ignored) -> {
                    if (ex instanceof InputException || ex instanceof CrmException) {
                        return usageError(cmd, ex.getMessage());
                    }
                    throw ex;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int usageError(CommandLine cmd, String message) {
        String name = cmd.getCommandSpec().qualifiedName();
        String firstLine = message == null ? "invalid input" : message.strip().lines().findFirst().orElse("");
        cmd.getErr().println(name + ": " + firstLine + " (see '" + name + " --help')");
        return EXIT_USAGE;
    }
}
