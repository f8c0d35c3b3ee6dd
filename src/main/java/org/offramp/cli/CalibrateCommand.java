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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.offramp.design.DesignException;
import org.offramp.design.calibration.CalibrationException;
import org.offramp.design.explore.CalibrationExperiments;
import org.offramp.design.explore.CalibrationExperiments.CalibrationRun;
import org.offramp.design.explore.CalibrationSpec;
import org.offramp.design.explore.CalibrationSpecLoader;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.RunModel;
import org.offramp.scenario.Limits;
import org.offramp.scenario.Overrides;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code offramp calibrate FILE}: fits parameters of a model to targets (statistics of the runs
 * with observed values and their uncertainty) by ABC-SMC or simulated moments, and writes the
 * posterior or the best fit, its tables and charts, and a scenario file of the fit that
 * {@code offramp run} accepts. See docs/discovery.md.
 *
 * <p>Everything is checked before anything is written; the results folder follows the rules of the
 * other commands ({@link ExploreFolder}). Not thread-safe: one instance per invocation.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true, versionProvider = OfframpCommand.Version.class,
        description = {"Fit parameters of a model to observed statistics (a kind: calibrate file: parameters with prior"
                + " ranges, targets such as share(BLOWS_EXCHANGED) = 0.10 +- 0.05, method abc or msm).",
            "Writes calibration.md, the posterior (abc-*.csv/.md, trace and posterior charts as PNG and SVG) or the best"
                + " fit (msm.csv/.md), fit-scenario.yaml and fit.yaml (run the fit with 'offramp run fit.yaml') and"
                + " provenance.json."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure: a run threw (its seed and parameter values are printed), or an I/O"
                + " error",
            "2:bad input: a bad flag or file, or a results folder that already holds files (without --overwrite);"
                + " nothing is written",
            "130:interrupted (Ctrl-C); nothing is written"})
