package org.offramp.design.explore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.offramp.design.DesignException;
import org.offramp.design.calibration.AbcResult;
import org.offramp.design.calibration.CalibrationReport;
import org.offramp.design.calibration.CalibrationTables;
import org.offramp.design.calibration.MsmResult;
import org.offramp.design.calibration.ParameterSummary;
import org.offramp.design.calibration.Simulator;
import org.offramp.design.calibration.Target;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.Provenance;
import org.offramp.experiment.RunModel;
import org.offramp.io.AtomicFiles;
import org.offramp.model.Param;
import org.offramp.model.Scenario;
import org.offramp.scenario.ScenarioLoader;

/**
 * Runs a calibration file end to end: the model as a {@link ModelSimulator}, ABC-SMC or simulated
 * moments, a check of the fit (the targets' statistics simulated at the fitted values), and the
 * results folder with a scenario file of the fit that {@code offramp run} accepts. The Java entry
 * point of {@code offramp calibrate}.
 *
 * <pre>{@code
 * CalibrationSpec spec = CalibrationSpecLoader.load(Path.of("calibrate.yaml"));
 * CalibrationRun r = CalibrationExperiments.run(spec, Path.of("results/fit"), RunModel.of(spec.base().model()),
 *         ProgressListener.NONE, null);
 * r.fitted();            // the fitted scenario
 * }</pre>
 *
 * <p><b>The fitted values</b> are, for ABC-SMC, each parameter's posterior median (a whole number
 * for an integer parameter, as the weighted median is one of the particles' values) and, for a flag,
 * the more probable value; for simulated moments, the best fit. They are the values of
 * {@value #FIT_SCENARIO} and of the check.
 *
 * <p><b>Files</b> (each written atomically): for ABC-SMC the library's report
 * ({@link CalibrationReport}: {@code abc-posterior.csv/.md}, {@code abc-trace.csv/.md},
 * {@code abc-sample.csv}, {@code abc-targets.csv}, {@code abc-trace.png/.svg},
 * {@code abc-posterior.png/.svg}); for simulated moments {@code msm.csv/.md}; for both
 * {@value CalibrationExperiments#SUMMARY} (parameters with fitted value and 95% interval, targets with the statistic at the
 * fit), {@value #FIT_SCENARIO} (a scenario file: the base scenario with the fitted values),
 * {@value #FIT_EXPERIMENT} (an experiment file of that scenario: {@code offramp run fit.yaml}) and
 * {@value #PROVENANCE}.
 *
 * <p><b>Reproducibility.</b> The result depends on the file, the master seed and the runs per
 * simulation only, not on the thread count: ABC-SMC runs its particles on {@code threads} threads
 * with per-particle streams; simulated moments evaluates one point at a time and spreads each
 * simulation's runs over the threads, summing them in run order. Stateless and thread-safe.
 */
public final class CalibrationExperiments {
    /** The summary. */
    public static final String SUMMARY = "calibration.md";
    /** The fitted scenario. */
    public static final String FIT_SCENARIO = "fit-scenario.yaml";
    /** The experiment file of the fitted scenario. */
    public static final String FIT_EXPERIMENT = "fit.yaml";
    /** What produced the folder. */
    public static final String PROVENANCE = "provenance.json";
    /** The provenance's format tag. */
    public static final String PROVENANCE_FORMAT = "offramp-calibration-provenance/1";
    /** Runs of the experiment {@value #FIT_EXPERIMENT} describes. */
    public static final int FIT_RUNS = 10_000;
    /** The least runs of the check at the fit. */
    public static final int CHECK_RUNS = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private CalibrationExperiments() {
    }

