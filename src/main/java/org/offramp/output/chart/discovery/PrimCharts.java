package org.offramp.output.chart.discovery;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;

/**
 * Charts of PRIM scenario discovery, built from plain data and written as PNG and SVG: the
 * coverage–density trade-off, the limits of a selected box, and a pairs scatter of its restricted
 * factors.
 *
 * <pre>{@code
 * ChartFiles f = PrimCharts.tradeoff(data, "1,000 runs · master seed 42", Path.of("out"), "prim-tradeoff");
 * }</pre>
 *
 * <p>As in {@link Charts}, {@code xxxChart} builds a {@link JFreeChart} and {@code xxx} also writes
 * {@code name.png} and {@code name.svg}, atomically; the pairs scatter, a grid of panels, has only
 * the writing method. The subtitle carries the caller's provenance line (empty for none).
 * Rendering is headless and depends only on the data.
 *
 * <p>Thread safety: stateless; a returned chart belongs to its caller.
 */
public final class PrimCharts {
    /** The most points a pairs panel draws; beyond it the others are thinned (never the cases of interest). */
    public static final int MAX_POINTS = 2500;
    /** The most restricted factors a pairs scatter shows (the first ones given). */
    public static final int MAX_DIMENSIONS = 5;

    private PrimCharts() {
    }

    // ---------------------------------------------------------------- trade-off

    /**
     * The peeling trajectory as a scatter of density over coverage, each box coloured by its number
     * of restricted factors and joined in trajectory order; the selected box ringed and labelled.
     *
     * @param data     the trajectory
     * @param subtitle the provenance line; empty for none
     * @return the chart
     */
    public static JFreeChart tradeoffChart(TradeoffData data, String subtitle) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(subtitle, "subtitle");
        double[] cov = data.coverage();
        double[] den = data.density();
        int[] res = data.restricted();
        XYSeriesCollection ds = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        XYSeries path = new XYSeries("trajectory", false, true);
        for (int i = 0; i < cov.length; i++) {
            path.add(cov[i], den[i]);
        }
        ds.addSeries(path);
        r.setSeriesLinesVisible(0, true);
        r.setSeriesShapesVisible(0, false);
        r.setSeriesPaint(0, Style.LIGHT);
        r.setSeriesStroke(0, new BasicStroke(1.2f));
        r.setSeriesVisibleInLegend(0, false);
        TreeSet<Integer> counts = new TreeSet<>();
        for (int k : res) {
            counts.add(k);
        }
        int s = 1;
        for (int k : counts) {
            XYSeries series = new XYSeries(k + (k == 1 ? " restricted factor" : " restricted factors"), false, true);
            for (int i = 0; i < cov.length; i++) {
                if (res[i] == k) {
                    series.add(cov[i], den[i]);
                }
            }
            ds.addSeries(series);
            r.setSeriesPaint(s, Style.PALETTE[k % Style.PALETTE.length]);
            r.setSeriesShape(s, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
            s++;
        }
        if (data.selected() >= 0) {
            XYSeries ring = new XYSeries("selected box", false, true);
            ring.add(cov[data.selected()], den[data.selected()]);
            ds.addSeries(ring);
            r.setSeriesShape(s, new Ellipse2D.Double(-9, -9, 18, 18));
            r.setSeriesShapesFilled(s, false);
            r.setSeriesPaint(s, Style.TEXT);
            r.setSeriesOutlineStroke(s, new BasicStroke(2f));
            r.setUseOutlinePaint(false);
            r.setSeriesStroke(s, new BasicStroke(2f));
        }
        String name = data.outcomeName();
        NumberAxis x = new NumberAxis("Coverage: share of all " + name + " cases inside the box");
        x.setRange(0, 1.04);
        x.setNumberFormatOverride(Style.percent());
        NumberAxis y = new NumberAxis("Density: share of " + name + " within the box");
        y.setRange(0, 1.04);
        y.setNumberFormatOverride(Style.percent());
        XYPlot plot = new XYPlot(ds, x, y, r);
        if (data.selected() >= 0) {
            int i = data.selected();
            String label = String.format(Locale.ROOT, "box %d: coverage %s, density %s, %d restricted", i,
                    Style.percent(cov[i]), Style.percent(den[i]), res[i]);
            // Point from below-left unless the box sits low or left, so the label stays inside the plot.
            double angle = cov[i] > 0.5 ? (den[i] > 0.35 ? 0.75 * Math.PI : 1.25 * Math.PI)
                    : (den[i] > 0.35 ? 0.25 * Math.PI : 1.75 * Math.PI);
            XYPointerAnnotation pointer = new XYPointerAnnotation(label, cov[i], den[i], angle);
            pointer.setFont(Style.LABEL_BOLD);
            pointer.setPaint(Style.TEXT);
            pointer.setArrowPaint(Style.TEXT);
            pointer.setBaseRadius(60);
            pointer.setTipRadius(12);
            pointer.setTextAnchor(cov[i] > 0.5 ? TextAnchor.HALF_ASCENT_RIGHT : TextAnchor.HALF_ASCENT_LEFT);
            plot.addAnnotation(pointer);
        }
        JFreeChart chart = Style.chart(data.title(), plot, true, subtitle);
        chart.addSubtitle(Style.note("Each point is a box on the peeling (then pasting) trajectory, joined in order"
                + " from the whole space at coverage 100%"));
        return chart;
    }

