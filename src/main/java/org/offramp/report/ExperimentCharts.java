package org.offramp.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.OutcomeAnalysis;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.Model;
import org.offramp.output.Words;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.CumulativeIncidence;
import org.offramp.output.chart.DayAxis;
import org.offramp.output.chart.DayHistogram;
import org.offramp.output.chart.GroupedShares;
import org.offramp.output.chart.IncidenceBands;
import org.offramp.output.chart.OutcomeColors;
import org.offramp.output.chart.OutcomeShares;
import org.offramp.output.chart.TriggerBreakdown;
import org.offramp.output.chart.ValueHistogram;

/**
 * The charts of an experiment, built from its result alone: the one pipeline of the command line's
 * {@code charts/} folder and the notebooks' {@code Notebooks.charts}, so both draw the same charts
 * under the same names ({@link ResultsLayout#chartNames}):
 *
 * <ul>
 * <li>{@code outcomes}: the share of each ending with its interval; a note names the horizon ending
 *     for what it is and says that the shares are conditional on the horizon;</li>
 * <li>{@code triggers}: each ending's runs stacked by the trigger that ended them;</li>
 * <li>{@code cumulative-incidence}: every ending but the horizon's, day by day, with pointwise
 *     binomial bands;</li>
 * <li>{@code share-by-horizon}: the share of each ending but the horizon's had the horizon been 90,
 *     180, 365 ... days, from the same runs; a note gives the horizon ending's shares, the rest;</li>
 * <li>{@code ending-days}: the day of ending of every ending but the horizon's (whose runs all end on
 *     the horizon's day: a note says so), left out when no run ended before the horizon;</li>
 * <li>one histogram per bounded count metric of the model, named after it.</li>
 * </ul>
 *
 * <pre>{@code
 * List<ExperimentCharts.Chart> charts = ExperimentCharts.of(result, "baseline");
 * List<Path> files = ExperimentCharts.write(result, "baseline", Path.of("results/baseline/charts"));
 * }</pre>
 *
 * <p>Stateless and thread-safe; a returned chart belongs to its caller.
 */
public final class ExperimentCharts {
    /** Candidate histogram bin widths in days; the smallest giving at most MAX_BINS bins is used. */
    private static final int[] BIN_WIDTHS = {1, 2, 5, 7, 10, 14, 15, 20, 30, 60, 90, 120, 180, 365, 730};
    private static final int MAX_BINS = 40;

    private ExperimentCharts() {
    }

    /**
     * A chart and how it is written.
     *
     * @param name   the file name without extension, one of {@link ResultsLayout#chartNames}
     * @param chart  the chart
     * @param width  its width in pixels
     * @param height its height in pixels
     */
    public record Chart(String name, JFreeChart chart, int width, int height) {
        /**
         * Writes the chart as {@code name.png} and {@code name.svg}.
         *
         * @param folder the folder, created if missing
         * @return the files
         * @throws IOException if a file cannot be written
         */
        public ChartFiles write(Path folder) throws IOException {
            return Charts.write(chart, folder, name, width, height);
        }
    }

    /**
     * Builds the charts of a result.
     *
     * @param result the result, with at least one completed run
     * @param name   the experiment's name, for the titles
     * @return the charts, in {@link ResultsLayout#chartNames} order (without {@code ending-days} when
     *         no run ended before the horizon)
     * @throws IllegalArgumentException if no run completed
     */
    public static List<Chart> of(ExperimentResult result, String name) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(name, "name");
        if (result.completed() == 0) {
            throw new IllegalArgumentException("an experiment without completed runs has nothing to chart: " + result);
        }
        Experiment e = result.experiment();
        Model<?> model = e.model();
        Endings endings = model.endings();
        OutcomeColors colours = OutcomeColors.ofHex(endings.colours());
        ExperimentAggregate agg = result.aggregate();
        OutcomeAnalysis analysis = OutcomeAnalysis.of(model, e.scenario(), agg, e.confidenceLevel());
        OutcomeAnalysis.Horizon horizon = analysis.horizon();
        int lastDay = horizon.day();
        for (int o = 0; o < endings.count(); o++) {
            lastDay = Math.max(lastDay, agg.days(o).maxDay());
        }
        LocalDate dayZero = model.startDate().orElse(DayAxis.DEFAULT_DAY_ZERO);
        String subtitle = Charts.provenance(e.scenario().name(), result.completed(), e.masterSeed());
        String horizonLine = horizon.meaning() + " \u00b7 " + lowerFirst(horizon.note());
        List<String> chartNames = ResultsLayout.FIXED_CHARTS;
        List<Chart> charts = new ArrayList<>();

