package org.offramp.experiment;

import java.util.Objects;
import org.offramp.executor.Backend;
import org.offramp.executor.LocalBackend;

/**
 * Runs {@link Experiment}s: the local, multi-threaded engine.
 *
 * <pre>{@code
 * ExperimentResult r = ExperimentRunner.run(experiment);                 // the scenario's model
 *
 * RunModel model = RunModel.of(experiment.model());
 * ExperimentRun running = ExperimentRunner.start(experiment, model, (done, total) -> bar.stepTo(done));
 * Runtime.getRuntime().addShutdownHook(new Thread(running::cancel));   // Ctrl-C leaves a consistent partial result
 * ExperimentResult r2 = running.await();
 * }</pre>
 *
 * <h2>Guarantees and how they are kept</h2>
 * <ul>
 * <li><b>Seeds.</b> Run {@code i} (from 0) has seed
 *     {@link org.offramp.random.Seeds#runSeed(long, long) Seeds.runSeed(masterSeed, i)} =
 *     {@code mix(mix(masterSeed) + 0x9E3779B97F4A7C15 * (i + 1))}, with {@code mix} the SplitMix64
 *     finalizer. It depends on nothing else (no thread, block or task id), so run {@code i} is the
 *     same run wherever and whenever it executes, and equals {@code model.run(scenario, seed)}
 *     called by hand.</li>
 * <li><b>Blocks.</b> Run indices are cut into blocks of {@link Experiment#blockSize()} runs (block
 *     {@code b} holds runs {@code b * blockSize} to {@code (b + 1) * blockSize - 1}); the block size
 *     does not depend on the thread count. A worker runs one block in index order into its own
 *     partial aggregate and its own CSV text ({@link ExperimentBlocks}); no lock is taken per run.
 *     The library's one block loop ({@link org.offramp.executor.BlockExecutor}) hands finished
 *     blocks to the committing thread strictly in block order, which merges the partial aggregate
 *     into the total, appends the CSV text to the file and writes a checkpoint. At most two blocks
 *     per worker are in flight, so memory does not grow with the number of runs.</li>
 * <li><b>Bit-identical results.</b> {@code runs.csv} and {@code summary.json} (apart from the
 *     thread count and wall time in its provenance) are the same bytes for any thread count, and
 *     equal to running the same seeds one by one: the CSV is written in index order, counts are
 *     integers, and sums of doubles are exact ({@link org.offramp.experiment.aggregate.ExactSum}),
 *     so the aggregate does not even depend on the order of merging.</li>
 * <li><b>Precision mode.</b> The stopping rule (every outcome share's interval within the target,
 *     an absolute half-width or one relative to the share, {@link org.offramp.stats.PrecisionTarget})
 *     is checked only after each committed block, in block order, so an experiment stops
 *     after the same block on every machine; blocks started beyond it are discarded.</li>
 * <li><b>Resume.</b> With a results folder the checkpoint (aggregate, committed CSV length, next
 *     block) is written atomically after each block, after the CSV has been forced to disk. A process
 *     killed at any moment loses at most the blocks in flight; started again with
 *     {@link Experiment#resume()}, it truncates the partial CSV to the committed length and goes on
 *     from the next block, ending with the same files as an uninterrupted run.</li>
 * <li><b>Failures.</b> An exception from the model stops the experiment with a
 *     {@link RunFailedException} naming the lowest failing run index and its seed (blocks before it
 *     are committed), unless {@link Experiment#keepGoing()} counts it as FAILED (a row in the CSV,
 *     a count in the summary). A record whose seed differs from the run's seed, or that cannot be
 *     aggregated, is a failure too. Always: runs = completed + failed.</li>
 * <li><b>Cancellation.</b> {@link ExperimentRun#cancel()} or an interrupt of the thread waiting in
 *     {@link ExperimentRun#await()} stops the workers after their current run; the committed state
 *     stays consistent and resumable, and {@code await} throws {@link ExperimentCancelledException}.</li>
 * </ul>
 *
 * <p>Threads: the workers of a fixed pool (or a cluster's tasks, with another
 * {@link Backend}) and one committing thread, all daemon threads, all shut down when the experiment
 * ends, fails or is cancelled. This class is stateless and thread-safe.
 */
