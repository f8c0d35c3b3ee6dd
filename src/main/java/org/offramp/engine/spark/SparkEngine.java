package org.offramp.engine.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.offramp.engine.Blocks;
import org.offramp.engine.Engine;
import org.offramp.engine.PortableExperiment;
import org.offramp.engine.PortableModel;
import org.offramp.experiment.EngineResults;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentException;
import org.offramp.experiment.ExperimentResult;
import org.offramp.experiment.FileDigest;
import org.offramp.experiment.FolderLock;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.io.AtomicFiles;

/**
 * Runs experiments on Apache Spark: one task per block of the experiment (1,000 runs by default, a
 * few seconds of work, far above Spark's per-task overhead), each task running its block with the
 * derived seeds exactly as the local engine does, the partial aggregates combined with
 * {@code treeReduce} over {@link ExperimentAggregate#merge} (associative and commutative, bit for
 * bit). The results equal the local engine's for the same experiment: the same aggregate, so the
 * same {@code summary.json} apart from {@code provenance.threads}, {@code .wallTimeSeconds} and
 * {@code .engine}, and the same rows of {@code runs.csv}.
 *
 * <pre>{@code
 * try (JavaSparkContext sc = new JavaSparkContext(SparkEngine.localConf("local[*]"))) {
 *     ExperimentResult r = new SparkEngine(sc).run(experiment, PortableModel.of(experiment.model()));
 * }
 * }</pre>
 *
 * <h2>Files</h2>
 * With an output directory, each task writes its block's rows (with the header line) to
 * {@code runs/part-<block>.csv} in that directory, which every executor must see (local mode, or a
 * shared file system on a cluster). When the job is done the driver writes {@code summary.json} and,
 * unless {@link #withConcatenatedRuns(boolean) concatenation is off}, concatenates the parts in block
 * order into {@code runs.csv} (the local engine's file, byte for byte) and removes {@code runs/}.
 *
 * <h2>Precision mode</h2>
 * Blocks run in waves of twice the default parallelism; the driver merges each wave's blocks in block
 * order and stops after the first block that meets the target, exactly where the local engine stops,
 * and deletes the parts of blocks beyond it.
 *
 * <h2>Limits</h2>
 * No resume (Spark retries failed tasks itself), no progress listener, no cancellation beyond
 * {@code sc.cancelAllJobs()}. If a run fails and keepGoing is off, the run with the lowest index is
 * reported as a {@link org.offramp.experiment.RunFailedException}; no summary is written.
 *
 * <p>Thread-safe as far as the SparkContext is: one experiment at a time per context is advised.
 */
public final class SparkEngine implements Engine {
    private static final String RUNS_DIR = "runs";
    private final JavaSparkContext sc;
    private final boolean concatenateRuns;

    /** An engine on {@code sc}, concatenating the part files into {@code runs.csv}. */
    public SparkEngine(JavaSparkContext sc) {
        this(sc, true);
    }

    private SparkEngine(JavaSparkContext sc, boolean concatenateRuns) {
        this.sc = Objects.requireNonNull(sc, "sc");
        this.concatenateRuns = concatenateRuns;
    }

    /**
     * A copy that concatenates the part files into {@code runs.csv} (true, the default) or leaves
     * them in {@code runs/} (for very large experiments, where one file on the driver is a bottleneck;
     * {@code cat runs/part-*.csv} with all but the first header removed gives {@code runs.csv}).
     */
    public SparkEngine withConcatenatedRuns(boolean concatenate) {
        return new SparkEngine(sc, concatenate);
    }

    /**
     * A configuration for running on {@code master} from inside a program (local mode or a standalone
     * master): the application name {@code offramp}, no web UI, and the driver bound to the loopback
     * address in local mode (looking up the machine's own host name can take seconds). Under
     * {@code spark-submit}, use {@code new SparkConf()} instead: the master comes from the command.
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
     * application name defaulting to {@code offramp}. Callers that must load without Spark on the
     * class path (the command line) reach Spark through this method only, so they name no Spark
     * class themselves.
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
     * A {@link SparkEngine} that owns its SparkContext, from {@link #open(String)}. Thread-safe as
     * the engine is; {@link #close()} stops the context (once; later calls do nothing).
     */
    public static final class Session implements Engine, AutoCloseable {
        private final JavaSparkContext sc;
        private final SparkEngine engine;

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

        /** The master URL the context runs on, e.g. {@code local[2]}. */
        public String master() {
            return sc.master();
        }

        /** The context's default parallelism: the task slots of the master. */
        public int parallelism() {
            return sc.defaultParallelism();
        }

        /** Sets Spark's log level, e.g. {@code WARN} or {@code ERROR}. */
        public void setLogLevel(String level) {
            sc.setLogLevel(level);
        }

