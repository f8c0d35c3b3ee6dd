package org.offramp.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.offramp.design.DesignException;
import org.offramp.design.Factor;
import org.offramp.design.PolicyExperiments.PolicyReport;
import org.offramp.design.PolicyExperiments;
import org.offramp.design.PolicySpec;
import org.offramp.design.PolicySpecLoader;
import org.offramp.engine.EngineSession;
import org.offramp.executor.Backend;
import org.offramp.executor.LocalBackend;
import org.offramp.executor.ShardSpec;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.FolderLock;
import org.offramp.experiment.PortableModel;
import org.offramp.experiment.RunModel;
import org.offramp.model.Scenario;
import org.offramp.scenario.Limits;
import org.offramp.scenario.Overrides;

/**
 * Runs a policy experiment file ({@code kind: compare}, {@code sweep} or {@code sensitivity}) for
 * {@code offramp run} and its aliases {@code offramp compare|sweep|sensitivity}: loads it, applies
 * the flags, checks the results folder, runs it with a progress bar and Ctrl-C handling, then prints
 * the result table and the files written.
 *
 * <p>Everything is checked before anything is written. A policy experiment writes its files only
 * once all its runs are done (it has no checkpoint), so an interrupted or failed one leaves the
 * folder as it was.
 *
 * <p>Not thread-safe: one instance serves one command invocation, on the command's thread.
 */
final class PolicyRun {
    /** How long the shutdown hook waits for the experiment to stop and the command to report. */
    private static final long HOOK_WAIT_SECONDS = 60;
    /**
     * The files each kind of policy experiment may write into its folder; {@code --overwrite} removes
     * the stale ones of its own kind (and their temporary files), and leaves other kinds' alone. Every
     * kind writes provenance.json, which each run replaces.
     */
    private static final Map<String, Pattern> OWN_FILES = Map.of(
            "compare", Pattern.compile("comparison\\.(csv|md)|provenance\\.json|(shares|difference-.+)\\.(png|svg)"),
            "sweep", Pattern.compile("sweep\\.(csv|md)|provenance\\.json|(series-.+|heatmap-.+)\\.(png|svg)"),
            "sensitivity", Pattern.compile("sensitivity\\.(csv|md)|provenance\\.json|sobol-.+\\.(png|svg)"));
    /** A temporary file of an interrupted atomic write: {@code .TARGET.SOMETHING.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.[^.]+\\.tmp");

    /**
     * The flags that apply to a policy file; null means "as the file says".
     *
     * @param command the command's name, for messages: run, compare, sweep or sensitivity
     */
    record Flags(String command, Path file, Long runs, Long seed, Integer threads, Path out, List<String> sets,
                 boolean overwrite, boolean quiet, List<String> arguments, boolean resume, String shard, String engine,
                 String master) {
        Flags {
            sets = List.copyOf(sets);
            arguments = List.copyOf(arguments);
            engine = engine == null ? LOCAL : engine;
        }
    }

    private static final String LOCAL = "local";

    private final Flags flags;
    private final PrintWriter out;
    private final PrintWriter err;

    PolicyRun(Flags flags, PrintWriter out, PrintWriter err) {
        this.flags = flags;
        this.out = out;
        this.err = err;
    }

    /**
     * A checked policy experiment, its results folder and the record of this invocation.
     *
     * @param shard the slice to run, or null for the whole experiment
     * @param spark whether to run on Spark
     */
    private record Plan(PolicySpec spec, Path dir, ObjectNode invocation, ShardSpec shard, boolean spark) {
    }

    /**
     * Checks every input, runs the experiment and reports it.
     *
     * @param expectedKind the kind the command asks for (an alias), or null for any
     * @return the exit code
     */
    int call(String expectedKind) throws IOException {
        Plan plan = plan(expectedKind);
        EngineSession spark = plan.spark() ? openSpark() : null;
        try {
            PolicySpec spec = plan.spec();
            Backend backend = spark != null ? spark.backend() : LocalBackend.threads(spec.threads());
            RunModel model = spark != null ? PortableModel.of(spec.base().model()) : RunModel.of(spec.base().model());
            return plan.shard() != null ? runShard(plan, model, backend) : runWhole(plan, model, backend, spark);
        } finally {
            if (spark != null) {
                spark.close();
            }
        }
    }

