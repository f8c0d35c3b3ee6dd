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
import org.offramp.experiment.RunModel;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.stats.Interval;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Rung;
import org.offramp.model.StoryEvent;
import org.offramp.standoff.decision.DecisionRule;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.CumulativeIncidence;
import org.offramp.output.chart.DayAxis;
import org.offramp.output.chart.DayHistogram;
import org.offramp.output.chart.OutcomeShares;
import org.offramp.output.chart.RungHistogram;
import org.offramp.scenario.Params;
import org.offramp.scenario.Scenario;
import org.offramp.standoff.sim.Simulation;

/**
 * The entry points a notebook (Python through JPype, or any JVM language) needs: the model as a
 * {@link RunModel}, in-memory experiments, the outcome table as plain rows, the library's charts
 * written to a folder, and stories as rows. Results come back as lists of maps with snake_case
 * keys, strings, numbers and arrays, which convert directly into data frames.
 *
 * <pre>{@code
 * ExperimentResult r = Notebooks.run(Scenarios.load("baseline"), 10_000, 20190517L);
 * List<Map<String, Object>> table = Notebooks.outcomeTable(r);   // one row per outcome
 * List<String> pngs = Notebooks.charts(r, Path.of("charts"));    // the library's charts, as PNG paths
 * List<Map<String, Object>> story = Notebooks.story(Simulation.replay(r.experiment().scenario(), seed));
 * }</pre>
 *
 * <p>The rest of the surface: {@link RunTable} (per-run outcomes by run index), {@link DesignTables}
 * (the results of the library's comparisons and sweeps, {@code org.offramp.experiment.design}, as
 * plain rows) and {@link RuleCompiler} (a decision rule compiled from source). Stateless and
 * thread-safe.
 */
public final class Notebooks {
    /** The outcome names in {@link Outcome} order. */
    public static final List<String> OUTCOMES = Outcome.ALL.stream().map(Outcome::name).toList();
    /** The confidence level of the intervals this class reports. */
    public static final double CONFIDENCE = Experiment.DEFAULT_CONFIDENCE_LEVEL;
    /** The width in days of the bins of the day-of-ending chart. */
    public static final int DAY_BIN = 20;

    private static final RunModel BUILT_IN = Simulation::run;

    private Notebooks() {
    }

    /** The model with the built-in decision rules: {@code Simulation::run}. */
    public static RunModel model() {
        return BUILT_IN;
    }

    /**
     * The model with the given decision rules.
     *
     * @param rules one rule per actor, indexed by {@link Actor#ordinal()}; copied
     * @throws IllegalArgumentException if there is not one non-null rule per actor
     */
    public static RunModel model(DecisionRule[] rules) {
        Objects.requireNonNull(rules, "rules");
        if (rules.length != Actor.COUNT) {
            throw new IllegalArgumentException("rules must hold one rule per actor (" + Actor.COUNT + ": "
                    + Actor.keys() + "), but had " + rules.length);
        }
        DecisionRule[] copy = rules.clone();
        for (Actor a : Actor.ALL) {
            if (copy[a.ordinal()] == null) {
                throw new IllegalArgumentException("rules[" + a.ordinal() + "] (" + a.key() + ") must not be null");
            }
        }
        return (scenario, seed) -> Simulation.run(scenario, seed, copy);
    }

