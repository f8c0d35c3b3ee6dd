/**
 * The Apache Spark engine, built only with the {@code spark} Maven profile ({@code ./mvnw -Pspark}):
 * the one package of the library that touches Spark, a {@code provided} dependency.
 *
 * <p>{@link org.offramp.engine.spark.SparkEngine} runs experiments and policy designs through the
 * library's one {@link org.offramp.executor.BlockExecutor} on a Spark backend, one task per block.
 * Tasks carry a portable experiment and model, rebuild the scenario on the executor and refuse to run
 * if its content hash differs; each sends its block's partial aggregate and rows back, serialized and
 * deflated, and a failed run travels back as a value. The driver commits the blocks in block order as
 * the local engine does, so the results, precision mode, failures, cancellation and resume are the
 * same as on one machine. {@link org.offramp.engine.spark.SparkEngineProvider} registers the engine as
 * {@code spark} for {@link org.offramp.engine.Engines}, so the command line reaches it by name without
 * loading Spark's classes.
 */
package org.offramp.engine.spark;