    /** Runs the whole experiment with its checkpoint in the folder, then reports it. */
    private int runWhole(Plan plan, RunModel model, Backend backend, EngineSession spark) throws IOException {
        PolicySpec spec = plan.spec();
        PolicyReport report;
        Thread worker = Thread.currentThread();
        CountDownLatch settled = new CountDownLatch(1);
        // The hook interrupts this thread, which the block executor turns into a cancellation (the
        // committed runs are checkpointed), then keeps the JVM alive until the command has reported.
        Thread hook = new Thread(() -> {
            worker.interrupt();
            try {
                settled.await(HOOK_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }, "offramp-ctrl-c");
        try (ProgressReporter progress = ProgressReporter.forTerminal(flags.quiet(), spec.name())) {
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                report = PolicyExperiments.run(spec, plan.dir(), model, progress, plan.invocation(), backend,
                        flags.resume());
            } catch (ExperimentCancelledException c) {
                Thread.interrupted();
                progress.close();
                err.println("offramp " + flags.command() + ": interrupted after " + c.runsCommitted() + " of "
                        + spec.totalRuns() + " committed runs; they are saved in " + plan.dir() + " ("
                        + PolicyExperiments.CHECKPOINT + "). Continue with:");
                err.println("  " + command(plan, "--resume"));
                err.flush();
                return OfframpCommand.INTERRUPTED;
            } catch (DesignException f) {
                boolean interrupted = Thread.interrupted();
                progress.close();
                err.println("offramp " + flags.command() + ": " + (interrupted ? "interrupted: " : "") + f.getMessage());
                if (Files.exists(plan.dir().resolve(PolicyExperiments.CHECKPOINT))) {
                    err.println("The runs committed before it are saved in " + plan.dir() + "; once the cause is fixed,"
                            + " continue with:");
                    err.println("  " + command(plan, "--resume"));
                }
                err.flush();
                return interrupted ? OfframpCommand.INTERRUPTED : OfframpCommand.FAILURE;
            } finally {
                settled.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is exiting (Ctrl-C): the hook is running and has seen `settled`.
                }
            }
        }
        if (flags.overwrite()) {
            removeStale(plan.dir(), spec.kind(), report.files());
        }
        print(plan, report, spark);
        return OfframpCommand.OK;
    }

    /** Runs one shard into its folder and says what it covered and how to merge. */
    private int runShard(Plan plan, RunModel model, Backend backend) {
        ShardSpec s = plan.shard();
        PolicySpec spec = plan.spec();
        // Ctrl-C kills a shard at once (it writes its partial only at the end, so nothing is half-written);
        // say how to run it again, since a shard cannot be resumed.
        Thread hook = new Thread(() -> {
            err.println("offramp " + flags.command() + ": interrupted: shard " + s + " wrote no results (a shard writes"
                    + " them only when all its runs are done, and cannot be resumed). Run it again with:");
            err.println("  " + command(plan, "--overwrite"));
            err.flush();
        }, "offramp-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        PolicyExperiments.ShardReport r;
        try (ProgressReporter progress = ProgressReporter.forTerminal(flags.quiet(), spec.name() + " " + s)) {
            r = PolicyExperiments.runShard(spec, s, plan.dir(), model, backend, progress, plan.invocation(),
                    flags.overwrite());
        } catch (DesignException f) {
            err.println("offramp " + flags.command() + ": " + f.getMessage());
            err.println("Shard " + s + " saved nothing; once the cause is fixed, run it again:");
            err.println("  " + command(plan, "--overwrite"));
            err.flush();
            return OfframpCommand.FAILURE;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // exiting
            }
        }
        out.printf(Locale.ROOT, "shard %s of %s %s · scenario %s · master seed %d · %s · %.1f s%n", s, spec.kind(),
                spec.name(), spec.base().name(), spec.seed(), ResultReport.threads(r.threads()), r.wallSeconds());
        out.println();
        if (r.fromBlock() == r.toBlock()) {
            out.printf(Locale.ROOT, "covered  no runs: the experiment has only %,d blocks for %,d shards%n",
                    r.totalBlocks(), s.count());
        } else {
            out.printf(Locale.ROOT, "covered  blocks %,d to %,d of %,d (%,d of %,d model runs)%n", r.fromBlock(),
                    r.toBlock() - 1, r.totalBlocks(), r.modelRuns(), spec.totalRuns());
        }
        out.println("results  " + plan.dir() + "  (" + PolicyExperiments.PARTIAL + ")");
        out.println();
        out.println("When all " + s.count() + " shards are done, merge them with:");
        out.println("  " + RunCommand.mergeCommand(plan.dir(), s, spec.name()));
        out.flush();
        return OfframpCommand.OK;
    }

