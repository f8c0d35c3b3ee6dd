package org.offramp.output.chart;

import org.offramp.output.Words;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPosition;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.CategoryLabelWidthType;
import org.jfree.chart.axis.ExtendedCategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.offramp.io.AtomicFiles;

/**
 * Charts of Monte Carlo experiments, built from plain data and written as PNG and SVG.
 *
 * <pre>{@code
 * OutcomeShares shares = OutcomeShares.wilson(List.of("WAR", "DEAL", "CHAOS", "STALEMATE"),
 *         new long[] {120, 35, 210, 635}, 0.95, "Baseline: how the standoff ends")
 *         .withColours(OutcomeColors.ofHex(model.endings().colours()));
 * ChartFiles files = Charts.outcomeShares(shares, Charts.provenance("baseline", 1000, 42),
 *         Path.of("results/baseline"), "outcomes");
 * // results/baseline/outcomes.png and results/baseline/outcomes.svg
 * }</pre>
 *
 * <p>Each chart has two methods: {@code xxxChart(...)} builds a {@link JFreeChart} (to show in a
 * notebook or restyle), and {@code xxx(..., folder, name)} also writes {@code name.png} and
 * {@code name.svg} into the folder (created if missing), each atomically through {@link AtomicFiles},
 * and returns the paths. A chart's subtitle line carries its provenance (scenario, runs, seed), which
 * the caller passes in, e.g. from {@link #provenance(String, long, long)}; an empty subtitle is left
 * out. A label's colour comes from the data's {@link OutcomeColors}: a model's endings keep their
 * declared colours in every chart.
 *
 * <p>Rendering never opens a window: it draws into an image or an SVG document, and works with
 * {@code java.awt.headless=true} (command-line programs and servers should set it). Output depends
 * only on the data: the SVG is byte-for-byte the same for the same data and name.
 *
 * <p>Thread safety: the methods keep no shared state and may be called from several threads at
 * once; a returned {@link JFreeChart} is not thread-safe and belongs to its caller.
 */
public final class Charts {

    /** The default width of written images, in pixels. */
    public static final int DEFAULT_WIDTH = 1000;
    /** The default height of written images, in pixels. */
    public static final int DEFAULT_HEIGHT = 620;

    /** The least width in pixels of one group of a grouped chart, so that its label wraps but is never cut. */
    public static final int GROUP_WIDTH = 105;

