package org.offramp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.output.ConsoleTable;
import org.offramp.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code offramp scenarios [--model NAME]}: a model's embedded scenarios and their descriptions. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = "List a model's embedded scenarios with their descriptions.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success", "2:bad input: an unknown model"})
final class ScenariosCommand implements Callable<Integer> {
    /** Description lines are wrapped at this width, so the table fits a common terminal. */
    private static final int WIDTH = 78;

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", paramLabel = "NAME",
            description = "The model (see 'offramp models'); default: the default model.")
    private String model;

    @Override
    public Integer call() {
        Model<?> m = model == null ? Models.defaultModel() : ModelsCommand.model(model);
        List<List<String>> rows = new ArrayList<>();
        for (String name : m.scenarios().names()) {
            List<String> lines = wrap(Scenarios.description(m, name).strip().replaceAll("\\s+", " "), WIDTH);
            for (int i = 0; i < lines.size(); i++) {
                rows.add(List.of(i == 0 ? name : "", lines.get(i)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConsoleTable.format(List.of("scenario", "description"), rows,
                List.of(ConsoleTable.Align.LEFT, ConsoleTable.Align.LEFT)));
        out.println();
        String launcher = Launcher.command();
        String option = m.isDefault() ? "" : " --model " + m.name();
        out.println("Use a name with '" + launcher + " params" + option + " NAME', '" + launcher + " replay" + option
                + " --scenario NAME --seed S', or as 'scenario:' or 'extends:' in a YAML file"
                + (m.isDefault() ? "" : " that says 'model: " + m.name() + "'") + ".");
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
