package org.offramp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.experiment.aggregate.RunSample;
import org.offramp.io.AtomicFiles;
import org.offramp.model.Endings;
import org.offramp.model.Metric;
import org.offramp.model.Model;
import org.offramp.model.Replay;
import org.offramp.model.RunRecord;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.CumulativeIncidence;
import org.offramp.output.chart.DayAxis;
import org.offramp.output.chart.DayHistogram;
import org.offramp.output.chart.OutcomeColors;
import org.offramp.output.chart.OutcomeShares;
import org.offramp.output.chart.ValueHistogram;

/**
 * Writes what {@code offramp run} adds to the engine's files: the charts and the story samples.
 * Everything comes from the result's aggregate (no re-reading of runs.csv) and from replaying the
 * sample seeds, so the files are a pure function of the experiment. Stateless.
 */
final class ResultOutputs {
    /** Candidate histogram bin widths in days; the smallest giving at most MAX_BINS bins is used. */
    private static final int[] BIN_WIDTHS = {1, 2, 5, 7, 10, 14, 15, 20, 30, 60, 90, 120, 180, 365, 730};
    private static final int MAX_BINS = 40;

    private ResultOutputs() {
    }

    /**
     * Draws the experiment's charts (PNG and SVG) into {@code folder}: the outcome shares, the
     * cumulative incidence of every ending but the horizon's, the days of ending, and a histogram of
     * each bounded count metric of the model ({@link ResultsLayout#chartNames}).
     *
     * @param name the experiment's name, for the titles
     * @return the files written, in {@link ResultsLayout#chartNames} order
     * @throws IOException if a file cannot be written
     */
    static List<Path> writeCharts(ExperimentResult result, String name, Path folder) throws IOException {
        Experiment e = result.experiment();
        Model<?> model = e.model();
        Endings endings = model.endings();
        OutcomeColors colours = OutcomeColors.ofHex(endings.colours());
        List<String> chartNames = ResultsLayout.chartNames(model);
        ExperimentAggregate agg = result.aggregate();
        int lastDay = model.horizon(e.scenario()).orElse(0);
        for (int o = 0; o < endings.count(); o++) {
            lastDay = Math.max(lastDay, agg.days(o).maxDay());
        }
        String subtitle = Charts.provenance(e.scenario().name(), result.completed(), e.masterSeed());
        List<Path> files = new ArrayList<>();

        OutcomeShares shares = OutcomeShares.wilson(endings.names(), agg.outcomeCounts(), e.confidenceLevel(),
                name + ": how the runs end").withColours(colours);
        add(files, Charts.outcomeShares(shares, subtitle, folder, chartNames.get(0)));

        // The horizon ending only happens at the horizon: its incidence would be a single step.
        List<Integer> before = new ArrayList<>();
        for (int o = 0; o < endings.count(); o++) {
            if (o != endings.horizonIndex()) {
                before.add(o);
            }
        }
        LocalDate dayZero = model.startDate().orElse(DayAxis.DEFAULT_DAY_ZERO);
        double[][] byDay = new double[before.size()][lastDay + 1];
        for (int k = 0; k < before.size(); k++) {
            // Running sums over the day histogram rather than countUpTo per day: linear, not quadratic.
            org.offramp.experiment.aggregate.DayHistogram h = agg.days(before.get(k));
            long c = 0;
            for (int t = 0; t <= lastDay; t++) {
                c += h.count(t);
                byDay[k][t] = (double) c / result.completed();
            }
        }
        CumulativeIncidence ci = new CumulativeIncidence(before.stream().map(o -> endings.get(o).name()).toList(),
                byDay, dayZero, name + ": cumulative incidence of each ending").withColours(colours);
        add(files, Charts.cumulativeIncidence(ci, subtitle, folder, chartNames.get(1)));

        int bin = binWidth(lastDay);
        List<DayHistogram> panels = new ArrayList<>();
        for (int o = 0; o < endings.count(); o++) {
            long[] binned = new long[lastDay / bin + 1];
            org.offramp.experiment.aggregate.DayHistogram h = agg.days(o);
            for (int d = 0; d <= lastDay; d++) {
                binned[d / bin] += h.count(d);
            }
            panels.add(new DayHistogram(endings.get(o).name(), bin, binned, dayZero).withColours(colours));
        }
        add(files, Charts.dayHistograms(name + ": day of ending, by outcome", panels, subtitle, folder,
                chartNames.get(2)));

        for (int i = 0; i < model.record().size(); i++) {
            Metric<?> m = model.record().metric(i);
            if (m.isBounded()) {
                String label = Character.toUpperCase(m.label().charAt(0)) + m.label().substring(1);
                add(files, Charts.valueHistogram(new ValueHistogram(label, m.valueLabels(), agg.counts(i),
                        name + ": " + m.label()), subtitle, folder, ResultsLayout.chartName(m)));
            }
        }
        return files;
    }

    private static void add(List<Path> files, ChartFiles f) {
        files.addAll(f.paths());
    }

    /** The smallest listed bin width that shows days 0 to lastDay in at most {@value #MAX_BINS} bins. */
    static int binWidth(int lastDay) {
        for (int w : BIN_WIDTHS) {
            if (lastDay / w + 1 <= MAX_BINS) {
                return w;
            }
        }
        return (lastDay + MAX_BINS - 1) / MAX_BINS;
    }

    /**
     * Replays the first {@code perOutcome} story samples of each outcome and writes each story to
     * {@code OUTCOME-runINDEX.txt} in {@code folder}; story files of an earlier experiment in the
     * folder that are not rewritten are deleted, so the folder shows this experiment's samples only.
     *
     * @param replayCommand the {@code offramp replay} command of a seed, printed in each file
     * @return the files written
     * @throws IOException if a file cannot be written
     * @throws IllegalStateException if a replay ends differently from its run in the experiment
     *                               (which would break the reproducibility guarantee)
     */
    static List<Path> writeStories(ExperimentResult result, String name, int perOutcome,
            LongFunction<String> replayCommand, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Experiment e = result.experiment();
        Model<?> model = e.model();
        for (Map.Entry<String, List<RunSample>> entry : result.storySamples().entrySet()) {
            List<RunSample> samples = entry.getValue();
            for (int i = 0; i < Math.min(perOutcome, samples.size()); i++) {
                RunSample s = samples.get(i);
                Replay<?> replay = model.replay(e.scenario(), s.seed());
                RunRecord record = ReplayCommand.record(model, replay);
                if (!record.endingName().equals(entry.getKey())) {
                    throw new IllegalStateException("run " + s.index() + " (seed " + s.seed() + ") ended in "
                            + entry.getKey() + " in the experiment but in " + record.endingName()
                            + " when replayed");
                }
                String file = entry.getKey() + "-run" + s.index() + ".txt";
                String text = String.format(Locale.ROOT,
                        "Experiment %s, scenario %s: run %d, seed %d%n%s%n%n%s%n%s%nReplay: %s%n", name,
                        e.scenario().name(), s.index(), s.seed(), "-".repeat(60), replay.storyText().stripTrailing(),
                        "-".repeat(60), replayCommand.apply(s.seed()))
                        + ReplayCommand.ending(model, record);
                written.add(AtomicFiles.writeString(folder.resolve(file), text));
                names.add(file);
            }
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path p : old.toList()) {
                    String n = p.getFileName().toString();
                    if (ResultsLayout.storyFile().matcher(n).matches() && !names.contains(n)) {
                        Files.delete(p);
                    }
                }
            }
        }
        return written;
    }
}