    /** Starts the Spark engine (its presence was checked while planning). */
    private EngineSession openSpark() {
        try {
            return SparkLaunch.open(flags.master());
        } catch (LinkageError missing) {
            throw new BadInputException("Spark cannot be loaded: " + missing + "; " + RunCommand.SPARK_HINT, missing);
        }
    }

    /** Loads the file, applies the flags and checks the folder; writes nothing. */
    private Plan plan(String expectedKind) throws IOException {
        PolicySpec spec = PolicySpecLoader.load(flags.file());
        if (expectedKind != null && !expectedKind.equals(spec.kind())) {
            String launcher = Launcher.command();
            String quoted = ReplayCommand.quote(flags.file().toString());
            throw new BadInputException("offramp " + expectedKind + " needs a kind: " + expectedKind + " file, but "
                    + flags.file() + " is kind: " + spec.kind() + "; run it with " + launcher + " run " + quoted
                    + " (or " + launcher + " " + spec.kind() + " " + quoted + ")");
        }
        PolicySpec fromFile = spec;
        Overrides o = Overrides.parse(spec.base().parameters(), flags.sets());
        spec = withFlags(fromFile, o, flags.runs(), flags.seed(), flags.threads());
        if (flags.resume() && flags.overwrite()) {
            throw new BadInputException("--resume and --overwrite exclude each other; allowed: at most one of them");
        }
        ShardSpec slice = null;
        if (flags.shard() != null) {
            try {
                slice = ShardSpec.parse(flags.shard());
            } catch (IllegalArgumentException ex) {
                throw new BadInputException("--shard: " + ex.getMessage(), ex);
            }
            String other = flags.resume() ? "--resume (a shard is short: run it again, with --overwrite)"
                    : "spark".equals(flags.engine()) ? "--engine spark (Spark runs the whole experiment; shards are"
                            + " for clusters without it)"
                    : null;
            if (other != null) {
                throw new BadInputException("--shard " + flags.shard() + " excludes " + other);
            }
        }
        // After the flags' combinations, so that a build without Spark names the combination first.
        boolean spark = checkEngine();
        Path dir = flags.out() != null ? flags.out() : slice != null
                ? Path.of("results", spec.name(), "shard-" + slice.index() + "-of-" + slice.count())
                : Path.of("results", spec.name());
        checkFolder(dir, slice != null);
        ObjectNode invocation = invocation(fromFile, o, spec, spark, slice);
        return new Plan(spec, dir, invocation, slice, spark);
    }

