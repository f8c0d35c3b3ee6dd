package org.offramp.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.offramp.experiment.aggregate.ExperimentAggregate;

/**
 * Results of an experiment whose blocks another engine ran (a Spark job, or shards merged after a
 * batch-cluster array): the same {@code summary.json} and {@link ExperimentResult} the local engine
 * builds from its total aggregate, so every engine reports through one code path.
 *
 * <pre>{@code
 * String json = EngineResults.summaryJson(experiment, total, true, 8, 12.5, Map.of("name", "spark"));
 * ExperimentResult r = EngineResults.result(experiment, total, json, dir, true, 8, elapsedNanos);
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class EngineResults {
    private EngineResults() {
    }

    /**
     * The text of {@code summary.json} of a complete experiment, byte for byte what the local engine
     * writes for the same total, except {@code provenance.threads}, {@code provenance.wallTimeSeconds}
     * and an added {@code provenance.engine} object holding {@code engine} (in the given order; omitted
     * when empty).
     *
     * @param experiment  the experiment the engine ran
     * @param total       the aggregate of all its runs, blocks merged in block order
     * @param targetMet   whether the precision target was met (ignored in fixed mode)
     * @param threads     the worker threads the engine used, recorded as {@code provenance.threads}
     * @param wallSeconds the experiment's wall time in seconds
     * @param engine      what to record about the engine (e.g. its name and version), by key
     * @return the summary's JSON text
     */
    public static String summaryJson(Experiment experiment, ExperimentAggregate total, boolean targetMet,
            int threads, double wallSeconds, Map<String, String> engine) {
        return summaryJson(experiment, total, targetMet, threads, wallSeconds, engine, null);
    }

    /**
     * As {@link #summaryJson(Experiment, ExperimentAggregate, boolean, int, double, Map)}, for an engine
     * that wrote {@code runs.csv}: the summary records the file's SHA-256, rows and length under
     * {@code files}, as the local engine's does.
     *
     * @param experiment  the experiment the engine ran
     * @param total       the aggregate of all its runs, blocks merged in block order
     * @param targetMet   whether the precision target was met (ignored in fixed mode)
     * @param threads     the worker threads the engine used, recorded as {@code provenance.threads}
     * @param wallSeconds the experiment's wall time in seconds
     * @param engine      what to record about the engine (e.g. its name and version), by key
     * @param runsCsv     what the engine's {@code runs.csv} holds, or null if it wrote none
     * @return the summary's JSON text
     */
    public static String summaryJson(Experiment experiment, ExperimentAggregate total, boolean targetMet,
            int threads, double wallSeconds, Map<String, String> engine, FileDigest runsCsv) {
        Objects.requireNonNull(engine, "engine");
        ObjectNode n = Summaries.summary(Objects.requireNonNull(experiment, "experiment"),
                Objects.requireNonNull(total, "total"), Summaries.Status.COMPLETE, targetMet, threads, wallSeconds);
        Summaries.putEngine(n, engine);
        if (runsCsv != null) {
            Summaries.putRunsCsv(n, runsCsv);
        }
        return Summaries.toText(n);
    }

    /**
     * The largest half-width of the outcome shares' intervals, as the precision mode's stopping rule checks it.
     *
     * @param experiment the experiment, whose interval method and confidence level are used
     * @param total      the aggregate of the runs so far
     * @return the largest half-width, a share in [0, 0.5]
     */
    public static double largestHalfWidth(Experiment experiment, ExperimentAggregate total) {
        return Summaries.largestHalfWidth(experiment, total);
    }

    /**
     * Whether the precision target ({@link Experiment#precision()}, absolute or relative) is met by
     * every outcome share of {@code total}: the stopping rule every engine checks after each block.
     *
     * @param experiment an experiment in precision mode
     * @param total      the aggregate of the blocks so far, in block order
     * @return true if every share meets the target (or is exempt from it); false with no runs
     * @throws IllegalArgumentException if the experiment is in fixed mode
     */
    public static boolean targetMet(Experiment experiment, ExperimentAggregate total) {
        return Summaries.targetMet(experiment, total);
    }

    /**
     * The result object of a complete experiment.
     *
     * @param experiment   the experiment the engine ran
     * @param total        the aggregate of all its runs
     * @param summaryJson  the text of its {@code summary.json}, as {@link #summaryJson} made it
     * @param directory    the results folder holding {@code runs.csv} and {@code summary.json}, or null
     * @param targetMet    whether the precision target was met (true in fixed mode)
     * @param threads      the worker threads the engine used
     * @param elapsedNanos the experiment's wall time in nanoseconds
     * @return the result, as {@link Experiment#run()} would return it
     */
    public static ExperimentResult result(Experiment experiment, ExperimentAggregate total, String summaryJson,
            Path directory, boolean targetMet, int threads, long elapsedNanos) {
        return new ExperimentResult(Objects.requireNonNull(experiment, "experiment"),
                Objects.requireNonNull(total, "total"), Objects.requireNonNull(summaryJson, "summaryJson"),
                directory, targetMet, threads, elapsedNanos);
    }
}
