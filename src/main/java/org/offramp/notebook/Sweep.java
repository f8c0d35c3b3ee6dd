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
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;
import org.offramp.model.Outcome;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.HeatMap;
import org.offramp.output.chart.SeriesWithBands;
import org.offramp.scenario.Params;
import org.offramp.scenario.Scenario;

/**
 * A scenario run at each value of one parameter (a line) or each pair of values of two (a grid),
 * every point an in-memory {@link Experiment} with the same number of runs and the same master
 * seed, so neighbouring points share their run seeds (common random numbers) and their curves are
 * smooth where the model is.
 *
 * <pre>{@code
 * Scenario base = Scenarios.load("baseline");
 * Sweep line = Sweep.line(base, "perception.noiseScale", new double[] {0, 1, 2, 3}, 1_000, 20190517L);
 * double[][] war = line.shares("WAR");                     // [y index][x index]; one row for a line
 * line.seriesChart(List.of("WAR", "DEAL"), 0.95, Path.of("charts"), "noise", "WAR and noise");
 * Sweep grid = Sweep.grid(base, "perception.noiseScale", xs, "attribution.errorScale", ys, 500, 20190517L);
 * grid.heatMapChart("WAR", Path.of("charts"), "war-grid", "WAR share");
 * }</pre>
 *
 * <p>Each point's counts are exactly those of {@code ExperimentRunner.run} for
 * {@code base.with(xPath, x).with(yPath, y)}, the runs and the master seed. Immutable and
 * thread-safe once built.
 */
public final class Sweep {
    private final Scenario base;
    private final String xPath;
    private final double[] xs;
    private final String yPath;   // null for a line
    private final double[] ys;    // {NaN} for a line
    private final int runs;
    private final long masterSeed;
    private final long[][][] counts;   // [y][x][outcome]

    private Sweep(Scenario base, String xPath, double[] xs, String yPath, double[] ys, int runs, long masterSeed,
            long[][][] counts) {
        this.base = base;
        this.xPath = xPath;
        this.xs = xs;
        this.yPath = yPath;
        this.ys = ys;
        this.runs = runs;
        this.masterSeed = masterSeed;
        this.counts = counts;
    }

    /**
     * Sweeps one parameter.
     *
     * @param base       the scenario the values are set on
     * @param path       the parameter's path, e.g. {@code perception.noiseScale}
     * @param values     the values, strictly increasing, each inside the parameter's range
     * @param runs       runs per point, at least 1
     * @param masterSeed the master seed of every point
     * @return the sweep
     * @throws IllegalArgumentException naming the path and value if a value is not allowed, or if
     *                                  the values are empty or not strictly increasing
     */
    public static Sweep line(Scenario base, String path, double[] values, int runs, long masterSeed) {
        return sweep(base, path, values, null, new double[] {Double.NaN}, runs, masterSeed);
    }

    /**
     * Sweeps two parameters over every pair of their values.
     *
     * @see #line(Scenario, String, double[], int, long)
     */
    public static Sweep grid(Scenario base, String xPath, double[] xs, String yPath, double[] ys, int runs,
            long masterSeed) {
        Objects.requireNonNull(yPath, "yPath");
        if (yPath.equals(xPath)) {
            throw new IllegalArgumentException("xPath and yPath must differ, but both were " + xPath);
        }
        return sweep(base, xPath, xs, yPath, increasing("ys", ys), runs, masterSeed);
    }

