package org.offramp.cli;

import org.offramp.engine.EngineSession;
import org.offramp.engine.Engines;

/**
 * Starts the Spark engine for the command line, by name ({@link Engines}): no class here names Spark
 * or the Spark engine, so {@code offramp --help} and local runs work with neither on the class path,
 * and a build without the Spark engine says so. Stateless.
 */
final class SparkLaunch {
    /** The engine's name, as {@code --engine} takes it. */
    static final String ENGINE = "spark";
    private static final String LOG_LEVEL = "spark.log.level";

    private SparkLaunch() {
    }

    /**
     * Starts a SparkContext on {@code masterOrNull} (null: the master {@code spark-submit} gives), with
     * Spark's logging at WARN unless the user set a level.
     *
     * @param masterOrNull the master URL, or null
     * @return the engine, owning its context; close it
     */
    static EngineSession open(String masterOrNull) {
        // Spark logs every step of its start-up at INFO; a command-line user wants warnings only.
        // SparkConf reads spark.* system properties, so a level given to spark-submit still wins.
        boolean setLevel = System.getProperty(LOG_LEVEL) == null;
        if (setLevel) {
            System.setProperty(LOG_LEVEL, "WARN");
        }
        try {
            return Engines.open(ENGINE, masterOrNull);
        } finally {
            if (setLevel) {
                System.clearProperty(LOG_LEVEL);
            }
        }
    }

    /** How the session appears in a headline: {@code Spark local[2] (2 task slots)}. */
    static String where(EngineSession spark) {
        return "Spark " + spark.master() + " (" + spark.parallelism() + " task slots)";
    }
}
