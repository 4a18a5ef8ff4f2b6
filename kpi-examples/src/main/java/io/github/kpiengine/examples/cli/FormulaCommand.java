package io.github.kpiengine.examples.cli;

import io.github.kpiengine.Pipeline;
import io.github.kpiengine.examples.crm.Text;
import io.github.kpiengine.formula.FormulaException;
import io.github.kpiengine.formula.FormulaRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code kpi formula check TEXT}: compiles a KPI formula and prints it normalised, or prints the
 * error with a caret under the spot and exits with {@link KpiCommand#EXIT_USAGE}.
 */
@Command(name = "formula", mixinStandardHelpOptions = true,
        description = "Work with KPI formulas.",
        subcommands = FormulaCommand.Check.class)
final class FormulaCommand implements Runnable {

    @Spec
    CommandSpec spec;

    /** Refuses to run without a subcommand. */
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: check");
    }

    /** {@code kpi formula check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile a formula; print it normalised (exit 0) or the error with its position (exit 2).")
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT", description = "The formula, such as "
                + "'count(proposal) / count(first_appointment)'.")
        String text;

        @Option(names = "--pipeline", paramLabel = "STAGES", defaultValue = "lead,first_appointment,proposal",
                description = "The open stages that conversion(from, to) may name, comma-separated. "
                        + "Default: ${DEFAULT-VALUE}.")
        String pipeline;

        @Override
        public Integer call() {
            Pipeline stages;
            try {
                stages = Pipeline.of(pipeline.split(",", -1));
            } catch (IllegalArgumentException e) {
                throw new InputException("--pipeline must list distinct lower-case stage names: "
                        + Text.oneLine(pipeline));
            }
            FormulaRegistry registry = FormulaRegistry.builder().pipeline(stages).build();
            try {
                spec.commandLine().getOut().println(registry.format(registry.parse(text)));
                return KpiCommand.EXIT_OK;
            } catch (FormulaException e) {
                spec.commandLine().getErr().println("kpi formula check: " + e.getMessage());
                return KpiCommand.EXIT_USAGE;
            }
        }
    }
}
