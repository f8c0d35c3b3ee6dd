package org.offramp.notebook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.RunModel;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.model.StoryEvent;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.CumulativeIncidence;
import org.offramp.output.chart.DayAxis;
import org.offramp.output.chart.DayHistogram;
import org.offramp.output.chart.OutcomeColors;
import org.offramp.output.chart.OutcomeShares;
import org.offramp.output.chart.ValueHistogram;
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
    /** The width in days of the bins of the day-of-ending chart. */
    public static final int DAY_BIN = 20;

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

    /** Runs an in-memory experiment with {@code model} on all cores; see {@link #run(Scenario, long, long)}. */
    public static ExperimentResult run(Scenario scenario, long runs, long masterSeed, RunModel model) {
        Experiment e = Experiment.builder(scenario).runs(runs).masterSeed(masterSeed).build();
        return ExperimentRunner.run(e, model);
    }

    /**
     * The outcome table: one row per outcome with {@code outcome, count, share, wilson_lower,
     * wilson_upper, clopper_pearson_lower, clopper_pearson_upper} at the experiment's confidence
     * level, then a row {@code FAILED} (count only; its share is of all runs) when any run failed.
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
     * Writes the library's charts of an experiment into {@code folder}, each as PNG and SVG:
     * {@code outcomes} (shares with Wilson intervals), {@code cumulative-incidence} (every ending but
     * the horizon's, by day), {@code day-of-ending} (a histogram per such ending that occurred, in
     * {@value #DAY_BIN}-day bins; left out when no run ended before the horizon) and one histogram per
     * bounded count metric of the model (for the standoff, {@code highest-rung}).
     *
     * @return the paths of the PNG files written, in that order
     * @throws IllegalArgumentException if no run completed
     * @throws IOException              if a file cannot be written
     */
    public static List<String> charts(ExperimentResult result, Path folder) throws IOException {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(folder, "folder");
        if (result.completed() == 0) {
            throw new IllegalArgumentException("an experiment without completed runs has nothing to chart: "
                    + result);
        }
        Experiment e = result.experiment();
        Scenario s = e.scenario();
        Model<?> model = e.model();
        Endings endings = model.endings();
        OutcomeColors colours = OutcomeColors.ofHex(endings.colours());
        String subtitle = Charts.provenance(s.name(), result.runs(), e.masterSeed());
        ExperimentAggregate a = result.aggregate();
        List<String> pngs = new ArrayList<>();

        OutcomeShares shares = OutcomeShares.wilson(endings.names(), a.outcomeCounts(), e.confidenceLevel(),
                "How the runs end: " + s.name()).withColours(colours);
        pngs.add(png(Charts.outcomeShares(shares, subtitle, folder, "outcomes")));

        // The horizon ending happens only at the horizon, so its incidence is a single step: left out,
        // as in summary.json.
        List<Integer> before = new ArrayList<>();
        for (int o = 0; o < endings.count(); o++) {
            if (o != endings.horizonIndex()) {
                before.add(o);
            }
        }
        int lastDay = 0;
        for (int o = 0; o < endings.count(); o++) {
            lastDay = Math.max(lastDay, a.days(o).maxDay());
        }
        int horizon = model.horizon(s).orElse(lastDay);
        LocalDate dayZero = model.startDate().orElse(DayAxis.DEFAULT_DAY_ZERO);
        double[][] byDay = new double[before.size()][horizon + 1];
        for (int k = 0; k < before.size(); k++) {
            for (int t = 0; t <= horizon; t++) {
                byDay[k][t] = a.cumulativeIncidence(before.get(k), t);
            }
        }
        CumulativeIncidence ci = new CumulativeIncidence(before.stream().map(o -> endings.get(o).name()).toList(),
                byDay, dayZero, "When the runs end: " + s.name()).withColours(colours);
        pngs.add(png(Charts.cumulativeIncidence(ci, subtitle, folder, "cumulative-incidence")));

        List<DayHistogram> panels = new ArrayList<>();
        for (int o : before) {
            if (a.outcomeCount(o) == 0) {
                continue;
            }
            long[] bins = new long[horizon / DAY_BIN + 1];
            for (int d = 0; d <= horizon; d++) {
                bins[d / DAY_BIN] += a.days(o).count(d);
            }
            panels.add(new DayHistogram(endings.get(o).name(), DAY_BIN, bins, dayZero).withColours(colours));
        }
        if (!panels.isEmpty()) {
            pngs.add(png(Charts.dayHistograms("Day of ending: " + s.name(), panels, subtitle, folder,
                    "day-of-ending")));
        }

        for (int i = 0; i < model.record().size(); i++) {
            Metric<?> m = model.record().metric(i);
            if (m.isBounded()) {
                String label = Character.toUpperCase(m.label().charAt(0)) + m.label().substring(1);
                pngs.add(png(Charts.valueHistogram(new ValueHistogram(label, m.valueLabels(), a.counts(i),
                        label + ": " + s.name()), subtitle, folder, ResultsLayout.chartName(m))));
            }
        }
        return pngs;
    }

    private static String png(ChartFiles files) {
        return files.png().toString();
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