    private static Sweep sweep(Scenario base, String xPath, double[] xs, String yPath, double[] ys, int runs,
            long masterSeed) {
        Objects.requireNonNull(base, "base");
        Params.byPath(Objects.requireNonNull(xPath, "xPath"));   // an unknown path fails here, before any run
        xs = increasing("xs", xs);
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, but was " + runs);
        }
        // Build every scenario first, so a value out of range fails before minutes of runs.
        Scenario[][] points = new Scenario[ys.length][xs.length];
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                Scenario s = base.with(xPath, xs[i]);
                points[j][i] = yPath == null ? s : s.with(yPath, ys[j]);
            }
        }
        long[][][] counts = new long[ys.length][xs.length][];
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                Experiment e = Experiment.builder(points[j][i]).runs(runs).masterSeed(masterSeed).build();
                ExperimentResult r = ExperimentRunner.run(e, Notebooks.model());
                long[] c = new long[Outcome.COUNT];
                for (Outcome o : Outcome.ALL) {
                    c[o.ordinal()] = r.counts().get(o.name());
                }
                counts[j][i] = c;
            }
        }
        return new Sweep(base, xPath, xs, yPath, ys, runs, masterSeed, counts);
    }

    private static double[] increasing(String name, double[] v) {
        Objects.requireNonNull(v, name);
        if (v.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one value, but was empty");
        }
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, but was " + v[i]);
            }
            if (i > 0 && !(v[i] > v[i - 1])) {
                throw new IllegalArgumentException(name + " must be strictly increasing, but " + name + "[" + i + "] = "
                        + v[i] + " follows " + v[i - 1]);
            }
        }
        return v.clone();
    }

    /** The x parameter's path. */
    public String xPath() {
        return xPath;
    }

    /** The x values. */
    public double[] xs() {
        return xs.clone();
    }

    /** Whether this is a two-parameter grid (otherwise a line). */
    public boolean isGrid() {
        return yPath != null;
    }

    /** The y parameter's path. @throws IllegalStateException for a line */
    public String yPath() {
        requireGrid();
        return yPath;
    }

    /** The y values. @throws IllegalStateException for a line */
    public double[] ys() {
        requireGrid();
        return ys.clone();
    }

    /** Runs per point. */
    public int runs() {
        return runs;
    }

    /** The master seed of every point. */
    public long masterSeed() {
        return masterSeed;
    }

    private void requireGrid() {
        if (yPath == null) {
            throw new IllegalStateException("a line sweep over " + xPath + " has no y parameter");
        }
    }

    private static Outcome outcome(String name) {
        Objects.requireNonNull(name, "outcome");
        for (Outcome o : Outcome.ALL) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        throw new IllegalArgumentException("outcome must be one of " + Notebooks.OUTCOMES + ", but was " + name);
    }

    /** Runs ending in {@code outcome} at each point, [y index][x index] (one row for a line). */
    public long[][] counts(String outcome) {
        int o = outcome(outcome).ordinal();
        long[][] c = new long[ys.length][xs.length];
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                c[j][i] = counts[j][i][o];
            }
        }
        return c;
    }

    /** The share of runs ending in {@code outcome} at each point, [y index][x index]. */
    public double[][] shares(String outcome) {
        long[][] c = counts(outcome);
        double[][] s = new double[c.length][c[0].length];
        for (int j = 0; j < c.length; j++) {
            for (int i = 0; i < c[j].length; i++) {
                s[j][i] = (double) c[j][i] / runs;
            }
        }
        return s;
    }

    /**
     * One row per point and outcome: {@code x, y} (grid only), {@code outcome, count, runs, share,
     * lower, upper}, with Wilson intervals at {@code confidence}. The keys of x and y are the
     * parameter paths.
     */
    public List<Map<String, Object>> rows(double confidence) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                for (Outcome o : Outcome.ALL) {
                    long k = counts[j][i][o.ordinal()];
                    Interval ci = ConfidenceIntervals.wilson(k, runs, confidence);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put(xPath, xs[i]);
                    if (yPath != null) {
                        m.put(yPath, ys[j]);
                    }
                    m.put("outcome", o.name());
                    m.put("count", k);
                    m.put("runs", runs);
                    m.put("share", (double) k / runs);
                    m.put("lower", ci.lower());
                    m.put("upper", ci.upper());
                    rows.add(m);
                }
            }
        }
        return rows;
    }

    /**
     * Writes the library's line-with-bands chart of the given outcomes' shares along a line sweep.
     *
     * @return the files written
     * @throws IllegalStateException if this is a grid
     * @throws IOException           if a file cannot be written
     */
    public ChartFiles seriesChart(List<String> outcomes, double confidence, Path folder, String name, String title)
            throws IOException {
        if (yPath != null) {
            throw new IllegalStateException("a series chart needs a line sweep; this is a grid over " + xPath + " and "
                    + yPath + " (use heatMapChart)");
        }
        int n = outcomes.size();
        double[][] y = new double[n][xs.length];
        double[][] lo = new double[n][xs.length];
        double[][] hi = new double[n][xs.length];
        for (int k = 0; k < n; k++) {
            int o = outcome(outcomes.get(k)).ordinal();
            for (int i = 0; i < xs.length; i++) {
                long c = counts[0][i][o];
                Interval ci = ConfidenceIntervals.wilson(c, runs, confidence);
                y[k][i] = (double) c / runs;
                lo[k][i] = ci.lower();
                hi[k][i] = ci.upper();
            }
        }
        SeriesWithBands data = new SeriesWithBands(xs, outcomes, y, lo, hi, true, xPath + " (" + unit(xPath) + ")",
                "Share of runs (bands: " + Math.round(confidence * 100) + "% Wilson intervals)", title);
        return Charts.seriesWithBands(data, Charts.provenance(base.name(), runs, masterSeed) + " per point", folder,
                name);
    }

    /**
     * Writes the library's heat map of one outcome's share over a grid sweep.
     *
     * @return the files written
     * @throws IllegalStateException if this is a line
     * @throws IOException           if a file cannot be written
     */
    public ChartFiles heatMapChart(String outcome, Path folder, String name, String title) throws IOException {
        requireGrid();
        HeatMap data = new HeatMap(xs, ys, shares(outcome), xPath + " (" + unit(xPath) + ")",
                yPath + " (" + unit(yPath) + ")", outcome(outcome).name() + " share", title);
        return Charts.heatMap(data, Charts.provenance(base.name(), runs, masterSeed) + " per cell", folder, name);
    }

    private static String unit(String path) {
        return Params.byPath(path).unit();
    }

    @Override
    public String toString() {
        return "Sweep[" + base.name() + ", " + xPath + " x " + xs.length + (yPath == null ? "" : ", " + yPath + " x "
                + ys.length) + ", " + runs + " runs per point, master seed " + masterSeed + "]";
    }
}