    /**
     * What a calibration produced.
     *
     * @param spec        the calibration as run
     * @param abc         the ABC-SMC result, or null with simulated moments
     * @param msm         the simulated-moments fit, or null with ABC-SMC
     * @param fit         the fitted values, one per parameter
     * @param lower       the lower ends of their 95% intervals
     * @param upper       the upper ends
     * @param fitted      the base scenario with the fitted values
     * @param check       the targets' statistics simulated at the fit
     * @param checkRuns   the runs of that check
     * @param markdown    the summary, as written to {@value CalibrationExperiments#SUMMARY}
     * @param files       the files written
     * @param wallSeconds the wall time of the fit and the check, in seconds
     * @param runs        the model runs made
     */
    public record CalibrationRun(CalibrationSpec spec, AbcResult abc, MsmResult msm, double[] fit, double[] lower,
                                 double[] upper, Scenario fitted, double[] check, int checkRuns, String markdown,
                                 List<Path> files, double wallSeconds, long runs) {
        /**
         * Copies the arrays and the list.
         *
         * @param spec        the calibration as run
         * @param abc         the ABC-SMC result, or null with simulated moments
         * @param msm         the simulated-moments fit, or null with ABC-SMC
         * @param fit         the fitted values, one per parameter
         * @param lower       the lower ends of their 95% intervals
         * @param upper       the upper ends
         * @param fitted      the base scenario with the fitted values
         * @param check       the targets' statistics simulated at the fit
         * @param checkRuns   the runs of that check
         * @param markdown    the summary, as written to {@value CalibrationExperiments#SUMMARY}
         * @param files       the files written
         * @param wallSeconds the wall time of the fit and the check, in seconds
         * @param runs        the model runs made
         */
        public CalibrationRun {
            fit = fit.clone();
            lower = lower.clone();
            upper = upper.clone();
            check = check.clone();
            files = List.copyOf(files);
        }

        /** {@return the fitted values, a copy} */
        @Override
        public double[] fit() {
            return fit.clone();
        }

        /** {@return the lower ends of the 95% intervals, a copy} */
        @Override
        public double[] lower() {
            return lower.clone();
        }

        /** {@return the upper ends, a copy} */
        @Override
        public double[] upper() {
            return upper.clone();
        }

        /** {@return the statistics at the fit, a copy} */
        @Override
        public double[] check() {
            return check.clone();
        }
    }

    /**
     * Loads a file ({@link CalibrationSpecLoader}) and runs it with the model it names.
     *
     * @param file   the calibration file
     * @param outDir the results folder, or null to write nothing
     * @return what it produced
     */
    public static CalibrationRun run(Path file, Path outDir) {
        CalibrationSpec spec = CalibrationSpecLoader.load(file);
        return run(spec, outDir, RunModel.of(spec.base().model()), ProgressListener.NONE, null);
    }

