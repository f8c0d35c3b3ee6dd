package org.offramp.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.offramp.model.Model;
import org.offramp.model.Replay;
import org.offramp.model.RunRecord;
import org.offramp.model.Timeline;
import org.offramp.output.chart.ChartFiles;
import org.offramp.output.chart.Charts;
import org.offramp.output.chart.DayAxis;
import org.offramp.output.chart.OutcomeColors;
import org.offramp.output.chart.RunTimeline;

/**
 * One run's timeline as a chart: the daily series and dated markers a model's replay carries
 * ({@link Replay#timeline()}), a panel per group of series, an events strip for the markers and a
 * line on the day the run ended, in its ending's colour. A model whose replays carry no timeline
 * ({@link Timeline#EMPTY}) gets no chart: the methods return empty, and callers say so.
 *
 * <pre>{@code
 * Replay<?> replay = model.replay(scenario, 42L);
 * Optional<ChartFiles> files = Timelines.write(model, replay, "baseline, seed 42", "", Path.of("."), "timeline-seed42");
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Timelines {
    private Timelines() {
    }

    /**
     * The chart data of a replay's timeline.
     *
     * @param model  the model that made the replay
     * @param replay the replay
     * @param title  the chart's title, non-blank
     * @return the data, or empty when the replay carries no series
     * @throws IllegalArgumentException if the replay's record is not valid for the model's schema
     */
    public static Optional<RunTimeline> of(Model<?> model, Replay<?> replay, String title) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(replay, "replay");
        Objects.requireNonNull(title, "title");
        Timeline t = replay.timeline();
        if (t.series().isEmpty()) {
            return Optional.empty();
        }
        RunRecord record = record(model, replay);
        List<RunTimeline.Series> series = new ArrayList<>();
        for (Timeline.Series s : t.series()) {
            series.add(new RunTimeline.Series(s.label(), s.group(), s.unit(), s.values(), s.isTruth()));
        }
        List<RunTimeline.Marker> markers = new ArrayList<>();
        for (Timeline.Marker m : t.markers()) {
            markers.add(new RunTimeline.Marker(m.day(), m.kind(), m.label()));
        }
        int endDay = Math.min(record.day(), t.days());
        return Optional.of(new RunTimeline(title, model.startDate().orElse(DayAxis.DEFAULT_DAY_ZERO), series, markers,
                endDay, record.endingName(), OutcomeColors.ofHex(model.endings().colours())));
    }

    /**
     * Draws a replay's timeline and writes it as {@code name.png} and {@code name.svg}.
     *
     * @param model    the model that made the replay
     * @param replay   the replay
     * @param title    the chart's title
     * @param subtitle the provenance line; empty for none
     * @param folder   the folder, created if missing
     * @param name     the file name without extension
     * @return the files, or empty (nothing written) when the replay carries no series
     * @throws IOException if a file cannot be written
     */
    public static Optional<ChartFiles> write(Model<?> model, Replay<?> replay, String title, String subtitle,
            Path folder, String name) throws IOException {
        Optional<RunTimeline> data = of(model, replay, title);
        if (data.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Charts.timeline(data.get(), subtitle, folder, name));
    }

    /**
     * Draws a replay's timeline with a plain title (the seed, and how and when the run ended) and
     * writes it as {@code name.png} and {@code name.svg}.
     *
     * @param model  the model that made the replay
     * @param replay the replay
     * @param folder the folder, created if missing
     * @param name   the file name without extension
     * @return the files, or empty (nothing written) when the replay carries no series
     * @throws IOException if a file cannot be written
     */
    public static Optional<ChartFiles> write(Model<?> model, Replay<?> replay, Path folder, String name)
            throws IOException {
        RunRecord r = record(model, replay);
        return write(model, replay, title(model, replay, model.name(), -1, r.seed()), "", folder, name);
    }

    /**
     * The title of a run's timeline: the experiment or scenario, run (if known), seed, and how and when
     * it ended; each once, so a subtitle need not repeat them.
     *
     * @param model    the model
     * @param replay   the replay
     * @param scenario the experiment's or the scenario's name
     * @param run      the run's index in its experiment, or -1 when it is not part of one
     * @param seed     the run's seed
     * @return e.g. "baseline, run 3 (seed 42): WAR on day 212"
     */
    public static String title(Model<?> model, Replay<?> replay, String scenario, long run, long seed) {
        RunRecord r = record(model, replay);
        return scenario + (run >= 0 ? ", run " + run + " (seed " + seed + ")" : ", seed " + seed) + ": "
                + r.endingName() + " on day " + r.day();
    }

    /**
     * The message a caller prints for a model whose replays carry no timeline.
     *
     * @param model the model
     * @return e.g. "model tiny draws no timeline for its runs"
     */
    public static String noTimeline(Model<?> model) {
        return "model " + Objects.requireNonNull(model, "model").name() + " draws no timeline for its runs";
    }

    @SuppressWarnings("unchecked")
    private static RunRecord record(Model<?> model, Replay<?> replay) {
        return ((Model<Object>) model).record().toRecord(replay.record());
    }
}