final class CalibrateCommand implements Callable<Integer> {
    /** The files this command writes; --overwrite removes the stale ones among them. */
    static final Pattern OWN_FILES = Pattern.compile("abc-.+\\.(csv|md|png|svg)|msm\\.(csv|md)|calibration\\.md"
            + "|fit-scenario\\.yaml|fit\\.yaml|provenance\\.json");
    private static final long HOOK_WAIT_SECONDS = 60;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", converter = Converters.File.class,
            description = "The calibration file (kind: calibrate; see docs/discovery.md).")
    private Path file;

    @Option(names = "--runs", paramLabel = "R", converter = Converters.Whole.class,
            description = "Runs behind each simulated statistic, in [1, " + CalibrationSpec.MAX_RUNS + "].")
    private Long runs;

    @Option(names = "--particles", paramLabel = "N", converter = Converters.WholeInt.class,
            description = "ABC-SMC's population size, in [10, 1000000].")
    private Integer particles;

    @Option(names = "--generations", paramLabel = "G", converter = Converters.WholeInt.class,
            description = "ABC-SMC's generations after the prior draw, in [0, 1000].")
    private Integer generations;

    @Option(names = "--seed", paramLabel = "S", converter = Converters.Seed.class,
            description = "The master seed (every draw and simulation seed derives from it).")
    private Long seed;

    @Option(names = "--threads", paramLabel = "T", converter = Converters.WholeInt.class,
            description = "Worker threads, in [0, " + Limits.MAX_THREADS + "]; 0 = all cores. Never changes the results.")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR", converter = Converters.Folder.class,
            description = "The results folder (default: results/<name>).")
    private Path out;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Change one parameter of the base scenario (not a fitted one); repeatable.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--overwrite", description = "Replace the results already in the results folder.")
    private boolean overwrite;

    @Option(names = "--quiet", description = "No progress (it is also off when standard error is not a terminal).")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        RunCommand.checkFileExists(file);
        CalibrationSpec fromFile = CalibrationSpecLoader.load(file);
        CalibrationSpec s = fromFile;
        Overrides o = Overrides.parse(s.base().parameters(), sets);
        for (String path : o.values().keySet()) {
            if (s.parameters().stream().anyMatch(p -> p.param().path().equals(path))) {
                throw new BadInputException("--set " + path + " would change nothing: the calibration fits it ("
                        + s.source() + "); allowed: a parameter the calibration does not fit");
            }
        }
        try {
            if (!o.isEmpty()) {
                s = s.withBase(o.applyTo(s.base()), o.values());
            }
            if (runs != null) {
                if (runs < 1 || runs > CalibrationSpec.MAX_RUNS) {
                    throw new BadInputException("--runs must be in [1, " + CalibrationSpec.MAX_RUNS + "], but was " + runs);
                }
                s = s.withRuns(runs.intValue());
            }
            if (seed != null) {
                s = s.withSeed(seed);
            }
            if (threads != null) {
                s = s.withThreads(Limits.threads("--threads", threads));
            }
            if (particles != null || generations != null) {
                if (s.method() != CalibrationSpec.Method.ABC) {
                    throw new BadInputException((particles != null ? "--particles" : "--generations")
                            + " applies to method abc, but " + file + " uses method " + s.method().key());
                }
                CalibrationSpec.AbcBudget a = s.abc();
                s = s.withAbc(new CalibrationSpec.AbcBudget(particles != null ? particles : a.particles(),
                        generations != null ? generations : a.generations(), a.quantile(), a.minTolerance(),
                        a.minAcceptanceRate(), a.maxAttempts()));
            }
            // Builds the method's configuration, which checks the budget, before anything runs.
            if (s.method() == CalibrationSpec.Method.ABC) {
                s.toAbc();
            } else {
                s.toMsm();
            }
        } catch (IllegalArgumentException | IllegalStateException ex) {
            throw new BadInputException(ex.getMessage(), ex);
        }
        Path dir = out != null ? out : Path.of("results", s.name());
        ExploreFolder.check(dir, overwrite);
        ObjectNode invocation = invocation(fromFile, o, s);
        CalibrationSpec plan = s;
        PrintWriter err = spec.commandLine().getErr();
        AtomicLong done = new AtomicLong();
        AtomicBoolean cancelled = new AtomicBoolean();
        Thread worker = Thread.currentThread();
        CountDownLatch settled = new CountDownLatch(1);
        // Ctrl-C: the progress listener, called after each simulation on whichever thread ran it, throws
        // once the flag is set, which ends the calibration; the hook waits for the command to report.
        Thread hook = new Thread(() -> {
            cancelled.set(true);
            worker.interrupt();
            try {
                settled.await(HOOK_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }, "offramp-ctrl-c");
        CalibrationRun r;
        try (ExploreFolder folder = ExploreFolder.open(dir, overwrite, OWN_FILES);
             ProgressReporter progress = ProgressReporter.forTerminal(quiet, plan.name())) {
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                r = CalibrationExperiments.run(plan, folder.dir(), RunModel.of(plan.base().model()), (d, t) -> {
                    if (cancelled.get()) {
                        throw new ExperimentCancelledException(d, null, null);
                    }
                    done.set(d);
                    progress.onProgress(d, t);
                }, invocation);
                folder.written(r.files(), overwrite);
            } catch (RuntimeException x) {
                boolean interrupted = cancelled.get() || Thread.interrupted();
                progress.close();
                if (interrupted) {
                    err.println("offramp calibrate: interrupted after " + done.get() + " model runs; nothing was"
                            + " written to " + dir + ". Run it again with:");
                    err.println("  " + again(dir));
                    err.flush();
                    return OfframpCommand.INTERRUPTED;
                }
                if (x instanceof CalibrationException || x instanceof DesignException) {
                    err.println("offramp calibrate: " + x.getMessage());
                    err.flush();
                    return OfframpCommand.FAILURE;
                }
                throw x;
            } finally {
                settled.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is exiting (Ctrl-C): the hook is running and has seen `settled`.
                }
            }
        }
        PrintWriter w = spec.commandLine().getOut();
        int t = plan.threads() == 0 ? Runtime.getRuntime().availableProcessors() : plan.threads();
        String budget = plan.method() == CalibrationSpec.Method.ABC
                ? String.format(Locale.ROOT, "ABC-SMC, %,d particles x up to %d generations", plan.abc().particles(),
                plan.abc().generations())
                : String.format(Locale.ROOT, "simulated moments, up to %,d evaluations x %d replications",
                plan.msm().evaluations(), plan.msm().replications());
        w.printf(Locale.ROOT, "calibrate %s · scenario %s · %s · %,d runs per simulation · %,d model runs · master seed"
                        + " %d · %s · %.1f s%n", plan.name(), plan.base().name(), budget, plan.runs(), r.runs(),
                plan.seed(), ResultReport.threads(t), r.wallSeconds());
        w.println(Invocation.changesLine(invocation, plan.base().parameters()));
        w.println();
        w.println(r.markdown().strip());
        w.println();
        List<String> tables = new ArrayList<>();
        Set<String> charts = new LinkedHashSet<>();
        for (Path p : r.files()) {
            String name = p.getFileName().toString();
            if (name.endsWith(".png") || name.endsWith(".svg")) {
                charts.add(name.substring(0, name.length() - 4));
            } else {
                tables.add(name);
            }
        }
        w.println("results  " + dir + "  (" + String.join(", ", tables) + ")");
        if (!charts.isEmpty()) {
            w.println("charts   " + dir + "  (" + String.join(", ", charts) + ", as .png and .svg)");
        }
        w.println("the fit  " + Launcher.command() + " run " + ReplayCommand.quote(dir.resolve(
                CalibrationExperiments.FIT_EXPERIMENT).toString()) + "   (writes results/" + r.fitted().name() + ")");
        w.flush();
        return OfframpCommand.OK;
    }

    private ObjectNode invocation(CalibrationSpec fromFile, Overrides sets, CalibrationSpec effective) {
        var parsed = spec.root().commandLine().getParseResult();
        ObjectNode n = Invocation.start("calibrate", parsed == null ? List.of() : parsed.originalArgs(), file);
        n.put("experiment", fromFile.name());
        n.put("kind", CalibrationSpecLoader.KIND);
        n.put("model", fromFile.base().model().name());
        Map<String, Map<String, Double>> layers = new LinkedHashMap<>();
        layers.put(Overrides.SOURCE, sets.values());
        n.set("changes", Invocation.changes(fromFile.base(), "scenario " + fromFile.base().name()
                + " with the file's overrides", layers));
        ObjectNode settings = n.putObject("settings");
        Invocation.setting(settings, "runs", effective.runs(), runs != null ? "--runs" : Invocation.FROM_FILE,
                runs != null ? fromFile.runs() : null);
        Invocation.setting(settings, "seed", effective.seed(), seed != null ? "--seed" : Invocation.FROM_FILE,
                seed != null ? fromFile.seed() : null);
        if (effective.method() == CalibrationSpec.Method.ABC) {
            Invocation.setting(settings, "particles", effective.abc().particles(), particles != null ? "--particles"
                    : Invocation.FROM_FILE, particles != null ? fromFile.abc().particles() : null);
            Invocation.setting(settings, "generations", effective.abc().generations(), generations != null
                    ? "--generations" : Invocation.FROM_FILE, generations != null ? fromFile.abc().generations() : null);
        }
        Invocation.setting(settings, "threads", effective.threads(), threads != null ? "--threads"
                : Invocation.FROM_FILE, null);
        return n;
    }

    /** This command line again, as the user can type it. */
    private String again(Path dir) {
        StringBuilder sb = new StringBuilder(Launcher.command()).append(" calibrate ")
                .append(ReplayCommand.quote(file.toString()));
        if (runs != null) {
            sb.append(" --runs ").append(runs);
        }
        if (particles != null) {
            sb.append(" --particles ").append(particles);
        }
        if (generations != null) {
            sb.append(" --generations ").append(generations);
        }
        if (seed != null) {
            sb.append(" --seed ").append(seed);
        }
        sb.append(" --out ").append(ReplayCommand.quote(dir.toString()));
        for (String s : sets) {
            sb.append(" --set ").append(ReplayCommand.quote(s));
        }
        if (overwrite) {
            sb.append(" --overwrite");
        }
        return sb.toString();
    }
}
