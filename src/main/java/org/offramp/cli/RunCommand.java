package org.offramp.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.offramp.design.PolicySpecLoader;
import org.offramp.engine.EngineSession;
import org.offramp.engine.Engines;
import org.offramp.engine.Partial;
import org.offramp.engine.Shards;
import org.offramp.executor.Backend;
import org.offramp.executor.LocalBackend;
import org.offramp.executor.ShardSpec;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRun;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.FolderLock;
import org.offramp.experiment.PortableModel;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.RunFailedException;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Scenario;
import org.offramp.scenario.ExperimentSpec;
import org.offramp.scenario.ExperimentSpecLoader;
import org.offramp.scenario.Limits;
import org.offramp.scenario.Overrides;
import org.offramp.scenario.ScenarioException;
import org.offramp.stats.PrecisionTarget;
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
 * is left consistent and {@code --resume} continues it. Ctrl-C after the last run was committed (while
 * the charts and stories are written) says that the results are complete and that {@code --resume}
 * draws the rest without running anything; the exit code is still 130, since the command did not
 * finish. A failed write (a full disk) prints one line and the command that continues.
 *
 * <p>{@code summary.json} records the invocation ({@link Invocation}): the experiment file and its
 * text, every parameter change with its source and old and new values, and every setting with its
 * source; the printed header lists the changes the command line and the file's overrides made.
 *
 * <p>A policy experiment file (one with {@code kind: compare}, {@code sweep} or {@code sensitivity})
 * goes to {@link PolicyRun} instead, after the flags that do not apply to it are refused.
 *
 * <p>Two other ways to run: {@code --shard K/N} runs one slice of the experiment ({@link Shards})
 * into a partial folder that {@code offramp merge} combines; {@code --engine spark} runs the same
 * experiment (progress bar, Ctrl-C, resume) with Spark's task slots as its backend, the engine found
 * by name through {@link SparkLaunch}, so nothing here loads Spark unless asked.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = {"Run an experiment file and write its results folder: runs.csv, summary.json,"
            + " charts/ (PNG and SVG) and stories/.", "Flags override the file.",
            "A policy experiment file (kind: compare, sweep or sensitivity) runs its design instead and writes"
                + " its tables (CSV, Markdown) and charts; only --runs, --seed, --threads, --out, --set, --overwrite"
                + " and --quiet apply to it.",
            "With --shard K/N, run only slice K of N into a partial folder; 'offramp merge' combines the N"
                + " folders. With --engine spark, run on Spark (see docs/scaling.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:failure: a run threw (its index, seed and replay command are printed), or an I/O error such as a"
                + " full disk (the command that continues is printed)",
            "2:bad input: a bad flag, experiment or scenario file, --set value, or a results folder that already"
                + " holds results (without --overwrite or --resume) or whose checkpoint is damaged or of other"
                + " settings; --shard or --engine spark with a flag they exclude, or Spark missing; nothing is written",
            "130:interrupted (Ctrl-C); the folder is consistent and --resume continues it (after the last run: the"
                + " results are complete and --resume draws the charts and stories)"})
final class RunCommand implements Callable<Integer> {
    /** How long the shutdown hook waits for the experiment to stop and the command to report. */
    private static final long HOOK_WAIT_SECONDS = 60;

    @Spec
    private CommandSpec spec;

    /** The model of a plain experiment's runs: a test's stand-in, or null for the model the file names. */
    private final RunModel model;

    /** The command with the model each file names; picocli's constructor. */
    RunCommand() {
        this(null);
    }

    /** The command with another model (see {@link OfframpCommand#newCommandLine(RunModel)}). */
    RunCommand(RunModel model) {
        this.model = model;
    }

    @Parameters(index = "0", paramLabel = "EXPERIMENT", converter = Converters.File.class, description = "The experiment file (YAML; see docs/scenarios.md), or a policy experiment file"
                + " (see docs/policy-experiments.md).")
    private Path file;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private Budget budget;

    /** --runs and --precision exclude each other. */
    static final class Budget {
        @Option(names = "--runs", paramLabel = "N", converter = Converters.Whole.class,
                description = "Run exactly N runs, in [1, 2147483647].")
        Long runs;

        @Option(names = "--precision", paramLabel = "H|P%",
                description = "Run until every outcome share's 95%% interval has a half-width of at most H, in"
                    + " (0, 0.5); or, with P%% (P in (0, 100)), of at most P%% of the share, for every share whose"
                    + " interval reaches the floor (--precision-floor). Checked after each block; capped by the"
                    + " file's maxRuns, default 1,000,000.")
        String precision;
    }

    @Option(names = "--precision-floor", paramLabel = "F", converter = Converters.Real.class,
            description = "With a relative precision (P%%): shares whose interval's upper bound is below F, in (0, 1),"
                + " are exempt (default: the file's precision.floor, else 0.01).")
    private Double precisionFloor;

