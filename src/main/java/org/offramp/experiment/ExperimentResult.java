package org.offramp.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.experiment.aggregate.RunSample;
import org.offramp.model.Endings;
import org.offramp.stats.Interval;
import org.offramp.stats.IntervalMethod;

/**
 * The results of a completed experiment: counts, shares and intervals of the outcomes, the full
 * summary, and, for an experiment with a results folder, the per-run table.
 *
 * <pre>{@code
 * ExperimentResult r = experiment.run();
 * double war = r.shares().get("WAR");
 * Interval ci = r.intervals(IntervalMethod.WILSON).get("WAR");
 * String json = r.summaryJson();          // the text of summary.json
 * String csv = r.runsCsv();               // reads runs.csv (results folder only)
 * }</pre>
 *
 * <p>Shares and intervals are over completed runs (failed runs have no outcome); the counts map
 * adds the failed runs under {@code "FAILED"}. Maps are in the order of the model's endings
 * ({@link org.offramp.model.Model#endings()}) and unmodifiable.
 * Immutable and safe to share between threads (the aggregate is handed out as a copy).
 */
public final class ExperimentResult {
    /** The key of failed runs in {@link #counts()}. */
    public static final String FAILED = Endings.FAILED;

    private final Experiment experiment;
    private final ExperimentAggregate aggregate;
    private final String summaryJson;
    private final Path directory;
    private final boolean targetMet;
    private final int threads;
    private final long elapsedNanos;

    ExperimentResult(Experiment experiment, ExperimentAggregate aggregate, String summaryJson, Path directory,
            boolean targetMet, int threads, long elapsedNanos) {
        this.experiment = experiment;
        this.aggregate = aggregate;
        this.summaryJson = summaryJson;
        this.directory = directory;
        this.targetMet = targetMet;
        this.threads = threads;
        this.elapsedNanos = elapsedNanos;
    }

    /** {@return the experiment that produced these results} */
    public Experiment experiment() {
        return experiment;
    }

    /** {@return all runs made: completed plus failed (in precision mode, the runs it took)} */
    public long runs() {
        return aggregate.runs();
    }

    /** {@return the runs that completed with an outcome} */
    public long completed() {
        return aggregate.completed();
    }

    /** {@return the runs that failed and were counted as FAILED (keepGoing)} */
    public long failed() {
        return aggregate.failed();
    }

    /** {@return whether the precision target was met; always true in fixed mode} */
    public boolean targetMet() {
        return !experiment.precisionMode() || targetMet;
    }

    /** {@return the worker threads used (this session's, after a resume)} */
    public int threads() {
        return threads;
    }

    /** {@return the wall time of the experiment, summed over resumed sessions} */
    public Duration wallTime() {
        return Duration.ofNanos(elapsedNanos);
    }

    /** {@return the runs per outcome name, then {@code "FAILED"}} */
    public Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        Endings e = aggregate.endings();
        for (int o = 0; o < e.count(); o++) {
            m.put(e.get(o).name(), aggregate.outcomeCount(o));
        }
        m.put(FAILED, aggregate.failed());
        return Collections.unmodifiableMap(m);
    }

    /** {@return the share of completed runs of each outcome (NaN if none completed)} */
    public Map<String, Double> shares() {
        Map<String, Double> m = new LinkedHashMap<>();
        Endings e = aggregate.endings();
        for (int o = 0; o < e.count(); o++) {
            m.put(e.get(o).name(), completed() == 0 ? Double.NaN : (double) aggregate.outcomeCount(o) / completed());
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The interval of each outcome's share at the experiment's confidence level.
     *
     * @param method how the intervals are computed
     * @return the interval of each outcome's share, by outcome name
     */
    public Map<String, Interval> intervals(IntervalMethod method) {
        Map<String, Interval> m = new LinkedHashMap<>();
        Endings e = aggregate.endings();
        for (int o = 0; o < e.count(); o++) {
            m.put(e.get(o).name(), method.of(aggregate.outcomeCount(o), completed(), experiment.confidenceLevel()));
        }
        return Collections.unmodifiableMap(m);
    }

    /** {@return the Wilson score intervals of the shares, by outcome name} */
    public Map<String, Interval> wilsonIntervals() {
        return intervals(IntervalMethod.WILSON);
    }

    /** {@return the Clopper–Pearson intervals of the shares, by outcome name} */
    public Map<String, Interval> clopperPearsonIntervals() {
        return intervals(IntervalMethod.CLOPPER_PEARSON);
    }

    /** {@return the recorded sample runs of each outcome (lowest indices first), for replaying their stories} */
    public Map<String, List<RunSample>> storySamples() {
        Map<String, List<RunSample>> m = new LinkedHashMap<>();
        Endings e = aggregate.endings();
        for (int o = 0; o < e.count(); o++) {
            m.put(e.get(o).name(), aggregate.samples(o));
        }
        return Collections.unmodifiableMap(m);
    }

    /** {@return the failed runs with the lowest indices, with their seeds and exceptions} */
    public List<RunSample> failures() {
        return aggregate.failures();
    }

    /** {@return a copy of the full aggregate (day distributions, events, means)} */
    public ExperimentAggregate aggregate() {
        return ExperimentAggregate.fromJson(aggregate.schema(), aggregate.toJson());
    }

    /** {@return the summary, exactly the text of {@code summary.json}} */
    public String summaryJson() {
        return summaryJson;
    }

    /** {@return the summary as a JSON tree (a fresh copy)} */
    public ObjectNode summary() {
        try {
            JsonNode n = Summaries.MAPPER.readTree(summaryJson);
            return (ObjectNode) n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the results folder, or empty for an in-memory experiment} */
    public Optional<Path> resultsDirectory() {
        return Optional.ofNullable(directory);
    }

    /**
     * {@return the path of {@code runs.csv} in the results folder}
     *
     * @throws IllegalStateException for an in-memory experiment
     */
    public Path runsCsvPath() {
        if (directory == null) {
            throw new IllegalStateException("an in-memory experiment writes no runs.csv; set an outputDirectory");
        }
        return directory.resolve(ResultsFolder.RUNS_CSV);
    }

    /**
     * The per-run table, read from {@code runs.csv}: a header line ({@code index} then
     * the model's {@link org.offramp.model.RecordSchema#csvHeader()}) and one line per run in index order. Holds
     * the whole file in memory: for large experiments, read {@link #runsCsvPath()} as a stream.
     *
     * @return the text of {@code runs.csv}
     * @throws IllegalStateException for an in-memory experiment
     * @throws UncheckedIOException  if the file cannot be read
     */
    public String runsCsv() {
        try {
            return Files.readString(runsCsvPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "ExperimentResult[" + experiment.scenario().name() + ", " + runs() + " runs, counts " + counts() + "]";
    }
}