    /**
     * Writes {@link #tradeoffChart} as {@code name.png} and {@code name.svg}.
     *
     * @param data     the trajectory
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles tradeoff(TradeoffData data, String subtitle, Path folder, String name) throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        return Charts.write(tradeoffChart(data, subtitle), folder, name, Charts.DEFAULT_WIDTH, 720);
    }

    // ---------------------------------------------------------------- box limits

    /**
     * The selected box against the declared ranges: one row per restricted factor, its declared
     * range as a grey bar from 0 to 1, the box's interval as a blue bar labelled with its limits;
     * for a categorical or boolean factor, its levels as dots, filled when the box keeps them.
     *
     * @param data     the box
     * @param subtitle the provenance line; empty for none
     * @return the chart
     */
    public static JFreeChart boxLimitsChart(BoxLimitsData data, String subtitle) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(subtitle, "subtitle");
        List<BoxLimitsData.Row> rows = data.rows();
        int n = rows.size();
        String[] labels = new String[n];
        XYSeries kept = new XYSeries("level kept", false, true);
        XYSeries dropped = new XYSeries("level left out", false, true);
        List<XYTextAnnotation> texts = new ArrayList<>();
        List<XYBoxAnnotation> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BoxLimitsData.Row row = rows.get(i);
            double y = n - 1 - i; // first row at the top
            labels[n - 1 - i] = row.label();
            bars.add(new XYBoxAnnotation(0, y - 0.05, 1, y + 0.05, null, null, Style.RANGE));
            texts.add(text(row.rangeLow(), -0.015, y, TextAnchor.CENTER_RIGHT, Style.LABEL, Style.MUTED));
            texts.add(text(row.rangeHigh(), 1.015, y, TextAnchor.CENTER_LEFT, Style.LABEL, Style.MUTED));
            if (row.isLevels()) {
                int levels = row.levels().size();
                for (int l = 0; l < levels; l++) {
                    double x = (double) l / (levels - 1);
                    boolean in = row.inBox().get(l);
                    (in ? kept : dropped).add(x, y);
                    texts.add(text(row.levels().get(l), x, y - 0.3, TextAnchor.CENTER,
                            in ? Style.LABEL_BOLD : Style.LABEL, in ? Style.BOX : Style.MUTED));
                }
            } else {
                bars.add(new XYBoxAnnotation(row.lower(), y - 0.16, row.upper(), y + 0.16, null, null,
                        new Color(0x1F, 0x77, 0xB4, 0xCC)));
                if (!row.lowerText().isEmpty()) {
                    texts.add(text(row.lowerText(), row.lower(), y - 0.32, TextAnchor.CENTER, Style.LABEL_BOLD,
                            Style.BOX));
                }
                if (!row.upperText().isEmpty()) {
                    texts.add(text(row.upperText(), row.upper(), y - 0.32, TextAnchor.CENTER, Style.LABEL_BOLD,
                            Style.BOX));
                }
            }
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        ds.addSeries(kept);
        ds.addSeries(dropped);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesPaint(0, Style.BOX);
        r.setSeriesShape(0, new Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesPaint(1, Style.LIGHT);
        r.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        r.setSeriesShapesFilled(1, false);
        r.setSeriesOutlineStroke(1, new BasicStroke(2f));
        r.setUseOutlinePaint(false);
        // No axis title: centred on the plot, which long row labels push right, it would run off the
        // image; the note under the chart says what the axis is.
        NumberAxis x = new NumberAxis(null);
        x.setRange(-0.16, 1.16);
        x.setTickLabelsVisible(false);
        x.setTickMarksVisible(false);
        SymbolAxis y = new SymbolAxis(null, labels);
        y.setRange(-0.7, n - 0.4);
        y.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        // Bars behind the level dots, labels in front.
        for (XYBoxAnnotation b : bars) {
            r.addAnnotation(b, org.jfree.chart.ui.Layer.BACKGROUND);
        }
        for (XYTextAnnotation t : texts) {
            plot.addAnnotation(t);
        }
        JFreeChart chart = Style.chart(data.title(), plot, false, subtitle);
        if (!data.stats().isBlank()) {
            org.jfree.chart.title.TextTitle stats = new org.jfree.chart.title.TextTitle(data.stats(), Style.LABEL_BOLD);
            stats.setPaint(Style.TEXT);
            chart.addSubtitle(stats);
        }
        chart.addSubtitle(Style.note("Grey: each factor's declared range, lower bound left; blue: the box's limits (bars) or"
                + " kept levels (filled dots); qp: quasi-p-value of the restriction"));
        return chart;
    }

