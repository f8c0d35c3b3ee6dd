package org.offramp.notebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.OutcomeAnalysis;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.StoryEvent;
import org.offramp.report.ExperimentCharts;
import org.offramp.report.Timelines;
import org.offramp.stats.Interval;

/**
 * The entry points a notebook (Python through JPype, or any JVM language) needs, for any installed
 * model: a model's runs as a {@link RunModel}, in-memory experiments, the outcome table as plain
 * rows, the library's charts written to a folder, and stories as rows. Results come back as lists of
 * maps with snake_case keys, strings, numbers and arrays, which convert directly into data frames.
 *
 * <pre>{@code
 * ExperimentResult r = Notebooks.run(Scenarios.load("baseline"), 10_000, 20190517L);
 * List<Map<String, Object>> table = Notebooks.outcomeTable(r);   // one row per outcome
 * List<String> pngs = Notebooks.charts(r, Path.of("charts"));    // the library's charts, as PNG paths
 * Model<?> model = r.experiment().model();
 * List<Map<String, Object>> story = Notebooks.story(model.replay(r.experiment().scenario(), seed));
 * }</pre>
 *
 * <p>The rest of the surface: {@link RunTable} (per-run outcomes and metrics by run index),
 * {@link DesignTables} (the results of the library's comparisons and sweeps, {@code org.offramp.design},
 * as plain rows) and {@link RuleCompiler} (a class, such as a model's decision rule, compiled from
 * source). Stateless and thread-safe.
 */
public final class Notebooks {
    /** The confidence level of the intervals this class reports. */
    public static final double CONFIDENCE = Experiment.DEFAULT_CONFIDENCE_LEVEL;
    private Notebooks() {
    }

    /**
     * The runs of the default model ({@link Models#defaultModel()}).
     *
     * @return the run model
     */
    public static RunModel model() {
        return RunModel.of(Models.defaultModel());
    }

    /**
     * The runs of the installed model with this name.
     *
     * @param name a model's name ({@link Models#names()})
     * @return the run model
     * @throws org.offramp.model.UnknownModelException naming the installed models when there is none
     */
    public static RunModel model(String name) {
        Objects.requireNonNull(name, "name");
        return RunModel.of(Models.get(name));
    }

    /**
     * The runs of {@code model} (for example a model with other decision rules).
     *
     * @param model the model
     * @return the run model
     */
    public static RunModel model(Model<?> model) {
        Objects.requireNonNull(model, "model");
        return RunModel.of(model);
    }

    /**
     * The names of a model's endings, in order: the outcomes of its tables.
     *
     * @param model the model
     * @return the names
     */
    public static List<String> outcomes(Model<?> model) {
        Objects.requireNonNull(model, "model");
        return model.endings().names();
    }

    /**
     * A model that runs each scenario with the model registered for its name, and every other
     * scenario with {@code otherwise}: how a comparison on common random numbers
     * ({@code org.offramp.design.Comparison}, which runs all its variants with one model)
     * pits decision rules against each other. Give the variant's scenario its own name
     * ({@link Scenario#named(String, String)}; the name does not change the runs) and register it.
     *
     * <pre>{@code
     * Scenario mine = base.named("baseline-conciliatory", "conciliatory Tehran");
     * RunModel m = Notebooks.modelByScenario(Map.of(mine.name(), Notebooks.model(myModel)), Notebooks.model());
     * Comparison.builder().variant("built-in", base).variant("conciliatory", mine) ... .run(m, listener);
     * }</pre>
     *
     * @param byName    scenario name to model; copied
     * @param otherwise the model for scenarios whose names are not registered
     * @return a model that picks its runs by scenario name
     * @throws IllegalArgumentException if {@code byName} is empty (use {@code otherwise} itself)
     */
    public static RunModel modelByScenario(Map<String, RunModel> byName, RunModel otherwise) {
        Objects.requireNonNull(byName, "byName");
        Objects.requireNonNull(otherwise, "otherwise");
        if (byName.isEmpty()) {
            throw new IllegalArgumentException("byName must register at least one scenario name, but was empty");
        }
        Map<String, RunModel> copy = Map.copyOf(byName);   // rejects null names and models
        return (scenario, seed) -> copy.getOrDefault(scenario.name(), otherwise).run(scenario, seed);
    }

    /**
     * Runs an in-memory experiment (no results folder) with the scenario's model on all cores.
     *
     * @param scenario   the scenario
     * @param runs       the number of runs, at least 1
     * @param masterSeed the master seed
     * @return the result; its counts are those of any other run of the same experiment
     * @throws IllegalArgumentException if runs is out of range
     */
    public static ExperimentResult run(Scenario scenario, long runs, long masterSeed) {
        Objects.requireNonNull(scenario, "scenario");
        return run(scenario, runs, masterSeed, RunModel.of(scenario.model()));
    }

    /**
     * Runs an in-memory experiment with {@code model} on all cores; see {@link #run(Scenario, long, long)}.
     *
     * @param scenario   the scenario
     * @param runs       the number of runs, at least 1
     * @param masterSeed the master seed
     * @param model      the runs to make, in place of the scenario's model
     * @return the result; its counts are those of any other run of the same experiment
     */
    public static ExperimentResult run(Scenario scenario, long runs, long masterSeed, RunModel model) {
        Experiment e = Experiment.builder(scenario).runs(runs).masterSeed(masterSeed).build();
        return ExperimentRunner.run(e, model);
    }

