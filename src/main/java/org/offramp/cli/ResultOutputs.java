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
import java.util.stream.Stream;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.aggregate.RunSample;
import org.offramp.io.AtomicFiles;
import org.offramp.model.Model;
import org.offramp.model.Replay;
import org.offramp.model.RunRecord;
import org.offramp.output.chart.ChartFiles;
import org.offramp.report.ExperimentCharts;
import org.offramp.report.Timelines;

/**
 * Writes what {@code offramp run} adds to the engine's files: the charts (through
 * {@link ExperimentCharts}, the pipeline the notebooks use too) and the story samples with their
 * timelines. Everything comes from the result's aggregate (no re-reading of runs.csv) and from
 * replaying the sample seeds, so the files are a pure function of the experiment. Stateless.
 */
final class ResultOutputs {
    private ResultOutputs() {
    }

    /**
     * Draws the experiment's charts (PNG and SVG) into {@code folder}; see {@link ExperimentCharts}.
     *
     * @param name the experiment's name, for the titles
     * @return the files written, in {@link ResultsLayout#chartNames} order
     * @throws IOException if a file cannot be written
     */
    static List<Path> writeCharts(ExperimentResult result, String name, Path folder) throws IOException {
        return ExperimentCharts.write(result, name, folder);
    }

    /**
     * Replays the first {@code perOutcome} story samples of each outcome and writes each story to
     * {@code OUTCOME-runINDEX.txt} in {@code folder}, and, with {@code timelines} and a model whose
     * replays carry one, its timeline chart to {@code OUTCOME-runINDEX.png} and {@code .svg}; story
     * files of an earlier experiment in the folder that are not rewritten are deleted, so the folder
     * shows this experiment's samples only.
     *
     * @param timelines whether to draw the timelines (off with the charts)
     * @param replayCommand the {@code offramp replay} command of a seed, printed in each file
     * @return the files written
     * @throws IOException if a file cannot be written
     * @throws IllegalStateException if a replay ends differently from its run in the experiment
     *                               (which would break the reproducibility guarantee)
     */
    static List<Path> writeStories(ExperimentResult result, String name, int perOutcome,
            LongFunction<String> replayCommand, Path folder, boolean timelines) throws IOException {
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
                String stem = entry.getKey() + "-run" + s.index();
                String file = stem + ".txt";
                String text = String.format(Locale.ROOT,
                        "Experiment %s, scenario %s: run %d, seed %d%n%s%n%n%s%n%s%nReplay: %s%n", name,
                        e.scenario().name(), s.index(), s.seed(), "-".repeat(60), replay.storyText().stripTrailing(),
                        "-".repeat(60), replayCommand.apply(s.seed()))
                        + ReplayCommand.ending(model, record);
                written.add(AtomicFiles.writeString(folder.resolve(file), text));
                names.add(file);
                if (timelines) {
                    // The title names the experiment, run, seed and ending once; the subtitle adds only
                    // what the title does not say.
                    String title = Timelines.title(model, replay, name, s.index(), s.seed());
                    String subtitle = (name.equals(e.scenario().name()) ? "" : "scenario " + e.scenario().name()
                            + " \u00b7 ") + "master seed " + e.masterSeed();
                    for (Path p : Timelines.write(model, replay, title, subtitle, folder, stem)
                            .map(ChartFiles::paths).orElse(List.of())) {
                        written.add(p);
                        names.add(p.getFileName().toString());
                    }
                }
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
