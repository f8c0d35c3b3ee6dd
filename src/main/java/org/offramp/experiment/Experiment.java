package org.offramp.experiment;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.offramp.model.Model;
import org.offramp.model.RecordSchema;
import org.offramp.model.Scenario;
import org.offramp.scenario.Limits;
import org.offramp.stats.IntervalMethod;
import org.offramp.stats.PrecisionTarget;

/**
 * An immutable, validated description of a Monte Carlo experiment: a scenario (of some model), how
 * many runs (or how precise the outcome shares must be), the master seed, and where the results go.
 *
 * <pre>{@code
 * Scenario baseline = Scenarios.load("baseline");
 * Experiment e = Experiment.builder(baseline)
 *         .runs(10_000)
 *         .masterSeed(42)
 *         .threads(0)                       // all cores
 *         .outputDirectory(Path.of("results/baseline"))
 *         .build();
 * ExperimentResult r = e.run();             // the scenario's model, e.g. the standoff
 * r.shares();                               // {WAR=0.12, DEAL=0.08, CHAOS=0.05, STALEMATE=0.75}
 *
 * Experiment precise = Experiment.builder(baseline)
 *         .targetHalfWidth(0.005)           // precision mode: run until every share is this precise
 *         .masterSeed(42)
 *         .build();                         // no output directory: in memory, no files
 *
 * Experiment relative = Experiment.builder(baseline)
 *         .precision(PrecisionTarget.relative(0.10, 0.01))   // every share within 10% of itself,
 *         .masterSeed(42)                                     // shares surely below 1% exempt
 *         .build();
 * }</pre>
 *
 * <p>Run {@code i} always has the seed {@link org.offramp.random.Seeds#runSeed(long, long)
 * Seeds.runSeed(masterSeed, i)}, so the results depend on the scenario, the master seed, the number
 * of runs (or the precision target and cap), the block size and the sample count, and never on
 * {@link #threads()} or on where and when the runs execute. See {@link ExperimentRunner}.
 *
 * <p>Instances are immutable and safe to share between threads; the builder is not.
 */
public final class Experiment {
    /** The default number of runs in a block: the unit of scheduling, committing and checkpointing. */
    public static final int DEFAULT_BLOCK_SIZE = 1000;
    /** The default cap on the number of runs in precision mode. */
    public static final long DEFAULT_MAX_RUNS = 1_000_000;
    /** The default confidence level of the reported intervals. */
    public static final double DEFAULT_CONFIDENCE_LEVEL = 0.95;
    /** The default number of sample runs recorded per outcome. */
    public static final int DEFAULT_SAMPLES_PER_OUTCOME = 5;
    /** The largest number of runs, {@link Limits#MAX_RUNS}: interval computations count in {@code int}. */
    public static final long MAX_RUNS = Limits.MAX_RUNS;

    private final Scenario scenario;
    private final long runs;
    private final PrecisionTarget precision;
    private final long maxRuns;
    private final IntervalMethod intervalMethod;
    private final long masterSeed;
    private final int threads;
    private final int blockSize;
    private final double confidenceLevel;
    private final int samplesPerOutcome;
    private final boolean keepGoing;
    private final Path outputDirectory;
    private final boolean overwrite;
    private final boolean resume;
    private final ObjectNode invocation;

    private Experiment(Builder b) {
        this.scenario = b.scenario;
        this.runs = b.runs;
        this.precision = b.precision;
        this.maxRuns = b.maxRuns;
        this.intervalMethod = b.intervalMethod;
        this.masterSeed = b.masterSeed;
        this.threads = b.threads;
        this.blockSize = b.blockSize;
        this.confidenceLevel = b.confidenceLevel;
        this.samplesPerOutcome = b.samplesPerOutcome;
        this.keepGoing = b.keepGoing;
        this.outputDirectory = b.outputDirectory;
        this.overwrite = b.overwrite;
        this.resume = b.resume;
        this.invocation = b.invocation == null ? null : b.invocation.deepCopy();
    }

    /**
     * A builder for an experiment on {@code scenario}.
     *
     * @param scenario the scenario every run uses
     * @return the builder
     * @throws NullPointerException if {@code scenario} is null
     */
    public static Builder builder(Scenario scenario) {
        return new Builder(scenario);
    }

    /** {@return a builder holding this experiment's settings, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(scenario);
        b.runs = runs;
        b.precision = precision;
        b.maxRuns = maxRuns;
        b.intervalMethod = intervalMethod;
        b.masterSeed = masterSeed;
        b.seedSet = true;
        b.threads = threads;
        b.blockSize = blockSize;
        b.confidenceLevel = confidenceLevel;
        b.samplesPerOutcome = samplesPerOutcome;
        b.keepGoing = keepGoing;
        b.outputDirectory = outputDirectory;
        b.overwrite = overwrite;
        b.resume = resume;
        b.invocation = invocation;
        return b;
    }

    /**
     * Runs this experiment with its scenario's model, blocking; see {@link ExperimentRunner#run(Experiment, RunModel)}.
     *
     * @return the result of the complete experiment
     */
    public ExperimentResult run() {
        return ExperimentRunner.run(this, RunModel.of(model()));
    }

