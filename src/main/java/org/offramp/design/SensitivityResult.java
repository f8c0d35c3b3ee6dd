package org.offramp.design;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.offramp.output.chart.Charts;

/**
 * The result of a {@link Sensitivity} analysis: Sobol indices per measure and factor. Immutable and
 * thread-safe.
 */
public final class SensitivityResult {
    private final Sensitivity analysis;
    private final List<SobolIndices> indices;
    private final int points;
    private final long runsPerPoint;
    private final double wallSeconds;

    SensitivityResult(Sensitivity analysis, List<SobolIndices> indices, int points, long runsPerPoint,
                      double wallSeconds) {
        this.analysis = analysis;
        this.indices = List.copyOf(indices);
        this.points = points;
        this.runsPerPoint = runsPerPoint;
        this.wallSeconds = wallSeconds;
    }

    /** The analysis that was run. */
    public Sensitivity analysis() {
        return analysis;
    }

    /** The indices of one measure's share. */
    public SobolIndices indices(Measure m) {
        int i = analysis.measures().indexOf(m);
        if (i < 0) {
            throw new IllegalArgumentException("measure must be one of " + analysis.measures() + ", but was " + m);
        }
        return indices.get(i);
    }

    /** Design points run: N (k + 2). */
    public int points() {
        return points;
    }

    /** Wall time in seconds. */
    public double wallSeconds() {
        return wallSeconds;
    }

    /** {@code measure,factor,first,firstLower,firstUpper,total,totalLower,totalUpper,variance}. */
    public String csv() {
        StringBuilder sb = new StringBuilder("measure,factor,first,firstLower,firstUpper,total,totalLower,totalUpper,"
                + "variance\n");
        for (Measure m : analysis.measures()) {
            SobolIndices s = indices(m);
            for (int i = 0; i < analysis.factors().size(); i++) {
                sb.append(m).append(',').append(analysis.factors().get(i).path()).append(',')
                        .append(Tables.num(s.first()[i])).append(',').append(Tables.num(s.firstLower()[i])).append(',')
                        .append(Tables.num(s.firstUpper()[i])).append(',').append(Tables.num(s.total()[i])).append(',')
                        .append(Tables.num(s.totalLower()[i])).append(',').append(Tables.num(s.totalUpper()[i]))
                        .append(',').append(Tables.num(s.variance())).append('\n');
            }
        }
        return sb.toString();
    }

    /** One row per factor, first-order and total index per measure with bootstrap intervals, as Markdown. */
    public String markdown() {
        List<String> header = new ArrayList<>(List.of("factor", "range"));
        for (Measure m : analysis.measures()) {
            header.add("S " + m);
            header.add("ST " + m);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < analysis.factors().size(); i++) {
            Factor f = analysis.factors().get(i);
            List<String> row = new ArrayList<>(List.of("`" + f.path() + "`",
                    "[" + f.param().format(f.lower()) + ", " + f.param().format(f.upper()) + "]"));
            for (Measure m : analysis.measures()) {
                SobolIndices s = indices(m);
                row.add(cell(s.first()[i], s.firstLower()[i], s.firstUpper()[i]));
                row.add(cell(s.total()[i], s.totalLower()[i], s.totalUpper()[i]));
            }
            rows.add(row);
        }
        return Tables.markdown(header, rows) + String.format(Locale.ROOT,
                "%nSaltelli design, N = %d, %d points x %,d runs on common seeds (master seed %d); S = first order "
                        + "(Saltelli 2010, centred), ST = total (Jansen), %d%% bootstrap intervals (%d resamples) "
                        + "clipped to [0, 1].%n",
                analysis.samples(), points, runsPerPoint, analysis.masterSeed(),
                Math.round(100 * analysis.confidenceLevel()), analysis.bootstrap());
    }

    private static String cell(double v, double lo, double hi) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isNaN(lo)) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", v, lo, hi);
    }

    /**
     * A bar chart of the indices of one measure: first-order and total per factor, with error bars of
     * the larger half of the bootstrap interval on each side (a symmetric bar, so at least as wide as
     * the interval).
     */
    public JFreeChart chart(Measure m) {
        SobolIndices s = indices(m);
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int i = 0; i < analysis.factors().size(); i++) {
            String f = analysis.factors().get(i).path();
            add(data, s.first()[i], s.firstLower()[i], s.firstUpper()[i], "first order", f);
            add(data, s.total()[i], s.totalLower()[i], s.totalUpper()[i], "total", f);
        }
        JFreeChart chart = ChartFactory.createBarChart("Sobol indices of the " + m + " share: " + analysis.name(),
                "parameter", "index", data, PlotOrientation.HORIZONTAL, true, false, false);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                "N = %d, %d points x %,d runs, common seeds \u00b7 master seed %d \u00b7 bars: %d%% bootstrap",
                analysis.samples(), points, runsPerPoint, analysis.masterSeed(),
                Math.round(100 * analysis.confidenceLevel()))));
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setSeriesPaint(0, new Color(0x4C, 0x72, 0xB0));
        r.setSeriesPaint(1, new Color(0xDD, 0x84, 0x52));
        r.setErrorIndicatorPaint(Color.DARK_GRAY);
        r.setErrorIndicatorStroke(new BasicStroke(1.5f));
        r.setShadowVisible(false);
        plot.setRenderer(r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        return chart;
    }

    private static void add(DefaultStatisticalCategoryDataset d, double v, double lo, double hi, String row, String col) {
        double half = Double.isNaN(lo) ? 0 : Math.max(v - lo, hi - v);
        d.add(Double.isNaN(v) ? 0 : v, Math.max(0, half), row, col);
    }

    /**
     * Writes {@code sensitivity.csv}, {@code sensitivity.md} and one chart per measure,
     * {@code sobol-<MEASURE>.png/.svg}, into {@code dir}.
     */
    public List<Path> writeTo(Path dir) {
        List<Path> files = new ArrayList<>();
        files.add(Tables.write(dir, "sensitivity.csv", csv()));
        files.add(Tables.write(dir, "sensitivity.md", markdown()));
        try {
            for (Measure m : analysis.measures()) {
                files.addAll(Charts.write(chart(m), dir, "sobol-" + m, Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT)
                        .paths());
            }
        } catch (IOException e) {
            throw new DesignException("cannot write the charts into " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }
}
