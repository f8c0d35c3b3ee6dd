package org.offramp.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.offramp.experiment.ResultsFolder.Checkpoint;
import org.offramp.experiment.Summaries.Status;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;

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
    private final RunModel model;
    private final ProgressListener listener;
    private final Scenario scenario;
    private final long limit;
    private final int blockSize;
    private final boolean writeCsv;
    /** Tells workers to stop after their current run: set on cancel, failure and early stop. */
    private final AtomicBoolean halt = new AtomicBoolean();
    private volatile boolean cancelRequested;
    private volatile Throwable cancelCause;
    private final AtomicLong runsDone = new AtomicLong();
    private final CompletableFuture<ExperimentResult> done = new CompletableFuture<>();
    private final String failedRowSuffix;

    ExperimentRun(Experiment experiment, RunModel model, ProgressListener listener) {
        this.experiment = experiment;
        this.model = model;
        this.listener = listener;
        this.scenario = experiment.scenario();
        this.limit = experiment.runLimit();
        this.blockSize = experiment.blockSize();
        this.writeCsv = experiment.outputDirectory().isPresent();
        // A failed run keeps its row: index, seed, FAILED, then empty cells for the other columns.
        this.failedRowSuffix = ",FAILED" + ",".repeat(experiment.schema().csvHeader().size() - 2) + "\n";
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
        halt.set(true);
    }

    /** Whether the experiment has ended (completed, failed or cancelled). */
    public boolean isDone() {
        return done.isDone();
    }

    /** Runs committed so far. */
    public long runsDone() {
        return runsDone.get();
    }

    /** The experiment being run. */
    public Experiment experiment() {
        return experiment;
    }

    /**
     * Waits for the experiment to end. If the waiting thread is interrupted, the experiment is
     * cancelled, this waits for it to stop cleanly, restores the interrupt flag and throws
     * {@link ExperimentCancelledException}.
     *
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
            byte[] header = ("index," + String.join(",", experiment.schema().csvHeader()) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
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

    /** A finished block, a failed one, or one abandoned by a halt. */
    private record Block(long index, ExperimentAggregate aggregate, byte[] csv, RunFailedException failure,
            boolean abandoned) {
    }

    private ExperimentResult runFrom(Checkpoint start, ResultsFolder folder, long t0) throws IOException {
        ExperimentAggregate total = start.aggregate();
        int threads = experiment.effectiveThreads();
        long runsTotal = experiment.precisionMode() ? -1 : experiment.runs();
        long blocks = (limit + blockSize - 1) / blockSize;
        FileDigest csv = start.csv();
        boolean targetMet = start.targetMet();
        runsDone.set(total.runs());
        if (start.complete()) {
            return finish(total, folder, targetMet, start.elapsedNanos(), threads, csv);
        }
        if (experiment.precisionMode() && total.runs() > 0 && Summaries.targetMet(experiment, total)) {
            // A process stopped after committing the block that met the target, before its final
            // checkpoint: the uninterrupted experiment stopped there too, so no further block runs.
            targetMet = true;
        }
        notifyProgress(total.runs(), runsTotal);
        ExecutorService pool = Executors.newFixedThreadPool(threads, new DaemonFactory());
        try {
            ArrayDeque<Future<Block>> inFlight = new ArrayDeque<>();
            long next = start.nextBlock();
            int maxInFlight = Math.max(2, 2 * threads);
            while (true) {
                while (!targetMet && !halt.get() && inFlight.size() < maxInFlight && next < blocks) {
                    long b = next++;
                    inFlight.add(pool.submit(() -> runBlock(b)));
                }
                Future<Block> f = inFlight.poll();
                if (f == null) {
                    break;
                }
                Block block;
                try {
                    block = f.get();
                } catch (InterruptedException ie) {
                    // Only cancel() should stop the experiment; treat a stray interrupt the same way.
                    cancel();
                    continue;
                } catch (ExecutionException ee) {
                    halt.set(true);
                    Throwable c = ee.getCause();
                    if (c instanceof Error err) {
                        throw err;
                    }
                    throw new ExperimentException("a worker failed outside the model: " + c, c);
                }
                long elapsed = start.elapsedNanos() + System.nanoTime() - t0;
                if (cancelRequested || block.abandoned()) {
                    writePartial(folder, total, Status.CANCELLED, elapsed, threads);
                    throw new ExperimentCancelledException(total.runs(), folder == null ? null : folder.dir(),
                            cancelCause);
                }
                if (block.failure() != null) {
                    halt.set(true);
                    writePartial(folder, total, Status.FAILED, elapsed, threads);
                    throw block.failure();
                }
                total.merge(block.aggregate());
                if (experiment.precisionMode() && Summaries.targetMet(experiment, total)) {
                    targetMet = true;
                    halt.set(true); // discard the blocks started beyond the stopping point
                }
                if (folder != null) {
                    csv = folder.appendCsv(block.csv());
                    folder.checkpoint(new Checkpoint(block.index() + 1, csv, elapsed, false, false, total));
                }
                runsDone.set(total.runs());
                notifyProgress(total.runs(), runsTotal);
                if (targetMet) {
                    break;
                }
            }
        } finally {
            halt.set(true);
            pool.shutdownNow();
            awaitWorkers(pool);
        }
        if (cancelRequested) {
            // Cancelled before any block was taken from the queue (e.g. by the first progress call).
            writePartial(folder, total, Status.CANCELLED, start.elapsedNanos() + System.nanoTime() - t0, threads);
            throw new ExperimentCancelledException(total.runs(), folder == null ? null : folder.dir(), cancelCause);
        }
        return finish(total, folder, targetMet, start.elapsedNanos() + System.nanoTime() - t0, threads, csv);
    }

    /**
     * Waits for the workers to finish their current run (they check the halt flag before each run),
     * so no model call outlives the experiment. A model stuck in one run is left behind after a
     * while: the workers are daemon threads and cannot keep the JVM alive.
     */
    private static void awaitWorkers(ExecutorService pool) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!pool.isTerminated() && System.nanoTime() < deadline) {
            try {
                pool.awaitTermination(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException ie) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void notifyProgress(long doneRuns, long runsTotal) {
        try {
            listener.onProgress(doneRuns, runsTotal);
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
        if (folder != null) {
            // runs.csv is the committed CSV, renamed: the summary says what it holds, for any reader to check.
            Summaries.putRunsCsv(n, csv);
        }
        String summary = Summaries.toText(n);
        Path dir = null;
        if (folder != null) {
            // Final checkpoint first: a process stopped after it finds the experiment complete and
            // only redoes the rename and the summary.
            long blocks = (total.runs() + blockSize - 1) / blockSize;
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
            folder.writeSummary(Summaries.toText(
                    Summaries.summary(experiment, total, status, false, threads, elapsedNanos / 1e9)));
        }
    }

    // ---- the workers ---------------------------------------------------------------------------

    private Block runBlock(long b) {
        long from = b * blockSize;
        long to = Math.min(from + blockSize, limit);
        ExperimentAggregate agg = new ExperimentAggregate(experiment.schema(), experiment.samplesPerOutcome());
        StringBuilder csv = writeCsv ? new StringBuilder((int) (to - from) * 320) : null;
        long master = experiment.masterSeed();
        for (long i = from; i < to; i++) {
            if (halt.get()) {
                return new Block(b, null, null, null, true);
            }
            long seed = Seeds.runSeed(master, i);
            RunRecord r;
            try {
                r = model.run(scenario, seed);
                if (r == null) {
                    throw new IllegalStateException("the model returned no record");
                }
                if (r.seed() != seed) {
                    throw new IllegalStateException("the model recorded seed " + r.seed() + " for a run with seed " + seed);
                }
                agg.accept(i, r);
            } catch (RuntimeException | StackOverflowError | AssertionError ex) {
                if (!experiment.keepGoing()) {
                    return new Block(b, null, null, new RunFailedException(i, seed, ex), false);
                }
                agg.acceptFailure(i, seed, ex);
                if (csv != null) {
                    csv.append(i).append(',').append(seed).append(failedRowSuffix);
                }
                continue;
            }
            if (csv != null) {
                csv.append(i).append(',');
                r.appendCsv(csv);
                csv.append('\n');
            }
        }
        return new Block(b, agg, csv == null ? null : csv.toString().getBytes(StandardCharsets.UTF_8), null, false);
    }

    private static final class DaemonFactory implements ThreadFactory {
        private final AtomicInteger n = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            // Daemon threads: an abandoned experiment never keeps the JVM alive.
            Thread t = new Thread(r, "offramp-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