    /**
     * The experiment of a policy file with the command line's flags applied: {@code --set} on the base
     * scenario, {@code --runs}, {@code --seed}, {@code --threads}; the design is built, which checks
     * it (and every sweep point), before anything runs. {@code offramp merge} rebuilds a sharded
     * experiment with it from what the shards recorded.
     *
     * @param fromFile the loaded file
     * @param sets     the --set overrides (may be empty)
     * @param runs     --runs, or null
     * @param seed     --seed, or null
     * @param threads  --threads, or null
     * @return the experiment to run
     * @throws BadInputException naming the flag and what is allowed
     */
    static PolicySpec withFlags(PolicySpec fromFile, Overrides sets, Long runs, Long seed, Integer threads) {
        PolicySpec spec = fromFile;
        if (!sets.isEmpty()) {
            checkSetsMatter(spec, sets);
            try {
                spec = spec.withBase(sets.applyTo(spec.base()));
            } catch (IllegalArgumentException ex) {
                throw new BadInputException("--set: " + ex.getMessage(), ex);
            }
        }
        if (runs != null) {
            try {
                Limits.runs("--runs", runs);
            } catch (IllegalArgumentException ex) {
                throw new BadInputException(ex.getMessage() + " (runs per " + unit(spec) + ")", ex);
            }
            spec = spec.withRuns(runs);
        }
        if (seed != null) {
            spec = spec.withSeed(seed);
        }
        if (threads != null) {
            try {
                Limits.threads("--threads", threads);
            } catch (IllegalArgumentException ex) {
                throw new BadInputException(ex.getMessage(), ex);
            }
            spec = spec.withThreads(threads);
        }
        try {
            if (spec instanceof PolicySpec.Compare c) {
                c.toComparison();
            } else if (spec instanceof PolicySpec.SweepSpec s) {
                s.toSweep().points();
            } else if (spec instanceof PolicySpec.SensitivitySpec g) {
                g.toSensitivity();
            }
        } catch (IllegalArgumentException ex) {
            throw new BadInputException(spec.source() + ": " + ex.getMessage(), ex);
        }
        return spec;
    }

    /**
     * Checks --engine, --master and the flags that go with them; for Spark, also that the Spark engine
     * and Spark are there and a master is known. Loads no Spark class.
     *
     * @return whether to run on Spark
     */
    private boolean checkEngine() {
        String engine = flags.engine();
        if (!LOCAL.equals(engine) && !SparkLaunch.ENGINE.equals(engine)) {
            throw new BadInputException("--engine must be local or spark, but was " + engine);
        }
        if (LOCAL.equals(engine)) {
            if (flags.master() != null) {
                throw new BadInputException("--master " + flags.master() + " is for --engine spark only; add --engine"
                        + " spark or drop --master");
            }
            return false;
        }
        if (flags.threads() != null) {
            throw new BadInputException("--engine spark excludes --threads " + flags.threads() + ": the master decides"
                    + " how many runs go at once (e.g. --master 'local[4]', or the cluster's executor cores)");
        }
        RunCommand.checkSpark(flags.master());
        return true;
    }

    /**
     * The record of this invocation for provenance.json: the file and its text, the base scenario's
     * own values and the --set changes with old and new values, and the settings with their sources.
     */
    private ObjectNode invocation(PolicySpec fromFile, Overrides sets, PolicySpec effective, boolean spark,
            ShardSpec slice) {
        ObjectNode n = Invocation.start(flags.command(), flags.arguments(), flags.file());
        n.put("experiment", fromFile.name());
        n.put("kind", fromFile.kind());
        n.put("model", fromFile.base().model().name());
        Map<String, Map<String, Double>> layers = new LinkedHashMap<>();
        layers.put(org.offramp.scenario.Overrides.SOURCE, sets.values());
        // The loader hands over the base with the file's overrides applied: they are listed with the
        // scenario's own values, under one source.
        n.set("changes", Invocation.changes(fromFile.base(), "scenario " + fromFile.base().name()
                + " with the file's overrides", layers));
        ObjectNode settings = n.putObject("settings");
        long fileRuns = runsPer(fromFile);
        Invocation.setting(settings, "runs", runsPer(effective), flags.runs() != null ? "--runs" : Invocation.FROM_FILE,
                flags.runs() != null ? fileRuns : null);
        Invocation.setting(settings, "seed", effective.seed(), flags.seed() != null ? "--seed" : Invocation.FROM_FILE,
                flags.seed() != null ? fromFile.seed() : null);
        Invocation.setting(settings, "threads", effective.threads(),
                flags.threads() != null ? "--threads" : Invocation.FROM_FILE, null);
        Invocation.setting(settings, "engine", flags.engine(), spark ? "--engine" : Invocation.DEFAULT, null);
        if (spark && flags.master() != null) {
            settings.put("master", flags.master());
        }
        if (slice != null) {
            Invocation.setting(settings, "shard", slice.toString(), "--shard", null);
        }
        // What offramp merge needs to build the experiment again from the shards: the file (absolute,
        // so the merge may run from anywhere) and the flags that change the experiment.
        ObjectNode source = n.putObject(SOURCE);
        source.put("file", flags.file().toAbsolutePath().normalize().toString());
        ArrayNode setList = source.putArray("set");
        flags.sets().forEach(setList::add);
        if (flags.runs() != null) {
            source.put("runs", flags.runs());
        }
        if (flags.seed() != null) {
            source.put("seed", flags.seed());
        }
        return n;
    }