        OutcomeShares shares = OutcomeShares.wilson(endings.names(), agg.outcomeCounts(), e.confidenceLevel(),
                name + ": how the runs end").withColours(colours);
        charts.add(new Chart(chartNames.get(0), Charts.addNote(Charts.outcomeSharesChart(shares, subtitle),
                horizonLine), Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT));

        List<String> triggerLabels = new ArrayList<>();
        int[] endingOf = new int[endings.triggers().size()];
        long[] triggerCounts = new long[endingOf.length];
        for (int t = 0; t < endingOf.length; t++) {
            Endings.Trigger tr = endings.triggers().get(t);
            triggerLabels.add(tr.ending() + ": " + tr.description());
            endingOf[t] = endings.endingOf(t);
            triggerCounts[t] = agg.triggerCount(t);
        }
        TriggerBreakdown breakdown = new TriggerBreakdown(endings.names(), triggerLabels, endingOf, triggerCounts,
                name + ": how each ending came about", colours);
        charts.add(new Chart(chartNames.get(1), Charts.addNote(Charts.triggerBreakdownChart(breakdown, subtitle),
                horizonLine), Charts.DEFAULT_WIDTH,
                Math.max(Charts.DEFAULT_HEIGHT, 260 + 80 * endings.count() + 12 * endingOf.length)));

        int[] before = analysis.incidenceEndings();
        double[][] byDay = new double[before.length][];
        double[][] lower = new double[before.length][];
        double[][] upper = new double[before.length][];
        List<String> beforeNames = new ArrayList<>();
        for (int k = 0; k < before.length; k++) {
            OutcomeAnalysis.IncidenceCurve c = analysis.incidence(before[k], lastDay);
            byDay[k] = c.share();
            lower[k] = c.lower();
            upper[k] = c.upper();
            beforeNames.add(c.ending());
        }
        if (before.length > 0) {
            CumulativeIncidence ci = new CumulativeIncidence(beforeNames, byDay, dayZero,
                    name + ": cumulative incidence of each ending").withColours(colours);
            JFreeChart chart = Charts.cumulativeIncidenceChart(ci, new IncidenceBands(lower, upper,
                    e.confidenceLevel()), subtitle);
            Charts.addNote(chart, "What no curve reaches by day " + horizon.day() + " is " + horizon.meaning());
            charts.add(new Chart(chartNames.get(2), chart, Charts.DEFAULT_WIDTH, Charts.DEFAULT_HEIGHT));
        }