    @Option(names = "--seed", paramLabel = "S", converter = Converters.Seed.class,
            description = "The master seed (any 64-bit integer, e.g. 20190517 or 0x1341b25).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "T", converter = Converters.WholeInt.class,
            description = "Worker threads, in [0, " + Limits.MAX_THREADS + "]; 0 = all cores. Never changes the results.")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", converter = Converters.Folder.class, description = "The results folder (default: results/<experiment name>).")
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

    @Option(names = "--shard", paramLabel = "K/N",
            description = "Run only shard K of N (K from 0): a deterministic slice of the runs, written as a"
                + " partial folder (default results/<experiment name>/shard-K-of-N) for 'offramp merge'."
                + " Not with --precision, --resume or --engine spark.")
    private String shard;

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = LOCAL,
            description = "Where the runs run: local (default: this JVM's threads) or spark (a SparkContext;"
                + " needs Spark on the class path: the ./offramp launcher adds it, or use spark-submit).")
    private String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "With --engine spark: the Spark master, e.g. 'local[*]' or spark://HOST:7077;"
                + " without it the master comes from spark-submit.")
    private String master;

    private static final String LOCAL = "local";
    private static final String SPARK = "spark";
    /** Spark's master, set by spark-submit for the program it launches. */
    private static final String SPARK_MASTER_PROPERTY = "spark.master";

    /**
     * A checked experiment and where it goes: the result of validating all input.
     *
     * @param shard the slice to run, or null for the whole experiment
     * @param spark whether to run on Spark
     */
    private record Plan(ExperimentSpec spec, Experiment experiment, Path dir, ShardSpec shard, boolean spark,
                        ObjectNode invocation) {
    }

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        checkFileExists(file);
        Optional<String> kind = policyKind();
        if (kind.isPresent() && (kind.get().equals("discover") || kind.get().equals("calibrate"))) {
            // These files have their own command, with flags of their own.
            throw new BadInputException(file + " is a kind: " + kind.get() + " file; run it with "
                    + Launcher.command() + " " + kind.get() + " " + ReplayCommand.quote(file.toString()));
        }
        if (kind.isPresent()) {
            return runPolicy(kind.get());
        }
        Plan plan = plan();
        if (plan.shard() != null) {
            return runShard(plan);
        }
        EngineSession spark = plan.spark() ? openSpark() : null;
        try {
            return runExperiment(plan, spark);
        } finally {
            if (spark != null) {
                spark.close();
            }
        }
    }

    /**
     * Runs the experiment on this JVM's threads, or on Spark's task slots: the same experiment run
     * either way (progress bar, Ctrl-C, resume, failures), only the backend differs.
     *
     * @param spark the Spark engine, or null for this JVM's threads
     */
    private int runExperiment(Plan plan, EngineSession spark) throws IOException {
        PrintWriter outw = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExperimentResult result;
        CountDownLatch settled = new CountDownLatch(1);
        AtomicBoolean completed = new AtomicBoolean();
        Thread hook;
        Experiment e = plan.experiment();
        Backend backend = spark != null ? spark.backend() : LocalBackend.threads(e.effectiveThreads());
        try (ProgressReporter progress = ProgressReporter.forTerminal(quiet, plan.spec().name())) {
            RunModel runs = model != null ? model : spark != null ? PortableModel.of(e.model()) : RunModel.of(e.model());
            ExperimentRun running = ExperimentRunner.start(e, runs, backend, progress);
            hook = new Thread(new CtrlC(running, settled, completed, err, completedNotice(plan)), "offramp-ctrl-c");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                result = running.await();
                completed.set(true);
            } catch (RunFailedException f) {
                progress.close();
                reportFailure(err, plan, f, "The runs before it are saved in " + plan.dir() + "; once the cause"
                        + " is fixed, continue with:", resumeCommand(plan));
                return OfframpCommand.FAILURE;
            } catch (ExperimentCancelledException c) {
                progress.close();
                err.println("offramp run: interrupted after " + c.runsCommitted() + " committed runs; the results"
                        + " folder " + plan.dir() + " is consistent. Continue with:");
                err.println("  " + resumeCommand(plan));
                err.flush();
                return OfframpCommand.INTERRUPTED;
            } catch (ResultsFolderException x) {
                if (x.isBadInput() || ErrorHandler.ioCause(x) == null) {
                    throw x;
                }
                progress.close();
                reportWriteFailure(err, plan, x);
                return OfframpCommand.FAILURE;
            } finally {
                settled.countDown();
                if (!completed.get()) {
                    removeHook(hook);
                }
            }
        }
        String where = spark != null ? SparkLaunch.where(spark) : ResultReport.threads(result.threads());
        try {
            report(outw, plan, result, where + " · " + ProgressReporter.seconds(result.wallTime()));
        } catch (IOException | UncheckedIOException x) {
            reportOutputFailure(err, plan, x);
            return OfframpCommand.FAILURE;
        } finally {
            removeHook(hook);
        }
        return OfframpCommand.OK;
    }

    /** Starts the Spark engine that {@link #checkEngine()} found, with --master (or spark-submit's). */
    private EngineSession openSpark() {
        try {
            return SparkLaunch.open(master);
        } catch (LinkageError missing) {
            // The probe found Spark, but part of it (or of its dependencies) is missing or of another version.
            throw new BadInputException("Spark cannot be loaded: " + missing + "; " + SPARK_HINT, missing);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is exiting (Ctrl-C): the hook is running and has seen `settled`.
        }
    }

    /**
     * What Ctrl-C does while {@code offramp run} runs an experiment: cancel it and keep the JVM alive
     * until the engine has written its CANCELLED state and the command has said how to resume; or,
     * once every run is committed, say that the results are complete and how to draw the rest.
     */
    record CtrlC(ExperimentRun running, CountDownLatch settled, AtomicBoolean completed, PrintWriter err,
                 String notice) implements Runnable {
        @Override
        public void run() {
            running.cancel();
            try {
                settled.await(HOOK_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
            if (completed.get()) {
                err.println(notice);
                err.flush();
            }
        }
    }

    /** What Ctrl-C prints once every run is committed. */
    private String completedNotice(Plan plan) {
        return "offramp run: interrupted after the experiment had completed: runs.csv and summary.json in "
                + plan.dir() + " are complete, the charts and stories may be missing. Draw them (nothing is run"
                + " again) with:\n  " + resumeCommand(plan);
    }

    /** A write into the results folder failed (a full disk): what is saved, and how to go on. */
    private void reportWriteFailure(PrintWriter err, Plan plan, ResultsFolderException x) {
        err.println("offramp run: cannot write the results folder " + plan.dir() + ": "
                + ErrorHandler.describe(ErrorHandler.ioCause(x)));
        if (Files.exists(plan.dir().resolve("checkpoint.json"))) {
            err.println("The runs committed before it are saved. Once there is space (or the folder can be written),"
                    + " continue with:");
            err.println("  " + resumeCommand(plan));
        } else {
            err.println("Nothing was committed. Once there is space (or the folder can be written), start again"
                    + " with:");
            err.println("  " + command(plan, "--overwrite"));
        }
        debugTrace(err, x);
    }

    /** The experiment is complete, but a chart or story could not be written. */
    private void reportOutputFailure(PrintWriter err, Plan plan, Exception x) {
        IOException io = ErrorHandler.ioCause(x);
        err.println("offramp run: the experiment is complete (runs.csv and summary.json in " + plan.dir() + "), but"
                + " its charts and stories could not be written: " + (io == null ? x.toString() : ErrorHandler.describe(io)));
        err.println("Once there is space (or the folder can be written), draw them (nothing is run again) with:");
        err.println("  " + resumeCommand(plan));
        debugTrace(err, x);
    }

    /** With --debug, the stack trace; else how to get it. */
    private void debugTrace(PrintWriter err, Throwable x) {
        if (ErrorHandler.debug(spec.commandLine())) {
            x.printStackTrace(err);
        }
        err.flush();
    }

    /**
     * The {@code kind} of the file if it is a policy experiment file. A file that cannot be read or
     * parsed is left to the plain experiment loader, whose message names file, line and key.
     */
    private Optional<String> policyKind() {
        try {
            return PolicySpecLoader.kindOf(file);
        } catch (ScenarioException notYaml) {
            return Optional.empty();
        }
    }

    /** Refuses the flags that do not apply to a policy experiment, then runs it through {@link PolicyRun}. */
    private int runPolicy(String kind) throws IOException {
        String flag = null;
        String why = null;
        if (budget != null && budget.precision != null) {
            flag = "--precision " + budget.precision;
            why = "a policy experiment runs a fixed number of runs per variant or point; give --runs N";
        } else if (precisionFloor != null) {
            flag = "--precision-floor " + precisionFloor;
            why = "a policy experiment runs a fixed number of runs per variant or point; it has no precision target";
        } else if (keepGoing) {
            flag = "--keep-going";
            why = "a run that throws stops a policy experiment (its message names the variant or point, the run"
                    + " index and the seed); it cannot be counted as FAILED";
        } else if (noCharts) {
            flag = "--no-charts";
            why = "a policy experiment always draws its charts";
        }
        if (flag != null) {
            throw new BadInputException(flag + " does not apply to " + file + ", a kind: " + kind + " file: " + why
                    + "; allowed with a policy experiment file: --runs, --seed, --threads, --out, --set,"
                    + " --overwrite, --resume, --shard, --engine, --master, --quiet");
        }
        PolicyRun.Flags f = new PolicyRun.Flags("run", file, budget == null ? null : budget.runs, seed, threads, out,
                sets, overwrite, quiet, originalArgs(), resume, shard, engine, master);
        return new PolicyRun(f, spec.commandLine().getOut(), spec.commandLine().getErr()).call(null);
    }

    /** Runs one shard into its partial folder and says what it covered and how to merge. */
    private int runShard(Plan plan) throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        ShardSpec s = plan.shard();
        Partial p;
        PrintWriter err = spec.commandLine().getErr();
        // Ctrl-C kills a shard at once (it writes its files only at the end, so nothing is half-written);
        // say how to run it again, since a shard cannot be resumed.
        Thread hook = new Thread(() -> {
            err.println("offramp run: interrupted: shard " + s + " wrote no results (a shard writes them only when all"
                    + " its runs are done, and cannot be resumed). Run it again with:");
            err.println("  " + command(plan, "--overwrite"));
            err.flush();
        }, "offramp-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            p = Shards.run(plan.experiment(), s.index(), s.count(), PortableModel.of(plan.experiment().model()),
                    plan.dir());
        } catch (RunFailedException f) {
            reportFailure(err, plan, f, "Shard " + s + " saved nothing; once the cause is"
                    + " fixed, run it again:", command(plan, "--overwrite"));
            return OfframpCommand.FAILURE;
        } catch (ResultsFolderException x) {
            if (x.isBadInput() || ErrorHandler.ioCause(x) == null) {
                throw x;
            }
            err.println("offramp run: cannot write shard " + s + " to " + plan.dir() + ": "
                    + ErrorHandler.describe(ErrorHandler.ioCause(x)));
            err.println("Shard " + s + " saved nothing. Once there is space (or the folder can be written), run it"
                    + " again with:");
            err.println("  " + command(plan, "--overwrite"));
            debugTrace(err, x);
            return OfframpCommand.FAILURE;
        } finally {
            removeHook(hook);
        }
        ExperimentSpec es = plan.spec();
        new ShardOutputs(es.name(), scenarioRef(plan), es.overrides(), es.outputs().charts(), es.outputs().stories(),
                plan.experiment().scenario().contentHash()).write(plan.dir(), plan.invocation());
        long runs = p.toRun() - p.fromRun();
        w.printf(Locale.ROOT, "shard %s of experiment %s · scenario %s · master seed %d · %s · %s%n", s, es.name(),
                plan.experiment().scenario().name(), plan.experiment().masterSeed(), ResultReport.threads(p.threads()),
                ProgressReporter.seconds(java.time.Duration.ofNanos((long) (p.wallSeconds() * 1e9))));
        w.println();
        if (runs == 0) {
            w.printf(Locale.ROOT, "covered  no runs: the experiment has only %,d blocks for %,d shards%n",
                    p.totalBlocks(), s.count());
        } else {
            w.printf(Locale.ROOT, "covered  runs %,d to %,d (%,d of %,d runs), blocks %,d to %,d of %,d%n", p.fromRun(),
                    p.toRun() - 1, runs, plan.experiment().runs(), p.fromBlock(), p.toBlock() - 1, p.totalBlocks());
        }
        if (p.aggregate().failed() > 0) {
            w.printf(Locale.ROOT, "failed   %,d runs, counted as FAILED (--keep-going)%n", p.aggregate().failed());
        }
        w.println("results  " + plan.dir() + "  (runs.csv, " + Partial.FILE + ", " + ShardOutputs.FILE + ")");
        w.println();
        w.println("When all " + s.count() + " shards are done, merge them with:");
        w.println("  " + mergeCommand(plan));
        w.flush();
        return OfframpCommand.OK;
    }

    /** The merge command for this shard's siblings, guessing their folders from this one's name. */
    private String mergeCommand(Plan plan) {
        return mergeCommand(plan.dir(), plan.shard(), plan.spec().name());
    }

    /**
     * The merge command for the siblings of the shard in {@code dir}, guessing their folders from its
     * name (a policy experiment's shards are merged the same way).
     *
     * @param dir  the shard's folder
     * @param s    its K/N
     * @param name the experiment's name
     * @return the command, as the user types it
     */
    static String mergeCommand(Path dir, ShardSpec s, String name) {
        Path parent = dir.getParent();
        String folder = dir.getFileName() == null ? "" : dir.getFileName().toString();
        // The folder's name with this shard's K as a whole number (shard-3, part3-of-8): the siblings
        // differ only there, so a shell pattern names them all.
        Matcher m = Pattern.compile("(?<![0-9])" + s.index() + "(?![0-9])").matcher(folder);
        int hits = 0;
        int at = -1;
        while (m.find()) {
            hits++;
            at = m.start();
        }
        Path mergedOut = parent == null ? Path.of(name + "-merged") : parent.resolve("merged");
        if (s.count() == 1) {
            return Launcher.command() + " merge " + ReplayCommand.quote(dir.toString()) + " --out "
                    + ReplayCommand.quote(mergedOut.toString());
        }
        if (hits == 1) {
            String pattern = folder.substring(0, at) + "*" + folder.substring(at + Integer.toString(s.index()).length());
            String glob = parent == null ? pattern : parent.resolve(pattern).toString();
            // Quote everything but the star, so the shell still expands it.
            int star = glob.lastIndexOf('*');
            return Launcher.command() + " merge " + shellGlob(glob.substring(0, star)) + "*" + shellGlob(glob.substring(star + 1))
                    + " --out " + ReplayCommand.quote(mergedOut.toString());
        }
        return Launcher.command() + " merge " + ReplayCommand.quote(dir.toString()) + " FOLDERS-OF-THE-OTHER-"
                + (s.count() - 1) + "-SHARDS --out " + ReplayCommand.quote(mergedOut.toString());
    }

    private static String shellGlob(String part) {
        return part.isEmpty() ? "" : ReplayCommand.quote(part);
    }

    /** How to get a build with the Spark engine. */
    static final String SPARK_BUILD_HINT = "run it through the ./offramp launcher, which builds the Spark engine (./mvnw"
            + " -Pspark package) and adds Spark's jars and JVM flags when it sees --engine spark, or build"
            + " target/offramp-cli.jar with ./mvnw -Pspark package and submit it with spark-submit; see docs/scaling.md";

    /** How to get Spark onto the class path. */
    static final String SPARK_HINT = "run it through the ./offramp launcher, which adds Spark's jars and JVM flags"
            + " when it sees --engine spark, or submit target/offramp-cli.jar with spark-submit (--class"
            + " org.offramp.cli.OfframpCommand); see docs/scaling.md";

    /**
     * Refuses a file that does not exist with what {@code run} expects, and, for a name such as
     * {@code baseline}, what was probably meant: an embedded scenario is not an experiment file.
     */
    static void checkFileExists(Path file) {
        if (Files.exists(file)) {
            return;
        }
        String name = file.toString();
        StringBuilder hint = new StringBuilder();
        for (Path candidate : List.of(Path.of(name + ".yaml"), Path.of("experiments", name + ".yaml"))) {
            if (file.getNameCount() == 1 && !name.endsWith(".yaml") && Files.isRegularFile(candidate)) {
                hint.append("; did you mean ").append(ReplayCommand.quote(candidate.toString())).append('?');
                break;
            }
        }
        if (ReplayCommand.isEmbedded(Models.defaultModel(), name)) {
            hint.append(" '").append(name).append("' is an embedded scenario, not an experiment file: an experiment"
                    + " file names it with 'scenario: ").append(name).append("' (see docs/scenarios.md), and"
                    + " 'offramp replay --scenario ").append(name).append(" --seed 20190517' tells the story of one"
                    + " of its runs");
        }
        throw new BadInputException(ScenarioException.excerpt(name) + ": no such file; allowed: an experiment file"
                + " (YAML; docs/scenarios.md) or a policy experiment file (docs/policy-experiments.md)" + hint);
    }

    /** Checks every input and builds the experiment; writes nothing. */
    private Plan plan() throws IOException {
        ExperimentSpec fromFile = ExperimentSpecLoader.load(file);
        ExperimentSpec s = fromFile;
        Overrides setOverrides = Overrides.parse(fromFile.scenario().parameters(), sets);
        if (!setOverrides.isEmpty()) {
            s = s.withOverrides(setOverrides);
        }
        if (resume && overwrite) {
            throw new BadInputException("--resume and --overwrite exclude each other; allowed: at most one of them");
        }
        Long runs = budget == null ? null : budget.runs;
        String precisionText = budget == null ? null : budget.precision;
        ShardSpec slice = null;
        if (shard != null) {
            try {
                slice = ShardSpec.parse(shard);
            } catch (IllegalArgumentException ex) {
                throw new BadInputException("--shard: " + ex.getMessage(), ex);
            }
            String other = precisionText != null ? "--precision (a shard cannot know where the precision target stops"
                    + " the experiment; give --runs N)"
                    : resume ? "--resume (a shard is short: run it again, with --overwrite)"
                    : SPARK.equals(engine) ? "--engine spark (Spark runs the whole experiment; shards are for clusters"
                            + " without it)"
                    : null;
            if (other != null) {
                throw new BadInputException("--shard " + shard + " excludes " + other);
            }
        }
        // After the flags' combinations, so that a build without Spark names the combination first.
        boolean spark = checkEngine();
        try {
            if (runs != null) {
                Limits.runs("--runs", runs);
            }
            if (threads != null) {
                Limits.threads("--threads", threads);
            }
        } catch (IllegalArgumentException ex) {
            throw new BadInputException(ex.getMessage(), ex);
        }
        PrecisionTarget precision = precisionTarget(s, runs, precisionText);
        Path dir = out != null ? out : slice != null
                ? Path.of("results", s.name(), "shard-" + slice.index() + "-of-" + slice.count())
                : Path.of("results", s.name());
        if (slice != null && precisionText == null && runs == null && s.budget() instanceof ExperimentSpec.Precision p) {
            throw new BadInputException("--shard needs a fixed number of runs, but " + s.source() + " asks for"
                    + " precision " + p.target().text() + " (a shard cannot know where that target stops the experiment);"
                    + " give --runs N");
        }
        checkFolder(dir);
        ObjectNode invocation = invocation(fromFile, setOverrides, runs, precision, spark, slice);
        Experiment.Builder b = Experiment.builder(s.scenario()).invocation(invocation);
        try {
            if (runs != null) {
                b.runs(runs);
            } else if (precision != null) {
                b.precision(precision);
                if (s.budget() instanceof ExperimentSpec.Precision p) {
                    b.maxRuns(p.maxRuns());
                }
            } else if (s.budget() instanceof ExperimentSpec.Runs r) {
                b.runs(r.count());
            }
            b.masterSeed(seed != null ? seed : s.seed())
                    .threads(threads != null ? threads : s.threads())
                    // Exactly the stories written: summary.json lists the samples whose stories/ files exist.
                    .samplesPerOutcome(s.outputs().stories())
                    .keepGoing(keepGoing)
                    .outputDirectory(dir)
                    .overwrite(overwrite)
                    .resume(resume);
            return new Plan(s, b.build(), dir, slice, spark, invocation);
        } catch (IllegalArgumentException ex) {
            throw new BadInputException(s.source() + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * The record of this invocation for summary.json: the file, the scenario, every parameter change
     * by source (the scenario's own values, the file's overrides, --set) and every setting by source.
     */
    private ObjectNode invocation(ExperimentSpec fromFile, Overrides setOverrides, Long runs,
            PrecisionTarget precision, boolean spark, ShardSpec slice) {
        ObjectNode n = Invocation.start("run", originalArgs(), file);
        n.put("experiment", fromFile.name());
        String ref = fromFile.scenarioRef();
        Model<?> m = fromFile.scenario().model();
        n.put("model", m.name());
        n.set("scenario", Invocation.scenarioRecord(m, ref, file));
        Scenario base = Invocation.baseScenario(m, ref, file);
        Map<String, Map<String, Double>> layers = new LinkedHashMap<>();
        layers.put(Invocation.FILE_OVERRIDES, fromFile.overrides());
        layers.put(Overrides.SOURCE, setOverrides.values());
        n.set("changes", Invocation.changes(base, (ReplayCommand.isEmbedded(m, ref) ? "scenario " : "scenario file ")
                + ref, layers));
        ObjectNode settings = n.putObject("settings");
        ExperimentSpec.Budget fileBudget = fromFile.budget();
        Object fileBudgetValue = fileBudget instanceof ExperimentSpec.Runs r ? (Object) r.count()
                : precisionSetting(((ExperimentSpec.Precision) fileBudget).target(),
                        ((ExperimentSpec.Precision) fileBudget).maxRuns());
        if (runs != null) {
            Invocation.setting(settings, "runs", runs, "--runs", fileBudgetValue);
        } else if (precision != null && !(fileBudget instanceof ExperimentSpec.Precision p && precision.equals(p.target()))) {
            long maxRuns = fileBudget instanceof ExperimentSpec.Precision p ? p.maxRuns() : Experiment.DEFAULT_MAX_RUNS;
            Invocation.setting(settings, "precision", precisionSetting(precision, maxRuns),
                    budget != null && budget.precision != null ? "--precision" : "--precision-floor", fileBudgetValue);
        } else if (fileBudget instanceof ExperimentSpec.Runs r) {
            Invocation.setting(settings, "runs", r.count(), Invocation.FROM_FILE, null);
        } else {
            Invocation.setting(settings, "precision", fileBudgetValue, Invocation.FROM_FILE, null);
        }
        Invocation.setting(settings, "seed", seed != null ? seed : fromFile.seed(),
                seed != null ? "--seed" : Invocation.FROM_FILE, seed != null ? fromFile.seed() : null);
        Invocation.setting(settings, "keepGoing", keepGoing, keepGoing ? "--keep-going" : Invocation.DEFAULT, null);
        Invocation.setting(settings, "engine", engine, spark ? "--engine" : Invocation.DEFAULT, null);
        if (spark && master != null) {
            settings.put("master", master);
        }
        if (slice != null) {
            Invocation.setting(settings, "shard", slice.toString(), "--shard", null);
        }
        Invocation.setting(settings, "threads", threads != null ? threads : fromFile.threads(),
                threads != null ? "--threads" : Invocation.FROM_FILE, null);
        ObjectNode outputs = n.putObject("outputs");
        outputs.put("charts", fromFile.outputs().charts() && !noCharts);
        outputs.put("stories", fromFile.outputs().stories());
        if (noCharts) {
            outputs.put("source", "--no-charts");
        }
        return n;
    }

    /** A precision target as a setting: its text (an absolute half-width or P%), floor and cap. */
    private static Map<String, Object> precisionSetting(PrecisionTarget t, long maxRuns) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("halfWidth", t.text());
        if (t.relative()) {
            v.put("floor", t.floor());
        }
        v.put("maxRuns", maxRuns);
        return v;
    }

    /** The command line as typed, after the launcher. */
    private List<String> originalArgs() {
        CommandSpec root = spec.root();
        var parsed = root.commandLine().getParseResult();
        return parsed == null ? List.of() : parsed.originalArgs();
    }

    /**
     * The precision target of this command: --precision (with --precision-floor, else the file's
     * floor) over the file's target (whose floor --precision-floor replaces); null with a fixed
     * number of runs.
     */
    private PrecisionTarget precisionTarget(ExperimentSpec s, Long runs, String precisionText) {
        if (precisionFloor != null && !(precisionFloor > 0 && precisionFloor < 1)) {
            throw new BadInputException("--precision-floor must be in (0, 1), but was " + precisionFloor);
        }
        PrecisionTarget fromFile = s.budget() instanceof ExperimentSpec.Precision p ? p.target() : null;
        PrecisionTarget t;
        if (precisionText != null) {
            double floor = precisionFloor != null ? precisionFloor
                    : fromFile != null && fromFile.relative() ? fromFile.floor() : PrecisionTarget.DEFAULT_FLOOR;
            try {
                t = PrecisionTarget.parse(precisionText, floor);
            } catch (IllegalArgumentException ex) {
                throw new BadInputException("--precision must be " + PrecisionTarget.ALLOWED + ", but was "
                        + precisionText, ex);
            }
        } else {
            t = runs == null ? fromFile : null;
            if (t != null && t.relative() && precisionFloor != null) {
                t = PrecisionTarget.relative(t.value(), precisionFloor);
            }
        }
        if (precisionFloor != null && (t == null || !t.relative())) {
            throw new BadInputException("--precision-floor " + precisionFloor + " applies to a relative precision only"
                    + " (--precision P%, or precision.halfWidth: P% in the file), but the experiment "
                    + (t == null ? "makes a fixed number of runs" : "has the absolute precision " + t.text()));
        }
        return t;
    }

    /**
     * Checks --engine and the flags that go with it; for Spark, also that Spark is on the class path
     * and a master is known. Loads no Spark class.
     *
     * @return whether to run on Spark
     */
    private boolean checkEngine() {
        if (!LOCAL.equals(engine) && !SPARK.equals(engine)) {
            throw new BadInputException("--engine must be local or spark, but was " + engine);
        }
        boolean spark = SPARK.equals(engine);
        if (!spark) {
            if (master != null) {
                throw new BadInputException("--master " + master + " is for --engine spark only; add --engine spark"
                        + " or drop --master");
            }
            return false;
        }
        if (threads != null) {
            throw new BadInputException("--engine spark excludes --threads " + threads + ": the master decides how many"
                    + " runs go at once (e.g. --master 'local[4]', or the cluster's executor cores)");
        }
        checkSpark(master);
        return true;
    }

    /**
     * Checks that the Spark engine is in this build, Spark on the class path, and a master known
     * ({@code --master}, or spark-submit's {@code spark.master}). Loads no Spark class.
     *
     * @param master --master, or null
     * @throws BadInputException saying what is missing and how to get it
     */
    static void checkSpark(String master) {
        if (master != null && master.isBlank()) {
            throw new BadInputException("--master must be a Spark master URL such as 'local[*]' or spark://HOST:7077,"
                    + " but was blank");
        }
        Optional<String> unavailable = Engines.unavailable(SparkLaunch.ENGINE);
        if (unavailable.isPresent()) {
            throw new BadInputException(Engines.find(SparkLaunch.ENGINE).isEmpty()
                    ? "--engine spark needs the Spark engine, which this build of offramp leaves out: " + SPARK_BUILD_HINT
                    : "--engine spark needs Apache Spark (spark-core_2.13 4.x), which is not on the class path: "
                            + SPARK_HINT);
        }
        if (master == null && System.getProperty(SPARK_MASTER_PROPERTY) == null) {
            throw new BadInputException("--engine spark needs a master: give --master 'local[*]' to run Spark inside"
                    + " this JVM (or spark://HOST:7077), or launch with spark-submit, which sets it");
        }
    }

    /** A folder that exists must be a folder, and empty unless the user said what to do with it. */
    private void checkFolder(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + dir + " is a file; allowed: a new or empty folder, or a results"
                    + " folder with --overwrite or --resume");
        }
        ResultsLayout.Contents c = ResultsLayout.scan(dir);
        if (!resume && !overwrite && !c.isEmpty()) {
            List<String> present = Stream.of(c.experimentFiles(), c.temporaryFiles(), c.otherFiles())
                    .flatMap(List::stream).filter(n -> !n.equals(FolderLock.FILE)).sorted().limit(6).toList();
            if (shard != null) {
                throw new BadInputException("shard folder " + dir + " already holds results (" + String.join(", ",
                        present) + "); allowed: a new or empty folder (--out DIR), or --overwrite to run the shard"
                        + " again (a shard cannot be resumed: it writes its results only when all its runs are done)");
            }
            throw new BadInputException("results folder " + dir + " already holds results (" + String.join(", ",
                    present) + "); allowed: a new or empty folder (--out DIR), --overwrite to replace them,"
                    + " or --resume to continue an interrupted experiment");
        }
        if (overwrite && !c.otherFiles().isEmpty()) {
            // Checked again by the engine under the folder's lock; here so that nothing is written.
            throw new BadInputException("results folder " + dir + " holds files that are not an experiment's ("
                    + String.join(", ", c.otherFiles().subList(0, Math.min(6, c.otherFiles().size())))
                    + "); --overwrite deletes only the files an experiment writes (runs.csv, summary.json,"
                    + " checkpoint.json, charts/, stories/ ...); allowed: move those files away, or another --out");
        }
    }

    /** The headline, table, charts and stories of a finished experiment; {@code how} says where it ran. */
    private void report(PrintWriter w, Plan plan, ExperimentResult r, String how) throws IOException {
        Experiment e = plan.experiment();
        String headline = String.format(Locale.ROOT, "experiment %s · scenario %s · %,d runs · master seed %d · %s%n%s",
                plan.spec().name(), e.scenario().name(), r.runs(), e.masterSeed(), how,
                Invocation.changesLine(plan.invocation(), e.scenario().parameters()));
        ResultReport.print(w, headline, r, new ResultReport.Target(plan.spec().name(), plan.dir(),
                plan.spec().outputs().charts() && !noCharts, plan.spec().outputs().stories(),
                sd -> replayCommand(plan, sd)));
    }

    private void reportFailure(PrintWriter err, Plan plan, RunFailedException f, String then, String again) {
        err.println("offramp run: run " + f.runIndex() + " (seed " + f.seed() + ") failed: " + f.getCause());
        err.println("Reproduce it with:");
        err.println("  " + replayCommand(plan, f.seed()));
        err.println(then);
        err.println("  " + again);
        err.println("or count failing runs as FAILED with --keep-going.");
        debugTrace(err, f);
    }

    /** The replay command of one seed of this experiment, with its scenario and every override. */
    private String replayCommand(Plan plan, long runSeed) {
        return ReplayCommand.command(plan.experiment().model(), scenarioRef(plan), runSeed, plan.spec().overrides());
    }

    /** The scenario as {@code offramp replay --scenario} loads it from the current folder. */
    private String scenarioRef(Plan plan) {
        String ref = plan.spec().scenarioRef();
        if (!ReplayCommand.isEmbedded(plan.experiment().model(), ref)) {
            // The file resolved a relative scenario path against its own folder; the replay runs from here.
            Path parent = file.toAbsolutePath().normalize().getParent();
            ref = Path.of(ref).isAbsolute() || parent == null ? ref : relativeToHere(parent.resolve(ref).normalize());
        }
        return ref;
    }

    private static String relativeToHere(Path p) {
        Path here = Path.of("").toAbsolutePath();
        return p.startsWith(here) ? here.relativize(p).toString() : p.toString();
    }

    /** This command line again, with --resume instead of --overwrite. */
    private String resumeCommand(Plan plan) {
        return command(plan, "--resume");
    }

    /** This command line again (but --threads, --quiet, --resume, --overwrite), ending with {@code last}. */
    private String command(Plan plan, String last) {
        StringBuilder sb = new StringBuilder(Launcher.command()).append(" run ")
                .append(ReplayCommand.quote(file.toString()));
        if (budget != null && budget.runs != null) {
            sb.append(" --runs ").append(budget.runs);
        }
        if (budget != null && budget.precision != null) {
            sb.append(" --precision ").append(ReplayCommand.quote(budget.precision));
        }
        if (precisionFloor != null) {
            sb.append(" --precision-floor ").append(precisionFloor);
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
        if (noCharts) {
            sb.append(" --no-charts");
        }
        if (plan.shard() != null) {
            sb.append(" --shard ").append(plan.shard());
        }
        if (plan.spark()) {
            sb.append(" --engine spark");
            if (master != null) {
                sb.append(" --master ").append(ReplayCommand.quote(master));
            }
        }
        return sb.append(' ').append(last).toString();
    }
}