    /**
     * Runs this experiment with {@code model}, blocking; see {@link ExperimentRunner#run(Experiment, RunModel)}.
     *
     * @param model the runs to make, in place of the scenario's model
     * @return the result of the complete experiment
     */
    public ExperimentResult run(RunModel model) {
        return ExperimentRunner.run(this, model);
    }

    /**
     * Runs this experiment with {@code model}, reporting progress, blocking.
     *
     * @param model    the runs to make, in place of the scenario's model
     * @param listener told of the progress after each committed block
     * @return the result of the complete experiment
     */
    public ExperimentResult run(RunModel model, ProgressListener listener) {
        return ExperimentRunner.run(this, model, listener);
    }

    /** {@return the scenario every run uses} */
    public Scenario scenario() {
        return scenario;
    }

    /** {@return the model of the scenario: whose record schema the experiment aggregates and writes} */
    public Model<?> model() {
        return scenario.model();
    }

    /** {@return the record schema of the runs: the model's} */
    public RecordSchema<?> schema() {
        return scenario.model().record();
    }

    /** {@return whether the experiment runs until a precision target is met, rather than a fixed number of runs} */
    public boolean precisionMode() {
        return precision != null;
    }

    /** {@return the number of runs in fixed mode; 0 in precision mode} */
    public long runs() {
        return runs;
    }

    /**
     * The target half-width of every outcome share's interval in absolute precision mode.
     *
     * @return the half-width; 0 in fixed mode and in relative precision mode (see {@link #precision()})
     */
    public double targetHalfWidth() {
        return precision == null || precision.relative() ? 0 : precision.value();
    }

    /**
     * The stopping rule of precision mode, absolute or relative.
     *
     * @return the target, or empty in fixed mode
     */
    public Optional<PrecisionTarget> precision() {
        return Optional.ofNullable(precision);
    }

    /** {@return the cap on runs in precision mode} */
    public long maxRuns() {
        return maxRuns;
    }

    /** {@return the interval whose half-width the precision mode checks} */
    public IntervalMethod intervalMethod() {
        return intervalMethod;
    }

    /** {@return the most runs this experiment can make: {@link #runs()} or {@link #maxRuns()}} */
    public long runLimit() {
        return precisionMode() ? maxRuns : runs;
    }

    /** {@return the master seed; run {@code i} has seed {@code Seeds.runSeed(masterSeed, i)}} */
    public long masterSeed() {
        return masterSeed;
    }

    /** {@return the requested worker threads; 0 means one per available processor} */
    public int threads() {
        return threads;
    }

