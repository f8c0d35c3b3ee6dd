package org.offramp.engine.spark;

import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.offramp.engine.EngineSession;
import org.offramp.executor.Backend;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.PortableModel;
import org.offramp.experiment.ProgressListener;

/**
 * Runs experiments and policy designs on Apache Spark: one task per block, run by the library's one
 * block executor ({@link org.offramp.executor.BlockExecutor}) on a Spark backend. Each task runs its
 * block with the derived seeds exactly as a local thread does, and sends the block's partial
 * aggregate and rows back to the driver, which commits the blocks in block order: merges the
 * aggregate, appends the rows to {@code runs.csv.partial} and writes the checkpoint, as the local
 * engine does. The results equal the local engine's for the same experiment: the same
 * {@code runs.csv} bytes and the same {@code summary.json} apart from {@code provenance.threads},
 * {@code .wallTimeSeconds} and {@code .engine}.
 *
 * <pre>{@code
 * try (JavaSparkContext sc = new JavaSparkContext(SparkEngine.localConf("local[*]"))) {
 *     ExperimentResult r = new SparkEngine(sc).run(experiment, PortableModel.of(experiment.model()));
 * }
 * // with progress, cancellation (Ctrl-C) and resume, as locally:
 * ExperimentRun run = ExperimentRunner.start(experiment, model, new SparkEngine(sc).backend(), bar);
 * // a policy design:
 * ComparisonResult c = comparison.run(model, new SparkEngine(sc).backend(), ProgressListener.NONE);
 * }</pre>
 *
 * <p>Because the driver commits every block as the local engine does, everything an experiment does
 * locally it does on Spark: precision mode stops after the same block; a failed run without keepGoing
 * is the one with the lowest index ({@link org.offramp.experiment.RunFailedException}), after the
 * blocks before it are committed; a cancelled experiment ({@code ExperimentRun.cancel()}, which
 * cancels the Spark job group) leaves a consistent folder that resume continues, on Spark or
 * locally; progress is reported block by block as tasks finish. Only the driver reads and writes the
 * results folder: the executors need not see it.
 *
 * <p>Thread-safe as far as the SparkContext is.
 */
public final class SparkEngine implements org.offramp.engine.Engine {
    private final JavaSparkContext sc;
    private final SparkBackend backend;

    /**
     * An engine on {@code sc}.
     *
     * @param sc the Spark context; the caller stops it
     */
    public SparkEngine(JavaSparkContext sc) {
        this.sc = Objects.requireNonNull(sc, "sc");
        this.backend = new SparkBackend(sc);
    }

    /**
     * A configuration for running on {@code master} from inside a program (local mode or a standalone
     * master): the application name {@code offramp}, no web UI, and the driver bound to the loopback
     * address in local mode (looking up the machine's own host name can take seconds). Under
     * {@code spark-submit}, use {@code new SparkConf()} instead: the master comes from the command.
     *
     * @param master the master URL, e.g. {@code local[*]}
     * @return the configuration
     */
    public static SparkConf localConf(String master) {
        SparkConf c = new SparkConf().setMaster(Objects.requireNonNull(master, "master")).setAppName("offramp")
                .set("spark.ui.enabled", "false");
        if (master.startsWith("local")) {
            c.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
        }
        return c;
    }

    /**
     * Starts a SparkContext and returns an engine on it that owns it: {@link Session#close()} stops
     * the context. With a master URL (e.g. {@code local[*]}, {@code spark://head:7077}) the
     * configuration is {@link #localConf(String)}; with {@code null} it is taken from
     * {@code spark-submit} (the {@code spark.*} system properties it sets, master included), the
     * application name defaulting to {@code offramp}.
     *
     * <pre>{@code
     * try (SparkEngine.Session spark = SparkEngine.open("local[2]")) {
     *     ExperimentResult r = spark.run(experiment, PortableModel.of(experiment.model()));
     * }
     * }</pre>
     *
     * @param masterOrNull the master URL, or {@code null} under {@code spark-submit}
     * @return the engine, holding its own context
     * @throws IllegalArgumentException if {@code masterOrNull} is blank
     */
    public static Session open(String masterOrNull) {
        SparkConf conf;
        if (masterOrNull == null) {
            conf = new SparkConf().setIfMissing("spark.app.name", "offramp");
        } else {
            if (masterOrNull.isBlank()) {
                throw new IllegalArgumentException("master must be a Spark master URL such as local[*] or "
                        + "spark://HOST:7077, but was blank");
            }
            conf = localConf(masterOrNull);
        }
        return new Session(new JavaSparkContext(conf));
    }

    /**
     * The backend that runs any block job on this context's task slots, one task per block: for
     * {@link ExperimentRunner#start(Experiment, org.offramp.experiment.RunModel, Backend, ProgressListener)}
     * and the policy designs' {@code run(model, backend, listener)}. The job's model must be a
     * {@link PortableModel}.
     *
     * @return the backend
     */
    public Backend backend() {
        return backend;
    }

    /**
     * A {@link SparkEngine} that owns its SparkContext, from {@link #open(String)}. Thread-safe as the
     * engine is; {@link #close()} stops the context (once; later calls do nothing).
     */
    public static final class Session implements EngineSession {
        private final JavaSparkContext sc;
        private final SparkEngine engine;
        private boolean closed;

        private Session(JavaSparkContext sc) {
            this.sc = sc;
            this.engine = new SparkEngine(sc);
        }

        @Override
        public String name() {
            return engine.name();
        }

        @Override
        public ExperimentResult run(Experiment experiment, PortableModel model) {
            return engine.run(experiment, model);
        }

        @Override
        public Backend backend() {
            return engine.backend();
        }

        @Override
        public String master() {
            return sc.master();
        }

        @Override
        public int parallelism() {
            return engine.backend.parallelism();
        }

        /**
         * Sets Spark's log level.
         *
         * @param level e.g. {@code WARN} or {@code ERROR}
         */
        public void setLogLevel(String level) {
            sc.setLogLevel(level);
        }

        /** Stops the SparkContext. */
        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                sc.close();
            }
        }
    }

    @Override
    public String name() {
        return "spark";
    }

    /**
     * Runs the experiment on Spark and waits for it, with everything the local engine does (resume
     * included); see the class comment.
     *
     * @param experiment the experiment
     * @param model      the model's runs, which travel to the executors
     * @return the result
     * @throws org.offramp.experiment.RunFailedException if a run failed and keepGoing is off
     * @throws org.offramp.experiment.ResultsFolderException if the results folder cannot be used or written
     */
    @Override
    public ExperimentResult run(Experiment experiment, PortableModel model) {
        return ExperimentRunner.start(Objects.requireNonNull(experiment, "experiment"),
                Objects.requireNonNull(model, "model"), backend, ProgressListener.NONE).await();
    }
}
