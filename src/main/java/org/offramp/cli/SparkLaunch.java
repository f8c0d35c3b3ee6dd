package org.offramp.cli;

import org.offramp.engine.PortableModel;
import org.offramp.engine.spark.SparkEngine;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;

/**
 * The one class of the command line that reaches the Spark engine. {@link RunCommand} loads it only
 * after {@code --engine spark} was given and Spark's classes were found, so {@code offramp --help}
 * and local runs work with no Spark on the class path. It names no Spark class itself:
 * {@link SparkEngine#open(String)} makes the context. Stateless.
 */
final class SparkLaunch {
    /** The class whose presence means Spark is on the class path. */
    static final String PROBE = "org.apache.spark.SparkContext";
    private static final String LOG_LEVEL = "spark.log.level";

    private SparkLaunch() {
    }

    /** A finished Spark run and where it ran. */
    record Done(ExperimentResult result, String master, int parallelism) {
    }

    /**
     * Starts a SparkContext on {@code masterOrNull} (null: the master {@code spark-submit} gives),
     * runs the experiment with the library's model, and stops the context.
     */
    static Done run(Experiment experiment, String masterOrNull) {
        // Spark logs every step of its start-up at INFO; a command-line user wants warnings only.
        // SparkConf reads spark.* system properties, so a level given to spark-submit still wins.
        boolean setLevel = System.getProperty(LOG_LEVEL) == null;
        if (setLevel) {
            System.setProperty(LOG_LEVEL, "WARN");
        }
        SparkEngine.Session spark;
        try {
            spark = SparkEngine.open(masterOrNull);
        } finally {
            if (setLevel) {
                System.clearProperty(LOG_LEVEL);
            }
        }
        try (spark) {
            ExperimentResult r = spark.run(experiment, PortableModel.of(experiment.model()));
            return new Done(r, spark.master(), spark.parallelism());
        }
    }
}
