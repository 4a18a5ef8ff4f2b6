package io.github.kpiengine.examples.cli;

import io.github.kpiengine.examples.crm.CrmException;
import io.github.kpiengine.examples.crm.Text;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

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
 * <p>Every command runs inside a guard: a mistake of the user is one line on standard error naming
 * the flag, file or line ({@link #EXIT_USAGE}); anything unexpected, an {@link OutOfMemoryError}
 * included, is one line too ({@link #EXIT_OUT_OF_MEMORY}, {@link #EXIT_INTERNAL_ERROR}), with the stack
 * trace only under {@code --debug}. README.md's "Exit codes" lists every code. Output is UTF-8
 * whatever the platform's locale.
 */
@Command(name = "kpi", mixinStandardHelpOptions = true, version = "kpi 0.1.0-SNAPSHOT",
        description = "Sales KPIs from the command line: plan activity from a revenue target, "
                + "or evaluate a scorecard over CSV exports.",
        subcommands = {PlanCommand.class, ScorecardCommand.class, MappingCommand.class, FormulaCommand.class,
            HelpCommand.class})
public final class KpiCommand implements Runnable {

    /** The exit code of a successful run: something was evaluated, planned, checked or printed. */
    public static final int EXIT_OK = 0;

    /** The exit code of a usage or input error: a bad flag, file or row. */
    public static final int EXIT_USAGE = 2;

    /** The exit code of a scorecard with nothing to evaluate: no row loaded, or no data in the period. */
    public static final int EXIT_NOTHING_TO_EVALUATE = 3;

    /** The exit code when the Java heap ran out: run again with a larger {@code -Xmx}. */
    public static final int EXIT_OUT_OF_MEMORY = 4;

    /** The exit code of an internal error, a fault of the tool to report (sysexits' EX_SOFTWARE). */
    public static final int EXIT_INTERNAL_ERROR = 70;

    /** Where to report an internal error: the project's issue tracker, as the POM names it. */
    public static final String ISSUES = "https://github.com/kpiengine/kpi-engine/issues";

    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "On an internal error, also print its stack trace.")
    boolean debug;

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
     * Runs the tool and exits with its exit code. Standard output and standard error are UTF-8,
     * whatever the platform's locale.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(stdout);
        System.setErr(stderr);
        PrintWriter out = new PrintWriter(stdout, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(stderr, true, StandardCharsets.UTF_8);
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
     * @return one of the {@code EXIT_} codes
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(args, "args");
        return execute(commandLine(out, err), args);
    }

    /** The tool's command line, every command of it guarded. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return new CommandLine(new KpiCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((ex, ignored) -> refuse(ex.getCommandLine(), message(ex)))
                .setExecutionExceptionHandler((ex, cmd, parsed) ->
                        ex instanceof InputException || ex instanceof CrmException ? refuse(cmd, ex.getMessage())
                                : fail(cmd, ex, debug(parsed)))
                .setExecutionStrategy(parsed -> {
                    try {
                        return new RunLast().execute(parsed);
                    } catch (ExecutionException | ParameterException e) {
                        throw e;
                    } catch (RuntimeException | Error e) {
                        // picocli hands on errors (an OutOfMemoryError) without wrapping them.
                        List<CommandLine> commands = parsed.asCommandLineList();
                        return fail(commands.get(commands.size() - 1), e, debug(parsed));
                    }
                });
    }

    /** Runs a command line built by {@link #commandLine}. */
    static int execute(CommandLine commandLine, String... args) {
        int code;
        try {
            code = commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            // Reading the command line itself failed.
            code = fail(commandLine, e, List.of(args).contains("--debug"));
        }
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        return code;
    }

    /** picocli's message, or for a word where a command or nothing was expected, one that says so. */
    private static String message(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            String word = Text.quote(unmatched.getUnmatched().get(0));
            Set<String> commands = ex.getCommandLine().getSubcommands().keySet();
            return commands.isEmpty() ? "unexpected argument " + word
                    : "unknown command " + word + " (expected one of " + String.join(", ", commands) + ")";
        }
        return ex.getMessage();
    }

    private static int refuse(CommandLine cmd, String message) {
        String name = cmd.getCommandSpec().qualifiedName();
        String text = message == null || message.isBlank() ? "invalid input" : message.strip();
        cmd.getErr().println(name + ": " + Shown.line(text) + " (see '" + name + " --help')");
        return EXIT_USAGE;
    }

    private static int fail(CommandLine cmd, Throwable failure, boolean debug) {
        String name = cmd.getCommandSpec().qualifiedName();
        PrintWriter err = cmd.getErr();
        int code;
        if (failure instanceof OutOfMemoryError) {
            code = EXIT_OUT_OF_MEMORY;
            err.println(name + ": out of memory, the Java heap holding at most "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB: run it with a larger heap, such as "
                    + "'java -Xmx4g -jar kpi-cli.jar ...', or on less data at a time");
        } else {
            code = EXIT_INTERNAL_ERROR;
            err.println(name + ": internal error: " + Shown.line(describe(failure))
                    + (debug ? "" : " (--debug prints the stack trace)") + ", please report it at " + ISSUES);
        }
        if (debug) {
            failure.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** What went wrong, in words: {@code illegal state: no such scope}, {@code arithmetic: overflow}. */
    static String describe(Throwable failure) {
        String kind = failure.getClass().getSimpleName().replaceAll("(Exception|Error)$", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String message = failure.getMessage();
        return message == null || message.isBlank() ? kind : kind + ": " + message.strip();
    }

    private static boolean debug(ParseResult parsed) {
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
