package org.offramp.design;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.HeatMap;
import org.offramp.output.chart.OutcomeColors;
import org.offramp.output.chart.SeriesWithBands;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;

/**
 * The result of a {@link Sweep}: for every design point and measure the count, share and Wilson
 * interval. Immutable and thread-safe.
 */
public final class SweepResult {
    private final Sweep sweep;
    private final double[][] points;
    private final long runs;
    private final long[][] yes;
    private final double wallSeconds;

    SweepResult(Sweep sweep, Tally t, double wallSeconds) {
        this.sweep = sweep;
        this.points = sweep.points();
        this.runs = t.runs;
        this.wallSeconds = wallSeconds;
        this.yes = new long[points.length][sweep.measures().size()];
        for (int p = 0; p < points.length; p++) {
            for (int m = 0; m < yes[p].length; m++) {
                yes[p][m] = t.yes(p, m);
            }
        }
    }

    /** The sweep that was run. */
    public Sweep sweep() {
        return sweep;
    }

    /** Runs per point. */
    public long runs() {
        return runs;
    }

    /** Wall time in seconds. */
    public double wallSeconds() {
        return wallSeconds;
    }

    /** The number of design points. */
    public int size() {
        return points.length;
    }

    /** The factor values of point {@code p}, a copy. */
    public double[] point(int p) {
        return points[p].clone();
    }

    /** Runs of point {@code p} with measure {@code m}. */
    public long count(int p, Measure m) {
        return yes[p][measureIndex(m)];
    }

    /** The share of measure {@code m} at point {@code p}. */
    public double share(int p, Measure m) {
        return count(p, m) / (double) runs;
    }

    /** The Wilson interval of the share of {@code m} at point {@code p}. */
    public Interval wilson(int p, Measure m) {
        return ConfidenceIntervals.wilson(count(p, m), runs, sweep.confidenceLevel());
    }

    private int measureIndex(Measure m) {
        int i = sweep.measures().indexOf(m);
        if (i < 0) {
            throw new IllegalArgumentException("measure must be one of " + sweep.measures() + ", but was " + m);
        }
        return i;
    }