    /** {@return the number of worker threads this experiment will use on this machine} */
    public int effectiveThreads() {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /** {@return the number of runs in a block (part of the experiment's identity)} */
    public int blockSize() {
        return blockSize;
    }

    /** {@return the confidence level of the reported intervals} */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** {@return how many sample runs (lowest indices) are recorded per outcome, and of failures} */
    public int samplesPerOutcome() {
        return samplesPerOutcome;
    }

    /**
     * Whether a failed run (an exception inside the model) is counted as FAILED and the experiment
     * goes on; if false (the default) the experiment stops with a {@link RunFailedException}.
     *
     * @return true if failed runs are counted and the experiment goes on
     */
    public boolean keepGoing() {
        return keepGoing;
    }

    /** {@return the results folder, or empty for an in-memory experiment that writes no files} */
    public Optional<Path> outputDirectory() {
        return Optional.ofNullable(outputDirectory);
    }

    /** {@return whether existing results in the folder may be replaced} */
    public boolean overwrite() {
        return overwrite;
    }

    /** {@return whether to continue an interrupted experiment found in the folder} */
    public boolean resume() {
        return resume;
    }

    /**
     * What produced this experiment, as its caller recorded it (for the command line: the experiment
     * file, every parameter change with its source, the flags); written to {@code summary.json} as
     * {@code provenance.invocation}. It does not decide the results and is not part of
     * {@link #identity()}.
     *
     * @return a copy of the record, or empty if none was given
     */
    public Optional<ObjectNode> invocation() {
        return Optional.ofNullable(invocation == null ? null : invocation.deepCopy());
    }

    /**
     * The settings that decide the results, as JSON (recorded in the summary and the checkpoint; a
     * resume must match them). Threads and output options are not among them.
     *
     * @return a fresh JSON object of the settings, by name
     */
    public ObjectNode identity() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("model", scenario.model().name());
        n.put("scenario", scenario.name());
        n.put("scenarioHash", scenario.contentHash());
        n.put("masterSeed", masterSeed);
        n.put("mode", precisionMode() ? "precision" : "fixed");
        if (precisionMode()) {
            if (precision.relative()) {
                n.put("relativeHalfWidth", precision.value());
                n.put("precisionFloor", precision.floor());
            } else {
                n.put("targetHalfWidth", precision.value());
            }
            n.put("maxRuns", maxRuns);
            n.put("intervalMethod", intervalMethod.name());
        } else {
            n.put("runs", runs);
        }
        n.put("blockSize", blockSize);
        n.put("confidenceLevel", confidenceLevel);
        n.put("samplesPerOutcome", samplesPerOutcome);
        n.put("keepGoing", keepGoing);
        n.put("csvColumns", String.join(",", schema().csvHeader()));
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Experiment e && scenario.equals(e.scenario) && runs == e.runs
                && Objects.equals(precision, e.precision) && maxRuns == e.maxRuns
                && intervalMethod == e.intervalMethod && masterSeed == e.masterSeed && threads == e.threads
                && blockSize == e.blockSize && Double.compare(confidenceLevel, e.confidenceLevel) == 0
                && samplesPerOutcome == e.samplesPerOutcome && keepGoing == e.keepGoing
                && Objects.equals(outputDirectory, e.outputDirectory) && overwrite == e.overwrite && resume == e.resume
                && Objects.equals(invocation, e.invocation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scenario, runs, precision, maxRuns, intervalMethod, masterSeed, threads, blockSize,
                confidenceLevel, samplesPerOutcome, keepGoing, outputDirectory, overwrite, resume, invocation);
    }

    @Override
    public String toString() {
        return "Experiment" + identity() + (outputDirectory == null ? " in memory" : " -> " + outputDirectory);
    }

    /**
     * Builds an {@link Experiment}. Setters check their argument at once and throw an
     * {@link IllegalArgumentException} naming the field, the value and what is allowed;
     * {@link #build()} checks the combination. Not thread-safe.
     */
    public static final class Builder {
        private final Scenario scenario;
        private long runs;
        private PrecisionTarget precision;
        private long maxRuns = DEFAULT_MAX_RUNS;
        private IntervalMethod intervalMethod = IntervalMethod.WILSON;
        private long masterSeed;
        private boolean seedSet;
        private int threads;
        private int blockSize = DEFAULT_BLOCK_SIZE;
        private double confidenceLevel = DEFAULT_CONFIDENCE_LEVEL;
        private int samplesPerOutcome = DEFAULT_SAMPLES_PER_OUTCOME;
        private boolean keepGoing;
        private Path outputDirectory;
        private boolean overwrite;
        private boolean resume;
        private ObjectNode invocation;

        private Builder(Scenario scenario) {
            this.scenario = Objects.requireNonNull(scenario, "scenario");
        }

        /**
         * A fixed number of runs; excludes {@link #targetHalfWidth}.
         *
         * @param runs the number of runs, in [1, 2^31 - 1]
         * @return this builder
         */
        public Builder runs(long runs) {
            this.runs = Limits.runs("runs", runs);
            return this;
        }

        /**
         * Precision mode: run until the interval of every outcome share has at most this half-width,
         * in (0, 0.5); excludes {@link #runs}.
         *
         * @param halfWidth the largest half-width allowed, a share in (0, 0.5)
         * @return this builder
         */
        public Builder targetHalfWidth(double halfWidth) {
            this.precision = PrecisionTarget.absolute(Limits.halfWidth("targetHalfWidth", halfWidth));
            return this;
        }

        /**
         * Precision mode with an absolute or a relative target ({@link PrecisionTarget}); excludes
         * {@link #runs}. Replaces an earlier {@link #targetHalfWidth}.
         *
         * @param target the stopping rule
         * @return this builder
         */
        public Builder precision(PrecisionTarget target) {
            this.precision = Objects.requireNonNull(target, "precision");
            return this;
        }

        /**
         * The cap on runs in precision mode.
         *
         * @param maxRuns the most runs to make, in [1, 2^31 - 1]; default 1,000,000
         * @return this builder
         */
        public Builder maxRuns(long maxRuns) {
            this.maxRuns = Limits.runs("maxRuns", maxRuns);
            return this;
        }

        /**
         * The interval the precision mode's stopping rule checks.
         *
         * @param intervalMethod the interval method; default {@link IntervalMethod#WILSON}
         * @return this builder
         */
        public Builder intervalMethod(IntervalMethod intervalMethod) {
            this.intervalMethod = Objects.requireNonNull(intervalMethod, "intervalMethod");
            return this;
        }

