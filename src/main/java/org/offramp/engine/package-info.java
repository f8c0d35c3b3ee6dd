/**
 * Engines beyond the local one: run an experiment as deterministic slices of blocks and merge the
 * partial results, and find cluster engines by name.
 *
 * <p>Every {@link org.offramp.engine.Engine} runs the same unit of work, the block of
 * {@link org.offramp.experiment.ExperimentBlocks}, through the library's one
 * {@link org.offramp.executor.BlockExecutor}, with the same seeds and the same partial aggregates
 * merged in block order, so every engine writes the same {@code runs.csv} bytes and the same
 * {@code summary.json} apart from the provenance of threads, wall time and engine.
 * {@link org.offramp.engine.LocalEngine} runs on one machine's cores with every feature of an
 * experiment (precision mode, resume, cancellation, progress). For batch clusters without Spark (Slurm
 * or PBS arrays, several machines by hand), {@link org.offramp.engine.Shards} runs shard K of N into
 * its own folder, recorded by a {@link org.offramp.engine.Partial}, and
 * {@link org.offramp.engine.Merge} combines the N folders into the results of a single run, or
 * refuses with a {@link org.offramp.engine.MergeException} that names what does not belong together.
 * Cluster engines are found at run time with {@link java.util.ServiceLoader}
 * ({@link org.offramp.engine.Engines}, {@link org.offramp.engine.EngineProvider}) and held open as an
 * {@link org.offramp.engine.EngineSession}, so that nothing outside {@code org.offramp.engine.spark}
 * names Spark and the library loads without it.
 *
 * <p>See {@code docs/scaling.md} for which engine suits which situation.
 */
package org.offramp.engine;
