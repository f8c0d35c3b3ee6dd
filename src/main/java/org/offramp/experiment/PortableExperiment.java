package org.offramp.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;
import java.util.Objects;
import org.offramp.stats.IntervalMethod;
import org.offramp.stats.PrecisionTarget;

/**
 * The settings of an {@link Experiment} that decide its results, in a form that travels to Spark
 * executors (Java serialization) and into shard results (JSON). Threads and output options are
 * left behind: they belong to the machine, not to the experiment.
 *
 * <pre>{@code
 * PortableExperiment p = PortableExperiment.of(experiment);
 * Experiment same = p.toExperiment();        // same identity(), no output directory
 * }</pre>
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param scenario          the scenario
 * @param runs              the number of runs in fixed mode, 0 in precision mode
 * @param targetHalfWidth   the absolute precision target, 0 in fixed mode and in relative precision mode
 * @param maxRuns           the cap on runs in precision mode
 * @param intervalMethod    the interval the precision mode checks
 * @param masterSeed        the master seed
 * @param blockSize         runs per block
 * @param confidenceLevel   the confidence level of the intervals
 * @param samplesPerOutcome sample runs kept per outcome
 * @param keepGoing         whether failed runs are counted instead of stopping the experiment
 * @param relativeHalfWidth the relative precision target (a fraction of the share), 0 unless in relative
 *                          precision mode
 * @param precisionFloor    the floor of the relative precision target, 0 unless in relative precision mode
 * @serial exclude
 */
public record PortableExperiment(PortableScenario scenario, long runs, double targetHalfWidth, long maxRuns,
        IntervalMethod intervalMethod, long masterSeed, int blockSize, double confidenceLevel,
        int samplesPerOutcome, boolean keepGoing, double relativeHalfWidth, double precisionFloor)
        implements Serializable {
    private static final long serialVersionUID = 2L;

    /**
     * Checks for nulls; {@link #toExperiment()} checks the values as {@link Experiment.Builder} does.
     *
     * @param scenario          the scenario
     * @param runs              the number of runs in fixed mode, 0 in precision mode
     * @param targetHalfWidth   the absolute precision target, 0 in fixed mode and in relative precision mode
     * @param maxRuns           the cap on runs in precision mode
     * @param intervalMethod    the interval the precision mode checks
     * @param masterSeed        the master seed
     * @param blockSize         runs per block
     * @param confidenceLevel   the confidence level of the intervals
     * @param samplesPerOutcome sample runs kept per outcome
     * @param keepGoing         whether failed runs are counted instead of stopping the experiment
     * @param relativeHalfWidth the relative precision target (a fraction of the share), 0 unless in relative
     *                          precision mode
     * @param precisionFloor    the floor of the relative precision target, 0 unless in relative precision mode
     */
    public PortableExperiment {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(intervalMethod, "intervalMethod");
    }

    /**
     * The portable settings of {@code e}.
     *
     * @param e the experiment
     * @return the settings of {@code e} that decide its results
     */
    public static PortableExperiment of(Experiment e) {
        PrecisionTarget p = e.precision().filter(PrecisionTarget::relative).orElse(null);
        return new PortableExperiment(PortableScenario.of(e.scenario()), e.runs(), e.targetHalfWidth(), e.maxRuns(),
                e.intervalMethod(), e.masterSeed(), e.blockSize(), e.confidenceLevel(), e.samplesPerOutcome(),
                e.keepGoing(), p == null ? 0 : p.value(), p == null ? 0 : p.floor());
    }

    /**
     * The experiment again, in memory (no output directory) with the default thread count.
     *
     * @return an experiment with the same {@link Experiment#identity()}
     * @throws IllegalArgumentException if a value is not valid or the scenario does not rebuild
     */
    public Experiment toExperiment() {
        Experiment.Builder b = Experiment.builder(scenario.toScenario()).maxRuns(maxRuns).intervalMethod(intervalMethod)
                .masterSeed(masterSeed).blockSize(blockSize).confidenceLevel(confidenceLevel)
                .samplesPerOutcome(samplesPerOutcome).keepGoing(keepGoing);
        if (relativeHalfWidth > 0) {
            b.precision(PrecisionTarget.relative(relativeHalfWidth, precisionFloor));
        } else if (targetHalfWidth > 0) {
            b.targetHalfWidth(targetHalfWidth);
        } else {
            b.runs(runs);
        }
        return b.build();
    }

    /** {@return the settings as a JSON object, which {@link #fromJson(JsonNode)} reads back} */
    public ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.set("scenario", scenario.toJson());
        n.put("runs", runs);
        n.put("targetHalfWidth", targetHalfWidth);
        n.put("maxRuns", maxRuns);
        n.put("intervalMethod", intervalMethod.name());
        n.put("masterSeed", masterSeed);
        n.put("blockSize", blockSize);
        n.put("confidenceLevel", confidenceLevel);
        n.put("samplesPerOutcome", samplesPerOutcome);
        n.put("keepGoing", keepGoing);
        if (relativeHalfWidth > 0) {
            // Only then: the JSON of every other experiment stays as it was.
            n.put("relativeHalfWidth", relativeHalfWidth);
            n.put("precisionFloor", precisionFloor);
        }
        return n;
    }

    /**
     * Reads {@link #toJson()}.
     *
     * @param n the JSON object {@link #toJson()} wrote
     * @return the settings it holds
     * @throws IllegalArgumentException naming the missing or bad field
     */
    public static PortableExperiment fromJson(JsonNode n) {
        String w = "settings";
        String method = JsonFields.text(n, "intervalMethod", w);
        IntervalMethod m;
        try {
            m = IntervalMethod.valueOf(method);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(w + ".intervalMethod must be one of "
                    + java.util.Arrays.toString(IntervalMethod.values()) + ", but was " + method, ex);
        }
        return new PortableExperiment(PortableScenario.fromJson(JsonFields.field(n, "scenario", w)),
                JsonFields.integer(n, "runs", w), JsonFields.number(n, "targetHalfWidth", w), JsonFields.integer(n, "maxRuns", w), m,
                JsonFields.integer(n, "masterSeed", w), Math.toIntExact(JsonFields.integer(n, "blockSize", w)),
                JsonFields.number(n, "confidenceLevel", w), Math.toIntExact(JsonFields.integer(n, "samplesPerOutcome", w)),
                JsonFields.bool(n, "keepGoing", w),
                n.has("relativeHalfWidth") ? JsonFields.number(n, "relativeHalfWidth", w) : 0,
                n.has("precisionFloor") ? JsonFields.number(n, "precisionFloor", w) : 0);
    }
}
