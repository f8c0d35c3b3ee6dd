package org.offramp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.offramp.model.Model;
import org.offramp.model.Replay;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.output.chart.ChartFiles;
import org.offramp.report.Timelines;
import org.offramp.scenario.Overrides;
import org.offramp.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code offramp replay [--model NAME] --scenario NAME|FILE --seed S [--set PATH=VALUE]... [--chart [--out DIR]]}:
 * one run, told as a story, then its outcome, day and trigger, and with {@code --chart} its timeline
 * as PNG and SVG (a model whose replays carry no timeline gets none, and the command says so). The run is the same one an experiment made
 * with that seed, since a run is a pure function of the scenario and the seed. A scenario file names
 * its model; an embedded scenario's name is looked up in {@code --model}'s catalog (default: the
 * default model).
 */
@Command(name = "replay", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = {"Print the story of one run, then its outcome, day and trigger.",
            "With --chart, also draw its timeline (the model's daily series and markers) as PNG and SVG."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run threw, or the timeline cannot be written",
            "2:bad input (unknown model or scenario, bad --seed or --set, --out"
                + " without --chart)"})
final class ReplayCommand implements Callable<Integer> {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._/:=+-]+");

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", paramLabel = "NAME",
            description = "The model (see 'offramp models') whose embedded scenario --scenario names; default: the"
                + " model of the scenario file, or the default model.")
    private String model;

    @Option(names = "--scenario", required = true, paramLabel = "NAME|FILE",
            description = "An embedded scenario (see 'offramp scenarios') or a scenario file.")
    private String scenario;

    @Option(names = "--seed", required = true, paramLabel = "S", converter = Converters.Seed.class,
            description = "The run's seed (an experiment's runs.csv and summary.json list them).")
    private long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Change one parameter on top of the scenario; repeatable.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--chart", description = "Also draw the run's timeline (its model's daily series and markers)"
                + " as timeline-SCENARIO-seedS.png and .svg in --out.")
    private boolean chart;

    @Option(names = "--out", paramLabel = "DIR", converter = Converters.Folder.class,
            description = "With --chart: the folder for the timeline (default: the current folder).")
    private Path outDir;

    @Override
    public Integer call() throws IOException {
        if (outDir != null && !chart) {
            throw new BadInputException("--out " + outDir + " applies only with --chart (it is where the timeline"
                    + " goes); add --chart, or leave out --out");
        }
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new BadInputException("--out " + outDir + " is a file; allowed: a folder (created if missing)");
        }
        Scenario base = model != null ? Scenarios.load(ModelsCommand.model(model), scenario) : Scenarios.load(scenario);
        Scenario s = Overrides.parse(base.parameters(), sets).applyTo(base);
        Replay<?> replay = s.model().replay(s, seed);
        PrintWriter out = spec.commandLine().getOut();
        out.print(replay.storyText());
        out.println();
        out.print(ending(s.model(), replay));
        if (chart) {
            Path folder = outDir != null ? outDir : Path.of(".");
            String name = chartName(s.name(), seed);
            String title = Timelines.title(s.model(), replay, s.name(), -1, seed);
            // The title names the scenario, seed and ending; the subtitle only what changed it.
            String subtitle = sets.isEmpty() ? "" : "with " + String.join(", ", sets);
            Optional<ChartFiles> files = Timelines.write(s.model(), replay, title, subtitle, folder, name);
            out.println("timeline  " + files.map(f -> f.png() + ", " + f.svg())
                    .orElse("none: " + Timelines.noTimeline(s.model())));
        }
        out.flush();
        return OfframpCommand.OK;
    }

    /**
     * The file name (without extension) of a run's timeline: {@code timeline-SCENARIO-seedS}, with
     * the scenario's name made safe for a file name.
     *
     * @param scenario the scenario's name
     * @param seed     the run's seed
     * @return the name
     */
    static String chartName(String scenario, long seed) {
        String safe = scenario.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[._-]+", "");
        return "timeline-" + (safe.isEmpty() ? "scenario" : safe) + "-seed" + seed;
    }

    /** The outcome, day and trigger of a replayed run, one per line. */
    static String ending(Model<?> model, Replay<?> replay) {
        return ending(model, record(model, replay));
    }

    /** The generic record of a replay. */
    @SuppressWarnings("unchecked")
    static RunRecord record(Model<?> model, Replay<?> replay) {
        return ((Model<Object>) model).record().toRecord(replay.record());
    }

    /** The outcome, day (with its date, for a model with a calendar) and trigger of a run, one per line. */
    static String ending(Model<?> model, RunRecord r) {
        String date = model.startDate().map(d -> " (" + d.plusDays(r.day()) + ")").orElse("");
        return String.format(Locale.ROOT, "outcome  %s%nday      %d%s%ntrigger  %s (%s)%n", r.endingName(), r.day(),
                date, r.triggerInfo().description(), r.triggerInfo().name());
    }

    /**
     * The {@code offramp replay} command that reproduces the run with {@code seed}, started as this
     * tool was ({@link Launcher}); it names the model unless it is the default one.
     *
     * @param model       the scenario's model
     * @param scenarioRef an embedded scenario name or a scenario file path, as the replay should load it
     * @param overrides   parameter values set on top of the scenario, by path
     */
    static String command(Model<?> model, String scenarioRef, long seed, Map<String, Double> overrides) {
        StringBuilder sb = new StringBuilder(Launcher.command()).append(" replay");
        if (!model.isDefault()) {
            sb.append(" --model ").append(quote(model.name()));
        }
        sb.append(" --scenario ").append(quote(scenarioRef)).append(" --seed ").append(seed);
        overrides.forEach((path, v) -> sb.append(" --set ").append(quote(path + "="
                + model.parameters().byPath(path).format(v))));
        return sb.toString();
    }

    /** Quotes a word for a POSIX shell when it holds anything but plain characters. */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Whether a scenario reference names an embedded scenario of {@code model} rather than a file. */
    static boolean isEmbedded(Model<?> model, String ref) {
        return model.scenarios().contains(ref);
    }
}