    /**
     * Runs a calibration and writes its folder.
     *
     * @param spec       the calibration
     * @param outDir     the results folder (created if missing), or null to write nothing
     * @param model      the model of one run
     * @param listener   told {@code (model runs so far, -1)}: the total is not known in advance
     * @param invocation the caller's record of the invocation for {@value #PROVENANCE}, or null
     * @return what it produced
     * @throws org.offramp.design.calibration.CalibrationException if a simulation fails
     * @throws DesignException if a file cannot be written
     */
    public static CalibrationRun run(CalibrationSpec spec, Path outDir, RunModel model, ProgressListener listener,
                                     ObjectNode invocation) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(listener, "listener");
        int threads = spec.threads() == 0 ? Runtime.getRuntime().availableProcessors() : spec.threads();
        AtomicLong runs = new AtomicLong();
        long start = System.nanoTime();
        // Threads for the runs of one simulation: simulated moments evaluates one point at a time, and the
        // check at the fit is one simulation; ABC-SMC runs its particles in parallel itself.
        ExecutorService within = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "offramp-calibration-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            ModelSimulator sim = new ModelSimulator(spec.base(), spec.params(), spec.statistics(), spec.runs(), model,
                    spec.method() == CalibrationSpec.Method.MSM ? within : null);
            Simulator counted = (theta, seed) -> {
                double[] s = sim.simulate(theta, seed);
                listener.onProgress(runs.addAndGet(spec.runs()), -1);
                return s;
            };
            int p = spec.parameters().size();
            double[] fit = new double[p];
            double[] lower = new double[p];
            double[] upper = new double[p];
            AbcResult abc = null;
            MsmResult msm = null;
            if (spec.method() == CalibrationSpec.Method.ABC) {
                abc = spec.toAbc().run(counted);
                List<ParameterSummary> sums = abc.summaries(0.95);
                for (int k = 0; k < p; k++) {
                    ParameterSummary s = sums.get(k);
                    fit[k] = spec.parameters().get(k).param().type() == Param.Type.FLAG ? (s.mean() >= 0.5 ? 1 : 0)
                            : s.median();
                    lower[k] = s.lower();
                    upper[k] = s.upper();
                }
            } else {
                msm = spec.toMsm().fit(counted);
                for (int k = 0; k < p; k++) {
                    MsmResult.Estimate e = msm.estimates().get(k);
                    fit[k] = e.value();
                    lower[k] = e.lower();
                    upper[k] = e.upper();
                }
            }
            Scenario fitted = sim.scenario(fit).named(spec.name() + "-fit", "The fit of calibration " + spec.name()
                    + " (" + spec.source() + ")");
            int checkRuns = Math.max(CHECK_RUNS, spec.runs());
            ModelSimulator checker = new ModelSimulator(spec.base(), spec.params(), spec.statistics(), checkRuns, model,
                    within);
            double[] check = checker.simulate(fit, spec.seed());
            runs.addAndGet(checkRuns);
            double wall = (System.nanoTime() - start) / 1e9;
            String markdown = markdown(spec, abc, msm, fit, lower, upper, check, checkRuns);
            List<Path> files = new ArrayList<>();
            if (outDir != null) {
                files.addAll(write(spec, abc, msm, fitted, markdown, outDir, wall, runs.get(), invocation));
            }
            return new CalibrationRun(spec, abc, msm, fit, lower, upper, fitted, check, checkRuns, markdown, files, wall,
                    runs.get());
        } finally {
            if (within != null) {
                within.shutdownNow();
                try {
                    within.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static List<Path> write(CalibrationSpec spec, AbcResult abc, MsmResult msm, Scenario fitted,
                                    String markdown, Path dir, double wall, long runs, ObjectNode invocation) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            String subtitle = String.format(Locale.ROOT, "%s \u00b7 %,d runs per simulation \u00b7 master seed %d",
                    spec.name(), spec.runs(), spec.seed());
            if (abc != null) {
                files.addAll(CalibrationReport.write(abc, spec.truth(), subtitle, dir));
            } else {
                files.add(CalibrationTables.write(dir, "msm.csv", CalibrationTables.msmCsv(msm, spec.truth())));
                files.add(CalibrationTables.write(dir, "msm.md", CalibrationTables.msmMarkdown(msm)));
            }
            files.add(AtomicFiles.writeString(dir.resolve(SUMMARY), markdown + "\n" + provenanceLine(spec) + "\n"));
            files.add(AtomicFiles.writeString(dir.resolve(FIT_SCENARIO), fitScenarioYaml(spec, fitted)));
            files.add(AtomicFiles.writeString(dir.resolve(FIT_EXPERIMENT), fitExperimentYaml(spec, fitted)));
            files.add(AtomicFiles.writeString(dir.resolve(PROVENANCE),
                    provenance(spec, fitted, wall, runs, invocation).toPrettyString() + "\n"));
        } catch (IOException e) {
            throw new DesignException("cannot write into " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    /**
     * The summary: each parameter's prior, fitted value and 95% interval (and the truth when the file
     * gives it), each target's observed value and sd against its statistic at the fit, and the budget.
     */
    static String markdown(CalibrationSpec spec, AbcResult abc, MsmResult msm, double[] fit, double[] lower,
                           double[] upper, double[] check, int checkRuns) {
        StringBuilder sb = new StringBuilder();
        boolean truth = spec.truth() != null;
        List<String> header = new ArrayList<>(List.of("parameter", "prior", abc != null ? "posterior median"
                : "best fit", "95% interval"));
        if (abc != null) {
            header.add("posterior mean");
        } else {
            header.add("standard error");
        }
        if (truth) {
            header.add("truth");
            header.add("inside");
        }
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < fit.length; k++) {
            CalibrationSpec.FitParameter fp = spec.parameters().get(k);
            Param p = fp.param();
            List<String> row = new ArrayList<>(List.of("`" + p.path() + "`", "[" + p.format(fp.lower()) + ", "
                    + p.format(fp.upper()) + "]", fmt(p, fit[k]), "[" + fmt(p, lower[k]) + ", " + fmt(p, upper[k]) + "]"));
            row.add(abc != null ? DiscoveryAnalysis.num(abc.summaries(0.95).get(k).mean())
                    : DiscoveryAnalysis.num(msm.estimates().get(k).se()));
            if (truth) {
                double t = fp.truth();
                row.add(Double.isNaN(t) ? "-" : p.format(t));
                row.add(Double.isNaN(t) ? "-" : (t >= lower[k] && t <= upper[k] ? "yes" : "no"));
            }
            rows.add(row);
        }
        sb.append(DiscoveryAnalysis.table(header, rows));
        sb.append('\n');
        List<List<String>> t = new ArrayList<>();
        for (int k = 0; k < spec.targets().size(); k++) {
            CalibrationSpec.FitTarget ft = spec.targets().get(k);
            Target tg = ft.target();
            double z = (check[k] - tg.value()) / tg.sd();
            t.add(List.of(tg.name(), "`" + ft.statistic() + "`", DiscoveryAnalysis.num(tg.value()) + " \u00b1 "
                    + DiscoveryAnalysis.num(tg.sd()), DiscoveryAnalysis.num(check[k]),
                    String.format(Locale.ROOT, "%+.2f", z)));
        }
        sb.append(DiscoveryAnalysis.table(List.of("target", "statistic", "observed \u00b1 sd",
                "at the fit", "z"), t));
        sb.append(String.format(Locale.ROOT, "%nAt the fit: each statistic over %,d runs at the fitted values (seeds from"
                + " master seed %d); z = (at the fit - observed) / sd.%n", checkRuns, spec.seed()));
        if (abc != null) {
            sb.append(String.format(Locale.ROOT, "%nABC-SMC: %,d particles, %d generations after the prior (stopped: %s),"
                            + " final tolerance %s, effective sample size %.0f, %,d simulations of %,d runs each."
                            + " The fit is each parameter's posterior median%s; intervals are 95%% central credible"
                            + " intervals.%n",
                    abc.size(), abc.generations().size() - 1, abc.stop().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    DiscoveryAnalysis.num(abc.last().tolerance()), abc.ess(), abc.totalSimulations(), spec.runs(),
                    spec.params().stream().anyMatch(p -> p.type() == Param.Type.FLAG)
                            ? " (for a flag, the more probable value)" : ""));
        } else {
            sb.append(String.format(Locale.ROOT, "%nSimulated moments: best fit after %,d evaluations (%s) of %d"
                            + " replications of %,d runs each; objective %s%s; intervals are the fit \u00b1 1.96"
                            + " standard errors, clipped to the prior.%n", msm.evaluations(),
                    msm.converged() ? "converged" : "budget exhausted", spec.msm().replications(), spec.runs(),
                    DiscoveryAnalysis.num(msm.objective()), Double.isNaN(msm.overidentificationP()) ? ""
                            : ", over-identification p = " + DiscoveryAnalysis.pValue(msm.overidentificationP())));
        }
        return sb.toString();
    }

    private static String fmt(Param p, double v) {
        return p.type() == Param.Type.REAL ? DiscoveryAnalysis.num(v) : p.format(v);
    }

    /** The last line of the summary: source, base scenario, method, budget, seed, library version. */
    static String provenanceLine(CalibrationSpec spec) {
        return String.format(Locale.ROOT, "Provenance: `%s` (kind calibrate, method %s), base scenario %s (content hash"
                        + " %s), %,d runs per simulation, master seed %d, offramp %s.", spec.source(),
                spec.method().key(), spec.base().name(), spec.base().contentHash().substring(0, 12), spec.runs(),
                spec.seed(), ExperimentRunner.libraryVersion());
    }

    /**
     * The scenario file of the fit: it extends the base scenario when that is an embedded scenario of
     * the model and sets the file's overrides and the fitted values; when the base is a scenario file,
     * it extends {@code baseline} and sets every value that differs from the model's defaults, so that it
     * stands alone wherever the results folder is moved. Loading it gives the fitted scenario.
     *
     * @param spec   the calibration
     * @param fitted the base scenario with the fitted values
     * @return the YAML text
     */
    public static String fitScenarioYaml(CalibrationSpec spec, Scenario fitted) {
        StringBuilder sb = new StringBuilder();
        sb.append("# The fit of calibration ").append(spec.name()).append(" (").append(spec.source()).append("), method ")
                .append(spec.method().key()).append(": ")
                .append(spec.method() == CalibrationSpec.Method.ABC ? "each fitted parameter's posterior median"
                        : "the best fit").append(".\n");
        sb.append("# Written by offramp ").append(ExperimentRunner.libraryVersion()).append("; run it with the experiment"
                + " file next to it: offramp run ").append(FIT_EXPERIMENT).append('\n');
        if (!fitted.model().isDefault()) {
            sb.append("model: ").append(fitted.model().name()).append('\n');
        }
        sb.append("scenario: ").append(quoted(fitted.name())).append('\n');
        sb.append("description: ").append(quoted(fitted.description())).append('\n');
        Map<String, Double> diff;
        if (spec.embedded()) {
            sb.append("extends: ").append(quoted(spec.scenarioRef())).append('\n');
            diff = fitted.differencesFrom(ScenarioLoader.embedded(fitted.model(), spec.scenarioRef()));
        } else {
            sb.append("# The base scenario is the file ").append(spec.scenarioRef())
                    .append(": every value that differs from the model's defaults is set here.\n");
            sb.append("extends: baseline\n");
            diff = fitted.differencesFromDefaults();
        }
        if (!diff.isEmpty()) {
            sb.append("parameters:\n");
            diff.forEach((path, v) -> sb.append("  ").append(path).append(": ")
                    .append(fitted.parameters().byPath(path).format(v)).append('\n'));
        }
        return sb.toString();
    }

    /**
     * The experiment file of the fit: {@value #FIT_RUNS} runs of {@value #FIT_SCENARIO} with the
     * calibration's master seed.
     *
     * @param spec   the calibration
     * @param fitted the fitted scenario
     * @return the YAML text
     */
    public static String fitExperimentYaml(CalibrationSpec spec, Scenario fitted) {
        StringBuilder sb = new StringBuilder();
        sb.append("# The fitted scenario of calibration ").append(spec.name()).append(", run ").append(FIT_RUNS)
                .append(" times: offramp run ").append(FIT_EXPERIMENT).append('\n');
        if (!fitted.model().isDefault()) {
            sb.append("model: ").append(fitted.model().name()).append('\n');
        }
        sb.append("experiment: ").append(fitted.name()).append('\n');
        sb.append("description: ").append(quoted(fitted.description())).append('\n');
        sb.append("scenario: ").append(FIT_SCENARIO).append('\n');
        sb.append("runs: ").append(FIT_RUNS).append('\n');
        sb.append("seed: ").append(spec.seed()).append('\n');
        return sb.toString();
    }

    /** A YAML double-quoted scalar (JSON's string syntax is YAML 1.2's). */
    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string cannot be written as JSON: " + e, e);
        }
    }

    /**
     * The record of {@value #PROVENANCE}.
     *
     * @param spec       the calibration
     * @param fitted     the fitted scenario
     * @param wall       the wall time in seconds
     * @param runs       the model runs made
     * @param invocation the caller's record, or null
     * @return a new JSON object
     */
    static ObjectNode provenance(CalibrationSpec spec, Scenario fitted, double wall, long runs, ObjectNode invocation) {
        ObjectNode n = JSON.createObjectNode();
        n.put("format", PROVENANCE_FORMAT);
        n.put("library", "offramp");
        n.put("version", ExperimentRunner.libraryVersion());
        n.put("javaVersion", System.getProperty("java.version"));
        n.put("experiment", spec.name());
        n.put("kind", CalibrationSpecLoader.KIND);
        n.put("model", spec.base().model().name());
        n.put("source", spec.source());
        n.put("method", spec.method().key());
        n.set("base", Provenance.scenario(spec.base()));
        ArrayNode ps = n.putArray("parameters");
        for (CalibrationSpec.FitParameter p : spec.parameters()) {
            ObjectNode o = ps.addObject();
            o.put("path", p.param().path());
            o.put("from", p.lower());
            o.put("to", p.upper());
            if (!Double.isNaN(p.truth())) {
                o.put("truth", p.truth());
            }
            o.put("fit", fitted.get(p.param()));
        }
        ArrayNode ts = n.putArray("targets");
        for (CalibrationSpec.FitTarget t : spec.targets()) {
            ObjectNode o = ts.addObject();
            o.put("name", t.target().name());
            o.put("statistic", t.statistic().text());
            o.put("value", t.target().value());
            o.put("sd", t.target().sd());
        }
        if (spec.method() == CalibrationSpec.Method.ABC) {
            ObjectNode a = n.putObject("abc");
            a.put("particles", spec.abc().particles());
            a.put("generations", spec.abc().generations());
            a.put("quantile", spec.abc().quantile());
            a.put("minTolerance", spec.abc().minTolerance());
            a.put("minAcceptanceRate", spec.abc().minAcceptanceRate());
            a.put("maxAttempts", spec.abc().maxAttempts());
        } else {
            ObjectNode m = n.putObject("msm");
            m.put("replications", spec.msm().replications());
            m.put("evaluations", spec.msm().evaluations());
            m.put("sigma", spec.msm().sigma());
        }
        n.put("runsPerSimulation", spec.runs());
        n.put("masterSeed", spec.seed());
        n.put("threads", spec.threads());
        n.put("modelRuns", runs);
        n.put("wallTimeSeconds", wall);
        n.set("fitted", Provenance.scenario(fitted));
        if (invocation != null) {
            n.set("invocation", invocation.deepCopy());
        }
        return n;
    }
}
