package org.offramp.engine.spark;

import org.offramp.engine.EngineProvider;
import org.offramp.engine.EngineSession;

/**
 * Registers the Spark engine as {@code spark} for {@link org.offramp.engine.Engines}, so that the
 * command line reaches it by name and loads without Spark. Names no Spark class in its signatures;
 * {@link #open} is the first place Spark is touched. Stateless.
 */
public final class SparkEngineProvider implements EngineProvider {
    /** The provider; {@link java.util.ServiceLoader} makes it. */
    public SparkEngineProvider() {
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public String probeClass() {
        return "org.apache.spark.SparkContext";
    }

    @Override
    public EngineSession open(String masterOrNull) {
        return SparkEngine.open(masterOrNull);
    }
}
