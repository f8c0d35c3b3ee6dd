package org.offramp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.offramp.scenario.Scenarios;
import org.offramp.output.ConsoleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code offramp scenarios}: the embedded scenarios and their descriptions. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = "List the embedded scenarios with their descriptions.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success"})
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        for (String name : Scenarios.names()) {
            rows.add(List.of(name, Scenarios.description(name).strip().replaceAll("\\s+", " ")));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConsoleTable.format(List.of("scenario", "description"), rows,
                List.of(ConsoleTable.Align.LEFT, ConsoleTable.Align.LEFT)));
        out.println();
        out.println("Use a name with 'offramp params NAME', 'offramp replay --scenario NAME --seed S', or as"
                + " 'scenario:' or 'extends:' in a YAML file.");
        out.flush();
        return OfframpCommand.OK;
    }
}