    /** The largest heat map whose cells are labelled with their values; beyond it the text would crowd. */
    public static final int MAX_ANNOTATED_CELLS = 144;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final String FONT = Font.SANS_SERIF;
    private static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 22);
    private static final Font SUBTITLE_FONT = new Font(FONT, Font.PLAIN, 14);
    private static final Font NOTE_FONT = new Font(FONT, Font.ITALIC, 13);
    private static final Font AXIS_LABEL_FONT = new Font(FONT, Font.PLAIN, 16);
    private static final Font TICK_FONT = new Font(FONT, Font.PLAIN, 14);
    private static final Font SUBLABEL_FONT = new Font(FONT, Font.PLAIN, 13);
    private static final Font LEGEND_FONT = new Font(FONT, Font.PLAIN, 14);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    /** A sequential scale from calm (green) to hot (dark red), so that an escalation reads at a glance. */
    private static final Color[] SCALE = {
        new Color(0x1E, 0x88, 0x4E), new Color(0x7C, 0xB3, 0x42), new Color(0xC0, 0xCA, 0x33),
        new Color(0xF2, 0xC1, 0x2E), new Color(0xF3, 0x9C, 0x12), new Color(0xE6, 0x7E, 0x22),
        new Color(0xC0, 0x39, 0x2B), new Color(0x7B, 0x1E, 0x1E),
    };

    private Charts() {
    }

    /**
     * A provenance line for a chart's subtitle, e.g. {@code "scenario baseline · 10,000 runs · master seed 42"}.
     *
     * @param scenario   the scenario name, non-blank
     * @param runs       the number of runs, at least 1
     * @param masterSeed the experiment's master seed
     * @return the line
     * @throws IllegalArgumentException if the scenario is blank or runs &lt; 1
     */
    public static String provenance(String scenario, long runs, long masterSeed) {
        Checks.text("scenario", scenario);
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, but was " + runs);
        }
        return String.format(Locale.ROOT, "scenario %s \u00b7 %s \u00b7 master seed %d", scenario,
                Words.count(runs, "run"), masterSeed);
    }

    // ---------------------------------------------------------------- outcome shares

    /**
     * A bar chart of outcome shares with an error bar per share; under each outcome its share and
     * interval in figures.
     *
     * @param data     the shares
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if an argument is null
     */
    public static JFreeChart outcomeSharesChart(OutcomeShares data, String subtitle) {
        Checks.notNull("data", data);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double[] share = data.share();
        double[] lower = data.lower();
        double[] upper = data.upper();
        ExtendedCategoryAxis domain = new ExtendedCategoryAxis("Outcome");
        Paint[] paints = new Paint[data.size()];
        double top = 0.0;
        for (int i = 0; i < data.size(); i++) {
            String label = data.labels().get(i);
            dataset.addValue(share[i], "share", label);
            domain.addSubLabel(label, percent(share[i]) + "  [" + percent(lower[i]) + ", "
                    + percent(upper[i]) + "]");
            paints[i] = data.colours().colour(label, i);
            top = Math.max(top, upper[i]);
        }
        domain.setSubLabelFont(SUBLABEL_FONT);
        domain.setSubLabelPaint(MUTED);
        ErrorBarRenderer renderer = new ErrorBarRenderer(new double[][] {lower}, new double[][] {upper}, paints);
        renderer.setMaximumBarWidth(0.14);
        NumberAxis range = shareAxis("Share of runs (%)", top);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        JFreeChart chart = chart(data.title(), plot, false, subtitle);
        chart.addSubtitle(note("Error bars: " + level(data.confidence()) + " confidence intervals; "
                + Words.count(data.runs(), "run")));
        return chart;
    }

    /**
     * Writes {@link #outcomeSharesChart} as {@code name.png} and {@code name.svg}.
     *
     * @param data     the shares
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension: letters, digits, '.', '_', '-'
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles outcomeShares(OutcomeShares data, String subtitle, Path folder, String name)
            throws IOException {
        return write(outcomeSharesChart(data, subtitle), folder, name, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    // ---------------------------------------------------------------- cumulative incidence

    /**
     * Step lines of the cumulative share of runs ended with each outcome, by day.
     *
     * @param data     the curves
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if an argument is null
     */
    public static JFreeChart cumulativeIncidenceChart(CumulativeIncidence data, String subtitle) {
        return cumulativeIncidenceChart(data, null, subtitle);
    }

    /**
     * Step lines of the cumulative share of runs ended with each outcome, by day, each in a
     * translucent band of its pointwise interval; a note under the plot says what the bands are.
     *
     * @param data     the curves
     * @param bands    the intervals of the curves, the same shape as {@code data.byDay()}; null for none
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if an argument is null but the bands, or the bands do not fit the
     *                                  curves (another shape, or a curve outside its band)
     */
    public static JFreeChart cumulativeIncidenceChart(CumulativeIncidence data, IncidenceBands bands, String subtitle) {
        Checks.notNull("data", data);
        double[][] lowerBand = null;
        double[][] upperBand = null;
        if (bands != null) {
            double[][] y = data.byDay();
            if (bands.lower().length != y.length || bands.days() != data.days()) {
                throw new IllegalArgumentException("bands must have " + y.length + " curves of " + data.days()
                        + " days (like the data), but had " + bands.lower().length + " of " + bands.days());
            }
            lowerBand = bands.lower();
            upperBand = bands.upper();
            for (int k = 0; k < y.length; k++) {
                for (int t = 0; t < y[k].length; t++) {
                    Checks.ordered("[" + k + "][" + t + "] (" + data.labels().get(k) + ", day " + t + ")", "byDay",
                            lowerBand[k][t], y[k][t], upperBand[k][t]);
                }
            }
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        double[][] byDay = data.byDay();
        double top = 0.0;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // One path per series rather than one line per segment: smaller SVG, cleaner joins.
        renderer.setDrawSeriesLineAsPath(true);
        for (int k = 0; k < byDay.length; k++) {
            XYSeries series = new XYSeries(data.labels().get(k), false, true);
            double[] y = byDay[k];
            series.add(0, y[0]);
            for (int t = 1; t < y.length; t++) {
                if (y[t] != y[t - 1]) {
                    // A step: hold the old value up to day t, then jump.
                    series.add(t, y[t - 1]);
                    series.add(t, y[t]);
                }
            }
            if (y.length > 1) {
                series.add(y.length - 1, y[y.length - 1]);
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(k, data.colours().colour(data.labels().get(k), k));
            renderer.setSeriesStroke(k, new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            top = Math.max(top, y[y.length - 1]);
        }
        if (upperBand != null) {
            for (double[] u : upperBand) {
                top = Math.max(top, u[u.length - 1]);
            }
        }
        NumberAxis days = dayAxis(data.dayZero(), data.days() - 1);
        NumberAxis range = shareAxis("Share of runs ended (%)", top);
        XYPlot plot = new XYPlot(dataset, days, range, renderer);
        if (lowerBand != null) {
            // The bands go on a second dataset drawn behind the lines: the lines stay crisp on top.
            YIntervalSeriesCollection bandSet = new YIntervalSeriesCollection();
            DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
            bandRenderer.setAlpha(0.22f);
            for (int k = 0; k < byDay.length; k++) {
                YIntervalSeries band = new YIntervalSeries(data.labels().get(k) + " band", false, true);
                double[] y = byDay[k];
                band.add(0, y[0], lowerBand[k][0], upperBand[k][0]);
                for (int t = 1; t < y.length; t++) {
                    if (y[t] != y[t - 1] || lowerBand[k][t] != lowerBand[k][t - 1]
                            || upperBand[k][t] != upperBand[k][t - 1]) {
                        band.add(t, y[t - 1], lowerBand[k][t - 1], upperBand[k][t - 1]);
                        band.add(t, y[t], lowerBand[k][t], upperBand[k][t]);
                    }
                }
                if (y.length > 1) {
                    int t = y.length - 1;
                    band.add(t, y[t], lowerBand[k][t], upperBand[k][t]);
                }
                bandSet.addSeries(band);
                Color colour = data.colours().colour(data.labels().get(k), k);
                bandRenderer.setSeriesPaint(k, colour);
                bandRenderer.setSeriesFillPaint(k, colour);
                bandRenderer.setSeriesVisibleInLegend(k, false);
                bandRenderer.setSeriesStroke(k, new BasicStroke(0.0f));
            }
            plot.setDataset(1, bandSet);
            plot.setRenderer(1, bandRenderer);
            plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.REVERSE);
        }
        JFreeChart chart = chart(data.title(), plot, true, subtitle);
        if (bands != null) {
            chart.addSubtitle(note("Bands: pointwise " + level(bands.confidence()) + " binomial (Wilson) intervals;"
                    + " no run is censored, each is followed to its end or the horizon"));
        }
        return chart;
    }

    /**
     * Writes {@link #cumulativeIncidenceChart} as {@code name.png} and {@code name.svg}.
     *
     * @param data     the curves
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles cumulativeIncidence(CumulativeIncidence data, String subtitle, Path folder, String name)
            throws IOException {
        return write(cumulativeIncidenceChart(data, subtitle), folder, name, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Writes {@link #cumulativeIncidenceChart(CumulativeIncidence, IncidenceBands, String)} as
     * {@code name.png} and {@code name.svg}.
     *
     * @param data     the curves
     * @param bands    their pointwise intervals; null for none
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles cumulativeIncidence(CumulativeIncidence data, IncidenceBands bands, String subtitle,
            Path folder, String name) throws IOException {
        return write(cumulativeIncidenceChart(data, bands, subtitle), folder, name, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    // ---------------------------------------------------------------- day-of-ending histograms

    /**
     * A panel of histograms of the day runs ended, one per outcome, stacked over a shared day axis.
     *
     * @param title    the chart title, non-blank
     * @param panels   one histogram per outcome, at least one; labels distinct; all with the same day 0
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if the panels are empty, repeat a label or disagree on day 0
     */
    public static JFreeChart dayHistogramsChart(String title, List<DayHistogram> panels, String subtitle) {
        Checks.text("title", title);
        Checks.notNull("panels", panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("panels must hold at least one histogram, but was empty");
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < panels.size(); i++) {
            DayHistogram h = Checks.notNull("panels[" + i + "]", panels.get(i));
            labels.add(h.label());
            if (!h.dayZero().equals(panels.get(0).dayZero())) {
                throw new IllegalArgumentException("panels[" + i + "].dayZero must equal panels[0].dayZero ("
                        + panels.get(0).dayZero() + "), but was " + h.dayZero());
            }
        }
        Checks.labels("panels' labels", labels);
        long lastDay = 0;
        for (DayHistogram h : panels) {
            lastDay = Math.max(lastDay, (long) h.bins() * h.binDays());
        }
        NumberAxis days = dayAxis(panels.get(0).dayZero(), lastDay);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(days);
        combined.setGap(14.0);
        for (int i = 0; i < panels.size(); i++) {
            DayHistogram h = panels.get(i);
            long[] counts = h.counts();
            int n = counts.length;
            double[][] data = new double[6][n];
            for (int b = 0; b < n; b++) {
                double start = (double) b * h.binDays();
                double end = start + h.binDays();
                data[0][b] = (start + end) / 2.0;
                data[1][b] = start;
                data[2][b] = end;
                data[3][b] = counts[b];
                data[4][b] = counts[b];
                data[5][b] = counts[b];
            }
            DefaultIntervalXYDataset dataset = new DefaultIntervalXYDataset();
            dataset.addSeries(h.label(), data);
            XYBarRenderer renderer = new XYBarRenderer();
            renderer.setBarPainter(new StandardXYBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            renderer.setMargin(0.08);
            renderer.setSeriesPaint(0, h.colours().colour(h.label(), i));
            String binText = h.binDays() == 1 ? "per day" : "per " + h.binDays() + " days";
            NumberAxis count = new NumberAxis(h.label() + " (runs " + binText + ")");
            styleAxis(count);
            count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            count.setAutoRangeIncludesZero(true);
            XYPlot plot = new XYPlot(dataset, null, count, renderer);
            stylePlot(plot);
            combined.add(plot, 1);
        }
        return chart(title, combined, false, subtitle);
    }

    /**
     * Writes {@link #dayHistogramsChart} as {@code name.png} and {@code name.svg}; the image grows
     * in height with the number of panels.
     *
     * @param title    the chart title
     * @param panels   one histogram per outcome
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles dayHistograms(String title, List<DayHistogram> panels, String subtitle, Path folder,
                                           String name) throws IOException {
        JFreeChart chart = dayHistogramsChart(title, panels, subtitle);
        int height = Math.max(DEFAULT_HEIGHT, 200 + 190 * panels.size());
        return write(chart, folder, name, DEFAULT_WIDTH, height);
    }

    // ---------------------------------------------------------------- value histogram

    /**
     * A bar chart of how many runs took each value of a bounded count (for the standoff, the
     * highest rung of the ladder), the bars labelled with the values and their short names, coloured
     * from calm (green) to hot (dark red), and each bar's share of runs under it.
     *
     * @param data     the counts
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if an argument is null
     */
    public static JFreeChart valueHistogramChart(ValueHistogram data, String subtitle) {
        Checks.notNull("data", data);
        long[] counts = data.counts();
        long total = data.total();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        ExtendedCategoryAxis domain = new ExtendedCategoryAxis(data.axisLabel());
        for (int r = 0; r < counts.length; r++) {
            String key = data.label(r);
            dataset.addValue(counts[r], "runs", key);
            domain.addSubLabel(key, total == 0 ? "-" : percent((double) counts[r] / total));
        }
        domain.setSubLabelFont(SUBLABEL_FONT);
        domain.setSubLabelPaint(MUTED);
        ErrorBarRenderer renderer = new ErrorBarRenderer(null, null, scaleColours(counts.length));
        renderer.setMaximumBarWidth(0.1);
        NumberAxis range = new NumberAxis("Runs");
        styleAxis(range);
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setAutoRangeIncludesZero(true);
        range.setUpperMargin(0.08);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        JFreeChart chart = chart(data.title(), plot, false, subtitle);
        // Many categories leave little room: narrow the gaps and let labels use all of their slot,
        // so that "posturing" or "casualties" fits on a line instead of breaking inside the word.
        domain.setCategoryMargin(0.1);
        domain.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(
                CategoryLabelPositions.STANDARD, new CategoryLabelPosition(RectangleAnchor.TOP,
                        TextBlockAnchor.TOP_CENTER, CategoryLabelWidthType.CATEGORY, 1.0f)));
        chart.addSubtitle(note(Words.count(total, "run") + "; under each bar its share of runs"));
        return chart;
    }

    /**
     * Writes {@link #valueHistogramChart} as {@code name.png} and {@code name.svg}.
     *
     * @param data     the counts
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles valueHistogram(ValueHistogram data, String subtitle, Path folder, String name)
            throws IOException {
        return write(valueHistogramChart(data, subtitle), folder, name, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * {@code n} colours from calm (green) to hot (dark red): the eight stops of {@link #SCALE} for
     * eight values, interpolated in between for other counts.
     */
    static Color[] scaleColours(int n) {
        Color[] out = new Color[n];
        for (int i = 0; i < n; i++) {
            double at = n == 1 ? 0 : (double) i * (SCALE.length - 1) / (n - 1);
            int lo = (int) Math.floor(at);
            int hi = Math.min(SCALE.length - 1, lo + 1);
            double f = at - lo;
            Color a = SCALE[lo];
            Color b = SCALE[hi];
            out[i] = new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                    (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                    (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
        }
        return out;
    }

    // ---------------------------------------------------------------- endings by trigger

    /**
     * One horizontal bar per ending, stacked by the triggers that ended its runs: each bar shows how
     * its ending came about, as shares of that ending's runs (every bar reaches 100%, or is empty
     * when no run ended so). Triggers take shades of their ending's colour; beside each ending its
     * runs and share of all runs. Segments of at least 8% carry their share.
     *
     * @param data     the counts
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if an argument is null
     */
    public static JFreeChart triggerBreakdownChart(TriggerBreakdown data, String subtitle) {
        Checks.notNull("data", data);
        long[] counts = data.counts();
        int[] endingOf = data.endingOf();
        long total = data.total();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        ExtendedCategoryAxis domain = new ExtendedCategoryAxis("Ending");
        for (int e = 0; e < data.endings().size(); e++) {
            long n = data.endingTotal(e);
            domain.addSubLabel(data.endings().get(e), "\u00a0\u00a0" + Words.count(n, "run")
                    + (total == 0 ? "" : " \u00b7 " + percent((double) n / total)));
        }
        domain.setSubLabelFont(SUBLABEL_FONT);
        domain.setSubLabelPaint(MUTED);
        org.jfree.chart.renderer.category.StackedBarRenderer renderer =
                new org.jfree.chart.renderer.category.StackedBarRenderer(false);
        renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1.0f));
        renderer.setMaximumBarWidth(0.16);
        int[] shadeIndex = new int[counts.length];
        int[] shadesOf = new int[data.endings().size()];
        for (int t = 0; t < counts.length; t++) {
            shadeIndex[t] = shadesOf[endingOf[t]]++;
        }
        for (int t = 0; t < counts.length; t++) {
            String trigger = data.triggers().get(t);
            long n = data.endingTotal(endingOf[t]);
            for (int e = 0; e < data.endings().size(); e++) {
                // Every trigger is a series over every ending: zero outside its own ending.
                double v = e == endingOf[t] && n > 0 ? (double) counts[t] / n : 0.0;
                dataset.addValue(v, trigger, data.endings().get(e));
            }
            String ending = data.endings().get(endingOf[t]);
            Color shade = shade(data.colours().colour(ending, endingOf[t]), shadeIndex[t], shadesOf[endingOf[t]]);
            renderer.setSeriesPaint(t, shade);
            renderer.setSeriesItemLabelPaint(t, isDark(shade) ? Color.WHITE : TEXT);
        }
        renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset d, int row, int column) {
                Number v = d.getValue(row, column);
                if (v == null || v.doubleValue() < 0.08) {
                    return null;
                }
                // A wide segment names its trigger (without the ending's prefix the legend carries).
                String key = d.getRowKey(row).toString();
                String prefix = d.getColumnKey(column) + ": ";
                String name = key.startsWith(prefix) ? key.substring(prefix.length()) : key;
                return v.doubleValue() >= 0.3 ? name + " \u00b7 " + percent(v.doubleValue()) : percent(v.doubleValue());
            }
        });
        renderer.setDefaultItemLabelFont(SUBLABEL_FONT);
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.CENTER, org.jfree.chart.ui.TextAnchor.CENTER));
        NumberAxis range = new NumberAxis("Share of the ending's runs, by trigger (%)");
        range.setNumberFormatOverride(percentFormat());
        range.setRange(0.0, 1.0);
        CategoryPlot plot = new CategoryPlot(dataset, domain, range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        JFreeChart chart = chart(data.title(), plot, true, subtitle);
        domain.setCategoryMargin(0.3);
        return chart;
    }

    /**
     * Writes {@link #triggerBreakdownChart} as {@code name.png} and {@code name.svg}; the image grows
     * with the number of endings and triggers.
     *
     * @param data     the counts
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles triggerBreakdown(TriggerBreakdown data, String subtitle, Path folder, String name)
            throws IOException {
        int height = Math.max(DEFAULT_HEIGHT, 260 + 80 * data.endings().size() + 12 * data.triggers().size());
        return write(triggerBreakdownChart(data, subtitle), folder, name, DEFAULT_WIDTH, height);
    }

    /** Shade {@code i} of {@code n} of a colour: the colour itself first, then lighter ones. */
    static Color shade(Color c, int i, int n) {
        double f = n <= 1 ? 0 : 0.62 * i / (n - 1);
        return new Color((int) Math.round(c.getRed() + f * (255 - c.getRed())),
                (int) Math.round(c.getGreen() + f * (255 - c.getGreen())),
                (int) Math.round(c.getBlue() + f * (255 - c.getBlue())));
    }

    /** Whether white text reads better than dark text on {@code c} (relative luminance below 0.4). */
    static boolean isDark(Color c) {
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return l < 0.4;
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    // ---------------------------------------------------------------- one run's timeline

    /** Series colours of a timeline: Okabe and Ito's palette, which readers with colour blindness can tell apart. */
    private static final Color[] LINE_COLOURS = {
        new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xCC, 0x79, 0xA7), new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9),
        new Color(0x33, 0x33, 0x33), new Color(0xF0, 0xE4, 0x42),
    };
    /**
     * Line styles within one panel: solid, dashed, dotted, dash-dot, so that lines differ in grey too;
     * in a panel with truths, an estimate is solid and its truth dashed.
     */
    private static final float[][] DASHES = {null, {9f, 5f}, {2.5f, 4f}, {12f, 4f, 2.5f, 4f}};

    /**
     * One run's course: a panel per group of daily series over a shared day axis, an events strip
     * with a row and a symbol per kind of marker, and a vertical line on the day the run ended, named
     * with its ending. A truth series ({@link RunTimeline.Series#truth()}) is drawn dashed in the
     * colour of the solid estimate before it; a panel whose values are all whole numbers (a ladder's
     * rung, a count) has whole-number ticks.
     *
     * @param data     the run's series and markers
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if an argument is null
     */
    public static JFreeChart timelineChart(RunTimeline data, String subtitle) {
        Checks.notNull("data", data);
        // Day d's value holds over [d, d + 1): the axis runs to the end of the last day, so that the
        // last step and a marker on the last day are drawn whole.
        long lastDay = Math.max(data.days(), data.endDay());
        NumberAxis days = dayAxis(data.dayZero(), lastDay);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(days);
        combined.setGap(12.0);
        Color endColour = data.colours().colour(data.ending(), 0);
        int colour = 0;
        boolean first = true;
        for (String group : data.groups()) {
            XYSeriesCollection dataset = new XYSeriesCollection();
            org.jfree.chart.renderer.xy.XYStepRenderer renderer = new org.jfree.chart.renderer.xy.XYStepRenderer();
            renderer.setDefaultShapesVisible(false);
            String unit = "";
            int inGroup = 0;
            boolean integers = true;
            // A panel with a truth in it draws estimates solid and truths dashed; other panels tell
            // their lines apart in grey too, by cycling the line styles.
            boolean pairs = data.series().stream().anyMatch(x -> x.group().equals(group) && x.truth());
            Color previous = null;
            for (RunTimeline.Series s : data.series()) {
                if (!s.group().equals(group)) {
                    continue;
                }
                XYSeries xy = new XYSeries(s.label(), false, false);
                double[] v = s.values();
                for (int d = 0; d < v.length; d++) {
                    // A null breaks the line: NaN days are gaps, not zeros.
                    xy.add(d, Double.isNaN(v[d]) ? null : v[d]);
                }
                // The last day's step, held to its end.
                xy.add(v.length, Double.isNaN(v[v.length - 1]) ? null : v[v.length - 1]);
                dataset.addSeries(xy);
                for (double x : v) {
                    integers &= Double.isNaN(x) || x == Math.rint(x);
                }
                // A truth takes the colour of the estimate before it, so the pair reads as one.
                Color paint = s.truth() && previous != null ? previous : LINE_COLOURS[colour++ % LINE_COLOURS.length];
                renderer.setSeriesPaint(inGroup, paint);
                previous = paint;
                float[] dash = pairs ? (s.truth() ? DASHES[1] : null) : DASHES[inGroup % DASHES.length];
                renderer.setSeriesStroke(inGroup, dash == null ? new BasicStroke(2.2f)
                        : new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
                if (unit.isEmpty()) {
                    unit = s.unit();
                }
                inGroup++;
            }
            NumberAxis axis = new NumberAxis(unit.isEmpty() || unit.equals(group) ? group : group + " (" + unit + ")");
            styleAxis(axis);
            axis.setAutoRangeIncludesZero(false);
            axis.setLabelFont(SUBLABEL_FONT);
            if (integers) {
                // Whole values (a ladder's rung, a count) get whole ticks: no rung 2.5 on the axis.
                axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            }
            XYPlot plot = new XYPlot(dataset, null, axis, renderer);
            stylePlot(plot);
            plot.addDomainMarker(endMarker(data, endColour, first));
            first = false;
            combined.add(plot, 3);
        }
        List<String> kinds = data.kinds();
        if (!kinds.isEmpty()) {
            XYSeriesCollection events = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
            java.awt.Shape[] shapes = org.jfree.chart.plot.DefaultDrawingSupplier.createStandardSeriesShapes();
            for (int k = 0; k < kinds.size(); k++) {
                XYSeries xy = new XYSeries(kinds.get(k), true, true);
                for (RunTimeline.Marker m : data.markers()) {
                    if (m.kind().equals(kinds.get(k))) {
                        xy.add(m.day(), k);
                    }
                }
                events.addSeries(xy);
                renderer.setSeriesPaint(k, LINE_COLOURS[(colour + k) % LINE_COLOURS.length]);
                renderer.setSeriesShape(k, shapes[k % shapes.length]);
                renderer.setSeriesVisibleInLegend(k, false);
            }
            SymbolAxis rows = new SymbolAxis("Events", kinds.toArray(new String[0]));
            styleAxis(rows);
            rows.setLabelFont(SUBLABEL_FONT);
            rows.setGridBandsVisible(false);
            rows.setRange(-0.6, kinds.size() - 0.4);
            XYPlot plot = new XYPlot(events, null, rows, renderer);
            stylePlot(plot);
            plot.addDomainMarker(endMarker(data, endColour, false));
            combined.add(plot, Math.max(1, kinds.size()));
        }
        JFreeChart chart = chart(data.title(), combined, true, subtitle);
        String marks = data.markers().isEmpty() ? "no markers" : String.format(Locale.ROOT, "%,d %s", data.markers().size(),
                data.markers().size() == 1 ? "marker" : "markers");
        chart.addSubtitle(note("Vertical line: the run ended in " + data.ending() + " on day " + data.endDay()
                + " \u00b7 " + marks + " in the events strip"));
        return chart;
    }

    private static ValueMarker endMarker(RunTimeline data, Color colour, boolean labelled) {
        ValueMarker m = new ValueMarker(data.endDay(), colour, new BasicStroke(2.0f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        if (labelled) {
            m.setLabel(data.ending() + ", day " + data.endDay());
            m.setLabelFont(SUBLABEL_FONT);
            m.setLabelPaint(TEXT);
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
        }
        return m;
    }

    /**
     * Writes {@link #timelineChart} as {@code name.png} and {@code name.svg}; the image grows with the
     * number of panels and kinds of marker.
     *
     * @param data     the run's series and markers
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles timeline(RunTimeline data, String subtitle, Path folder, String name) throws IOException {
        int height = Math.max(DEFAULT_HEIGHT, 230 + 190 * data.groups().size() + 34 * data.kinds().size());
        return write(timelineChart(data, subtitle), folder, name, DEFAULT_WIDTH, Math.min(10_000, height));
    }

    // ---------------------------------------------------------------- comparisons and sweeps

    /**
     * Grouped bars of outcome shares, one group per scenario and one bar per outcome, each with an
     * error bar; the outcomes keep their colours across groups and are named in the legend.
     *
     * @param data     the shares
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if an argument is null
     */
    public static JFreeChart groupedSharesChart(GroupedShares data, String subtitle) {
        Checks.notNull("data", data);
        double[][] share = data.share();
        double[][] lower = data.lower();
        double[][] upper = data.upper();
        int scenarios = data.scenarios().size();
        int outcomes = data.outcomes().size();
        // The renderer indexes bounds like the dataset: [series = outcome][column = scenario].
        double[][] lo = new double[outcomes][scenarios];
        double[][] hi = new double[outcomes][scenarios];
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double top = 0.0;
        for (int j = 0; j < outcomes; j++) {
            for (int i = 0; i < scenarios; i++) {
                dataset.addValue(share[i][j], data.outcomes().get(j), data.scenarios().get(i));
                lo[j][i] = lower[i][j];
                hi[j][i] = upper[i][j];
                top = Math.max(top, upper[i][j]);
            }
        }
        ErrorBarRenderer renderer = new ErrorBarRenderer(lo, hi, null);
        for (int j = 0; j < outcomes; j++) {
            renderer.setSeriesPaint(j, data.colours().colour(data.outcomes().get(j), j));
        }
        CategoryAxis domain = new CategoryAxis("Scenario");
        CategoryPlot plot = new CategoryPlot(dataset, domain, shareAxis("Share of runs (%)", top), renderer);
        JFreeChart chart = chart(data.title(), plot, true, subtitle);
        domain.setCategoryMargin(0.2);
        wrapLabels(domain);
        chart.addSubtitle(note("Error bars: " + level(data.confidence()) + " confidence intervals"));
        return chart;
    }

    /**
     * Writes {@link #groupedSharesChart} as {@code name.png} and {@code name.svg}.
     *
     * @param data     the shares
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles groupedShares(GroupedShares data, String subtitle, Path folder, String name)
            throws IOException {
        return write(groupedSharesChart(data, subtitle), folder, name, groupedWidth(data), DEFAULT_HEIGHT);
    }

    /**
     * The width that gives each group of a grouped chart room for its label (at least
     * {@value #GROUP_WIDTH} pixels a group), and at least the default width.
     *
     * @param data the shares
     * @return the width in pixels
     */
    public static int groupedWidth(GroupedShares data) {
        return Math.min(10_000, Math.max(DEFAULT_WIDTH, 160 + GROUP_WIDTH * data.scenarios().size()));
    }

    /**
     * Horizontal bars of paired differences in percentage points, each with an error bar, around a
     * zero line; an interval that crosses the line is a difference the runs cannot tell from none.
     *
     * @param data     the differences
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if an argument is null
     */
    public static JFreeChart differencesChart(Differences data, String subtitle) {
        Checks.notNull("data", data);
        double[] difference = data.difference();
        double[] lower = data.lower();
        double[] upper = data.upper();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Paint[] paints = new Paint[difference.length];
        double min = 0.0;
        double max = 0.0;
        for (int i = 0; i < difference.length; i++) {
            String label = data.labels().get(i);
            dataset.addValue(difference[i], "difference", label);
            paints[i] = data.colours().colour(label, i);
            min = Math.min(min, lower[i]);
            max = Math.max(max, upper[i]);
        }
        ErrorBarRenderer renderer = new ErrorBarRenderer(new double[][] {lower}, new double[][] {upper}, paints);
        renderer.setMaximumBarWidth(0.12);
        NumberAxis range = new NumberAxis(data.contrast() + " (percentage points)");
        DecimalFormat points = new DecimalFormat("+0.#;\u22120.#", DecimalFormatSymbols.getInstance(Locale.ROOT));
        points.setMultiplier(100);
        range.setNumberFormatOverride(points);
        // Room on both sides so that the caps of the widest interval are not cut off.
        double pad = Math.max(0.005, (max - min) * 0.08);
        range.setRange(min - pad, max + pad);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("Outcome"), range, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // Below the bars, where a reader looks for the scale of a horizontal chart.
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.addRangeMarker(new ValueMarker(0.0, TEXT, new BasicStroke(1.2f)));
        JFreeChart chart = chart(data.title(), plot, false, subtitle);
        chart.addSubtitle(note("Error bars: " + level(data.confidence()) + " confidence intervals of the paired"
                + " difference"));
        return chart;
    }

    /**
     * Writes {@link #differencesChart} as {@code name.png} and {@code name.svg}.
     *
     * @param data     the differences
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles differences(Differences data, String subtitle, Path folder, String name)
            throws IOException {
        return write(differencesChart(data, subtitle), folder, name, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * Lines with markers over a swept parameter, one per label, each in a translucent band of its
     * interval.
     *
     * @param data     the curves
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if an argument is null
     */
    public static JFreeChart seriesWithBandsChart(SeriesWithBands data, String subtitle) {
        Checks.notNull("data", data);
        double[] x = data.x();
        double[][] y = data.y();
        double[][] lower = data.lower();
        double[][] upper = data.upper();
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        renderer.setAlpha(0.18f);
        double top = 0.0;
        for (int k = 0; k < y.length; k++) {
            YIntervalSeries series = new YIntervalSeries(data.labels().get(k), false, true);
            for (int i = 0; i < x.length; i++) {
                series.add(x[i], y[k][i], lower[k][i], upper[k][i]);
                top = Math.max(top, upper[k][i]);
            }
            dataset.addSeries(series);
            Color colour = data.colours().colour(data.labels().get(k), k);
            renderer.setSeriesPaint(k, colour);
            renderer.setSeriesFillPaint(k, colour);
            renderer.setSeriesStroke(k, new BasicStroke(2.5f));
            renderer.setSeriesShape(k, new java.awt.geom.Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        NumberAxis domain = new NumberAxis(data.xLabel());
        domain.setAutoRangeIncludesZero(false);
        NumberAxis range;
        if (data.shares()) {
            range = shareAxis(data.yLabel(), top);
        } else {
            range = new NumberAxis(data.yLabel());
            range.setAutoRangeIncludesZero(false);
        }
        XYPlot plot = new XYPlot(dataset, domain, range, renderer);
        return chart(data.title(), plot, true, subtitle);
    }

    /**
     * Writes {@link #seriesWithBandsChart} as {@code name.png} and {@code name.svg}.
     *
     * @param data     the curves
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles seriesWithBands(SeriesWithBands data, String subtitle, Path folder, String name)
            throws IOException {
        return write(seriesWithBandsChart(data, subtitle), folder, name, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /**
     * A heat map of a value over two swept parameters, one cell per grid point, coloured on a
     * perceptually ordered scale (dark = low, yellow = high) with a colour key; on grids of at most
     * {@value #MAX_ANNOTATED_CELLS} cells each cell also shows its value.
     *
     * @param data     the grid
     * @param subtitle the provenance line; empty for none
     * @return the chart
     * @throws IllegalArgumentException if an argument is null
     */
    public static JFreeChart heatMapChart(HeatMap data, String subtitle) {
        Checks.notNull("data", data);
        double[] x = data.x();
        double[] y = data.y();
        double[][] z = data.z();
        int cells = x.length * y.length;
        double[][] series = new double[3][cells];
        int c = 0;
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                series[0][c] = i;
                series[1][c] = j;
                series[2][c] = z[j][i];
                c++;
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(data.zLabel(), series);
        double min = data.min();
        double max = data.max();
        if (min == max) {
            // A flat grid still needs a scale with some width; centre the one value on it.
            double half = Math.max(Math.abs(min) * 0.05, 0.5);
            min -= half;
            max += half;
        }
        ViridisScale scale = new ViridisScale(min, max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        renderer.setBlockWidth(1.0);
        renderer.setBlockHeight(1.0);
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        SymbolAxis domain = new SymbolAxis(data.xLabel(), tickLabels(x));
        SymbolAxis range = new SymbolAxis(data.yLabel(), tickLabels(y));
        domain.setGridBandsVisible(false);
        range.setGridBandsVisible(false);
        XYPlot plot = new XYPlot(dataset, domain, range, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (cells <= MAX_ANNOTATED_CELLS) {
            for (int j = 0; j < y.length; j++) {
                for (int i = 0; i < x.length; i++) {
                    XYTextAnnotation text = new XYTextAnnotation(cellText(z[j][i]), i, j);
                    text.setFont(SUBLABEL_FONT);
                    text.setPaint(scale.isDark(z[j][i]) ? Color.WHITE : TEXT);
                    plot.addAnnotation(text);
                }
            }
        }
        JFreeChart chart = chart(data.title(), plot, false, subtitle);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        NumberAxis key = new NumberAxis(data.zLabel());
        styleAxis(key);
        key.setRange(min, max);
        PaintScaleLegend legend = new PaintScaleLegend(scale, key);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(10, 10, 10, 10));
        legend.setStripWidth(16);
        legend.setSubdivisionCount(128);
        legend.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend);
        return chart;
    }

    /**
     * Writes {@link #heatMapChart} as {@code name.png} and {@code name.svg}.
     *
     * @param data     the grid
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder to write into, created if missing
     * @param name     the file name without extension
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static ChartFiles heatMap(HeatMap data, String subtitle, Path folder, String name) throws IOException {
        return write(heatMapChart(data, subtitle), folder, name, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    /** A cell value to three significant digits without trailing zeros: 0.05, 0.155, 1.23E+3. */
    static String cellText(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toString();
    }

    private static String[] tickLabels(double[] values) {
        String[] labels = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            labels[i] = new BigDecimal(Double.toString(values[i])).stripTrailingZeros().toPlainString();
        }
        return labels;
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes a chart as {@code name.png} and {@code name.svg} into a folder, each atomically. It turns
     * on the chart's element hinting, which groups each drawn item in the SVG with a reference to its
     * data (for tools and tests); this does not change how the chart looks.
     *
     * @param chart  the chart
     * @param folder the folder, created if missing
     * @param name   the file name without extension: a letter or digit, then letters, digits, '.',
     *               '_' or '-'
     * @param width  the image width in pixels, in [100, 10000]
     * @param height the image height in pixels, in [100, 10000]
     * @return the files written
     * @throws IOException              if a file cannot be written
     * @throws IllegalArgumentException if the name or a size is invalid
     */
    public static ChartFiles write(JFreeChart chart, Path folder, String name, int width, int height)
            throws IOException {
        return write(chart, folder, name, width, height, AtomicFiles::write);
    }

    /** Writes a file's bytes; {@link AtomicFiles#write(Path, byte[])}, or a test's failing stand-in. */
    @FunctionalInterface
    interface Sink {
        /**
         * Writes {@code bytes} to {@code target}.
         *
         * @throws IOException if the file cannot be written
         */
        Path write(Path target, byte[] bytes) throws IOException;
    }

    /** {@link #write(JFreeChart, Path, String, int, int)} through {@code sink}. */
    static ChartFiles write(JFreeChart chart, Path folder, String name, int width, int height, Sink sink)
            throws IOException {
        Checks.notNull("chart", chart);
        Checks.notNull("folder", folder);
        Checks.notNull("name", name);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be a letter or digit followed by letters, digits,"
                    + " '.', '_' or '-', but was \"" + name + "\"");
        }
        if (width < 100 || width > 10_000) {
            throw new IllegalArgumentException("width must be in [100, 10000] pixels, but was " + width);
        }
        if (height < 100 || height > 10_000) {
            throw new IllegalArgumentException("height must be in [100, 10000] pixels, but was " + height);
        }
        Files.createDirectories(folder);
        // Element hints group each bar or series in the SVG (<g> with a reference), which lets tools
        // and tests find the drawn items.
        chart.setElementHinting(true);
        Path png = sink.write(folder.resolve(name + ".png"), png(chart, width, height));
        SVGGraphics2D svg = new SVGGraphics2D(width, height);
        // The default prefix comes from the clock; a fixed one makes the SVG reproducible.
        svg.setDefsKeyPrefix("offramp-" + name + "-");
        chart.draw(svg, new Rectangle2D.Double(0, 0, width, height));
        Path svgPath = sink.write(folder.resolve(name + ".svg"),
                svg.getSVGDocument().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new ChartFiles(png, svgPath);
    }

    /**
     * The chart as PNG bytes, encoded in memory. ImageIO's own {@code write(image, "png", stream)}
     * goes through a {@code FileCacheImageOutputStream} in the temporary folder, which a full disk
     * breaks twice: an {@code IIOException}, then a {@code NullPointerException} when its stream
     * closer runs at exit. Encoding into memory first leaves the file write, and its one clear
     * {@link IOException}, to the caller.
     */
    static byte[] png(JFreeChart chart, int width, int height) throws IOException {
        BufferedImage image = chart.createBufferedImage(width, height);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG encoder (javax.imageio)");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    // ---------------------------------------------------------------- shared styling

    static JFreeChart chart(String title, Plot plot, boolean legend, String subtitle) {
        Checks.notNull("subtitle", subtitle);
        // A CombinedDomainXYPlot is an XYPlot too: its shared day axis is styled here, its subplots
        // by their builder.
        if (plot instanceof XYPlot xy) {
            stylePlot(xy);
            styleAxis(xy.getDomainAxis());
            styleAxis(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot cp) {
            stylePlot(cp);
        }
        JFreeChart chart = new JFreeChart(title, TITLE_FONT, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setPaint(TEXT);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        if (!subtitle.isBlank()) {
            TextTitle line = new TextTitle(subtitle, SUBTITLE_FONT);
            line.setPaint(MUTED);
            chart.addSubtitle(line);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LEGEND_FONT);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return chart;
    }

    /**
     * Adds a line in italics under the plot, e.g. what a chart leaves out and why.
     *
     * @param chart the chart
     * @param text  the note, non-blank
     * @return the chart
     * @throws IllegalArgumentException if an argument is null or the text blank
     */
    public static JFreeChart addNote(JFreeChart chart, String text) {
        Checks.notNull("chart", chart);
        chart.addSubtitle(note(Checks.text("text", text)));
        return chart;
    }

    /**
     * Lets category labels wrap onto up to three lines across their whole slot, at hyphens and
     * spaces, so that "refusal-mediation" becomes "refusal-" and "mediation" instead of "refusal-medi…".
     */
    static void wrapLabels(CategoryAxis axis) {
        axis.setMaximumCategoryLabelLines(3);
        axis.setCategoryLabelPositions(CategoryLabelPositions.replaceBottomPosition(
                CategoryLabelPositions.STANDARD, new CategoryLabelPosition(RectangleAnchor.TOP,
                        TextBlockAnchor.TOP_CENTER, CategoryLabelWidthType.CATEGORY, 1.0f)));
    }

    static TextTitle note(String text) {
        TextTitle note = new TextTitle(text, NOTE_FONT);
        note.setPaint(MUTED);
        note.setPosition(RectangleEdge.BOTTOM);
        return note;
    }

    static void stylePlot(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setOutlineVisible(false);
    }

    static void stylePlot(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        if (plot.getOrientation() == PlotOrientation.VERTICAL || plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            CategoryAxis axis = plot.getDomainAxis();
            axis.setLabelFont(AXIS_LABEL_FONT);
            axis.setTickLabelFont(TICK_FONT);
            axis.setLabelPaint(TEXT);
            axis.setTickLabelPaint(TEXT);
            axis.setMaximumCategoryLabelLines(2);
            axis.setCategoryMargin(0.25);
            styleAxis(plot.getRangeAxis());
        }
    }

    static void styleAxis(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelPaint(TEXT);
    }

    /** A 0-based axis of shares shown as percentages, reaching a little above the top value. */
    static NumberAxis shareAxis(String label, double top) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(percentFormat());
        // A little headroom above the highest bar or curve; never above 100%, never a flat axis.
        double upper = Math.min(1.0, Math.max(0.01, top * 1.12));
        axis.setRange(0.0, upper);
        return axis;
    }

    /** A day axis from 0 to the last day, labelled with the date of day 0. */
    static NumberAxis dayAxis(LocalDate dayZero, long lastDay) {
        NumberAxis axis = new NumberAxis(DayAxis.label(dayZero));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setRange(0.0, Math.max(1.0, lastDay));
        return axis;
    }

    static NumberFormat percentFormat() {
        return new DecimalFormat("0.#%", DecimalFormatSymbols.getInstance(Locale.ROOT));
    }

    /** A confidence level as a percentage without needless decimals: 0.95 as "95%", 0.995 as "99.5%". */
    static String level(double confidence) {
        String text = String.format(Locale.ROOT, "%.1f", confidence * 100.0);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100.0);
    }
}
