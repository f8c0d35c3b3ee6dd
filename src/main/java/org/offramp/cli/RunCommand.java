package org.offramp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRun;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.RunFailedException;
import org.offramp.experiment.aggregate.RunSample;
import org.offramp.model.Outcome;
import org.offramp.output.ConsoleTable;
import org.offramp.scenario.ExperimentSpec;
import org.offramp.scenario.ExperimentSpecLoader;
import org.offramp.scenario.Overrides;
import org.offramp.sim.Simulation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offramp run EXPERIMENT.yaml [flags]}: runs an experiment file and writes its results
 * folder (runs.csv and summary.json from the engine, charts and story samples from here), then
 * prints the outcome table.
 *
 * <p>Everything is checked before anything is written: the file, the overrides, the flags, and that
 * the results folder is new or empty unless {@code --overwrite} or {@code --resume} is given. A
 * shutdown hook turns Ctrl-C into a cancellation of the experiment and waits for it, so the folder
 * is left consistent and {@code --resume} continues it.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = {"Run an experiment file and write its results folder: runs.csv, summary.json,"
            + " charts/ (PNG and SVG) and stories/.", "Flags override the file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure: a run threw (its index, seed and replay command are printed), or an I/O error",
            "2:bad input: a bad flag, experiment or scenario file, --set value, or a results folder that already"
                + " holds results (without --overwrite or --resume); nothing is written",
            "130:interrupted (Ctrl-C); the folder is consistent and --resume continues it"})