        /**
         * The master seed (required: there is no default seed).
         *
         * @param seed the master seed, any {@code long}; run {@code i} gets {@code Seeds.runSeed(seed, i)}
         * @return this builder
         */
        public Builder masterSeed(long seed) {
            this.masterSeed = seed;
            this.seedSet = true;
            return this;
        }

        /**
         * Worker threads; they do not change the results.
         *
         * @param threads the thread count, in [0, {@value Limits#MAX_THREADS}]; 0 (the default) means one
         *                per available processor
         * @return this builder
         */
        public Builder threads(int threads) {
            this.threads = Limits.threads("threads", threads);
            return this;
        }

        /**
         * Runs per block, in [1, 1,000,000]; default 1,000. It sets how often progress is reported and
         * checkpoints are written, and where precision mode may stop; in fixed mode the aggregates and
         * {@code runs.csv} do not depend on it.
         *
         * @param blockSize the runs per block, in [1, 1,000,000]
         * @return this builder
         */
        public Builder blockSize(int blockSize) {
            if (blockSize < 1 || blockSize > 1_000_000) {
                throw new IllegalArgumentException("blockSize must be in [1, 1000000], but was " + blockSize);
            }
            this.blockSize = blockSize;
            return this;
        }

        /**
         * The confidence level of the intervals.
         *
         * @param level the level, in (0, 1); default 0.95
         * @return this builder
         */
        public Builder confidenceLevel(double level) {
            this.confidenceLevel = Limits.confidenceLevel("confidenceLevel", level);
            return this;
        }

        /**
         * Sample runs recorded per outcome (and of failures): those with the lowest indices.
         *
         * @param k the number of samples, in [0, 1000]; default 5
         * @return this builder
         */
        public Builder samplesPerOutcome(int k) {
            if (k < 0 || k > 1000) {
                throw new IllegalArgumentException("samplesPerOutcome must be in [0, 1000], but was " + k);
            }
            this.samplesPerOutcome = k;
            return this;
        }

        /**
         * Count failed runs as FAILED and go on, instead of stopping at the first failure.
         *
         * @param keepGoing true to count failures and go on; false (the default) to stop
         * @return this builder
         */
        public Builder keepGoing(boolean keepGoing) {
            this.keepGoing = keepGoing;
            return this;
        }

        /**
         * The results folder.
         *
         * @param dir the folder to write into; {@code null} (the default) runs in memory and writes no files
         * @return this builder
         */
        public Builder outputDirectory(Path dir) {
            this.outputDirectory = dir;
            return this;
        }

        /**
         * Allow replacing results already in the folder: an experiment's files there (and temporary
         * leftovers) are deleted before the run, so the folder ends up holding this experiment's files
         * only; a folder that also holds other files is refused ({@link ResultsLayout#clear}).
         *
         * @param overwrite whether to replace the results in the folder
         * @return this builder
         */
        public Builder overwrite(boolean overwrite) {
            this.overwrite = overwrite;
            return this;
        }

        /**
         * Continue an interrupted experiment found in the folder (or start it if the folder is new).
         *
         * @param resume whether to resume; excludes {@link #overwrite}
         * @return this builder
         */
        public Builder resume(boolean resume) {
            this.resume = resume;
            return this;
        }

        /**
         * Records what produced the experiment (see {@link Experiment#invocation()}); a copy is kept.
         *
         * @param invocation a JSON object, or null for none (the default)
         * @return this builder
         */
        public Builder invocation(ObjectNode invocation) {
            this.invocation = invocation == null ? null : invocation.deepCopy();
            return this;
        }

        /**
         * The experiment.
         *
         * @return the validated, immutable experiment
         * @throws IllegalArgumentException if a setting is missing or settings conflict
         */
        public Experiment build() {
            if (!seedSet) {
                throw new IllegalArgumentException("masterSeed must be set: results are reproducible only from a recorded seed");
            }
            if (runs > 0 && precision != null) {
                throw new IllegalArgumentException("runs (" + runs + ") and " + (precision.relative()
                        ? "precision (" + precision.text() : "targetHalfWidth (" + precision.value())
                        + ") exclude each other: give one");
            }
            if (runs == 0 && precision == null) {
                throw new IllegalArgumentException("runs or targetHalfWidth must be set");
            }
            if (overwrite && resume) {
                throw new IllegalArgumentException("overwrite and resume exclude each other: give one");
            }
            if ((overwrite || resume) && outputDirectory == null) {
                throw new IllegalArgumentException((overwrite ? "overwrite" : "resume")
                        + " needs an outputDirectory, but none was set");
            }
            return new Experiment(this);
        }
    }
}
