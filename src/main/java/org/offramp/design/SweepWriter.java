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
import org.offramp.output.Words;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.HeatMap;
import org.offramp.output.chart.OutcomeColors;
import org.offramp.output.chart.SeriesWithBands;
import org.offramp.stats.Interval;

/**
 * Renders a {@link SweepResult}: its CSV and Markdown tables, the data of its series and heat-map
 * charts, and the files {@code sweep.csv}, {@code sweep.md}, {@code series-PATH.png/.svg} and
 * {@code heatmap-MEASURE.png/.svg}.
 *
 * <pre>{@code
 * SweepResult r = sweep.run(listener);
 * SeriesWithBands s = SweepWriter.series(r, "perception.noiseScale", List.of(war));
 * HeatMap h = SweepWriter.heatMap(r, "perception.noiseScale", "attribution.errorScale", war);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SweepWriter {
    private SweepWriter() {
    }

    /**
     * One row per point: {@code point, <factor paths>, runs, then per measure share, lower, upper}.
     *
     * @param r the result
     * @return the text of {@code sweep.csv}
     */
    public static String csv(SweepResult r) {
        Sweep sweep = r.sweep();
        StringBuilder sb = new StringBuilder("point");
        for (Factor f : sweep.factors()) {
            sb.append(',').append(f.path());
        }
        sb.append(",runs");
        for (Measure m : sweep.measures()) {
            sb.append(',').append(m).append("_share,").append(m).append("_lower,").append(m).append("_upper");
        }
        sb.append('\n');
        for (int p = 0; p < r.size(); p++) {
            sb.append(p);
            for (double v : r.point(p)) {
                sb.append(',').append(Tables.num(v));
            }
            sb.append(',').append(r.runs());
            for (Measure m : sweep.measures()) {
                Interval w = r.wilson(p, m);
                sb.append(',').append(Tables.num(r.share(p, m))).append(',').append(Tables.num(w.lower())).append(',')
                        .append(Tables.num(w.upper()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * One row per point with each measure's share and Wilson interval.
     *
     * @param r the result
     * @return the table and its note
     */
    public static ResultTable table(SweepResult r) {
        Sweep sweep = r.sweep();
        List<String> header = new ArrayList<>(List.of("point"));
        sweep.factors().forEach(f -> header.add("`" + f.path() + "`"));
        sweep.measures().forEach(m -> header.add(m.name()));
        List<List<String>> rows = new ArrayList<>();
        for (int p = 0; p < r.size(); p++) {
            double[] point = r.point(p);
            List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
            for (int i = 0; i < point.length; i++) {
                row.add(sweep.factors().get(i).param().format(point[i]));
            }
            for (Measure m : sweep.measures()) {
                Interval w = r.wilson(p, m);
                row.add(String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * r.share(p, m), 100 * w.lower(),
                        100 * w.upper()));
            }
            rows.add(row);
        }
        String note = String.format(Locale.ROOT,
                "%s design, %s per point on common seeds (master seed %d); shares with %d%% Wilson intervals.",
                sweep.design().type(), Words.count(r.runs(), "run"), sweep.masterSeed(),
                Math.round(100 * sweep.confidenceLevel()));
        return new ResultTable(header, rows, note);
    }

    /**
     * The table as Markdown.
     *
     * @param r the result
     * @return the text of {@code sweep.md} (without its provenance line)
     */
    public static String markdown(SweepResult r) {
        return table(r).markdown();
    }

    /**
     * Shares of {@code measures} against the factor {@code xPath}, one curve per measure and per
     * combination of the other factors' values, with Wilson bands. Needs a design in which every
     * combination of the other factors meets each x value at most once (a grid).
     *
     * @param r        the result
     * @param xPath    a factor's path
     * @param measures the measures
     * @return the chart data
     * @throws IllegalArgumentException if the path is not a factor or the design is not a grid over it
     */
    public static SeriesWithBands series(SweepResult r, String xPath, List<Measure> measures) {
        Sweep sweep = r.sweep();
        int xi = factorIndex(sweep, xPath);
        double[] xs = distinct(r, xi);
        Map<String, double[][]> curves = new LinkedHashMap<>();   // label -> {y, lo, hi}
        for (int p = 0; p < r.size(); p++) {
            double[] point = r.point(p);
            String others = otherLabel(sweep, point, xi);
            int at = Arrays.binarySearch(xs, point[xi]);
            for (Measure m : measures) {
                String label = others.isEmpty() ? m.name() : m.name() + " @ " + others;
                double[][] c = curves.computeIfAbsent(label, k -> {
                    double[][] a = new double[3][xs.length];
                    for (double[] row : a) {
                        Arrays.fill(row, Double.NaN);
                    }
                    return a;
                });
                if (!Double.isNaN(c[0][at])) {
                    throw new IllegalArgumentException("the design has two points at " + xPath + " = " + xs[at]
                            + " for " + label + "; allowed: a grid for series charts");
                }
                Interval w = r.wilson(p, m);
                c[0][at] = r.share(p, m);
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
        return new SeriesWithBands(xs, labels, y, lo, hi, true, axisLabel(sweep, xi), "share of runs",
                "Shares against " + xPath + ": " + sweep.name())
                .withColours(OutcomeColors.ofHex(sweep.base().model().endings().colours()));
    }

    /**
     * The share of {@code measure} over the factors {@code xPath} and {@code yPath} of a grid; any
     * other factor must have a single level.
     *
     * @param r       the result
     * @param xPath   the factor across
     * @param yPath   the factor up
     * @param measure the measure
     * @return the chart data
     * @throws IllegalArgumentException if a path is not a factor or the design is not a grid over both
     */
    public static HeatMap heatMap(SweepResult r, String xPath, String yPath, Measure measure) {
        Sweep sweep = r.sweep();
        int xi = factorIndex(sweep, xPath);
        int yi = factorIndex(sweep, yPath);
        double[] xs = distinct(r, xi);
        double[] ys = distinct(r, yi);
        double[][] z = new double[ys.length][xs.length];
        for (double[] row : z) {
            Arrays.fill(row, Double.NaN);
        }
        for (int p = 0; p < r.size(); p++) {
            double[] point = r.point(p);
            int a = Arrays.binarySearch(ys, point[yi]);
            int b = Arrays.binarySearch(xs, point[xi]);
            if (!Double.isNaN(z[a][b])) {
                throw new IllegalArgumentException("the design has two points at (" + xs[b] + ", " + ys[a]
                        + "); allowed: a grid over exactly " + xPath + " and " + yPath + " for a heat map");
            }
            z[a][b] = r.share(p, measure);
        }
        for (double[] row : z) {
            for (double v : row) {
                if (Double.isNaN(v)) {
                    throw new IllegalArgumentException("the design does not cover every (" + xPath + ", " + yPath
                            + ") cell; allowed: a grid for a heat map");
                }
            }
        }
        return new HeatMap(xs, ys, z, axisLabel(sweep, xi), axisLabel(sweep, yi), measure.name() + " share",
                measure.name() + " over " + xPath + " and " + yPath + ": " + sweep.name());
    }

    private static String axisLabel(Sweep sweep, int i) {
        Factor f = sweep.factors().get(i);
        return f.path() + " (" + f.param().unit() + ")";
    }

    private static String otherLabel(Sweep sweep, double[] point, int skip) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < point.length; i++) {
            if (i != skip) {
                Factor f = sweep.factors().get(i);
                parts.add(f.path().substring(f.path().lastIndexOf('.') + 1) + "=" + f.param().format(point[i]));
            }
        }
        return String.join(", ", parts);
    }

    private static double[] distinct(SweepResult r, int i) {
        TreeSet<Double> s = new TreeSet<>();
        for (int p = 0; p < r.size(); p++) {
            s.add(r.point(p)[i]);
        }
        return s.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static int factorIndex(Sweep sweep, String path) {
        for (int i = 0; i < sweep.factors().size(); i++) {
            if (sweep.factors().get(i).path().equals(path)) {
                return i;
            }
        }
        throw new IllegalArgumentException("factor must be one of the sweep's factors "
                + sweep.factors().stream().map(Factor::path).toList() + ", but was " + path);
    }

    /**
     * The provenance line under each chart.
     *
     * @param r the result
     * @return e.g. "misperception · 2,000 runs per point, common seeds · master seed 20190517"
     */
    public static String subtitle(SweepResult r) {
        return String.format(Locale.ROOT, "%s \u00b7 %s per point, common seeds \u00b7 master seed %d",
                r.sweep().name(), Words.count(r.runs(), "run"), r.sweep().masterSeed());
    }

    /**
     * Writes {@code sweep.csv} and {@code sweep.md} into {@code dir}, and the requested charts:
     * {@code series-<x>.png/.svg} for each series request and {@code heatmap-<measure>.png/.svg} for a heat map.
     *
     * @param r              the result
     * @param dir            the folder
     * @param series         x paths for series charts of {@code seriesMeasures}; may be empty
     * @param seriesMeasures the measures of the series charts
     * @param heatMap        {x path, y path, measure name} or null
     * @return the files written
     * @throws DesignException if a file cannot be written
     */
    public static List<Path> write(SweepResult r, Path dir, List<String> series, List<Measure> seriesMeasures,
            String[] heatMap) {
        List<Path> files = new ArrayList<>();
        files.add(Tables.write(dir, "sweep.csv", csv(r)));
        files.add(Tables.write(dir, "sweep.md", markdown(r)));
        String subtitle = subtitle(r);
        try {
            for (String x : series) {
                files.addAll(Charts.seriesWithBands(series(r, x, seriesMeasures), subtitle, dir,
                        "series-" + x.replace('.', '-')).paths());
            }
            if (heatMap != null) {
                files.addAll(Charts.heatMap(heatMap(r, heatMap[0], heatMap[1],
                        Measure.parse(r.sweep().base().model().record(), heatMap[2])), subtitle, dir,
                        "heatmap-" + heatMap[2]).paths());
            }
        } catch (IOException e) {
            throw new DesignException("cannot write the charts into " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }
}