    /** One row per point: {@code point, <factor paths>, runs, then per measure share, lower, upper}. */
    public String csv() {
        StringBuilder sb = new StringBuilder("point");
        for (Factor f : sweep.factors()) {
            sb.append(',').append(f.path());
        }
        sb.append(",runs");
        for (Measure m : sweep.measures()) {
            sb.append(',').append(m).append("_share,").append(m).append("_lower,").append(m).append("_upper");
        }
        sb.append('\n');
        for (int p = 0; p < points.length; p++) {
            sb.append(p);
            for (double v : points[p]) {
                sb.append(',').append(Tables.num(v));
            }
            sb.append(',').append(runs);
            for (Measure m : sweep.measures()) {
                Interval w = wilson(p, m);
                sb.append(',').append(Tables.num(share(p, m))).append(',').append(Tables.num(w.lower())).append(',')
                        .append(Tables.num(w.upper()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** One row per point with each measure's share and Wilson interval, as Markdown. */
    public String markdown() {
        List<String> header = new ArrayList<>(List.of("point"));
        sweep.factors().forEach(f -> header.add("`" + f.path() + "`"));
        sweep.measures().forEach(m -> header.add(m.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < points.length; p++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
            for (int i = 0; i < points[p].length; i++) {
                row.add(sweep.factors().get(i).param().format(points[p][i]));
            }
            for (Measure m : sweep.measures()) {
                Interval w = wilson(p, m);
                row.add(String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * share(p, m), 100 * w.lower(),
                        100 * w.upper()));
            }
            rows.add(row);
        }
        return Tables.markdown(header, rows) + String.format(Locale.ROOT,
                "%n%s design, %,d runs per point on common seeds (master seed %d); shares with %d%% Wilson intervals.%n",
                sweep.design().type(), runs, sweep.masterSeed(), Math.round(100 * sweep.confidenceLevel()));
    }

    /**
     * Shares of {@code measures} against the factor {@code xPath}, one curve per measure and per
     * combination of the other factors' values, with Wilson bands. Needs a design in which every
     * combination of the other factors meets each x value at most once (a grid).
     */
    public SeriesWithBands series(String xPath, List<Measure> measures) {
        int xi = factorIndex(xPath);
        double[] xs = distinct(xi);
        Map<String, double[][]> curves = new LinkedHashMap<>();   // label -> {y, lo, hi}
        for (int p = 0; p < points.length; p++) {
            String others = otherLabel(p, xi);
            int at = Arrays.binarySearch(xs, points[p][xi]);
            for (Measure m : measures) {
                String label = others.isEmpty() ? m.name() : m.name() + " @ " + others;
                double[][] c = curves.computeIfAbsent(label, k -> {
                    double[][] a = new double[3][xs.length];
                    for (double[] r : a) {
                        Arrays.fill(r, Double.NaN);
                    }
                    return a;
                });
                if (!Double.isNaN(c[0][at])) {
                    throw new IllegalArgumentException("the design has two points at " + xPath + " = " + xs[at]
                            + " for " + label + "; allowed: a grid for series charts");
                }
                Interval w = wilson(p, m);
                c[0][at] = share(p, m);
                c[1][at] = Math.min(c[0][at], w.lower());
                c[2][at] = Math.max(c[0][at], w.upper());
            }
        }
        List<String> labels = new ArrayList<>(curves.keySet());
        double[][] y = new double[labels.size()][];
        double[][] lo = new double[labels.size()][];
        double[][] hi = new double[labels.size()][];
        for (int i = 0; i < labels.size(); i++) {
            double[][] c = curves.get(labels.get(i));
            for (double v : c[0]) {
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("the design misses some " + xPath + " values for "
                            + labels.get(i) + "; allowed: a grid for series charts");
                }
            }
            y[i] = c[0];
            lo[i] = c[1];
            hi[i] = c[2];
        }
        return new SeriesWithBands(xs, labels, y, lo, hi, true, axisLabel(xi), "share of runs",
                "Shares against " + xPath + ": " + sweep.name())
                .withColours(OutcomeColors.ofHex(sweep.base().model().endings().colours()));
    }

    /**
     * The share of {@code measure} over the factors {@code xPath} and {@code yPath} of a grid; any
     * other factor must have a single level.
     */
    public HeatMap heatMap(String xPath, String yPath, Measure measure) {
        int xi = factorIndex(xPath);
        int yi = factorIndex(yPath);
        double[] xs = distinct(xi);
        double[] ys = distinct(yi);
        double[][] z = new double[ys.length][xs.length];
        for (double[] r : z) {
            Arrays.fill(r, Double.NaN);
        }
        for (int p = 0; p < points.length; p++) {
            int a = Arrays.binarySearch(ys, points[p][yi]);
            int b = Arrays.binarySearch(xs, points[p][xi]);
            if (!Double.isNaN(z[a][b])) {
                throw new IllegalArgumentException("the design has two points at (" + xs[b] + ", " + ys[a]
                        + "); allowed: a grid over exactly " + xPath + " and " + yPath + " for a heat map");
            }
            z[a][b] = share(p, measure);
        }
        for (double[] r : z) {
            for (double v : r) {
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("the design does not cover every (" + xPath + ", " + yPath
                            + ") cell; allowed: a grid for a heat map");
                }
            }
        }
        return new HeatMap(xs, ys, z, axisLabel(xi), axisLabel(yi), measure.name() + " share",
                measure.name() + " over " + xPath + " and " + yPath + ": " + sweep.name());
    }

    private String axisLabel(int i) {
        Factor f = sweep.factors().get(i);
        return f.path() + " (" + f.param().unit() + ")";
    }

    private String otherLabel(int p, int skip) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < points[p].length; i++) {
            if (i != skip) {
                Factor f = sweep.factors().get(i);
                parts.add(f.path().substring(f.path().lastIndexOf('.') + 1) + "=" + f.param().format(points[p][i]));
            }
        }
        return String.join(", ", parts);
    }

    private double[] distinct(int i) {
        TreeSet<Double> s = new TreeSet<>();
        for (double[] p : points) {
            s.add(p[i]);
        }
        return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private int factorIndex(String path) {
        for (int i = 0; i < sweep.factors().size(); i++) {
            if (sweep.factors().get(i).path().equals(path)) {
                return i;
            }
        }
        throw new IllegalArgumentException("factor must be one of the sweep's factors "
                + sweep.factors().stream().map(Factor::path).toList() + ", but was " + path);
    }

    /**
     * Writes {@code sweep.csv} and {@code sweep.md} into {@code dir}, and the requested charts:
     * {@code series-<x>.png/.svg} for each series request and {@code heatmap-<measure>.png/.svg} for a heat map.
     *
     * @param series   x paths for series charts of {@code seriesMeasures}; may be empty
     * @param heatMap  {x path, y path, measure name} or null
     * @return the files written
     */
    public List<Path> writeTo(Path dir, List<String> series, List<Measure> seriesMeasures, String[] heatMap) {
        List<Path> files = new ArrayList<>();
        files.add(Tables.write(dir, "sweep.csv", csv()));
        files.add(Tables.write(dir, "sweep.md", markdown()));
        String subtitle = String.format(Locale.ROOT, "%s \u00b7 %,d runs per point, common seeds \u00b7 master seed %d",
                sweep.name(), runs, sweep.masterSeed());
        try {
            for (String x : series) {
                files.addAll(Charts.seriesWithBands(series(x, seriesMeasures), subtitle, dir,
                        "series-" + x.replace('.', '-')).paths());
            }
            if (heatMap != null) {
                files.addAll(Charts.heatMap(heatMap(heatMap[0], heatMap[1], Measure.parse(sweep.base().model().record(), heatMap[2])), subtitle, dir,
                        "heatmap-" + heatMap[2]).paths());
            }
        } catch (IOException e) {
            throw new DesignException("cannot write the charts into " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }
}