    private static XYTextAnnotation text(String s, double x, double y, TextAnchor anchor, java.awt.Font font,
                                         Color colour) {
        XYTextAnnotation t = new XYTextAnnotation(s, x, y);
        t.setTextAnchor(anchor);
        t.setFont(font);
        t.setPaint(colour);
        return t;
    }

    /**
     * Writes {@link #boxLimitsChart} as {@code name.png} and {@code name.svg}; the image grows with
     * the number of rows.
     *
     * @param data     the box
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles boxLimits(BoxLimitsData data, String subtitle, Path folder, String name)
            throws IOException {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        int height = Math.max(360, 230 + 95 * data.rows().size());
        return Charts.write(boxLimitsChart(data, subtitle), folder, name, Charts.DEFAULT_WIDTH, height);
    }

    // ---------------------------------------------------------------- pairs scatter

    /**
     * The colours of a row's share of the outcome, in five bins of 20 points: light grey under 20%,
     * then ever darker reds, so that dense regions stand out against the blue box.
     */
    static final Color[] SHARE_SCALE = {new Color(0xD4, 0xD4, 0xD4), new Color(0xFD, 0xDB, 0xC7),
        new Color(0xF4, 0xA5, 0x82), new Color(0xD6, 0x60, 0x4D), new Color(0x99, 0x10, 0x26)};
    /** The labels of {@link #SHARE_SCALE}'s bins. */
    static final String[] SHARE_LABELS = {"under 20%", "20-40%", "40-60%", "60-80%", "80% or more"};
    /** The colour of a case of interest: a red that stands out against the blue box. */
    static final Color INTEREST = new Color(0xC0, 0x39, 0x2B);