        /** Stops the SparkContext. */
        @Override
        public void close() {
            sc.close();
        }
    }

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public ExperimentResult run(Experiment experiment, PortableModel model) {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(model, "model");
        if (experiment.resume()) {
            throw new IllegalArgumentException("resume is not supported by the Spark engine (Spark retries failed tasks "
                    + "itself); run again with overwrite (--overwrite)");
        }
        long t0 = System.nanoTime();
        Path dir = experiment.outputDirectory().orElse(null);
        Path runs = dir == null ? null : dir.resolve(RUNS_DIR);
        // Held until the results are written: no experiment, shard or merge may share the folder.
        FolderLock lock = dir == null ? null : FolderLock.acquire(dir);
        try {
            if (dir != null) {
                prepare(dir, runs, experiment.overwrite());
            }
            return run(experiment, model, t0, dir, runs);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private ExperimentResult run(Experiment experiment, PortableModel model, long t0, Path dir, Path runs) {
        BlockTask task = new BlockTask(PortableExperiment.of(experiment), model,
                runs == null ? null : runs.toAbsolutePath().toString());
        long blocks = Blocks.count(experiment);
        ExperimentAggregate total;
        boolean targetMet = true;
        long usedBlocks;
        if (!experiment.precisionMode()) {
            List<Long> ids = blockIds(0, blocks);
            BlockPartial all = sc.parallelize(ids, ids.size()).map(task).treeReduce(BlockPartial::merge);
            if (all.failure() != null) {
                throw all.failure().toException();
            }
            if (all.blocks() != blocks || all.aggregate() == null) {
                throw new ExperimentException("the Spark job returned " + all.blocks() + " blocks, expected " + blocks);
            }
            total = all.aggregate();
            usedBlocks = blocks;
        } else {
            total = new ExperimentAggregate(experiment.schema(), experiment.samplesPerOutcome());
            targetMet = false;
            int wave = Math.max(1, 2 * sc.defaultParallelism());
            long next = 0;
            while (!targetMet && next < blocks) {
                List<Long> ids = blockIds(next, Math.min(blocks, next + wave));
                // collect() keeps the list in block order; each element is one block.
                List<BlockPartial> done = sc.parallelize(ids, ids.size()).map(task).collect();
                for (BlockPartial p : done) {
                    if (p.failure() != null) {
                        throw p.failure().toException();
                    }
                    total.merge(p.aggregate());
                    next++;
                    if (EngineResults.targetMet(experiment, total)) {
                        targetMet = true;
                        break;
                    }
                }
            }
            usedBlocks = next;
            if (runs != null) {
                // The wave may have run blocks past the stopping point: they are not part of the results.
                for (long b = usedBlocks; b < blocks; b++) {
                    deleteQuietly(runs.resolve(BlockTask.partName(b)));
                }
            }
        }
        long elapsed = System.nanoTime() - t0;
        Map<String, String> engine = new LinkedHashMap<>();
        engine.put("name", name());
        engine.put("master", sc.master());
        engine.put("sparkVersion", sc.version());
        engine.put("tasks", Long.toString(usedBlocks));
        int threads = sc.defaultParallelism();
        FileDigest runsCsv = null;
        if (dir != null && concatenateRuns) {
            try {
                runsCsv = concatenate(experiment, runs, usedBlocks, dir.resolve("runs.csv"));
            } catch (IOException ex) {
                throw new ResultsFolderException("cannot write results to " + dir + ": " + ex.getMessage(), ex);
            }
        }
        String summary = EngineResults.summaryJson(experiment, total, targetMet, threads, elapsed / 1e9, engine,
                runsCsv);
        if (dir != null) {
            try {
                AtomicFiles.writeString(dir.resolve("summary.json"), summary);
            } catch (IOException ex) {
                throw new ResultsFolderException("cannot write results to " + dir + ": " + ex.getMessage(), ex);
            }
        }
        return EngineResults.result(experiment, total, summary, dir, targetMet, threads, elapsed);
    }

    private static List<Long> blockIds(long from, long to) {
        List<Long> ids = new ArrayList<>((int) (to - from));
        for (long b = from; b < to; b++) {
            ids.add(b);
        }
        return ids;
    }

    /**
     * Header once, then every part without its header, in block order; then the parts are removed.
     *
     * @return what the concatenated file holds
     */
    private static FileDigest concatenate(Experiment experiment, Path runs, long blocks, Path target) throws IOException {
        byte[] header = Blocks.csvHeaderLine(experiment).getBytes(StandardCharsets.UTF_8);
        FileDigest.Running digest = new FileDigest.Running();
        AtomicFiles.write(target, file -> {
            OutputStream out = digest.tee(file);
            out.write(header);
            for (long b = 0; b < blocks; b++) {
                copyWithoutHeader(runs.resolve(BlockTask.partName(b)), header.length, out);
            }
        });
        deleteTree(runs);
        return digest.current();
    }

    private static void copyWithoutHeader(Path part, int headerBytes, OutputStream out) throws IOException {
        if (!Files.exists(part)) {
            throw new ResultsFolderException("the part file " + part + " is missing: the output folder must be one "
                    + "that every executor and the driver see (a shared file system on a cluster)");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(part), 1 << 16)) {
            in.skipNBytes(headerBytes);
            in.transferTo(out);
        }
    }

    /** The (locked) folder must be empty; with overwrite, its experiment files are deleted. */
    private static void prepare(Path dir, Path runs, boolean overwrite) {
        try {
            ResultsLayout.Contents c = ResultsLayout.scan(dir);
            if (!c.isEmpty()) {
                if (!overwrite) {
                    List<String> present = new ArrayList<>(c.experimentFiles());
                    present.remove(FolderLock.FILE);
                    present.addAll(c.temporaryFiles());
                    present.addAll(c.otherFiles());
                    throw new ResultsFolderException("results folder " + dir + " is not empty (it holds " + present
                            + "); give an empty folder, or overwrite (--overwrite) to replace the results there", true);
                }
                ResultsLayout.clear(dir);
            }
            Files.createDirectories(runs);
        } catch (IOException ex) {
            throw new ResultsFolderException("cannot use results folder " + dir + ": " + ex, ex);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray part past the stopping block is not read by anything; leaving it is harmless
        }
    }
}