    /**
     * The outcome table: one row per outcome with {@code outcome, count, share, wilson_lower,
     * wilson_upper, clopper_pearson_lower, clopper_pearson_upper} at the experiment's confidence
     * level, then a row {@code FAILED} (count only; its share is of all runs) when any run failed.
     *
     * @param result the experiment's result
     * @return the rows, each a map from column name to value in column order
     */
    public static List<Map<String, Object>> outcomeTable(ExperimentResult result) {
        Objects.requireNonNull(result, "result");
        Map<String, Long> counts = result.counts();
        Map<String, Double> shares = result.shares();
        Map<String, Interval> w = result.wilsonIntervals();
        Map<String, Interval> cp = result.clopperPearsonIntervals();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String o : result.experiment().model().endings().names()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", o);
            m.put("count", counts.get(o));
            m.put("share", shares.get(o));
            m.put("wilson_lower", w.get(o).lower());
            m.put("wilson_upper", w.get(o).upper());
            m.put("clopper_pearson_lower", cp.get(o).lower());
            m.put("clopper_pearson_upper", cp.get(o).upper());
            rows.add(m);
        }
        if (result.failed() > 0) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", ExperimentResult.FAILED);
            m.put("count", result.failed());
            m.put("share", (double) result.failed() / result.runs());
            rows.add(m);
        }
        return rows;
    }

    /**
     * Writes the library's charts of an experiment into {@code folder}, each as PNG and SVG: the same
     * charts, under the same names, as {@code offramp run} writes into a results folder's
     * {@code charts/} ({@link ExperimentCharts}): {@code outcomes}, {@code triggers},
     * {@code cumulative-incidence} (with pointwise bands), {@code share-by-horizon},
     * {@code ending-days} (left out when no run ended before the horizon) and one histogram per
     * bounded count metric of the model (for the standoff, {@code highest-rung}). The titles name
     * the scenario.
     *
     * @param result the experiment's result
     * @param folder the folder to write into; created if missing
     * @return the paths of the PNG files written, in that order
     * @throws IllegalArgumentException if no run completed
     * @throws IOException              if a file cannot be written
     */
    public static List<String> charts(ExperimentResult result, Path folder) throws IOException {
        Objects.requireNonNull(result, "result");
        return charts(result, result.experiment().scenario().name(), folder);
    }

    /**
     * As {@link #charts(ExperimentResult, Path)}, with the titles naming {@code name}: given an
     * experiment file's name, the files are byte for byte those {@code offramp run} writes for it.
     *
     * @param result the result
     * @param name   the name the titles show
     * @param folder the folder, created if missing
     * @return the paths of the PNG files written, in order
     * @throws IllegalArgumentException if no run completed
     * @throws IOException              if a file cannot be written
     */
    public static List<String> charts(ExperimentResult result, String name, Path folder) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(folder, "folder");
        List<String> pngs = new ArrayList<>();
        for (ExperimentCharts.Chart c : ExperimentCharts.of(result, name)) {
            pngs.add(c.write(folder).png().toString());
        }
        return pngs;
    }

    /**
     * The share of each ending had the horizon been shorter, from the same runs: one row per horizon
     * ({@link OutcomeAnalysis#byHorizon()}) and ending with {@code horizon, outcome, count, share,
     * wilson_lower, wilson_upper}. The shares are conditional on the horizon.
     *
     * @param result the result
     * @return the rows
     */
    public static List<Map<String, Object>> shareByHorizon(ExperimentResult result) {
        Objects.requireNonNull(result, "result");
        OutcomeAnalysis a = OutcomeAnalysis.of(result);
        List<String> names = result.experiment().model().endings().names();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OutcomeAnalysis.HorizonShares h : a.byHorizon()) {
            for (int o = 0; o < names.size(); o++) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("horizon", h.horizon());
                m.put("outcome", names.get(o));
                m.put("count", h.counts()[o]);
                m.put("share", h.shares()[o]);
                m.put("wilson_lower", h.wilson().get(o).lower());
                m.put("wilson_upper", h.wilson().get(o).upper());
                rows.add(m);
            }
        }
        return rows;
    }

    /**
     * The endings by trigger: one row per trigger with {@code outcome, trigger, description, count,
     * share, wilson_lower, wilson_upper, share_of_outcome}.
     *
     * @param result the result
     * @return the rows
     */
    public static List<Map<String, Object>> triggerTable(ExperimentResult result) {
        Objects.requireNonNull(result, "result");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OutcomeAnalysis.TriggerShare t : OutcomeAnalysis.of(result).triggers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("outcome", t.ending());
            m.put("trigger", t.trigger());
            m.put("description", t.description());
            m.put("count", t.count());
            m.put("share", t.share());
            m.put("wilson_lower", t.wilson().lower());
            m.put("wilson_upper", t.wilson().upper());
            m.put("share_of_outcome", t.shareOfEnding());
            rows.add(m);
        }
        return rows;
    }

    /**
     * Draws one run's timeline (the daily series and markers its model's replay carries) as
     * {@code name.png} and {@code name.svg} in {@code folder}.
     *
     * @param model  the model
     * @param replay its replay of one run
     * @param folder the folder, created if missing
     * @param name   the file name without extension
     * @return the PNG's path, or null when the model draws no timeline for its runs
     * @throws IOException if a file cannot be written
     */
    public static String timeline(Model<?> model, Replay<?> replay, Path folder, String name) throws IOException {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        return Timelines.write(model, replay, folder, name).map(f -> f.png().toString()).orElse(null);
    }

    /**
     * A story as rows: {@code day, date} (ISO, or empty for a model without a calendar),
     * {@code category, text}, in order.
     *
     * @param replay a model's replay of one run
     * @return the rows
     */
    public static List<Map<String, Object>> story(Replay<?> replay) {
        Objects.requireNonNull(replay, "replay");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoryEvent ev : replay.story()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", ev.day());
            m.put("date", ev.date() == null ? "" : ev.date().toString());
            m.put("category", ev.category());
            m.put("text", ev.text());
            rows.add(m);
        }
        return rows;
    }
}
