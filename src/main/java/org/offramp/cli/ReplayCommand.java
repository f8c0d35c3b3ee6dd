package org.offramp.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.world.Chronicle;
import org.offramp.scenario.Overrides;
import org.offramp.scenario.Params;
import org.offramp.scenario.Scenario;
import org.offramp.scenario.Scenarios;
import org.offramp.standoff.sim.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code offramp replay --scenario NAME|FILE --seed S [--set PATH=VALUE]...}: one run, told as a
 * story, then its outcome, day and trigger. The run is the same one an experiment made with that
 * seed, since a run is a pure function of the scenario and the seed.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = "Print the story of one run, then its outcome, day and trigger.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run threw", "2:bad input (unknown scenario, bad --seed or --set)"})
final class ReplayCommand implements Callable<Integer> {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/:=+-]+");

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", required = true, paramLabel = "NAME|FILE",
            description = "An embedded scenario (see 'offramp scenarios') or a scenario file.")
    private String scenario;

    @Option(names = "--seed", required = true, paramLabel = "S", converter = Converters.Seed.class,
            description = "The run's seed (an experiment's runs.csv and summary.json list them).")
    private long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Change one parameter on top of the scenario; repeatable.")
    private List<String> sets = new ArrayList<>();

    @Override
    public Integer call() {
        Scenario s = Overrides.parse(sets).applyTo(Scenarios.load(scenario));
        Simulation.Replay replay = Simulation.replay(s, seed);
        PrintWriter out = spec.commandLine().getOut();
        out.print(replay.storyText());
        out.println();
        out.print(ending(replay.record()));
        out.flush();
        return OfframpCommand.OK;
    }

    /** The outcome, day and trigger of a run, one per line. */
    static String ending(StandoffRecord r) {
        return String.format(Locale.ROOT, "outcome  %s%nday      %d (%s)%ntrigger  %s (%s)%n", r.outcome(), r.day(),
                Chronicle.DAY_ZERO.plusDays(r.day()), r.trigger().description(), r.trigger().name());
    }

    /**
     * The {@code offramp replay} command that reproduces the run with {@code seed}, started as this
     * tool was ({@link Launcher}).
     *
     * @param scenarioRef an embedded scenario name or a scenario file path, as the replay should load it
     * @param overrides   parameter values set on top of the scenario, by path
     */
    static String command(String scenarioRef, long seed, Map<String, Double> overrides) {
        StringBuilder sb = new StringBuilder(Launcher.command()).append(" replay --scenario ").append(quote(scenarioRef))
                .append(" --seed ").append(seed);
        overrides.forEach((path, v) -> sb.append(" --set ").append(quote(path + "=" + Params.byPath(path).format(v))));
        return sb.toString();
    }

    /** Quotes a word for a POSIX shell when it holds anything but plain characters. */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Whether a scenario reference names an embedded scenario rather than a file. */
    static boolean isEmbedded(String ref) {
        return Scenarios.names().contains(ref);
    }
}
