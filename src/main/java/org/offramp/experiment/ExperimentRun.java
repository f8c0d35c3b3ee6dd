package org.offramp.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.offramp.executor.Backend;
import org.offramp.executor.BlockExecutor;
import org.offramp.executor.LocalBackend;
import org.offramp.experiment.ResultsFolder.Checkpoint;
import org.offramp.experiment.Summaries.Status;
import org.offramp.experiment.aggregate.ExperimentAggregate;

/**
 * A running experiment: wait for it with {@link #await()}, stop it with {@link #cancel()}.
 * Started by {@link ExperimentRunner#start}; the block design is described there.
 *
 * <p>Thread-safe: {@link #cancel()} may be called from any thread (a shutdown hook, a UI thread),
 * any number of times.
 */
public final class ExperimentRun {
    private static final AtomicInteger EXPERIMENTS = new AtomicInteger();

    private final Experiment experiment;
    private final ProgressListener listener;
    private final Backend backend;
    private final boolean writeCsv;
    /** The one block loop: runs the blocks on the backend and commits them in order on the experiment's thread. */
    private final BlockExecutor<ExperimentBlocks.Block> executor;
    private volatile boolean cancelRequested;
    private volatile Throwable cancelCause;
    private final AtomicLong runsDone = new AtomicLong();
    private final CompletableFuture<ExperimentResult> done = new CompletableFuture<>();

    ExperimentRun(Experiment experiment, RunModel model, Backend backend, ProgressListener listener) {
        this.experiment = experiment;
        this.listener = listener;
        this.backend = backend;
        this.writeCsv = experiment.outputDirectory().isPresent();
        this.executor = new BlockExecutor<>(ExperimentBlocks.of(experiment, model, writeCsv), backend);
    }

    void begin() {
        Thread t = new Thread(this::coordinate, "offramp-experiment-" + EXPERIMENTS.incrementAndGet());
        t.setDaemon(true);
        t.start();
    }

    /**
     * Asks the experiment to stop: workers finish their current run, nothing more is committed, and
     * {@link #await()} throws {@link ExperimentCancelledException}. Returns at once; does nothing
     * once the experiment has ended.
     */
    public void cancel() {
        cancelRequested = true;
        executor.cancel();
    }

    /** {@return whether the experiment has ended (completed, failed or cancelled)} */
    public boolean isDone() {
        return done.isDone();
    }

    /** {@return the runs committed so far, completed or failed} */
    public long runsDone() {
        return runsDone.get();
    }

    /** {@return the experiment being run} */
    public Experiment experiment() {
        return experiment;
    }

