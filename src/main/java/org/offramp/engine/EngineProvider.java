package org.offramp.engine;

/**
 * An engine that a program finds by name at run time ({@link Engines#open}), so that neither the
 * engine's classes nor its libraries need be present for the rest of the library to load: the Spark
 * engine registers one as {@code spark} when it is built (the {@code spark} Maven profile).
 *
 * <p>Implementations are listed in {@code META-INF/services/org.offramp.engine.EngineProvider}, have a
 * public constructor without arguments, and name no class of their engine's libraries in their
 * signatures (a provider is made before anyone knows whether those libraries are there).
 * Thread-safe.
 */
public interface EngineProvider {

    /**
     * The engine's name, as {@code --engine} takes it: {@code spark}.
     *
     * @return the name
     */
    String name();

    /**
     * A class whose presence on the class path means the engine's libraries are there, e.g.
     * {@code org.apache.spark.SparkContext}.
     *
     * @return the fully qualified class name
     */
    String probeClass();

    /**
     * Starts the engine.
     *
     * @param masterOrNull where it runs (for Spark: a master URL such as {@code local[*]}), or null to
     *                     take it from the environment (for Spark: {@code spark-submit}'s settings)
     * @return the running engine; close it to stop it
     * @throws IllegalArgumentException if {@code masterOrNull} is not a place it can run
     */
    EngineSession open(String masterOrNull);
}
