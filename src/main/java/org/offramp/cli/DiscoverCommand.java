package org.offramp.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.offramp.design.DesignException;
import org.offramp.design.Measure;
import org.offramp.design.explore.DiscoveryExperiments;
import org.offramp.design.explore.DiscoveryExperiments.DiscoveryReport;
import org.offramp.design.explore.DiscoveryOptions;
import org.offramp.design.explore.DiscoverySpec;
import org.offramp.design.explore.DiscoverySpecLoader;
import org.offramp.design.explore.RecordedRuns;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.RunModel;
import org.offramp.scenario.Limits;
import org.offramp.scenario.Overrides;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offramp discover FILE | --from DIR}: scenario discovery. With a file (a {@code kind: discover}
 * file, or a sweep or sensitivity file whose factors it takes), it runs a Latin hypercube over the
 * factors, keeps every run, and finds where in factor space a measure is dense (PRIM, with CART and
 * regional sensitivity on request); with {@code --from}, it analyses the runs a discovery recorded, or
 * the per-point shares of a sweep, without running anything. See docs/discovery.md.
 *
 * <p>Everything is checked before anything is written; the results folder follows the rules of the
 * other commands ({@link ExploreFolder}). Not thread-safe: one instance per invocation.
 */
@Command(name = "discover", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = {"Scenario discovery: which combinations of the factors lead to a measure (e.g. WAR)?",
            "With FILE (kind: discover, or a sweep or sensitivity file whose factors it uses), run a Latin hypercube"
                + " over the factors, keep every run and find the region where the measure is dense (PRIM);"
                + " with --from DIR, analyse a discovery's recorded runs or a sweep's per-point shares again.",
            "Writes discovery.md, prim-*.csv/.md, the trade-off, box-limits and pairs charts (PNG and SVG),"
                + " covering boxes, stability, cart.* and rsa.* on request, discovery-runs.csv, points.csv and"
                + " provenance.json."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure: a run threw (its point, index and seed are printed), or an I/O error",
            "2:bad input: a bad flag or file, a measure the folder did not record, or a results folder that already"
                + " holds files (without --overwrite); nothing is written",
            "130:interrupted (Ctrl-C); nothing is written"})
