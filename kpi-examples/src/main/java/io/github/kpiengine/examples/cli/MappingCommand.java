package io.github.kpiengine.examples.cli;

import io.github.kpiengine.examples.crm.Mapping;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code kpi mapping}: the mapping files that say how to read a CRM's exports. */
@Command(name = "mapping", mixinStandardHelpOptions = true,
        description = "Mapping files: which column of a CRM's export is which, and how to read it.",
        subcommands = {MappingCommand.Init.class, HelpCommand.class})
final class MappingCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required: init");
    }

    /** {@code kpi mapping init --preset NAME}: prints a bundled preset to adapt. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = "Prints a bundled preset's mapping file, to save and adapt, then use with "
                    + "'kpi scorecard --mapping FILE'.")
    static final class Init implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--preset", paramLabel = "NAME", defaultValue = "kpi",
                description = "The preset: kpi (the tool's own layout, the default), salesforce, hubspot or pipedrive.")
        String preset;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(Mapping.presetText(ScorecardCommand.preset(preset)));
            return KpiCommand.EXIT_OK;
        }
    }
}
