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
import org.offramp.output.Words;
import org.offramp.output.chart.Charts;

/**
 * Renders a {@link SensitivityResult}: its CSV and Markdown tables, the chart of each measure's Sobol
 * indices and the files {@code sensitivity.csv}, {@code sensitivity.md} and
 * {@code sobol-MEASURE.png/.svg}.
 *
 * <pre>{@code
 * SensitivityResult r = analysis.run(listener);
 * JFreeChart c = SensitivityWriter.chart(r, war);
 * List<Path> files = SensitivityWriter.write(r, Path.of("results/sensitivity"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class SensitivityWriter {
    private SensitivityWriter() {
    }

    /**
     * {@code measure,factor,first,firstLower,firstUpper,total,totalLower,totalUpper,variance}.
     *
     * @param r the result
     * @return the text of {@code sensitivity.csv}
     */
    public static String csv(SensitivityResult r) {
        Sensitivity analysis = r.analysis();
        StringBuilder sb = new StringBuilder("measure,factor,first,firstLower,firstUpper,total,totalLower,totalUpper,"
                + "variance\n");
        for (Measure m : analysis.measures()) {
            SobolIndices s = r.indices(m);
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

    /**
     * One row per factor, first-order and total index per measure with bootstrap intervals.
     *
     * @param r the result
     * @return the table and its note
     */
    public static ResultTable table(SensitivityResult r) {
        Sensitivity analysis = r.analysis();
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
                SobolIndices s = r.indices(m);
                row.add(cell(s.first()[i], s.firstLower()[i], s.firstUpper()[i]));
                row.add(cell(s.total()[i], s.totalLower()[i], s.totalUpper()[i]));
            }
            rows.add(row);
        }
        String note = String.format(Locale.ROOT,
                "Saltelli design, N = %d, %d points x %s on common seeds (master seed %d); S = first order "
                        + "(Saltelli 2010, centred), ST = total (Jansen), %d%% bootstrap intervals (%d resamples) "
                        + "clipped to [0, 1].",
                analysis.samples(), r.points(), Words.count(r.runsPerPoint(), "run"), analysis.masterSeed(),
                Math.round(100 * analysis.confidenceLevel()), analysis.bootstrap());
        return new ResultTable(header, rows, note);
    }

    /**
     * The table as Markdown.
     *
     * @param r the result
     * @return the text of {@code sensitivity.md} (without its provenance line)
     */
    public static String markdown(SensitivityResult r) {
        return table(r).markdown();
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
     *
     * @param r the result
     * @param m one of the analysis's measures
     * @return the chart
     */
    public static JFreeChart chart(SensitivityResult r, Measure m) {
        Sensitivity analysis = r.analysis();
        SobolIndices s = r.indices(m);
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (int i = 0; i < analysis.factors().size(); i++) {
            String f = analysis.factors().get(i).path();
            add(data, s.first()[i], s.firstLower()[i], s.firstUpper()[i], "first order", f);
            add(data, s.total()[i], s.totalLower()[i], s.totalUpper()[i], "total", f);
        }
        JFreeChart chart = ChartFactory.createBarChart("Sobol indices of the " + m + " share: " + analysis.name(),
                "parameter", "index", data, PlotOrientation.HORIZONTAL, true, false, false);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT,
                "N = %d, %d points x %s, common seeds \u00b7 master seed %d \u00b7 bars: %d%% bootstrap",
                analysis.samples(), r.points(), Words.count(r.runsPerPoint(), "run"), analysis.masterSeed(),
                Math.round(100 * analysis.confidenceLevel()))));
        CategoryPlot plot = chart.getCategoryPlot();
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setSeriesPaint(0, new Color(0x4C, 0x72, 0xB0));
        renderer.setSeriesPaint(1, new Color(0xDD, 0x84, 0x52));
        renderer.setErrorIndicatorPaint(Color.DARK_GRAY);
        renderer.setErrorIndicatorStroke(new BasicStroke(1.5f));
        renderer.setShadowVisible(false);
        plot.setRenderer(renderer);
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
     *
     * @param r   the result
     * @param dir the folder
     * @return the files written
     * @throws DesignException if a file cannot be written
     */
    public static List<Path> write(SensitivityResult r, Path dir) {
        List<Path> files = new ArrayList<>();
        files.add(Tables.write(dir, "sensitivity.csv", csv(r)));
        files.add(Tables.write(dir, "sensitivity.md", markdown(r)));
        try {
            for (Measure m : r.analysis().measures()) {
                files.addAll(Charts.write(chart(r, m), dir, "sobol-" + m, Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT)
                        .paths());
            }
        } catch (IOException e) {
            throw new DesignException("cannot write the charts into " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }
}
