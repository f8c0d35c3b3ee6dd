package org.offramp.engine;

import org.offramp.executor.Backend;

/**
 * A started engine that holds resources (a SparkContext): it runs experiments ({@link Engine}) and,
 * through its {@link #backend()}, any block job (a policy design, an experiment with progress and
 * cancellation through {@link org.offramp.experiment.ExperimentRunner#start}). Close it to free them.
 *
 * <pre>{@code
 * try (EngineSession spark = Engines.open("spark", "local[4]")) {
 *     ComparisonResult r = comparison.run(PortableModel.of(model), spark.backend(), ProgressListener.NONE);
 * }
 * }</pre>
 *
 * <p>Thread-safe as its engine is; {@link #close()} once, when nothing runs.
 */
public interface EngineSession extends Engine, AutoCloseable {

    /**
     * The backend that runs blocks on this engine.
     *
     * @return the backend
     */
    Backend backend();

    /**
     * Where it runs, e.g. {@code local[2]} or {@code spark://head:7077}.
     *
     * @return the master
     */
    String master();

    /**
     * How many blocks run at once: the engine's task slots.
     *
     * @return at least 1
     */
    int parallelism();

    /** Stops the engine and frees what it holds; later calls do nothing. */
    @Override
    void close();
}