    /** The invocation's record of the file and flags that make the experiment, for {@code offramp merge}. */
    static final String SOURCE = "source";

    private static long runsPer(PolicySpec spec) {
        if (spec instanceof PolicySpec.Compare c) {
            return c.runs();
        }
        if (spec instanceof PolicySpec.SweepSpec s) {
            return s.runs();
        }
        return ((PolicySpec.SensitivitySpec) spec).runsPerPoint();
    }

    /**
     * Refuses a {@code --set} that cannot change anything: a factor's path (the design sets it at
     * every point), or a path that every variant of a comparison sets.
     */
    private static void checkSetsMatter(PolicySpec spec, Overrides o) {
        for (String path : o.values().keySet()) {
            String why = null;
            if (spec instanceof PolicySpec.Compare c) {
                why = c.variants().stream().allMatch(v -> v.overrides().containsKey(path))
                        ? "every variant of the comparison sets it" : null;
            } else if (spec instanceof PolicySpec.SweepSpec s) {
                why = isFactor(s.factors(), path) ? "it is a factor of the sweep" : null;
            } else if (spec instanceof PolicySpec.SensitivitySpec g) {
                why = isFactor(g.factors(), path) ? "it is a factor of the sensitivity analysis" : null;
            }
            if (why != null) {
                throw new BadInputException("--set " + path + " would change nothing: " + why + " (" + spec.source()
                        + "); allowed: a parameter the design does not set itself");
            }
        }
    }

    private static boolean isFactor(List<Factor> factors, String path) {
        return factors.stream().anyMatch(f -> f.path().equals(path));
    }

    /** What {@code --runs} counts in this kind of file. */
    static String unit(PolicySpec spec) {
        return spec instanceof PolicySpec.Compare ? "variant"
                : spec instanceof PolicySpec.SweepSpec ? "design point" : "design point (runsPerPoint)";
    }

