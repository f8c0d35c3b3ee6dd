package org.offramp.engine;

import org.offramp.experiment.Experiment;
import org.offramp.experiment.PortableModel;
import org.offramp.experiment.ExperimentResult;

/**
 * Something that runs a whole {@link Experiment}: the local multi-threaded engine
 * ({@link LocalEngine}) or a cluster ({@code org.offramp.engine.spark.SparkEngine}). Every engine
 * runs the same {@link org.offramp.experiment.ExperimentBlocks} through the one
 * {@link org.offramp.executor.BlockExecutor} with the same seeds and merges the same partial aggregates, so every
 * engine gives the same {@code summary.json} (apart from provenance of threads, wall time and
 * engine) and the same rows of {@code runs.csv} for the same experiment.
 *
 * <pre>{@code
 * Engine engine = useSpark ? new SparkEngine(sparkContext) : LocalEngine.INSTANCE;
 * ExperimentResult r = engine.run(experiment, PortableModel.of(experiment.model()));
 * }</pre>
 *
 * <p>Implementations are thread-safe unless they say otherwise.
 */
public interface Engine {

    /** {@return a short name recorded in the summary's provenance ({@code local}, {@code spark})} */
    String name();

    /**
     * Runs the experiment and waits for it.
     *
     * @param experiment the experiment to run, with its results folder and settings
     * @param model the model's runs, serializable so that a cluster's tasks can carry them
     * @return the experiment's aggregate and where its files were written
     * @throws org.offramp.experiment.RunFailedException if a run failed and keepGoing is off
     * @throws org.offramp.experiment.ExperimentException if the engine cannot run it
     */
    ExperimentResult run(Experiment experiment, PortableModel model);
}
