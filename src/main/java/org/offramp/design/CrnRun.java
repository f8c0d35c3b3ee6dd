package org.offramp.design;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.offramp.executor.Backend;
import org.offramp.executor.BlockExecutor;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.FolderLock;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.experiment.RunModel;

/**
 * Runs a design's blocks ({@link CrnBlocks}) through the library's one block executor and merges
 * their tallies in block order: in memory, over a slice of the blocks (a shard), or with a checkpoint
 * in the design's results folder that a later run resumes. The tallies are integer counts, so the
 * total is the same for every backend, thread count, slicing and resume.
 *
 * <p>Stateless; each call returns only once its blocks have stopped.
 */
final class CrnRun {
    /** How often, at most, the checkpoint is written while blocks commit (and always at the end). */
    static final long CHECKPOINT_NANOS = 1_000_000_000L;
    /** A temporary file of an interrupted write of the checkpoint: {@code .design-checkpoint.json.SOMETHING.tmp}. */
    private static final Pattern TEMPORARY = Pattern.compile("\\." + Pattern.quote(DesignState.CHECKPOINT) + "\\..+\\.tmp");

    private CrnRun() {
    }

    /** What a run gives: the tally of its blocks and the wall time of all its sessions. */
    record Done(Tally tally, long elapsedNanos) {
        double wallSeconds() {
            return elapsedNanos / 1e9;
        }
    }

    /**
     * Runs blocks {@code [from, to)} in memory.
     *
     * @throws DesignException               naming scenario, run index and seed when a run fails
     * @throws ExperimentCancelledException  when the calling thread is interrupted
     */
    static Done run(CrnPlan plan, RunModel model, Backend backend, ProgressListener listener, long from, long to) {
        long t0 = System.nanoTime();
        Tally total = plan.emptyTally();
        try {
            execute(plan, model, backend, listener, total, from, to, null, null);
        } catch (IOException impossible) {
            throw new IllegalStateException("nothing is written in memory", impossible);
        }
        return new Done(total, System.nanoTime() - t0);
    }

    /**
     * Runs every block with a checkpoint in {@code dir} ({@value DesignState#CHECKPOINT}), holding the
     * folder's lock: the first checkpoint is written before any run, then at most every
     * {@code checkpointNanos} as blocks commit, and always when the run completes, fails or is cancelled.
     * With {@code resume}, the checkpoint is read and checked first, and the run goes on from it; a
     * complete one runs nothing.
     *
     * @throws ResultsFolderException        if the folder is in use, or (resume) holds no checkpoint of
     *                                       this design that can be trusted
     * @throws DesignException               when a run fails (the blocks before it are checkpointed)
     * @throws ExperimentCancelledException  when the calling thread is interrupted (the committed blocks
     *                                       are checkpointed)
     */
    static Done runIn(Path dir, boolean resume, CrnPlan plan, RunModel model, Backend backend,
            ProgressListener listener, long checkpointNanos) throws IOException {
        try (FolderLock lock = FolderLock.acquire(dir)) {
            DesignState.Checkpoint start;
            if (resume) {
                removeTemporaryFiles(dir);
                start = DesignState.readCheckpoint(dir, plan);
            } else {
                start = new DesignState.Checkpoint(0, plan.emptyTally(), 0, false);
                DesignState.writeCheckpoint(dir, plan, start);
            }
            if (start.complete()) {
                return new Done(start.tally(), start.elapsedNanos());
            }
            long t0 = System.nanoTime();
            Tally total = start.tally();
            long[] next = {start.nextBlock()};
            long[] written = {t0};
            boolean finished = false;
            try {
                execute(plan, model, backend, listener, total, start.nextBlock(), plan.blocks(), b -> {
                    next[0] = b + 1;
                    long now = System.nanoTime();
                    if (now - written[0] >= checkpointNanos && next[0] < plan.blocks()) {
                        written[0] = now;
                        DesignState.writeCheckpoint(dir, plan, new DesignState.Checkpoint(next[0], total,
                                start.elapsedNanos() + now - t0, false));
                    }
                }, dir);
                finished = true;
            } finally {
                // Complete, failed or cancelled: what is committed is saved, so that resume goes on from it.
                long elapsed = start.elapsedNanos() + System.nanoTime() - t0;
                try {
                    DesignState.writeCheckpoint(dir, plan, new DesignState.Checkpoint(next[0], total, elapsed,
                            finished && next[0] == plan.blocks()));
                } catch (IOException ex) {
                    if (finished) {
                        throw ex;
                    }
                    // The run's own failure is the one to report; the last checkpoint written stands.
                }
            }
            return new Done(total, start.elapsedNanos() + System.nanoTime() - t0);
        }
    }

    /** A block committed; the checkpoint may be written. */
    @FunctionalInterface
    private interface Committed {
        void committed(long block) throws IOException;
    }

    private static void execute(CrnPlan plan, RunModel model, Backend backend, ProgressListener listener,
            Tally total, long from, long to, Committed committed, Path dir) throws IOException {
        int scenarios = plan.scenarios().size();
        long runsTotal = plan.modelRuns();
        BlockExecutor<Tally> ex = new BlockExecutor<>(plan.job(model), backend);
        long before = total.runs * scenarios;
        try {
            listener.onCommitted(before, runsTotal);
        } catch (RuntimeException stop) {
            ex.cancel(stop);
        }
        BlockExecutor.Outcome o = ex.run(from, to, (b, t) -> {
            total.merge(t);
            if (committed != null) {
                committed.committed(b);
            }
            try {
                listener.onCommitted(total.runs * scenarios, runsTotal);
            } catch (RuntimeException stop) {
                ex.cancel(stop);
            }
            return true;
        }, listener::onProgress, before, runsTotal);
        if (o.ending() == BlockExecutor.Ending.CANCELLED) {
            throw new ExperimentCancelledException(total.runs * scenarios, dir, o.cancelCause());
        }
    }

    /** Removes the temporary files a killed process left of the checkpoint. */
    private static void removeTemporaryFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> s = Files.list(dir)) {
            stale = s.filter(p -> TEMPORARY.matcher(p.getFileName().toString()).matches()).toList();
        }
        for (Path p : stale) {
            Files.deleteIfExists(p);
        }
    }
}
