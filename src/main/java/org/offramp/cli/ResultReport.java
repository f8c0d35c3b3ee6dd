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
import java.util.LinkedHashSet;
import java.util.Set;
import org.offramp.output.Words;
import org.offramp.report.HtmlReport;
import org.offramp.report.OutcomeTables;
import org.offramp.report.Timelines;
import org.offramp.stats.PrecisionTarget;

/**
 * What {@code offramp run}, {@code merge} and {@code rerun} do with a finished result: print the
 * outcome tables (the outcomes with the horizon named, the endings by trigger, the shares by
 * horizon), draw the charts, write the story samples with their timelines and the HTML report, so a
 * merged or Spark folder looks like a local one. Stateless.
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
     * Prints {@code headline}, the outcome tables, the precision and failures if any, then writes the
     * charts, stories and {@code report.html} into the folder and prints where they are.
     *
     * @throws IOException if a chart or story cannot be written
     */
    static void print(PrintWriter w, String headline, ExperimentResult r, Target t) throws IOException {
        Experiment e = r.experiment();
        w.println(headline);
        w.println();
        if (r.completed() > 0) {
            w.print(OutcomeTables.console(r));
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
                w.printf(Locale.ROOT, "%nprecision: target %s after %s: %s%n", r.targetMet() ? "met"
                        : "NOT met (cap reached; short: " + String.join(", ", short_) + ")", Words.count(r.runs(), "run"),
                        p.describe());
                w.printf(Locale.ROOT, "           exempt: %s%n", exempt.isEmpty() ? "none" : String.join(", ", exempt));
            } else {
                w.printf(Locale.ROOT, "%nprecision: target half-width %s %s after %s (largest half-width %.4f)%n",
                        p.text(), r.targetMet() ? "met" : "NOT met (cap reached)", Words.count(r.runs(), "run"),
                        r.summary().path("precision").path("largestHalfWidth").asDouble(Double.NaN));
            }
        }
        if (r.failed() > 0) {
            w.printf(Locale.ROOT, "%n%s counted as FAILED. The first:%n", r.failed() == 1 ? "1 run failed and is"
                    : String.format(Locale.ROOT, "%,d runs failed and are", r.failed()));
            for (RunSample f : r.failures()) {
                w.printf(Locale.ROOT, "  run %d (seed %d): %s%n    %s%n", f.index(), f.seed(), f.detail(),
                        t.replay().apply(f.seed()));
            }
        }
        w.println();
        w.println("results  " + t.dir() + "  (runs.csv, summary.json)");
        if (t.charts() && r.completed() > 0) {
            Path folder = t.dir().resolve(ResultsLayout.CHARTS);
            List<Path> files = ResultOutputs.writeCharts(r, t.name(), folder);
            Set<String> names = new LinkedHashSet<>();
            for (Path f : files) {
                String n = f.getFileName().toString();
                names.add(n.substring(0, n.lastIndexOf('.')));
            }
            w.println("charts   " + folder + "  (" + Words.count(files.size(), "file") + ": " + String.join(", ", names)
                    + ", as .png and .svg)");
        }
        if (t.stories() > 0) {
            Path folder = t.dir().resolve(ResultsLayout.STORIES);
            boolean timelines = t.charts();
            List<Path> files = ResultOutputs.writeStories(r, t.name(), t.stories(), t.replay(), folder, timelines);
            long texts = files.stream().filter(f -> f.getFileName().toString().endsWith(".txt")).count();
            long charts = files.size() - texts;
            String drawn = !timelines ? "no timelines: charts are off"
                    : charts > 0 ? "each with its timeline as .png and .svg"
                    : "no timelines: " + Timelines.noTimeline(e.model());
            w.println("stories  " + folder + "  (" + Words.count(texts, "story", "stories") + ", up to "
                    + t.stories() + " per outcome; " + drawn + ")");
        }
        Path page = HtmlReport.experiment(r, t.name(), t.dir());
        w.println("report   " + page + "  (open it in a browser: tables, charts and stories on one page)");
        w.flush();
    }

    /** "1 thread" or "N threads". */
    static String threads(int n) {
        return n + (n == 1 ? " thread" : " threads");
    }
}