    /** A folder that exists must be a folder, and empty unless --overwrite. */
    private void checkFolder(Path dir, boolean shard) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException("--out " + dir + " is a file; allowed: a new or empty folder, or a results"
                    + " folder with --overwrite" + (shard ? "" : " or --resume"));
        }
        if (flags.resume()) {
            if (!Files.isRegularFile(dir.resolve(PolicyExperiments.CHECKPOINT))) {
                throw new BadInputException("--resume: " + dir + " holds no " + PolicyExperiments.CHECKPOINT + " to"
                        + " continue from (nothing was started there, or it is another folder); allowed: the results"
                        + " folder of an interrupted policy experiment, or run without --resume");
            }
            return;
        }
        if (Files.isDirectory(dir) && !flags.overwrite()) {
            List<String> present;
            try (Stream<Path> s = Files.list(dir)) {
                present = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(FolderLock.FILE)).sorted()
                        .limit(6).toList();
            }
            if (!present.isEmpty()) {
                throw new BadInputException((shard ? "shard folder " : "results folder ") + dir + " already holds files ("
                        + String.join(", ", present) + "); allowed: a new or empty folder (--out DIR), or --overwrite"
                        + " to replace the results in it" + (shard ? "" : ", or --resume to continue an interrupted"
                        + " policy experiment"));
            }
        }
    }

    /**
     * Removes the result files of this kind in {@code dir} that this run did not write (e.g. an old
     * variant's chart), and temporary files of this kind's files that an interrupted run left.
     */
    private static void removeStale(Path dir, String kind, List<Path> written) throws IOException {
        Pattern own = OWN_FILES.get(kind);
        Set<String> keep = new LinkedHashSet<>();
        written.forEach(p -> keep.add(p.getFileName().toString()));
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString();
                Matcher temp = TEMPORARY.matcher(name);
                return own.matcher(name).matches() && !keep.contains(name)
                        || temp.matches() && own.matcher(temp.group(1)).matches();
            }).forEach(stale::add);
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
        }
    }

    /** The headline, the table (as its Markdown file holds it) and where the files are. */
    void print(Plan plan, PolicyReport r, EngineSession spark) throws IOException {
        PolicySpec s = r.spec();
        int threads = s.threads() == 0 ? Runtime.getRuntime().availableProcessors() : s.threads();
        out.printf(Locale.ROOT, "%s %s · scenario %s · %s · %,d runs · master seed %d · %s · %.1f s%n", s.kind(),
                s.name(), s.base().name(), size(s), s.totalRuns(), s.seed(),
                spark != null ? SparkLaunch.where(spark) : ResultReport.threads(threads), r.wallSeconds());
        out.println(Invocation.changesLine(plan.invocation(), s.base().parameters()));
        out.println();
        String table = r.markdown();
        for (Path p : r.files()) {
            if (p.getFileName().toString().endsWith(".md")) {
                table = Files.readString(p);
            }
        }
        out.println(table.strip());
        out.println();
        List<String> tables = new ArrayList<>();
        Set<String> charts = new LinkedHashSet<>();
        int chartFiles = 0;
        for (Path p : r.files()) {
            String name = p.getFileName().toString();
            if (name.endsWith(".png") || name.endsWith(".svg")) {
                charts.add(name.substring(0, name.length() - 4));
                chartFiles++;
            } else {
                tables.add(name);
            }
        }
        out.println("results  " + plan.dir() + "  (" + String.join(", ", tables) + ")");
        if (chartFiles > 0) {
            out.println("charts   " + plan.dir() + "  (" + chartFiles + " files: " + String.join(", ", charts)
                    + ", as .png and .svg)");
        }
        out.flush();
    }

    /** "12 variants x 3,000 runs" and the like. */
    private static String size(PolicySpec spec) {
        if (spec instanceof PolicySpec.Compare c) {
            return String.format(Locale.ROOT, "%d variants x %,d runs", c.variants().size(), c.runs());
        }
        if (spec instanceof PolicySpec.SweepSpec s) {
            return String.format(Locale.ROOT, "%s design, %,d points x %,d runs", s.design().type(),
                    s.totalRuns() / s.runs(), s.runs());
        }
        PolicySpec.SensitivitySpec g = (PolicySpec.SensitivitySpec) spec;
        return String.format(Locale.ROOT, "Saltelli design, N = %d, %,d points x %,d runs", g.samples(),
                g.totalRuns() / g.runsPerPoint(), g.runsPerPoint());
    }

    /**
     * This command line again (but --threads, --quiet, --resume, --overwrite), ending with {@code last}
     * (--resume, --overwrite).
     */
    private String command(Plan plan, String last) {
        StringBuilder sb = new StringBuilder(Launcher.command()).append(' ').append(flags.command()).append(' ')
                .append(ReplayCommand.quote(flags.file().toString()));
        if (flags.runs() != null) {
            sb.append(" --runs ").append(flags.runs());
        }
        if (flags.seed() != null) {
            sb.append(" --seed ").append(flags.seed());
        }
        sb.append(" --out ").append(ReplayCommand.quote(plan.dir().toString()));
        for (String s : flags.sets()) {
            sb.append(" --set ").append(ReplayCommand.quote(s));
        }
        if (plan.shard() != null) {
            sb.append(" --shard ").append(plan.shard());
        }
        if (plan.spark()) {
            sb.append(" --engine spark");
            if (flags.master() != null) {
                sb.append(" --master ").append(ReplayCommand.quote(flags.master()));
            }
        }
        return sb.append(' ').append(last).toString();
    }
}