    /**
     * A model that runs each scenario with the model registered for its name, and every other
     * scenario with {@code otherwise}: how a comparison on common random numbers
     * ({@code org.offramp.experiment.design.Comparison}, which runs all its variants with one model)
     * pits decision rules against each other. Give the variant's scenario its own name
     * ({@link Scenario#named(String, String)}; the name does not change the runs) and register it.
     *
     * <pre>{@code
     * Scenario mine = base.named("baseline-conciliatory", "conciliatory Tehran");
     * RunModel m = Notebooks.modelByScenario(Map.of(mine.name(), Notebooks.model(rules)), Notebooks.model());
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

    /** The built-in rules with {@code actor}'s replaced by {@code rule}; a fresh array. */
    public static DecisionRule[] rulesWith(Actor actor, DecisionRule rule) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(rule, "rule");
        DecisionRule[] rules = Simulation.builtInRules();
        rules[actor.ordinal()] = rule;
        return rules;
    }

    /**
     * Runs an in-memory experiment (no results folder) with the built-in model on all cores.
     *
     * @param scenario   the scenario
     * @param runs       the number of runs, at least 1
     * @param masterSeed the master seed
     * @return the result; its counts are those of any other run of the same experiment
     * @throws IllegalArgumentException if runs is out of range
     */
    public static ExperimentResult run(Scenario scenario, long runs, long masterSeed) {
        return run(scenario, runs, masterSeed, BUILT_IN);
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
        for (String o : OUTCOMES) {
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
     * Writes the library's four charts of an experiment into {@code folder}, each as PNG and SVG:
     * {@code outcomes} (shares with Wilson intervals), {@code cumulative-incidence} (WAR, DEAL and
     * CHAOS by day), {@code day-of-ending} (a histogram per ending that occurred, in
     * {@value #DAY_BIN}-day bins; left out when no run ended before the horizon) and
     * {@code highest-rung}.
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
        String subtitle = Charts.provenance(s.name(), result.runs(), e.masterSeed());
        ExperimentAggregate a = result.aggregate();
        List<String> pngs = new ArrayList<>();

        long[] counts = new long[Outcome.COUNT];
        for (Outcome o : Outcome.ALL) {
            counts[o.ordinal()] = a.outcomeCount(o);
        }
        OutcomeShares shares = OutcomeShares.wilson(OUTCOMES, counts, e.confidenceLevel(),
                "How the standoff ends: " + s.name());
        pngs.add(png(Charts.outcomeShares(shares, subtitle, folder, "outcomes")));

        // STALEMATE ends only at the horizon, so its incidence is a single step: left out, as in summary.json
        List<Outcome> endings = List.of(Outcome.WAR, Outcome.DEAL, Outcome.CHAOS);
        int horizon = s.integer(Params.HORIZON);
        double[][] byDay = new double[endings.size()][horizon + 1];
        for (int k = 0; k < endings.size(); k++) {
            for (int t = 0; t <= horizon; t++) {
                byDay[k][t] = a.cumulativeIncidence(endings.get(k), t);
            }
        }
        CumulativeIncidence ci = new CumulativeIncidence(endings.stream().map(Outcome::name).toList(), byDay,
                "When the standoff ends: " + s.name());
        pngs.add(png(Charts.cumulativeIncidence(ci, subtitle, folder, "cumulative-incidence")));

        List<DayHistogram> panels = new ArrayList<>();
        for (Outcome o : endings) {
            if (a.outcomeCount(o) == 0) {
                continue;
            }
            long[] bins = new long[horizon / DAY_BIN + 1];
            for (int d = 0; d <= horizon; d++) {
                bins[d / DAY_BIN] += a.days(o).count(d);
            }
            panels.add(new DayHistogram(o.name(), DAY_BIN, bins, DayAxis.DEFAULT_DAY_ZERO));
        }
        if (!panels.isEmpty()) {
            pngs.add(png(Charts.dayHistograms("Day of ending: " + s.name(), panels, subtitle, folder,
                    "day-of-ending")));
        }

        long[] rungs = new long[Rung.COUNT];
        for (Rung r : Rung.values()) {
            rungs[r.level()] = a.highestRungCount(r);
        }
        pngs.add(png(Charts.rungHistogram(new RungHistogram(rungs, "Highest rung reached: " + s.name()), subtitle,
                folder, "highest-rung")));
        return pngs;
    }

    private static String png(ChartFiles files) {
        return files.png().toString();
    }

    /** A story as rows: {@code day, date} (ISO), {@code category, text}, in order. */
    public static List<Map<String, Object>> story(Simulation.Replay replay) {
        Objects.requireNonNull(replay, "replay");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoryEvent ev : replay.story()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", ev.day());
            m.put("date", ev.date().toString());
            m.put("category", ev.category().name());
            m.put("text", ev.text());
            rows.add(m);
        }
        return rows;
    }
}
