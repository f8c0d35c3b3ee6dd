package org.offramp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.UnknownModelException;
import org.offramp.output.ConsoleTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code offramp models}: the installed models (found on the class path), each with its title,
 * endings, parameters, recorded metrics and embedded scenarios; the default model is marked.
 */
@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = "List the installed models: name, title, endings, parameters, metrics and scenarios. Files"
            + " name their model with 'model: NAME'; a file that names none is of the default model (marked *).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:success"})
final class ModelsCommand implements Callable<Integer> {
    /** Marks the default model. */
    static final String DEFAULT = "*";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<List<String>> rows = new ArrayList<>();
        for (Model<?> m : Models.all()) {
            rows.add(List.of(m.name() + (m.isDefault() ? " " + DEFAULT : ""), m.title()));
            rows.add(List.of("", "endings: " + String.join(", ", m.endings().names()) + " (no ending by the horizon: "
                    + m.endings().horizon().name() + ")"));
            rows.add(List.of("", m.parameters().count() + " parameters, " + m.record().size()
                    + " metrics per run, scenarios: " + String.join(", ", m.scenarios().names())));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(ConsoleTable.format(List.of("model", "description"), rows,
                List.of(ConsoleTable.Align.LEFT, ConsoleTable.Align.LEFT)));
        out.println();
        String launcher = Launcher.command();
        out.println(DEFAULT + " the default model, of files that name none. Name a model in a file with 'model: NAME',"
                + " or on the command line with '" + launcher + " params --model NAME', '" + launcher
                + " scenarios --model NAME' and '" + launcher + " replay --model NAME ...'.");
        out.flush();
        return OfframpCommand.OK;
    }

    /**
     * The installed model with this name, for a {@code --model} option.
     *
     * @param name the option's value
     * @return the model
     * @throws BadInputException naming the value and the installed models when there is none
     */
    static Model<?> model(String name) {
        try {
            return Models.get(name);
        } catch (UnknownModelException e) {
            throw new BadInputException("--model: " + e.getMessage(), e);
        }
    }
}