final class RunCommand implements Callable<Integer> {
    /** How long the shutdown hook waits for the experiment to stop and the command to report. */
    private static final long HOOK_WAIT_SECONDS = 60;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "The experiment file (YAML; see docs/scenarios.md).")
    private Path file;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Budget budget;

    /** --runs and --precision exclude each other. */
    static final class Budget {
        @Option(names = "--runs", paramLabel = "N", description = "Run exactly N runs, in [1, 2147483647].")
        Long runs;

        @Option(names = "--precision", paramLabel = "H",
                description = "Run until every outcome share's 95%% interval has a half-width of at most H, in"
                    + " (0, 0.5) (capped by the file's maxRuns, default 1,000,000).")
        Double precision;
    }

    @Option(names = "--seed", paramLabel = "S", description = "The master seed (any 64-bit integer).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, in [0, 1024]; 0 = all cores. Never changes the results.")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", description = "The results folder (default: results/<experiment name>).")
    private Path out;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Change one parameter on top of the file's scenario and overrides; repeatable.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--resume", description = "Continue an interrupted experiment in the results folder.")
    private boolean resume;

    @Option(names = "--overwrite", description = "Replace the results already in the results folder.")
    private boolean overwrite;

    @Option(names = "--keep-going", description = "Count runs that throw as FAILED and go on, instead of stopping.")
    private boolean keepGoing;

    @Option(names = "--quiet", description = "No progress bar (it is also off when standard error is not a terminal).")
    private boolean quiet;

    @Option(names = "--no-charts", description = "Draw no charts, whatever the file says.")
    private boolean noCharts;

    /** A checked experiment and where it goes: the result of validating all input. */
    private record Plan(ExperimentSpec spec, Experiment experiment, Path dir) {
    }

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Plan plan = plan();
        PrintWriter outw = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExperimentResult result;
        CountDownLatch settled = new CountDownLatch(1);
        try (ProgressReporter progress = ProgressReporter.forTerminal(quiet, plan.spec().name())) {
            ExperimentRun running = ExperimentRunner.start(plan.experiment(), Simulation::run, progress);
            Thread hook = new Thread(() -> {
                running.cancel();
                try {
                    // Keep the JVM alive until the engine has written its CANCELLED state and the
                    // command has said how to resume.
                    settled.await(HOOK_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }, "offramp-ctrl-c");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                result = running.await();
            } catch (RunFailedException f) {
                progress.close();
                reportFailure(err, plan, f);
                return OfframpCommand.FAILURE;
            } catch (ExperimentCancelledException c) {
                progress.close();
                err.println("offramp run: interrupted after " + c.runsCommitted() + " committed runs; the results"
                        + " folder " + plan.dir() + " is consistent. Continue with:");
                err.println("  " + resumeCommand(plan));
                err.flush();
                return OfframpCommand.INTERRUPTED;
            } finally {
                settled.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is exiting (Ctrl-C): the hook is running and has seen `settled`.
                }
            }
        }
        report(outw, plan, result);
        return OfframpCommand.OK;
    }

    /** Checks every input and builds the experiment; writes nothing. */
    private Plan plan() throws IOException {
        ExperimentSpec s = ExperimentSpecLoader.load(file);
        if (!sets.isEmpty()) {
            s = s.withOverrides(Overrides.parse(sets));
        }
        if (resume && overwrite) {
            throw new BadInputException("--resume and --overwrite exclude each other; allowed: at most one of them");
        }
        Long runs = budget == null ? null : budget.runs;
        Double precision = budget == null ? null : budget.precision;
        if (runs != null && (runs < 1 || runs > Experiment.MAX_RUNS)) {
            throw new BadInputException("--runs must be in [1, " + Experiment.MAX_RUNS + "], but was " + runs);
        }
        if (precision != null && !(precision > 0 && precision < 0.5)) {
            throw new BadInputException("--precision must be a half-width in (0, 0.5), but was " + precision);
        }
        if (threads != null && (threads < 0 || threads > 1024)) {
            throw new BadInputException("--threads must be in [0, 1024] (0 = all cores), but was " + threads);
        }
        Path dir = out != null ? out : Path.of("results", s.name());
        checkFolder(dir);
        Experiment.Builder b = Experiment.builder(s.scenario());
        try {
            if (runs != null) {
                b.runs(runs);
            } else if (precision != null) {
                b.targetHalfWidth(precision);
                if (s.budget() instanceof ExperimentSpec.Precision p) {
                    b.maxRuns(p.maxRuns());
                }
            } else if (s.budget() instanceof ExperimentSpec.Runs r) {
                b.runs(r.count());
            } else if (s.budget() instanceof ExperimentSpec.Precision p) {
                b.targetHalfWidth(p.halfWidth()).maxRuns(p.maxRuns());
            }
            b.masterSeed(seed != null ? seed : s.seed())
                    .threads(threads != null ? threads : s.threads())
                    // At least the engine's default, so the summary lists as many samples as usual.
                    .samplesPerOutcome(Math.max(Experiment.DEFAULT_SAMPLES_PER_OUTCOME, s.outputs().stories()))
                    .keepGoing(keepGoing)
                    .outputDirectory(dir)
                    .overwrite(overwrite)
                    .resume(resume);
            return new Plan(s, b.build(), dir);
        } catch (IllegalArgumentException ex) {
            throw new BadInputException(s.source() + ": " + ex.getMessage(), ex);
        }
    }

    /** A folder that exists must be a folder, and empty unless the user said what to do with it. */
    private void checkFolder(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + dir + " is a file; allowed: a new or empty folder, or a results"
                    + " folder with --overwrite or --resume");
        }
        if (Files.isDirectory(dir) && !resume && !overwrite) {
            List<String> present;
            try (Stream<Path> s = Files.list(dir)) {
                present = s.map(p -> p.getFileName().toString()).sorted().limit(6).toList();
            }
            if (!present.isEmpty()) {
                throw new BadInputException("results folder " + dir + " already holds results (" + String.join(", ",
                        present) + "); allowed: a new or empty folder (--out DIR), --overwrite to replace them,"
                        + " or --resume to continue an interrupted experiment");
            }
        }
    }

    private void report(PrintWriter w, Plan plan, ExperimentResult r) throws IOException {
        Experiment e = plan.experiment();
        w.printf(Locale.ROOT, "experiment %s · scenario %s · %,d runs · master seed %d · %d %s · %s%n",
                plan.spec().name(), e.scenario().name(), r.runs(), e.masterSeed(), r.threads(),
                r.threads() == 1 ? "thread" : "threads",
                ProgressReporter.seconds(r.wallTime()));
        w.println();
        if (r.completed() > 0) {
            long[] counts = new long[Outcome.COUNT];
            for (Outcome o : Outcome.ALL) {
                counts[o.ordinal()] = r.counts().get(o.name());
            }
            w.print(ConsoleTable.outcomes(Outcome.ALL.stream().map(Outcome::name).toList(), counts,
                    e.confidenceLevel()));
        } else {
            w.println("No run completed, so there are no outcome shares.");
        }
        if (e.precisionMode()) {
            w.printf(Locale.ROOT, "%nprecision: target half-width %s %s after %,d runs (largest half-width %.4f)%n",
                    e.targetHalfWidth(), r.targetMet() ? "met" : "NOT met (cap reached)", r.runs(),
                    r.summary().path("precision").path("largestHalfWidth").asDouble(Double.NaN));
        }
        if (r.failed() > 0) {
            w.printf(Locale.ROOT, "%n%,d runs failed and are counted as FAILED. The first:%n", r.failed());
            for (RunSample f : r.failures()) {
                w.printf(Locale.ROOT, "  run %d (seed %d): %s%n    %s%n", f.index(), f.seed(), f.detail(),
                        replayCommand(plan, f.seed()));
            }
        }
        w.println();
        w.println("results  " + plan.dir() + "  (runs.csv, summary.json)");
        boolean charts = plan.spec().outputs().charts() && !noCharts;
        if (charts && r.completed() > 0) {
            Path folder = plan.dir().resolve("charts");
            List<Path> files = ResultOutputs.writeCharts(r, plan.spec().name(), folder);
            w.println("charts   " + folder + "  (" + files.size() + " files: "
                    + String.join(", ", ResultOutputs.CHART_NAMES) + ", as .png and .svg)");
        }
        int stories = plan.spec().outputs().stories();
        if (stories > 0) {
            Path folder = plan.dir().resolve("stories");
            List<Path> files = ResultOutputs.writeStories(r, plan.spec().name(), stories,
                    sd -> replayCommand(plan, sd), folder);
            w.println("stories  " + folder + "  (" + files.size() + " files, up to " + stories + " per outcome)");
        }
        w.flush();
    }

    private void reportFailure(PrintWriter err, Plan plan, RunFailedException f) {
        err.println("offramp run: run " + f.runIndex() + " (seed " + f.seed() + ") failed: " + f.getCause());
        err.println("Reproduce it with:");
        err.println("  " + replayCommand(plan, f.seed()));
        err.println("The runs before it are saved in " + plan.dir() + "; once the cause is fixed, continue with:");
        err.println("  " + resumeCommand(plan));
        err.println("or count failing runs as FAILED with --keep-going.");
        err.flush();
    }

    /** The replay command of one seed of this experiment, with its scenario and every override. */
    private String replayCommand(Plan plan, long runSeed) {
        String ref = plan.spec().scenarioRef();
        if (!ReplayCommand.isEmbedded(ref)) {
            // The file resolved a relative scenario path against its own folder; the replay runs from here.
            Path parent = file.toAbsolutePath().normalize().getParent();
            ref = Path.of(ref).isAbsolute() || parent == null ? ref : relativeToHere(parent.resolve(ref).normalize());
        }
        return ReplayCommand.command(ref, runSeed, plan.spec().overrides());
    }

    private static String relativeToHere(Path p) {
        Path here = Path.of("").toAbsolutePath();
        return p.startsWith(here) ? here.relativize(p).toString() : p.toString();
    }

    /** This command line again, with --resume instead of --overwrite. */
    private String resumeCommand(Plan plan) {
        StringBuilder sb = new StringBuilder("offramp run ").append(ReplayCommand.quote(file.toString()));
        if (budget != null && budget.runs != null) {
            sb.append(" --runs ").append(budget.runs);
        }
        if (budget != null && budget.precision != null) {
            sb.append(" --precision ").append(budget.precision);
        }
        if (seed != null) {
            sb.append(" --seed ").append(seed);
        }
        sb.append(" --out ").append(ReplayCommand.quote(plan.dir().toString()));
        for (String s : sets) {
            sb.append(" --set ").append(ReplayCommand.quote(s));
        }
        if (keepGoing) {
            sb.append(" --keep-going");
        }
        return sb.append(" --resume").toString();
    }
}
