package org.offramp.engine;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.offramp.experiment.Experiment;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ExperimentException;
import org.offramp.experiment.RunModel;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;

/**
 * The unit of work every engine shares: block {@code b} of an experiment holds runs
 * {@code b * blockSize} to {@code min((b + 1) * blockSize, runLimit) - 1}, run in index order with
 * the seeds {@code Seeds.runSeed(masterSeed, i)}, exactly as the local engine runs them (same
 * checks of the record, same failure handling, same CSV rows). Whoever runs a block, wherever, gets
 * the same aggregate and the same bytes of CSV.
 *
 * <pre>{@code
 * long blocks = Blocks.count(experiment);
 * BlockResult r = Blocks.run(experiment.scenario(), experiment, model, 3, true);
 * }</pre>
 *
 * <p>Stateless and thread-safe (given a thread-safe model, as {@link RunModel} requires).
 */
public final class Blocks {
    private Blocks() {
    }

    /** The number of blocks of the experiment's run limit (its runs, or maxRuns in precision mode). */
    public static long count(Experiment e) {
        return (e.runLimit() + e.blockSize() - 1) / e.blockSize();
    }

    /** The first run index of block {@code b}. */
    public static long firstRun(Experiment e, long b) {
        return b * e.blockSize();
    }

    /** One past the last run index of block {@code b}. */
    public static long endRun(Experiment e, long b) {
        return Math.min((b + 1) * e.blockSize(), e.runLimit());
    }

    /**
     * The header line of {@code runs.csv}, with its line feed: {@code index,} then the columns of the
     * experiment's model's records.
     *
     * @param e the experiment
     * @return the line
     */
    public static String csvHeaderLine(Experiment e) {
        return "index," + String.join(",", e.schema().csvHeader()) + "\n";
    }

    /**
     * Runs block {@code b}.
     *
     * @param scenario the experiment's scenario (passed apart so that an executor that rebuilt it once
     *                 need not rebuild it per block)
     * @param withCsv  whether to format the block's rows of {@code runs.csv}
     * @throws IllegalArgumentException if {@code b} is not a block of the experiment
     */
    public static BlockResult run(Scenario scenario, Experiment e, RunModel model, long b, boolean withCsv) {
        return run(scenario, e, model, b, withCsv, null);
    }

    private static BlockResult run(Scenario scenario, Experiment e, RunModel model, long b, boolean withCsv,
            AtomicBoolean halt) {
        if (b < 0 || b >= count(e)) {
            throw new IllegalArgumentException("block must be in [0, " + count(e) + "), but was " + b);
        }
        long from = firstRun(e, b);
        long to = endRun(e, b);
        ExperimentAggregate agg = new ExperimentAggregate(e.schema(), e.samplesPerOutcome());
        StringBuilder csv = withCsv ? new StringBuilder((int) (to - from) * 320) : null;
        // A failed run keeps its row: index, seed, FAILED, then empty cells (as the local engine writes it).
        String failedSuffix = ",FAILED" + ",".repeat(e.schema().csvHeader().size() - 2) + "\n";
        long master = e.masterSeed();
        for (long i = from; i < to; i++) {
            if (halt != null && halt.get()) {
                return null;
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
                if (!e.keepGoing()) {
                    return new BlockResult(b, null, null, new RunFailure(i, seed, String.valueOf(ex)));
                }
                agg.acceptFailure(i, seed, ex);
                if (csv != null) {
                    csv.append(i).append(',').append(seed).append(failedSuffix);
                }
                continue;
            }
            if (csv != null) {
                csv.append(i).append(',');
                r.appendCsv(csv);
                csv.append('\n');
            }
        }
        return new BlockResult(b, agg, csv == null ? null : csv.toString(), null);
    }

    /**
     * Runs blocks {@code fromBlock} to {@code toBlock - 1} on {@code threads} daemon threads and hands
     * each result to {@code sink} on the calling thread, strictly in block order. At most two blocks
     * per thread are in flight, so memory does not grow with the range. The first failed block (in
     * block order) is handed to the sink too, and nothing after it: the sink decides what to do.
     *
     * @throws ExperimentCancelledException if the calling thread is interrupted (the workers stop
     *                                      after their current run)
     */
    public static void runRange(Experiment e, RunModel model, long fromBlock, long toBlock, int threads,
            boolean withCsv, Consumer<BlockResult> sink) {
        if (fromBlock < 0 || toBlock > count(e) || fromBlock > toBlock) {
            throw new IllegalArgumentException("blocks must be a range within [0, " + count(e) + "], but were ["
                    + fromBlock + ", " + toBlock + ")");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, but was " + threads);
        }
        Scenario scenario = e.scenario();
        AtomicBoolean halt = new AtomicBoolean();
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "offramp-shard-worker-" + n.incrementAndGet());
            t.setDaemon(true); // an abandoned range never keeps the JVM alive
            return t;
        });
        try {
            ArrayDeque<Future<BlockResult>> inFlight = new ArrayDeque<>();
            long next = fromBlock;
            while (true) {
                while (inFlight.size() < 2 * threads && next < toBlock) {
                    long b = next++;
                    inFlight.add(pool.submit(() -> run(scenario, e, model, b, withCsv, halt)));
                }
                Future<BlockResult> f = inFlight.poll();
                if (f == null) {
                    return;
                }
                BlockResult r;
                try {
                    r = f.get();
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new ExperimentCancelledException(0, null, ie);
                } catch (ExecutionException ee) {
                    Throwable c = ee.getCause();
                    if (c instanceof Error err) {
                        throw err;
                    }
                    throw new ExperimentException("a worker failed outside the model: " + c, c);
                }
                sink.accept(r);
                if (r.failed()) {
                    return;
                }
            }
        } finally {
            halt.set(true);
            pool.shutdownNow();
        }
    }
}
