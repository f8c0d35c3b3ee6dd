package org.offramp.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.offramp.executor.BlockExecutor;
import org.offramp.executor.LocalBackend;
import org.offramp.executor.Progress;
import org.offramp.executor.ShardSpec;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentBlocks;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ExperimentRunner;
import org.offramp.experiment.FileDigest;
import org.offramp.experiment.FolderLock;
import org.offramp.experiment.PortableExperiment;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.experiment.ResultsLayout;
import org.offramp.experiment.RunFailedException;
import org.offramp.experiment.RunModel;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.io.AtomicFiles;

/**
 * Runs one deterministic slice of an experiment, for batch clusters that start N independent jobs
 * (a Slurm job array, a PBS array, N machines by hand). Each job runs its shard into its own folder;
 * {@link Merge#merge} then combines the N folders into the results a single machine would have
 * written.
 *
 * <pre>{@code
 * // job K of N (e.g. K = $SLURM_ARRAY_TASK_ID with --array=0-6 and N = 7)
 * Partial p = Shards.run(experiment, k, 7, RunModel.of(experiment.model()), Path.of("results/exp/shard-" + k));
 * // afterwards, once:
 * ExperimentResult r = Merge.merge(shardFolders, Path.of("results/exp/merged"));
 * }</pre>
 *
 * <p>Shard {@code K} of {@code N} runs the contiguous block range of {@link ShardSpec} with the
 * experiment's thread count, and writes to its folder {@code runs.csv} (the header, then its rows in
 * index order) and then {@code partial.json} (the experiment's identity and settings, the library
 * version, master seed, K/N, the blocks and runs covered, and the aggregate); both are written to a
 * temporary file and moved into place. A shard that stopped leaves no {@code partial.json}: run it
 * again. Precision mode cannot be sharded: its stopping rule needs the blocks in order.
 *
 * <p>Stateless and thread-safe. A shard holds its folder's {@link FolderLock} while it runs, so a
 * second shard, experiment or merge given the same folder is refused.
 */
public final class Shards {
    private Shards() {
    }

    /**
     * Runs shard {@code k} of {@code n} of the experiment into {@code outDir}, using
     * {@link Experiment#effectiveThreads()} threads. The experiment's own output directory is not
     * used; its {@link Experiment#overwrite()} flag allows replacing a shard's files in {@code outDir}.
     *
     * @param experiment the experiment to slice; its own output folder is not used
     * @param k the shard's index, 0 to {@code n - 1}
     * @param n the number of shards the experiment is split into, 1 or more
     * @param model the model's runs
     * @param outDir the folder this shard's {@code runs.csv} and {@code partial.json} are written to
     * @return the shard's result, as written to {@code partial.json}
     * @throws IllegalArgumentException if k/n is not a valid shard or the experiment is in precision
     *                                  mode or asks to resume
     * @throws ResultsFolderException   if {@code outDir} is in use (another shard, experiment or merge holds
     *                                  its {@link FolderLock}), holds files and overwrite is off, holds files
     *                                  that are not an experiment's, or cannot be written
     * @throws RunFailedException       if a run failed and keepGoing is off (nothing is left in
     *                                  {@code outDir} but what was there)
     */
    public static Partial run(Experiment experiment, int k, int n, RunModel model, Path outDir) {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(outDir, "outDir");
        ShardSpec shard = new ShardSpec(k, n);
        if (experiment.precisionMode()) {
            throw new IllegalArgumentException("a precision-mode experiment (precision "
                    + experiment.precision().orElseThrow().text() + ") cannot be sharded: it stops after the first block, in block order, whose intervals are narrow "
                    + "enough; give a fixed number of runs, or use the local or Spark engine");
        }
        if (experiment.resume()) {
            throw new IllegalArgumentException("resume is not supported for shards: a shard writes its results only "
                    + "when all its runs are done; rerun the shard, with overwrite (--overwrite) if its folder holds files");
        }
        long t0 = System.nanoTime();
        // The lock of a results folder: two shards (or a shard and an experiment) given the same
        // folder would otherwise both report success while the folder holds only one of them.
        try (FolderLock lock = FolderLock.acquire(outDir)) {
            prepare(lock.dir(), experiment.overwrite());
            long total = ExperimentBlocks.count(experiment);
            long from = shard.fromBlock(total);
            long to = shard.toBlock(total);
            int threads = experiment.effectiveThreads();
            ExperimentAggregate agg = new ExperimentAggregate(experiment.schema(), experiment.samplesPerOutcome());
            FileDigest.Running digest = new FileDigest.Running();
            try {
                AtomicFiles.write(outDir.resolve(Partial.RUNS_CSV), file -> {
                    OutputStream out = digest.tee(file);
                    out.write(ExperimentBlocks.csvHeaderLine(experiment).getBytes(StandardCharsets.UTF_8));
                    // A failed run (RunFailedException, the lowest in block order) is thrown inside the
                    // callback, so the half-written CSV is deleted, not moved into place.
                    BlockExecutor.Outcome o = new BlockExecutor<>(ExperimentBlocks.of(experiment, model, true),
                            LocalBackend.threads(threads)).run(from, to, (b, block) -> {
                                agg.merge(block.aggregate());
                                out.write(block.csv());
                                return true;
                            }, Progress.NONE, 0, -1);
                    if (o.ending() != BlockExecutor.Ending.COMPLETE) {
                        throw new ExperimentCancelledException(agg.runs(), null, o.cancelCause());
                    }
                });
                Partial p = new Partial(outDir, ExperimentRunner.libraryVersion(), System.getProperty("java.version"),
                        experiment.identity(), PortableExperiment.of(experiment), shard, total, from, to,
                        ExperimentBlocks.firstRun(experiment, from), to == from
                                ? ExperimentBlocks.firstRun(experiment, from) : ExperimentBlocks.endRun(experiment, to - 1),
                        digest.current(), threads, (System.nanoTime() - t0) / 1e9, agg);
                AtomicFiles.writeString(outDir.resolve(Partial.FILE), p.toJsonText());
                return p;
            } catch (IOException ex) {
                throw new ResultsFolderException("cannot write shard " + shard + " to " + outDir + ": " + ex.getMessage(),
                        ex);
            }
        }
    }

    /**
     * Checks that the (locked) folder may be used: empty, or overwrite and only an experiment's files
     * in it, which are then deleted ({@link ResultsLayout#clear}).
     */
    private static void prepare(Path dir, boolean overwrite) {
        try {
            ResultsLayout.Contents c = ResultsLayout.scan(dir);
            if (c.isEmpty()) {
                return;
            }
            if (!overwrite) {
                List<String> present = new ArrayList<>(c.experimentFiles());
                present.remove(FolderLock.FILE);
                present.addAll(c.temporaryFiles());
                present.addAll(c.otherFiles());
                present.sort(null);
                throw new ResultsFolderException("shard folder " + dir + " is not empty (it holds " + present
                        + "); give an empty folder, or overwrite (--overwrite) to replace a shard's results", true);
            }
            ResultsLayout.clear(dir);
        } catch (IOException ex) {
            throw new ResultsFolderException("cannot use shard folder " + dir + ": " + ex, ex);
        }
    }
}
