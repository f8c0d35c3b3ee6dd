package org.offramp.design;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;

/**
 * Runs several scenarios on common random numbers: for every run index {@code i}, every scenario is
 * run with the seed {@code Seeds.runSeed(masterSeed, i)}, exactly the seed the single-scenario
 * engine gives run {@code i}, so the runs of different scenarios with the same index are paired and
 * each equals {@code model.run(scenario, seed)} called by hand.
 *
 * <p>Like the experiment engine, run indices are cut into fixed blocks; a worker runs one block (all
 * scenarios, indices in order) into its own {@link Tally}; the calling thread takes finished blocks
 * strictly in block order, merges them and reports progress. At most two blocks per worker are in
 * flight, so memory does not grow with the number of runs, and a failure reported is always the one
 * of the lowest block. The totals are integer counts, so they are the same for any thread count.
 *
 * <p>Stateless; each call makes its own daemon threads and returns only once they have stopped.
 */
final class CrnEngine {
    /** The most run indices in a block. */
    static final int MAX_BLOCK = 100;
    /** About how many model runs a block should hold, so that designs with many points still spread over threads. */
    static final int RUNS_PER_BLOCK = 1000;

    private CrnEngine() {
    }

    /**
     * Runs {@code runs} indices of every scenario and returns the merged tally.
     *
     * @param labels   a name per scenario, for error messages
     * @param listener told {@code (runs done, runs total)} counted over all scenarios, after each block
     * @throws DesignException               naming scenario, run index and seed when a run fails
     * @throws ExperimentCancelledException  when the calling thread is interrupted
     */
    static Tally run(List<Scenario> scenarios, List<String> labels, long runs, long masterSeed, int threads,
                     List<Measure> measures, boolean paired, RunModel model, ProgressListener listener) {
        if (measures.size() > 64) {
            throw new IllegalArgumentException("at most 64 measures, but there were " + measures.size());
        }
        int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        int blockSize = blockSize(scenarios.size());
        long blocks = (runs + blockSize - 1) / blockSize;
        long total = runs * scenarios.size();
        Tally result = new Tally(scenarios.size(), measures.size(), paired);
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "offramp-design-worker");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Tally>> inFlight = new ArrayDeque<>();
        long next = 0;
        try {
            listener.onProgress(0, total);
            while (next < blocks && inFlight.size() < 2 * workers) {
                inFlight.add(submit(pool, blockSize, next++, scenarios, labels, runs, masterSeed, measures, paired, model, stop));
            }
            long committed = 0;
            while (!inFlight.isEmpty()) {
                Tally t = inFlight.removeFirst().get();
                result.merge(t);
                committed++;
                if (next < blocks) {
                    inFlight.add(submit(pool, blockSize, next++, scenarios, labels, runs, masterSeed, measures, paired, model, stop));
                }
                listener.onProgress(Math.min(runs, committed * blockSize) * scenarios.size(), total);
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExperimentCancelledException(result.runs, null, e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            throw new DesignException("a design run failed: " + c, c);
        } finally {
            stop.set(true);
            for (Future<Tally> f : inFlight) {
                f.cancel(true);
            }
            pool.shutdownNow();
            awaitWorkers(pool);
        }
    }

    /**
     * Waits until every worker has stopped, so that no model call outlives the call that made it
     * (a cancelled caller may reuse what the model touches at once); keeps the interrupt status.
     */
    private static void awaitWorkers(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Indices per block for a design of {@code scenarios} scenarios: up to {@link #MAX_BLOCK}, fewer when
     * there are many scenarios. It depends on the design alone, never on the machine.
     */
    static int blockSize(int scenarios) {
        return Math.max(1, Math.min(MAX_BLOCK, RUNS_PER_BLOCK / scenarios));
    }

    private static Future<Tally> submit(ExecutorService pool, int blockSize, long block, List<Scenario> scenarios, List<String> labels,
                                        long runs, long masterSeed, List<Measure> measures, boolean paired,
                                        RunModel model, AtomicBoolean stop) {
        return pool.submit(() -> {
            Tally t = new Tally(scenarios.size(), measures.size(), paired);
            long[] bits = new long[scenarios.size()];
            long end = Math.min(runs, (block + 1) * blockSize);
            for (long i = block * blockSize; i < end && !stop.get(); i++) {
                long seed = Seeds.runSeed(masterSeed, i);
                for (int s = 0; s < bits.length; s++) {
                    RunRecord r;
                    try {
                        r = model.run(scenarios.get(s), seed);
                    } catch (RuntimeException | Error e) {
                        throw new DesignException("run " + i + " (seed " + seed + ") of " + labels.get(s)
                                + " failed: " + e, e);
                    }
                    if (r == null || r.seed() != seed) {
                        throw new DesignException("run " + i + " of " + labels.get(s) + " returned "
                                + (r == null ? "no record" : "a record with seed " + r.seed()) + " for seed " + seed);
                    }
                    long b = 0;
                    for (int m = 0; m < measures.size(); m++) {
                        if (measures.get(m).test(r)) {
                            b |= 1L << m;
                        }
                    }
                    bits[s] = b;
                }
                t.accept(bits);
            }
            return t;
        });
    }
}