final class DiscoverCommand implements Callable<Integer> {
    /** The files this command writes; --overwrite removes the stale ones among them. */
    static final Pattern OWN_FILES = Pattern.compile("discovery-runs\\.csv|points\\.csv|discovery\\.md|provenance\\.json"
            + "|prim-.+\\.(csv|md|png|svg)|cart\\.(csv|md)|rsa\\.(csv|md)");
    private static final long HOOK_WAIT_SECONDS = 60;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", converter = Converters.File.class,
            description = "A discovery file (kind: discover), or a sweep or sensitivity file (see docs/discovery.md).")
    private Path file;

    @Option(names = "--from", paramLabel = "DIR", converter = Converters.Folder.class,
            description = "Analyse the results folder of a discovery (every run) or of a sweep (per-point shares)"
                + " instead of running; needs --out.")
    private Path from;

    @Option(names = "--measure", paramLabel = "M",
            description = "The measure to analyse (e.g. WAR, RUNG_AT_LEAST_5); default: the file's. With --from: one"
                + " the folder recorded.")
    private String measure;

    @Option(names = "--points", paramLabel = "N", converter = Converters.Whole.class,
            description = "Design points of the Latin hypercube, in [1, " + DiscoverySpec.MAX_POINTS + "].")
    private Long points;

    @Option(names = "--runs", paramLabel = "R", converter = Converters.Whole.class,
            description = "Runs per point, in [1, " + DiscoverySpec.MAX_RUNS + "].")
    private Long runs;

    @Option(names = "--seed", paramLabel = "S", converter = Converters.Seed.class,
            description = "The master seed of the design, the runs and the resamples.")
    private Long seed;

    @Option(names = "--threads", paramLabel = "T", converter = Converters.WholeInt.class,
            description = "Worker threads, in [0, " + Limits.MAX_THREADS + "]; 0 = all cores. Never changes the results.")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", converter = Converters.Folder.class,
            description = "The results folder (default: results/<name>; required with --from).")
    private Path out;

    @Option(names = "--alpha", paramLabel = "A", converter = Converters.Real.class,
            description = "PRIM's peeling alpha: the share of a box's rows one peel removes, in (0, 0.5); default 0.05.")
    private Double alpha;

    @Option(names = "--density", paramLabel = "D", converter = Converters.Real.class,
            description = "Choose the widest box at least D dense (and keep covering boxes that dense), in [0, 1];"
                + " default the file's, else 0.8.")
    private Double density;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private BoxFlags box;

    /** --box and --last exclude each other. */
    static final class BoxFlags {
        @Option(names = "--box", paramLabel = "K", converter = Converters.WholeInt.class,
                description = "Choose box K of the PRIM trajectory (0 = the whole space), as the trade-off chart"
                    + " numbers them.")
        Integer index;

        @Option(names = "--last", description = "Choose the last box of the trajectory (the EMA Workbench's default).")
        boolean last;
    }

    @Option(names = "--boxes", paramLabel = "N", converter = Converters.WholeInt.class,
            description = "The most boxes covering finds, in [1, 20]; default 3.")
    private Integer boxes;

    @Option(names = "--resamples", paramLabel = "N", converter = Converters.WholeInt.class,
            description = "Resamples of half the rows for the box's stability, in [0, 1000]; default 10; 0 for none.")
    private Integer resamples;

    @Option(names = "--cart", description = "Also grow a classification tree and print its rules (cart.md).")
    private boolean cart;

    @Option(names = "--rsa", description = "Also compare each factor's distribution with and without the measure"
            + " (regional sensitivity, rsa.md).")
    private boolean rsa;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Change one parameter of the base scenario (not a factor); repeatable.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--overwrite", description = "Replace the results already in the results folder.")
    private boolean overwrite;

    @Option(names = "--quiet", description = "No progress bar (it is also off when standard error is not a terminal).")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        if ((file == null) == (from == null)) {
            throw new BadInputException(file == null ? "give a discovery file, or --from DIR to analyse a results"
                    + " folder; e.g. " + Launcher.command() + " discover experiments/discover-war.yaml"
                    : "give either a file or --from DIR, not both");
        }
        return from != null ? analyseFolder() : runFile();
    }

    private int runFile() throws IOException {
        RunCommand.checkFileExists(file);
        DiscoverySpec fromFile = DiscoverySpecLoader.load(file);
        DiscoverySpec s = fromFile;
        Overrides o = Overrides.parse(s.base().parameters(), sets);
        for (String path : o.values().keySet()) {
            if (s.factors().stream().anyMatch(f -> f.path().equals(path))) {
                throw new BadInputException("--set " + path + " would change nothing: it is a factor of the discovery ("
                        + s.source() + "); allowed: a parameter the design does not set itself");
            }
        }
        try {
            if (!o.isEmpty()) {
                s = s.withBase(o.applyTo(s.base()));
            }
            if (measure != null) {
                s = s.withMeasure(parseMeasure(s));
            }
            if (points != null) {
                s = s.withPoints((int) whole("--points", points, 1, DiscoverySpec.MAX_POINTS));
            }
            if (runs != null) {
                s = s.withRuns((int) whole("--runs", runs, 1, DiscoverySpec.MAX_RUNS));
            }
            if (seed != null) {
                s = s.withSeed(seed);
            }
            if (threads != null) {
                s = s.withThreads(Limits.threads("--threads", threads));
            }
            s = s.withOptions(options(s.options()));
        } catch (IllegalArgumentException ex) {
            throw new BadInputException(ex.getMessage(), ex);
        }
        Path dir = out != null ? out : Path.of("results", s.name());
        ExploreFolder.check(dir, overwrite);
        ObjectNode invocation = invocation(fromFile, o, s);
        PrintWriter err = spec.commandLine().getErr();
        DiscoverySpec plan = s;
        AtomicLong done = new AtomicLong();
        DiscoveryReport report;
        try (ExploreFolder folder = ExploreFolder.open(dir, overwrite, OWN_FILES)) {
            report = withCtrlC(plan.name(), (progress) -> DiscoveryExperiments.run(plan, folder.dir(),
                    RunModel.of(plan.base().model()), (d, t) -> {
                        done.set(d);
                        progress.onProgress(d, t);
                    }, invocation));
            if (report == null) {
                err.println("offramp discover: interrupted after " + done.get() + " of " + plan.totalRuns()
                        + " runs; nothing was written to " + dir + ". Run it again with:");
                err.println("  " + again(plan, dir));
                err.flush();
                return OfframpCommand.INTERRUPTED;
            }
            folder.written(report.files(), overwrite);
        } catch (DesignException f) {
            err.println("offramp discover: " + f.getMessage());
            err.flush();
            return OfframpCommand.FAILURE;
        } catch (IllegalArgumentException ex) {
            // The measure no run has: there is nothing to discover, and nothing was written.
            throw new BadInputException(ex.getMessage(), ex);
        }
        PrintWriter w = spec.commandLine().getOut();
        int t = plan.threads() == 0 ? Runtime.getRuntime().availableProcessors() : plan.threads();
        w.printf(Locale.ROOT, "discover %s · scenario %s · Latin hypercube, %,d points x %,d runs (%s seeds) · %,d runs ·"
                        + " master seed %d · %s · %.1f s%n", plan.name(), plan.base().name(), plan.points(), plan.runs(),
                plan.seeding().key(), plan.totalRuns(), plan.seed(), ResultReport.threads(t), report.wallSeconds());
        w.println(Invocation.changesLine(invocation, plan.base().parameters()));
        w.println();
        print(w, report, dir);
        return OfframpCommand.OK;
    }

    private int analyseFolder() throws IOException {
        List<String> refused = new ArrayList<>();
        if (points != null) {
            refused.add("--points");
        }
        if (runs != null) {
            refused.add("--runs");
        }
        if (seed != null) {
            refused.add("--seed");
        }
        if (threads != null) {
            refused.add("--threads");
        }
        if (!sets.isEmpty()) {
            refused.add("--set");
        }
        if (!refused.isEmpty()) {
            throw new BadInputException(String.join(", ", refused) + " do" + (refused.size() == 1 ? "es" : "")
                    + " not apply with --from, which runs nothing; allowed with --from: --measure, --out, --alpha,"
                    + " --density, --box, --last, --boxes, --resamples, --cart, --rsa, --overwrite");
        }
        if (out == null) {
            throw new BadInputException("--from needs --out DIR: the folder it reads is not written; e.g. --out "
                    + ReplayCommand.quote(from.toString() + "-" + (measure == null ? "again"
                    : measure.toLowerCase(Locale.ROOT).replace('_', '-'))));
        }
        if (out.toAbsolutePath().normalize().equals(from.toAbsolutePath().normalize())) {
            throw new BadInputException("--out must not be the --from folder " + from + ", whose files are read");
        }
        RecordedRuns recorded;
        try {
            recorded = RecordedRuns.read(from, measure);
        } catch (DesignException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        DiscoveryOptions options;
        try {
            options = options(DiscoveryOptions.defaults());
        } catch (IllegalArgumentException ex) {
            throw new BadInputException(ex.getMessage(), ex);
        }
        ExploreFolder.check(out, overwrite);
        ObjectNode invocation = Invocation.start("discover", arguments(), null);
        invocation.put("from", from.toString());
        DiscoveryReport report;
        try (ExploreFolder folder = ExploreFolder.open(out, overwrite, OWN_FILES)) {
            try {
                report = DiscoveryExperiments.analyze(recorded, options, folder.dir(), invocation);
            } catch (IllegalArgumentException ex) {
                throw new BadInputException(ex.getMessage(), ex);
            }
            folder.written(report.files(), overwrite);
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "discover --from %s · %s · %,d rows%n%n", from, recorded.table().outcomeName(),
                recorded.table().rows());
        print(w, report, out);
        return OfframpCommand.OK;
    }

    /** The options of the file (or the defaults) with the flags applied. */
    private DiscoveryOptions options(DiscoveryOptions o) {
        if (alpha != null) {
            o = o.withPeelAlpha(alpha);
        }
        if (density != null) {
            o = o.withDensity(density);
        }
        if (box != null && box.index != null) {
            if (box.index < 0) {
                throw new BadInputException("--box must be >= 0 (a box of the trajectory; 0 is the whole space), but"
                        + " was " + box.index);
            }
            o = o.withBox(DiscoveryOptions.BoxChoice.at(box.index));
        } else if (box != null && box.last) {
            o = o.withBox(DiscoveryOptions.BoxChoice.last());
        } else if (density != null) {
            o = o.withBox(DiscoveryOptions.BoxChoice.byDensity());
        }
        if (boxes != null) {
            o = o.withBoxes(boxes);
        }
        if (resamples != null) {
            o = o.withResamples(resamples);
        }
        if (cart) {
            o = o.withCart(true);
        }
        if (rsa) {
            o = o.withRsa(true);
        }
        return o;
    }

    private Measure parseMeasure(DiscoverySpec s) {
        try {
            return Measure.parse(s.base().model().record(), measure);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--" + e.getMessage(), e);
        }
    }

    private static long whole(String flag, long v, long min, long max) {
        if (v < min || v > max) {
            throw new BadInputException(flag + " must be in [" + min + ", " + max + "], but was " + v);
        }
        return v;
    }

    /** A task that may be cancelled by Ctrl-C; its result is null when it was. */
    @FunctionalInterface
    private interface Cancellable<T> {
        T run(ProgressReporter progress);
    }

    /**
     * Runs {@code task} on this thread with a progress bar, turning Ctrl-C (a shutdown hook that
     * interrupts this thread and waits for it) into a null result.
     */
    private <T> T withCtrlC(String name, Cancellable<T> task) {
        Thread worker = Thread.currentThread();
        CountDownLatch settled = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            worker.interrupt();
            try {
                settled.await(HOOK_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }, "offramp-ctrl-c");
        try (ProgressReporter progress = ProgressReporter.forTerminal(quiet, name)) {
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                return task.run(progress);
            } catch (ExperimentCancelledException c) {
                Thread.interrupted();
                return null;
            } finally {
                settled.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is exiting (Ctrl-C): the hook is running and has seen `settled`.
                }
            }
        }
    }

    private ObjectNode invocation(DiscoverySpec fromFile, Overrides sets, DiscoverySpec effective) {
        ObjectNode n = Invocation.start("discover", arguments(), file);
        n.put("experiment", fromFile.name());
        n.put("kind", fromFile.origin());
        n.put("model", fromFile.base().model().name());
        Map<String, Map<String, Double>> layers = new LinkedHashMap<>();
        layers.put(Overrides.SOURCE, sets.values());
        n.set("changes", Invocation.changes(fromFile.base(), "scenario " + fromFile.base().name()
                + " with the file's overrides", layers));
        ObjectNode settings = n.putObject("settings");
        Invocation.setting(settings, "measure", effective.measure().name(), measure != null ? "--measure"
                : Invocation.FROM_FILE, measure != null ? fromFile.measure().name() : null);
        Invocation.setting(settings, "points", effective.points(), points != null ? "--points" : Invocation.FROM_FILE,
                points != null ? fromFile.points() : null);
        Invocation.setting(settings, "runs", effective.runs(), runs != null ? "--runs" : Invocation.FROM_FILE,
                runs != null ? fromFile.runs() : null);
        Invocation.setting(settings, "seed", effective.seed(), seed != null ? "--seed" : Invocation.FROM_FILE,
                seed != null ? fromFile.seed() : null);
        Invocation.setting(settings, "threads", effective.threads(), threads != null ? "--threads"
                : Invocation.FROM_FILE, null);
        return n;
    }

    private List<String> arguments() {
        var parsed = spec.root().commandLine().getParseResult();
        return parsed == null ? List.of() : parsed.originalArgs();
    }

    /** The summary, then where the files are. */
    private static void print(PrintWriter w, DiscoveryReport r, Path dir) {
        w.println(r.markdown().strip());
        w.println();
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
        w.println("results  " + dir + "  (" + String.join(", ", tables) + ")");
        if (chartFiles > 0) {
            w.println("charts   " + dir + "  (" + chartFiles + " files: " + String.join(", ", charts)
                    + ", as .png and .svg)");
        }
        w.flush();
    }

    /** This command line again, as the user can type it. */
    private String again(DiscoverySpec plan, Path dir) {
        StringBuilder sb = new StringBuilder(Launcher.command()).append(" discover ")
                .append(ReplayCommand.quote(file.toString()));
        if (measure != null) {
            sb.append(" --measure ").append(ReplayCommand.quote(measure));
        }
        if (points != null) {
            sb.append(" --points ").append(points);
        }
        if (runs != null) {
            sb.append(" --runs ").append(runs);
        }
        if (seed != null) {
            sb.append(" --seed ").append(seed);
        }
        sb.append(" --out ").append(ReplayCommand.quote(dir.toString()));
        for (String s : sets) {
            sb.append(" --set ").append(ReplayCommand.quote(s));
        }
        if (alpha != null) {
            sb.append(" --alpha ").append(alpha);
        }
        if (density != null) {
            sb.append(" --density ").append(density);
        }
        if (box != null && box.index != null) {
            sb.append(" --box ").append(box.index);
        } else if (box != null && box.last) {
            sb.append(" --last");
        }
        if (boxes != null) {
            sb.append(" --boxes ").append(boxes);
        }
        if (resamples != null) {
            sb.append(" --resamples ").append(resamples);
        }
        if (cart) {
            sb.append(" --cart");
        }
        if (rsa) {
            sb.append(" --rsa");
        }
        if (overwrite) {
            sb.append(" --overwrite");
        }
        return sb.toString();
    }
}