    /**
     * Waits for the experiment to end. If the waiting thread is interrupted, the experiment is
     * cancelled, this waits for it to stop cleanly, restores the interrupt flag and throws
     * {@link ExperimentCancelledException}.
     *
     * @return the result of the complete experiment
     * @throws RunFailedException           if a run failed and keepGoing is off
     * @throws ExperimentCancelledException if the experiment was cancelled
     * @throws ResultsFolderException       if the results folder cannot be used or written (a failed
     *                                      write, e.g. a full disk, has the {@link IOException} as its cause)
     */
    public ExperimentResult await() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return done.get();
                } catch (InterruptedException ie) {
                    interrupted = true;
                    cancel();
                }
            }
        } catch (ExecutionException ee) {
            Throwable c = ee.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            if (c instanceof IOException io) {
                // Only the results folder is written (a full disk, a lost mount): say which folder.
                String why = io.getMessage() == null ? io.toString() : io.getMessage();
                throw new ResultsFolderException("cannot write the results folder "
                        + experiment.outputDirectory().map(Path::toString).orElse("") + ": " + why, io);
            }
            throw new ExperimentException("experiment failed: " + c, c);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- the committing thread -----------------------------------------------------------------

    private void coordinate() {
        long t0 = System.nanoTime();
        ResultsFolder folder = null;
        ExperimentResult result = null;
        Throwable failure = null;
        try {
            byte[] header = ExperimentBlocks.csvHeaderLine(experiment).getBytes(StandardCharsets.UTF_8);
            Checkpoint start;
            if (writeCsv) {
                folder = ResultsFolder.open(experiment, header);
                start = folder.start();
            } else {
                start = new Checkpoint(0, null, 0, false, false, new ExperimentAggregate(experiment.schema(), experiment.samplesPerOutcome()));
            }
            result = runFrom(start, folder, t0);
        } catch (Throwable t) {
            failure = t;
        } finally {
            if (folder != null) {
                folder.close();
            }
        }
        // Only now, with the workers stopped and the folder released, may a waiting caller go on
        // (and, say, resume in the same folder at once).
        if (failure != null) {
            done.completeExceptionally(failure);
        } else {
            done.complete(result);
        }
    }

    private ExperimentResult runFrom(Checkpoint start, ResultsFolder folder, long t0) throws IOException {
        ExperimentAggregate total = start.aggregate();
        int threads = backend.parallelism();
        long runsTotal = experiment.precisionMode() ? -1 : experiment.runs();
        long blocks = ExperimentBlocks.count(experiment);
        FileDigest[] csv = {start.csv()};
        boolean[] targetMet = {start.targetMet()};
        runsDone.set(total.runs());
        if (start.complete()) {
            return finish(total, folder, targetMet[0], start.elapsedNanos(), threads, csv[0]);
        }
        if (experiment.precisionMode() && total.runs() > 0 && Summaries.targetMet(experiment, total)) {
            // A process stopped after committing the block that met the target, before its final
            // checkpoint: the uninterrupted experiment stopped there too, so no further block runs.
            targetMet[0] = true;
        }
        notifyCommitted(total.runs(), runsTotal);
        BlockExecutor.Outcome outcome;
        try {
            outcome = executor.run(start.nextBlock(), targetMet[0] ? start.nextBlock() : blocks, (b, block) -> {
                total.merge(block.aggregate());
                if (experiment.precisionMode() && Summaries.targetMet(experiment, total)) {
                    targetMet[0] = true; // the blocks started beyond the stopping point are discarded
                }
                if (folder != null) {
                    csv[0] = folder.appendCsv(block.csv());
                    folder.checkpoint(new Checkpoint(b + 1, csv[0], start.elapsedNanos() + System.nanoTime() - t0,
                            false, false, total));
                }
                runsDone.set(total.runs());
                notifyCommitted(total.runs(), runsTotal);
                return !targetMet[0] && !cancelRequested;
            }, listener::onProgress, total.runs(), runsTotal);
        } catch (RunFailedException failed) {
            writePartial(folder, total, Status.FAILED, start.elapsedNanos() + System.nanoTime() - t0, threads);
            throw failed;
        }
        long elapsed = start.elapsedNanos() + System.nanoTime() - t0;
        if (cancelRequested || outcome.ending() == BlockExecutor.Ending.CANCELLED) {
            writePartial(folder, total, Status.CANCELLED, elapsed, threads);
            Throwable cause = cancelCause != null ? cancelCause : outcome.cancelCause();
            throw new ExperimentCancelledException(total.runs(), folder == null ? null : folder.dir(), cause);
        }
        return finish(total, folder, targetMet[0], elapsed, threads, csv[0]);
    }

    private void notifyCommitted(long committed, long runsTotal) {
        try {
            listener.onCommitted(committed, runsTotal);
        } catch (RuntimeException ex) {
            cancelCause = ex;
            cancel();
        }
    }

    private ExperimentResult finish(ExperimentAggregate total, ResultsFolder folder, boolean targetMet,
            long elapsedNanos, int threads, FileDigest csv) throws IOException {
        Status status = Status.COMPLETE;
        double wall = elapsedNanos / 1e9;
        ObjectNode n = Summaries.summary(experiment, total, status, targetMet, threads, wall);
        Summaries.putEngine(n, engine(total));
        if (folder != null) {
            // runs.csv is the committed CSV, renamed: the summary says what it holds, for any reader to check.
            Summaries.putRunsCsv(n, csv);
        }
        String summary = Summaries.toText(n);
        Path dir = null;
        if (folder != null) {
            // Final checkpoint first: a process stopped after it finds the experiment complete and
            // only redoes the rename and the summary.
            long blocks = (total.runs() + experiment.blockSize() - 1) / experiment.blockSize();
            folder.checkpoint(new Checkpoint(blocks, csv, elapsedNanos, true, targetMet, total));
            folder.finishCsv();
            folder.writeSummary(summary);
            dir = folder.dir();
        }
        return new ExperimentResult(experiment, total, summary, dir, targetMet, threads, elapsedNanos);
    }

    private void writePartial(ResultsFolder folder, ExperimentAggregate total, Status status, long elapsedNanos,
            int threads) throws IOException {
        if (folder != null) {
            ObjectNode n = Summaries.summary(experiment, total, status, false, threads, elapsedNanos / 1e9);
            Summaries.putEngine(n, engine(total));
            folder.writeSummary(Summaries.toText(n));
        }
    }

    /**
     * What the summary's {@code provenance.engine} records: nothing for this JVM's threads; for another
     * backend its name, what it says of itself (a Spark master and version) and the tasks (one per
     * committed block).
     */
    private Map<String, String> engine(ExperimentAggregate total) {
        if (backend instanceof LocalBackend) {
            return Map.of();
        }
        Map<String, String> e = new LinkedHashMap<>();
        e.put("name", backend.name());
        e.putAll(backend.provenance());
        e.put("tasks", Long.toString((total.runs() + experiment.blockSize() - 1) / experiment.blockSize()));
        return e;
    }
}
