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
    /** Description lines are wrapped at this width, so the table fits a common terminal. */
    private static final int WIDTH = 78;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        for (String name : Scenarios.names()) {
            List<String> lines = wrap(Scenarios.description(name).strip().replaceAll("\\s+", " "), WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                rows.add(List.of(i == 0 ? name : "", lines.get(i)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConsoleTable.format(List.of("scenario", "description"), rows,
                List.of(ConsoleTable.Align.LEFT, ConsoleTable.Align.LEFT)));
        out.println();
        String launcher = Launcher.command();
        out.println("Use a name with '" + launcher + " params NAME', '" + launcher + " replay --scenario NAME --seed S',"
                + " or as 'scenario:' or 'extends:' in a YAML file.");
        out.flush();
        return OfframpCommand.OK;
    }

    /** Splits text into lines of at most {@code width} characters at spaces (a longer word gets its own line). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
