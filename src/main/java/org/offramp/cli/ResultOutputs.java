package org.offramp.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.experiment.aggregate.RunSample;
import org.offramp.standoff.Outcome;
import org.offramp.standoff.Rung;
import org.offramp.standoff.world.Chronicle;
import org.offramp.output.AtomicFiles;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.CumulativeIncidence;
import org.offramp.output.chart.DayHistogram;
import org.offramp.output.chart.OutcomeShares;
import org.offramp.output.chart.RungHistogram;
import org.offramp.scenario.Params;
import org.offramp.standoff.sim.Simulation;

/**
 * Writes what {@code offramp run} adds to the engine's files: the charts and the story samples.
 * Everything comes from the result's aggregate (no re-reading of runs.csv) and from replaying the
 * sample seeds, so the files are a pure function of the experiment. Stateless.
 */
final class ResultOutputs {
    /** The chart names, each written as NAME.png and NAME.svg. */
    static final List<String> CHART_NAMES = ResultsLayout.CHART_NAMES;
    /** The outcomes with a cumulative-incidence curve: STALEMATE only happens at the horizon. */
    private static final List<Outcome> ENDINGS = List.of(Outcome.WAR, Outcome.DEAL, Outcome.CHAOS);
    /** Story files this tool writes; others in the folder are left alone. */
    private static final Pattern STORY_FILE = ResultsLayout.STORY_FILE;
    /** Candidate histogram bin widths in days; the smallest giving at most MAX_BINS bins is used. */
    private static final int[] BIN_WIDTHS = {1, 2, 5, 7, 10, 14, 15, 20, 30, 60, 90, 120, 180, 365, 730};
    private static final int MAX_BINS = 40;

    private ResultOutputs() {
    }

    /**
     * Draws the four charts (PNG and SVG) into {@code folder}.
     *
     * @param name the experiment's name, for the titles
     * @return the files written, in {@link #CHART_NAMES} order
     * @throws IOException if a file cannot be written
     */
    static List<Path> writeCharts(ExperimentResult result, String name, Path folder) throws IOException {
        Experiment e = result.experiment();
        ExperimentAggregate agg = result.aggregate();
        List<String> labels = Outcome.ALL.stream().map(Outcome::name).toList();
        long[] counts = new long[Outcome.COUNT];
        int lastDay = e.scenario().integer(Params.HORIZON);
        for (Outcome o : Outcome.ALL) {
            counts[o.ordinal()] = agg.outcomeCount(o);
            lastDay = Math.max(lastDay, agg.days(o).maxDay());
        }
        String subtitle = Charts.provenance(e.scenario().name(), result.completed(), e.masterSeed());
        List<Path> files = new ArrayList<>();

        OutcomeShares shares = OutcomeShares.wilson(labels, counts, e.confidenceLevel(),
                name + ": how the standoff ends");
        add(files, Charts.outcomeShares(shares, subtitle, folder, CHART_NAMES.get(0)));

        double[][] byDay = new double[ENDINGS.size()][lastDay + 1];
        for (int k = 0; k < ENDINGS.size(); k++) {
            // Running sums over the day histogram rather than countUpTo per day: linear, not quadratic.
            org.offramp.experiment.aggregate.DayHistogram h = agg.days(ENDINGS.get(k));
            long c = 0;
            for (int t = 0; t <= lastDay; t++) {
                c += h.count(t);
                byDay[k][t] = (double) c / result.completed();
            }
        }
        CumulativeIncidence ci = new CumulativeIncidence(ENDINGS.stream().map(Outcome::name).toList(), byDay,
                name + ": cumulative incidence of each ending");
        add(files, Charts.cumulativeIncidence(ci, subtitle, folder, CHART_NAMES.get(1)));

        int bin = binWidth(lastDay);
        List<DayHistogram> panels = new ArrayList<>();
        for (Outcome o : Outcome.ALL) {
            long[] binned = new long[lastDay / bin + 1];
            org.offramp.experiment.aggregate.DayHistogram h = agg.days(o);
            for (int d = 0; d <= lastDay; d++) {
                binned[d / bin] += h.count(d);
            }
            panels.add(new DayHistogram(o.name(), bin, binned, Chronicle.DAY_ZERO));
        }
        add(files, Charts.dayHistograms(name + ": day of ending, by outcome", panels, subtitle, folder,
                CHART_NAMES.get(2)));

        long[] rungs = new long[Rung.COUNT];
        for (Rung r : Rung.values()) {
            rungs[r.level()] = agg.highestRungCount(r);
        }
        add(files, Charts.rungHistogram(new RungHistogram(rungs, name + ": highest rung reached"), subtitle, folder,
                CHART_NAMES.get(3)));
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
        for (Map.Entry<String, List<RunSample>> entry : result.storySamples().entrySet()) {
            List<RunSample> samples = entry.getValue();
            for (int i = 0; i < Math.min(perOutcome, samples.size()); i++) {
                RunSample s = samples.get(i);
                Simulation.Replay replay = Simulation.replay(e.scenario(), s.seed());
                if (!replay.record().outcome().name().equals(entry.getKey())) {
                    throw new IllegalStateException("run " + s.index() + " (seed " + s.seed() + ") ended in "
                            + entry.getKey() + " in the experiment but in " + replay.record().outcome()
                            + " when replayed");
                }
                String file = entry.getKey() + "-run" + s.index() + ".txt";
                String text = String.format(Locale.ROOT,
                        "Experiment %s, scenario %s: run %d, seed %d%n%s%n%n%s%n%s%nReplay: %s%n", name,
                        e.scenario().name(), s.index(), s.seed(), "-".repeat(60), replay.storyText().stripTrailing(),
                        "-".repeat(60), replayCommand.apply(s.seed()))
                        + ReplayCommand.ending(replay.record());
                written.add(AtomicFiles.writeString(folder.resolve(file), text));
                names.add(file);
            }
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.list(folder)) {
                for (Path p : old.toList()) {
                    String n = p.getFileName().toString();
                    if (STORY_FILE.matcher(n).matches() && !names.contains(n)) {
                        Files.delete(p);
                    }
                }
            }
        }
        return written;
    }
}
