package org.offramp.output.chart.discovery;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;

/**
 * Charts of an ABC-SMC calibration, built from plain data and written as PNG and SVG: the trace
 * over generations, and the posterior of each parameter.
 *
 * <pre>{@code
 * AbcCharts.trace(traceData, "500 particles · master seed 42", out, "abc-trace");
 * AbcCharts.posteriors(posteriorData, "500 particles · master seed 42", out, "abc-posterior");
 * }</pre>
 *
 * <p>Rendering is headless and depends only on the data. Stateless and thread-safe; a returned
 * chart belongs to its caller.
 */
public final class AbcCharts {
    /** The number of histogram bars of a real parameter's posterior. */
    public static final int BINS = 40;

    private AbcCharts() {
    }

    /**
     * The trace: the tolerance (log scale) and the effective sample size per generation, then, per
     * parameter, its posterior mean as a line in a band of its 95% interval, with the true value as
     * a dashed line when known. All panels share the generation axis.
     *
     * @param data     the trace
     * @param subtitle the provenance line; empty for none
     * @return the chart
     */
    public static JFreeChart traceChart(AbcTraceData data, String subtitle) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(subtitle, "subtitle");
        int g = data.tolerance().length;
        NumberAxis generations = new NumberAxis("Generation (0: draws from the prior)");
        generations.setTickUnit(new NumberTickUnit(1));
        generations.setRange(-0.3, g - 0.7);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(generations);
        plot.setGap(16);
        LogAxis tol = new LogAxis("Tolerance (log scale)");
        tol.setSmallestValue(1e-12);
        // One tick per power of ten: in-between ticks read as 316.228.
        tol.setAutoTickUnitSelection(false);
        tol.setTickUnit(new NumberTickUnit(1.0));
        tol.setNumberFormatOverride(new java.text.DecimalFormat("0.###", 
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT)));
        plot.add(line(data.tolerance(), "tolerance", tol, Style.PALETTE[0]), 1);
        NumberAxis ess = new NumberAxis("ESS (of " + data.particles() + ")");
        ess.setRange(0, data.particles() * 1.08);
        XYPlot essPlot = line(data.ess(), "ESS", ess, Style.PALETTE[2]);
        essPlot.addRangeMarker(new ValueMarker(data.particles(), Style.LIGHT, new BasicStroke(1.5f)));
        plot.add(essPlot, 1);
        double[][] mean = data.mean();
        double[][] lower = data.lower();
        double[][] upper = data.upper();
        double[] truth = data.truth();
        for (int p = 0; p < data.parameters().size(); p++) {
            YIntervalSeries s = new YIntervalSeries(data.parameters().get(p), false, true);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < g; t++) {
                s.add(t, mean[p][t], lower[p][t], upper[p][t]);
                lo = Math.min(lo, lower[p][t]);
                hi = Math.max(hi, upper[p][t]);
            }
            YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
            ds.addSeries(s);
            DeviationRenderer r = new DeviationRenderer(true, true);
            Color c = Style.PALETTE[(p + 3) % Style.PALETTE.length];
            r.setSeriesPaint(0, c);
            r.setSeriesFillPaint(0, c);
            r.setSeriesStroke(0, new BasicStroke(2.5f));
            r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
            r.setAlpha(0.2f);
            NumberAxis axis = new NumberAxis(data.parameters().get(p));
            axis.setAutoRangeIncludesZero(false);
            if (!Double.isNaN(truth[p])) {
                lo = Math.min(lo, truth[p]);
                hi = Math.max(hi, truth[p]);
            }
            double pad = Math.max(1e-9, (hi - lo) * 0.08);
            axis.setRange(lo - pad, hi + pad);
            XYPlot sub = new XYPlot(ds, null, axis, r);
            if (!Double.isNaN(truth[p])) {
                sub.addRangeMarker(truthMarker(truth[p], false));
            }
            Style.style(sub);
            plot.add(sub, 1);
        }
        for (Object o : plot.getSubplots()) {
            XYPlot sub = (XYPlot) o;
            Style.style(sub);
            Style.axis(sub.getRangeAxis(), Style.PANEL_AXIS, Style.PANEL_TICK);
        }
        JFreeChart chart = Style.chart(data.title(), plot, false, subtitle);
        Style.axis(generations, Style.AXIS_LABEL, Style.TICK);
        boolean anyTruth = false;
        for (double v : truth) {
            anyTruth |= !Double.isNaN(v);
        }
        chart.addSubtitle(Style.note("Parameters: posterior mean (line) and 95% interval (band) per generation"
                + (anyTruth ? "; dashed red: the true value" : "")));
        return chart;
    }

    private static XYPlot line(double[] y, String name, org.jfree.chart.axis.ValueAxis axis, Color c) {
        XYSeries s = new XYSeries(name, false, true);
        for (int t = 0; t < y.length; t++) {
            s.add(t, y[t]);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, c);
        r.setSeriesStroke(0, new BasicStroke(2.5f));
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), null, axis, r);
        Style.style(plot);
        return plot;
    }

    private static ValueMarker truthMarker(double value, boolean vertical) {
        ValueMarker m = new ValueMarker(value, Style.TRUTH, Style.DASHED);
        m.setLabel("truth " + number(value));
        m.setLabelFont(Style.LABEL);
        m.setLabelPaint(Style.TRUTH);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        if (vertical) {
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        } else {
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        }
        return m;
    }

    /**
     * Writes {@link #traceChart} as {@code name.png} and {@code name.svg}; the image grows with the
     * number of parameters.
     *
     * @param data     the trace
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles trace(AbcTraceData data, String subtitle, Path folder, String name) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        int height = 260 + 190 * (2 + data.parameters().size());
        return Charts.write(traceChart(data, subtitle), folder, name, Charts.DEFAULT_WIDTH, height);
    }

    /**
     * Writes the posteriors: one panel per parameter, a weighted histogram of its sample (density
     * per unit) over the prior's range, the flat prior density as a grey dashed line, the credible
     * interval shaded, the mean as a solid line and, when known, the true value as a dashed red
     * line. Whole-valued parameters get one bar per value.
     *
     * @param data     the posteriors
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles posteriors(PosteriorData data, String subtitle, Path folder, String name)
            throws IOException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(subtitle, "subtitle");
        List<JFreeChart> panels = new ArrayList<>();
        boolean anyTruth = false;
        for (PosteriorData.Panel p : data.panels()) {
            panels.add(posteriorPanel(p));
            anyTruth |= !Double.isNaN(p.truth());
        }
        int columns = Math.min(2, panels.size());
        int width = panels.size() == 1 ? 1000 : 520;
        String level = data.panels().get(0).level() * 100 % 1 == 0
                ? (int) Math.round(data.panels().get(0).level() * 100) + "%" : data.panels().get(0).level() * 100 + "%";
        String note = "Bars: posterior density (probability for whole values); shaded: " + level + " credible interval; solid line: mean;"
                + " grey dashed: the flat prior" + (anyTruth ? "; red dashed: the true value" : "");
        return new Grid(data.title(), subtitle, note, panels, columns, width, 380).write(folder, name);
    }

    private static JFreeChart posteriorPanel(PosteriorData.Panel p) {
        double[] v = p.values();
        double[] w = p.weights();
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        double[] start;
        double width;
        if (p.discrete() && p.priorUpper() - p.priorLower() <= 200) {
            int n = (int) Math.round(hi - lo) + 1;
            start = new double[n];
            for (int i = 0; i < n; i++) {
                start[i] = lo + i - 0.5;
            }
            width = 1.0;
        } else {
            // Bars over the sample's own range: fine enough to show the posterior's shape even where
            // it is narrow against the prior.
            if (hi == lo) {
                hi = lo + (p.priorUpper() - p.priorLower()) * 1e-3;
            }
            width = (hi - lo) / BINS;
            start = new double[BINS];
            for (int i = 0; i < BINS; i++) {
                start[i] = lo + i * width;
            }
        }
        double[] mass = new double[start.length];
        for (int i = 0; i < v.length; i++) {
            int b = (int) Math.floor((v[i] - start[0]) / width);
            mass[Math.max(0, Math.min(mass.length - 1, b))] += w[i] / total;
        }
        double[][] series = new double[6][start.length];
        double top = 0;
        for (int b = 0; b < start.length; b++) {
            double density = mass[b] / width;
            series[0][b] = start[b] + width / 2;
            series[1][b] = start[b] + (p.discrete() ? 0.1 : 0);
            series[2][b] = start[b] + width - (p.discrete() ? 0.1 : 0);
            series[3][b] = density;
            series[4][b] = density;
            series[5][b] = density;
            top = Math.max(top, density);
        }
        DefaultIntervalXYDataset ds = new DefaultIntervalXYDataset();
        ds.addSeries(p.name(), series);
        XYBarRenderer r = new XYBarRenderer();
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, new Color(0x1F, 0x77, 0xB4, 0xDD));
        double span = p.priorUpper() - p.priorLower();
        NumberAxis x = new NumberAxis(p.name() + "  (prior " + number(p.priorLower()) + " to "
                + number(p.priorUpper()) + ")");
        double pad = p.discrete() ? 0.6 : span * 0.02;
        x.setRange(p.priorLower() - pad, p.priorUpper() + pad);
        if (p.discrete() && span <= 20) {
            x.setTickUnit(new NumberTickUnit(1));
        }
        NumberAxis y = new NumberAxis(p.discrete() ? "Posterior probability" : "Posterior density");
        double prior = p.discrete() ? 1.0 / (span + 1) : 1.0 / span;
        y.setRange(0, Math.max(top, prior) * 1.12);
        XYPlot plot = new XYPlot(ds, x, y, r);
        // A whole-valued interval covers its end values' bars entirely.
        double half = p.discrete() ? 0.5 : 0.0;
        IntervalMarker interval = new IntervalMarker(p.lower() - half, p.upper() + half,
                new Color(0x1F, 0x77, 0xB4, 0x22));
        plot.addDomainMarker(interval, org.jfree.chart.ui.Layer.BACKGROUND);
        plot.addDomainMarker(new ValueMarker(p.mean(), Style.BOX, new BasicStroke(2f)));
        ValueMarker flat = new ValueMarker(prior, Style.MUTED, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
        plot.addRangeMarker(flat);
        if (!Double.isNaN(p.truth())) {
            plot.addDomainMarker(truthMarker(p.truth(), true));
        }
        String title = p.name() + ": " + number(p.mean()) + "  [" + number(p.lower()) + ", " + number(p.upper()) + "]";
        return Style.panel(title, plot);
    }

    private static String number(double v) {
        if (v == 0) {
            return "0";
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros();
        return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e7 ? d.toPlainString() : d.toString();
    }
}