    /**
     * Writes a pairs scatter of the restricted factors: one panel per pair (or, for one factor, its
     * values spread vertically), the box drawn in blue. Rows that are one case each: cases of interest
     * in red over the others in grey. Rows that stand for several runs ({@link PairsData#shares()},
     * the design points of a discovery): every row coloured by its share of the outcome, on a scale
     * from grey to dark red shown in a legend, higher shares drawn on top. At most
     * {@value #MAX_DIMENSIONS} factors are shown, and at most {@value #MAX_POINTS} points per panel:
     * beyond it, every k-th row (the cases of interest are all kept while they fill at most half of
     * that room). Levels of a categorical factor are spread a little around their position so that the
     * points do not all fall on one spot.
     *
     * @param data     the rows and the box
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles pairs(PairsData data, String subtitle, Path folder, String name) throws IOException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(subtitle, "subtitle");
        List<PairsData.Dimension> dims = data.dimensions();
        int shown = Math.min(dims.size(), MAX_DIMENSIONS);
        boolean[] interest = data.interest();
        double[] shares = data.shares();
        int rows = interest.length;
        int[] bin = new int[rows];
        int caseStep;
        int otherStep;
        String note;
        String outcome = data.outcomeName();
        if (shares != null) {
            for (int r = 0; r < rows; r++) {
                bin[r] = Math.min(SHARE_SCALE.length - 1, (int) Math.floor(shares[r] * SHARE_SCALE.length));
            }
            caseStep = 1;
            otherStep = rows <= MAX_POINTS ? 1 : (int) Math.ceil((double) rows / MAX_POINTS);
            note = "Each dot is a design point, coloured by the share of its runs with " + outcome + " ("
                    + (otherStep == 1 ? "all " + rows : "1 in " + otherStep + " of " + rows) + " points); blue: the box";
        } else {
            int cases = 0;
            for (int r = 0; r < rows; r++) {
                cases += interest[r] ? 1 : 0;
                bin[r] = interest[r] ? 1 : 0;
            }
            int others = rows - cases;
            if (cases <= MAX_POINTS / 2) {
                caseStep = 1;
                int room = MAX_POINTS - cases;
                otherStep = others <= room ? 1 : (int) Math.ceil((double) others / room);
            } else {
                // Too many cases to keep them all: thin both alike, so the mixture stays as it is.
                caseStep = rows <= MAX_POINTS ? 1 : (int) Math.ceil((double) rows / MAX_POINTS);
                otherStep = caseStep;
            }
            note = "Red: " + outcome + " cases (" + (caseStep == 1 ? String.valueOf(cases) : thinned(caseStep, cases))
                    + "); grey: the others ("
                    + thinned(otherStep, others) + "); blue: the box";
        }
        if (dims.size() > shown) {
            note += "; first " + shown + " of " + dims.size() + " restricted factors";
        }
        List<JFreeChart> panels = new ArrayList<>();
        if (shown == 1) {
            panels.add(panel(data, bin, dims.get(0), null, 0, caseStep, otherStep));
        } else {
            for (int i = 0; i < shown; i++) {
                for (int j = i + 1; j < shown; j++) {
                    panels.add(panel(data, bin, dims.get(i), dims.get(j), i * 31 + j, caseStep, otherStep));
                }
            }
        }
        List<Grid.Swatch> legend = new ArrayList<>();
        if (shares != null) {
            for (int b = 0; b < SHARE_SCALE.length; b++) {
                legend.add(new Grid.Swatch(SHARE_SCALE[b], SHARE_LABELS[b]));
            }
        }
        int columns = panels.size() == 1 ? 1 : Math.min(3, panels.size());
        int panelWidth = panels.size() == 1 ? 1000 : 1020 / columns;
        int panelHeight = panels.size() == 1 ? 460 : Math.max(330, panelWidth - 10);
        return new Grid(data.title(), subtitle, note, panels, columns, panelWidth, panelHeight, legend)
                .write(folder, name);
    }

    private static String thinned(int step, int count) {
        return step == 1 ? "all " + count : "1 in " + step + " of " + count;
    }

    /**
     * One panel. {@code bin} is each row's colour: its share bin with shares, else 1 for a case of
     * interest and 0 for another row; higher bins are drawn on top.
     */
    private static JFreeChart panel(PairsData data, int[] bin, PairsData.Dimension dx, PairsData.Dimension dy,
                                    int salt, int caseStep, int otherStep) {
        boolean graded = data.shares() != null;
        int bins = graded ? SHARE_SCALE.length : 2;
        double[] xs = dx.values();
        double[] ys = dy == null ? null : dy.values();
        XYSeries[] series = new XYSeries[bins];
        for (int b = 0; b < bins; b++) {
            series[b] = new XYSeries(graded ? SHARE_LABELS[b] : b == 1 ? data.outcomeName() : "others", false, true);
        }
        int caseIndex = 0;
        int otherIndex = 0;
        for (int r = 0; r < bin.length; r++) {
            boolean isCase = !graded && bin[r] == 1;
            if (isCase ? caseIndex++ % caseStep != 0 : otherIndex++ % otherStep != 0) {
                continue;
            }
            double x = jitter(dx, xs[r], r, salt);
            double y = dy == null ? spread(r, salt) : jitter(dy, ys[r], r, salt + 7);
            series[bin[r]].add(x, y);
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        // Series 0 is drawn last (on top): the highest bin over the lower ones.
        for (int b = bins - 1; b >= 0; b--) {
            ds.addSeries(series[b]);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setDrawOutlines(false); // filled dots only: an outline per point would double the SVG
        for (int i = 0; i < bins; i++) {
            int b = bins - 1 - i;
            Color c = graded ? SHARE_SCALE[b] : b == 1 ? INTEREST : Style.LIGHT;
            r.setSeriesPaint(i, c);
            double size = graded ? 6 : b == 1 ? 5 : 4;
            r.setSeriesShape(i, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
        }
        ValueAxis x = axis(dx);
        ValueAxis y;
        if (dy == null) {
            NumberAxis spread = new NumberAxis("(spread vertically for visibility)");
            spread.setRange(0, 1);
            spread.setTickLabelsVisible(false);
            spread.setTickMarksVisible(false);
            y = spread;
        } else {
            y = axis(dy);
        }
        XYPlot plot = new XYPlot(ds, x, y, r);
        BasicStroke stroke = new BasicStroke(2.2f);
        for (double[] ix : dx.intervals()) {
            if (dy == null) {
                plot.addAnnotation(new XYBoxAnnotation(ix[0], 0, ix[1], 1, stroke, Style.BOX, null));
            } else {
                for (double[] iy : dy.intervals()) {
                    plot.addAnnotation(new XYBoxAnnotation(ix[0], iy[0], ix[1], iy[1], stroke, Style.BOX, null));
                }
            }
        }
        return Style.panel(dy == null ? dx.name() : dy.name() + " over " + dx.name(), plot);
    }

    private static ValueAxis axis(PairsData.Dimension d) {
        if (!d.levels().isEmpty()) {
            SymbolAxis a = new SymbolAxis(d.name(), d.levels().toArray(new String[0]));
            a.setRange(-0.5, d.levels().size() - 0.5);
            a.setGridBandsVisible(false);
            return a;
        }
        NumberAxis a = new NumberAxis(d.name());
        a.setRange(d.low(), d.high());
        return a;
    }

    /** A level's value spread by up to ±0.3 so that its points do not overlap; numbers unchanged. */
    private static double jitter(PairsData.Dimension d, double v, int row, int salt) {
        return d.levels().isEmpty() ? v : v + 0.6 * (spread(row, salt) - 0.5);
    }

    /** A deterministic value in [0, 1) from the row and a salt: a SplitMix64 finaliser of both. */
    private static double spread(int row, int salt) {
        long z = row * 0x9E3779B97F4A7C15L + salt * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
