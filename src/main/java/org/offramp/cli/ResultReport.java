package org.offramp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.aggregate.RunSample;
import org.offramp.output.ConsoleTable;
import org.offramp.stats.PrecisionTarget;

/**
 * What {@code offramp run} and {@code offramp merge} do with a finished result: draw the charts,
 * write the story samples and print the outcome table, so a merged or Spark folder looks like a
 * local one. Stateless.
 */
final class ResultReport {
    private ResultReport() {
    }

    /**
     * The results folder's name, outputs and how its runs are replayed.
     *
     * @param name    the experiment's name, for titles and story headers
     * @param dir     the results folder (holding runs.csv and summary.json)
     * @param charts  whether to draw the charts
     * @param stories story samples per outcome, 0 for none
     * @param replay  the {@code offramp replay} command of a run seed
     */
    record Target(String name, Path dir, boolean charts, int stories, LongFunction<String> replay) {
    }

    /**
     * Prints {@code headline}, the outcome table, the precision and failures if any, then writes the
     * charts and stories into the folder and prints where they are.
     *
     * @throws IOException if a chart or story cannot be written
     */
    static void print(PrintWriter w, String headline, ExperimentResult r, Target t) throws IOException {
        Experiment e = r.experiment();
        w.println(headline);
        w.println();
        if (r.completed() > 0) {
            w.print(ConsoleTable.outcomes(e.model().endings().names(), r.aggregate().outcomeCounts(),
                    e.confidenceLevel()));
        } else {
            w.println("No run completed, so there are no outcome shares.");
        }
        if (e.precisionMode()) {
            PrecisionTarget p = e.precision().orElseThrow();
            if (p.relative()) {
                // Say which outcomes the floor let off (their shares are not known to the relative
                // precision) and, if the cap stopped the runs, which ones fell short.
                List<String> exempt = new ArrayList<>();
                List<String> short_ = new ArrayList<>();
                r.summary().path("precision").path("outcomes").fields().forEachRemaining(o -> {
                    if (o.getValue().path("exempt").asBoolean()) {
                        exempt.add(o.getKey());
                    } else if (!o.getValue().path("met").asBoolean()) {
                        short_.add(o.getKey());
                    }
                });
                w.printf(Locale.ROOT, "%nprecision: target %s after %,d runs: %s%n", r.targetMet() ? "met"
                        : "NOT met (cap reached; short: " + String.join(", ", short_) + ")", r.runs(), p.describe());
                w.printf(Locale.ROOT, "           exempt: %s%n", exempt.isEmpty() ? "none" : String.join(", ", exempt));
            } else {
                w.printf(Locale.ROOT, "%nprecision: target half-width %s %s after %,d runs (largest half-width %.4f)%n",
                        p.text(), r.targetMet() ? "met" : "NOT met (cap reached)", r.runs(),
                        r.summary().path("precision").path("largestHalfWidth").asDouble(Double.NaN));
            }
        }
        if (r.failed() > 0) {
            w.printf(Locale.ROOT, "%n%,d runs failed and are counted as FAILED. The first:%n", r.failed());
            for (RunSample f : r.failures()) {
                w.printf(Locale.ROOT, "  run %d (seed %d): %s%n    %s%n", f.index(), f.seed(), f.detail(),
                        t.replay().apply(f.seed()));
            }
        }
        w.println();
        w.println("results  " + t.dir() + "  (runs.csv, summary.json)");
        if (t.charts() && r.completed() > 0) {
            Path folder = t.dir().resolve("charts");
            List<Path> files = ResultOutputs.writeCharts(r, t.name(), folder);
            w.println("charts   " + folder + "  (" + files.size() + " files: "
                    + String.join(", ", ResultsLayout.chartNames(e.model())) + ", as .png and .svg)");
        }
        if (t.stories() > 0) {
            Path folder = t.dir().resolve("stories");
            List<Path> files = ResultOutputs.writeStories(r, t.name(), t.stories(), t.replay(), folder);
            w.println("stories  " + folder + "  (" + files.size() + " files, up to " + t.stories() + " per outcome)");
        }
        w.flush();
    }

    /** "1 thread" or "N threads". */
    static String threads(int n) {
        return n + (n == 1 ? " thread" : " threads");
    }
}