public final class ExperimentRunner {
    /** The version reported when the library does not run from its jar (e.g. in tests). */
    public static final String FALLBACK_VERSION = "0.2.0";

    private ExperimentRunner() {
    }

    /**
     * Runs the experiment with its scenario's model and waits for it; see {@link #run(Experiment, RunModel)}.
     *
     * @param experiment the experiment
     * @return the result
     */
    public static ExperimentResult run(Experiment experiment) {
        Objects.requireNonNull(experiment, "experiment");
        return run(experiment, RunModel.of(experiment.model()), ProgressListener.NONE);
    }

    /**
     * Runs the experiment and waits for it.
     *
     * @param experiment the experiment to run
     * @param model      the runs to make, usually {@code RunModel.of(experiment.model())}
     * @return the result of the complete experiment
     * @throws RunFailedException            if a run failed and keepGoing is off
     * @throws ExperimentCancelledException  if the calling thread was interrupted
     * @throws ResultsFolderException        if the results folder cannot be used or written
     */
    public static ExperimentResult run(Experiment experiment, RunModel model) {
        return run(experiment, model, ProgressListener.NONE);
    }

    /**
     * Runs the experiment, reporting progress, and waits for it; see {@link #run(Experiment, RunModel)}.
     *
     * @param experiment the experiment to run
     * @param model      the runs to make
     * @param listener   told of the progress after each committed block
     * @return the result of the complete experiment
     */
    public static ExperimentResult run(Experiment experiment, RunModel model, ProgressListener listener) {
        return start(experiment, model, listener).await();
    }

    /**
     * Starts the experiment on this JVM's threads ({@link Experiment#effectiveThreads()}) in the
     * background and returns at once; see {@link ExperimentRun}.
     *
     * @param experiment the experiment
     * @param model      the model's runs
     * @param listener   told of progress
     * @return the running experiment
     */
    public static ExperimentRun start(Experiment experiment, RunModel model, ProgressListener listener) {
        Objects.requireNonNull(experiment, "experiment");
        return start(experiment, model, LocalBackend.threads(experiment.effectiveThreads()), listener);
    }

    /**
     * Starts the experiment on {@code backend} in the background and returns at once. Every backend
     * runs the same blocks ({@link ExperimentBlocks}) and the experiment commits them in block order
     * on its own thread, so the results folder, resume, precision mode, failures, cancellation and
     * progress are the same on a cluster as on this JVM's threads, and so are the results.
     *
     * <pre>{@code
     * try (SparkEngine.Session spark = SparkEngine.open("local[4]")) {
     *     ExperimentRun r = ExperimentRunner.start(experiment, PortableModel.of(experiment.model()),
     *             spark.backend(), bar);
     *     ExperimentResult result = r.await();
     * }
     * }</pre>
     *
     * @param experiment the experiment
     * @param model      the model's runs; a {@link PortableModel} for a cluster backend
     * @param backend    where the blocks run; its parallelism is recorded as the threads
     * @param listener   told of progress
     * @return the running experiment
     */
    public static ExperimentRun start(Experiment experiment, RunModel model, Backend backend,
            ProgressListener listener) {
        ExperimentRun run = new ExperimentRun(Objects.requireNonNull(experiment, "experiment"),
                Objects.requireNonNull(model, "model"), Objects.requireNonNull(backend, "backend"),
                Objects.requireNonNull(listener, "listener"));
        run.begin();
        return run;
    }

    /**
     * The library's version: {@code Implementation-Version} of the jar manifest, or
     * {@link #FALLBACK_VERSION} when there is none.
     *
     * @return the version, as recorded in a summary's provenance
     */
    public static String libraryVersion() {
        String v = ExperimentRunner.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? FALLBACK_VERSION : v;
    }
}
