package org.offramp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.offramp.model.Model;
import org.offramp.model.Param;
import org.offramp.model.Parameters;
import org.offramp.model.Scenario;
import org.offramp.output.ConsoleTable;
import org.offramp.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code offramp params [--model NAME] [SCENARIO]}: every parameter of a model with its value in a
 * scenario, its unit, the allowed range and the reason for its default (the baseline); values that
 * differ from the default are marked.
 */
@Command(name = "params", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = "Print every parameter with its value in SCENARIO (default: baseline), unit, allowed range and"
            + " the reason for its baseline (its default). A * marks a value that differs from the baseline.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:bad input: an unknown model or scenario, or an invalid scenario file"})
final class ParamsCommand implements Callable<Integer> {
    /** Marks a value that differs from the baseline. */
    static final String CHANGED = "*";

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", paramLabel = "NAME",
            description = "The model (see 'offramp models') whose embedded SCENARIO to show; default: the model of the"
                + " scenario file, or the default model.")
    private String model;

    @picocli.CommandLine.Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "An embedded scenario (see 'offramp scenarios') or a scenario file; default: ${DEFAULT-VALUE}.")
    private String scenario;

    @Option(names = "--changed", description = "Only the parameters whose value differs from the baseline.")
    private boolean changedOnly;

    @Override
    public Integer call() {
        Scenario s = model == null ? Scenarios.load(scenario) : Scenarios.load(ModelsCommand.model(model), scenario);
        Model<?> m = s.model();
        Parameters ps = m.parameters();
        List<List<String>> rows = new ArrayList<>();
        int changed = 0;
        for (Param p : ps.all()) {
            double v = s.get(p);
            // Exact comparison on purpose: a scenario either keeps the baseline's value or sets another.
            boolean differs = Double.compare(v, p.defaultValue()) != 0;
            changed += differs ? 1 : 0;
            if (changedOnly && !differs) {
                continue;
            }
            rows.add(List.of(p.path(), p.format(v), differs ? CHANGED + " (baseline " + p.format(p.defaultValue()) + ")" : "",
                    p.type() == Param.Type.FLAG ? "" : p.unit(), range(p), p.reason()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Parameters of scenario " + s.name() + " of model " + m.name() + ": " + ps.count() + " parameters, "
                + changed + " differ from the baseline (marked " + CHANGED + ").");
        if (!ps.note().isEmpty()) {
            out.println(ps.note());
        }
        out.println();
        ConsoleTable.Align left = ConsoleTable.Align.LEFT;
        out.print(ConsoleTable.format(List.of("parameter", "value", "changed", "unit", "allowed", "reason"), rows,
                List.of(left, ConsoleTable.Align.RIGHT, left, left, left, left)));
        out.flush();
        return OfframpCommand.OK;
    }

    /** The allowed values, short: "[0, 1]", "whole [1, 3650]", "true/false". */
    private static String range(Param p) {
        return switch (p.type()) {
            case FLAG -> "true/false";
            case INTEGER -> "whole [" + p.format(p.min()) + ", " + p.format(p.max()) + "]";
            case REAL -> "[" + p.format(p.min()) + ", " + p.format(p.max()) + "]";
        };
    }
}