        // The horizon ending's bars would dwarf the others (it is the rest, close to 100% early on):
        // the chart shows the endings proper, and its note gives the horizon ending's shares.
        List<OutcomeAnalysis.HorizonShares> hs = analysis.byHorizon();
        List<String> horizonNames = new ArrayList<>();
        double[][] hShare = new double[hs.size()][before.length];
        double[][] hLower = new double[hs.size()][before.length];
        double[][] hUpper = new double[hs.size()][before.length];
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            OutcomeAnalysis.HorizonShares h = hs.get(i);
            horizonNames.add(Words.count(h.horizon(), "day"));
            double[] s = h.shares();
            for (int k = 0; k < before.length; k++) {
                int o = before[k];
                hShare[i][k] = s[o];
                // Clamped so that a rounding hair never puts a share outside its own interval.
                hLower[i][k] = Math.min(s[o], h.wilson().get(o).lower());
                hUpper[i][k] = Math.max(s[o], h.wilson().get(o).upper());
            }
            rest.add(OutcomeAnalysis.percent(s[endings.horizonIndex()]) + " by day " + h.horizon());
        }
        if (before.length > 0) {
            GroupedShares byHorizon = new GroupedShares(horizonNames, beforeNames, hShare, hLower, hUpper,
                    e.confidenceLevel(), name + ": share of each ending by horizon").withColours(colours);
            JFreeChart hChart = Charts.groupedSharesChart(byHorizon, subtitle);
            ((CategoryPlot) hChart.getPlot()).getDomainAxis().setLabel("Horizon: the same runs, stopped after");
            Charts.addNote(hChart, horizon.ending() + ", the rest (no ending by the horizon): " + String.join(", ", rest)
                    + ". " + horizon.note());
            charts.add(new Chart(chartNames.get(3), hChart, Charts.groupedWidth(byHorizon), Charts.DEFAULT_HEIGHT));
        }

        int bin = binWidth(lastDay);
        List<DayHistogram> panels = new ArrayList<>();
        List<String> empty = new ArrayList<>();
        for (int o : before) {
            if (agg.outcomeCount(o) == 0) {
                empty.add(endings.get(o).name());
                continue;
            }
            long[] binned = new long[lastDay / bin + 1];
            org.offramp.experiment.aggregate.DayHistogram h = agg.days(o);
            for (int d = 0; d <= lastDay; d++) {
                binned[d / bin] += h.count(d);
            }
            panels.add(new DayHistogram(endings.get(o).name(), bin, binned, dayZero).withColours(colours));
        }
        if (!panels.isEmpty()) {
            JFreeChart chart = Charts.dayHistogramsChart(name + ": day of ending, by outcome", panels, subtitle);
            long atHorizon = agg.outcomeCount(endings.horizonIndex());
            Charts.addNote(chart, horizon.ending() + " has no panel: its " + Words.count(atHorizon, "run")
                    + " all end at the horizon (" + horizon.condition() + ")"
                    + (empty.isEmpty() ? "" : "; no run ended in " + String.join(" or ", empty)));
            charts.add(new Chart(chartNames.get(4), chart, Charts.DEFAULT_WIDTH,
                    Math.max(Charts.DEFAULT_HEIGHT, 200 + 190 * panels.size())));
        }

        for (int i = 0; i < model.record().size(); i++) {
            Metric<?> m = model.record().metric(i);
            if (m.isBounded()) {
                String label = Character.toUpperCase(m.label().charAt(0)) + m.label().substring(1);
                charts.add(new Chart(ResultsLayout.chartName(m), Charts.valueHistogramChart(new ValueHistogram(label,
                        m.valueLabels(), agg.counts(i), name + ": " + m.label()), subtitle), Charts.DEFAULT_WIDTH,
                        Charts.DEFAULT_HEIGHT));
            }
        }
        return charts;
    }

    /**
     * Builds the charts of a result and writes each as PNG and SVG into {@code folder}.
     *
     * @param result the result, with at least one completed run
     * @param name   the experiment's name, for the titles
     * @param folder the folder, created if missing
     * @return the files written, PNG then SVG of each chart, in order
     * @throws IOException              if a file cannot be written
     * @throws IllegalArgumentException if no run completed
     */
    public static List<Path> write(ExperimentResult result, String name, Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        List<Path> files = new ArrayList<>();
        for (Chart c : of(result, name)) {
            files.addAll(c.write(folder).paths());
        }
        return files;
    }

    /**
     * The smallest listed bin width that shows days 0 to lastDay in at most {@value #MAX_BINS} bins.
     *
     * @param lastDay the last day
     * @return the width in days
     */
    public static int binWidth(int lastDay) {
        for (int w : BIN_WIDTHS) {
            if (lastDay / w + 1 <= MAX_BINS) {
                return w;
            }
        }
        return (lastDay + MAX_BINS - 1) / MAX_BINS;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
