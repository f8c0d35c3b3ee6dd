package org.offramp.examples.brinkmanship;

// region program
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.offramp.design.Comparison;
import org.offramp.design.ComparisonResult;
import org.offramp.design.Measure;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ProgressListener;
import org.offramp.model.Model;
import org.offramp.model.Models;
import org.offramp.model.Replay;
import org.offramp.model.Scenario;
import org.offramp.scenario.Scenarios;

/** The brinkmanship model from Java: an experiment, one run told, and a paired comparison. */
public final class StraitFromJava {
    /** @param args the folder to write results into */
    public static void main(String[] args) {
        Model<?> model = Models.get("brinkmanship");
        Scenario baseline = Scenarios.load(model, "baseline");
        Scenario fog = Scenarios.load(model, "fog");

        // The experiment of experiments/brinkmanship/strait.yaml, into a results folder as `offramp run`
        // writes it (runs.csv, summary.json): the same seeds, so the same runs.csv.
        ExperimentResult result = Experiment.builder(baseline).runs(2_000).masterSeed(20240601)
                .outputDirectory(Path.of(args[0])).build().run();
        System.out.println(result.counts());

        // One run, told as a story; replay.timeline() holds its daily series and markers.
        Replay<?> replay = model.replay(fog, 2L);
        System.out.print(replay.storyText());

        // The fog against the baseline, run for run on the same seeds (common random numbers).
        Measure war = Measure.parse(model.record(), "WAR");
        ComparisonResult c = Comparison.builder().variant("baseline", baseline).variant("fog", fog)
                .measures(List.of(war)).runs(1_000).masterSeed(20240601).build().run(ProgressListener.NONE);
        ComparisonResult.PairedDifference d = c.difference("fog", war);
        System.out.printf(Locale.ROOT, "WAR %.1f%% -> %.1f%%: %+.1f points [%+.1f, %+.1f]%n", 100 * d.againstShare(),
                100 * d.variantShare(), 100 * d.difference(), 100 * d.paired().lower(), 100 * d.paired().upper());
    }
}
// endregion
