package org.offramp.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;

/**
 * Runs blocks on this JVM's threads: a fixed pool of daemon threads per session, one block per pool
 * task, at most two blocks per thread in flight (so memory does not grow with the number of blocks,
 * and a thread that finishes finds the next block waiting).
 *
 * <pre>{@code
 * Backend b = LocalBackend.threads(0);      // one thread per processor
 * }</pre>
 *
 * <p>Immutable and thread-safe; each session has its own threads, all stopped when it closes.
 */
public final class LocalBackend implements Backend {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final int threads;

    private LocalBackend(int threads) {
        this.threads = threads;
    }

    /**
     * A backend of {@code n} threads.
     *
     * @param n threads, at least 0; 0 means one per available processor
     * @return the backend
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public static LocalBackend threads(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("threads must be at least 0 (0 = one per processor), but was " + n);
        }
        return new LocalBackend(n == 0 ? Runtime.getRuntime().availableProcessors() : n);
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public int parallelism() {
        return threads;
    }

    @Override
    public <P> Session open(BlockJob<P> job, Arrivals<P> arrivals) {
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            // Daemon threads: an abandoned execution never keeps the JVM alive.
            Thread t = new Thread(r, "offramp-worker-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new Session() {
            @Override
            public int batch() {
                return 1;
            }

            @Override
            public int window() {
                return Math.max(2, 2 * threads);
            }

            @Override
            public void submit(long from, long to, LongFunction<BlockContext> contexts) {
                for (long b = from; b < to; b++) {
                    long block = b;
                    try {
                        workers.execute(() -> runOne(job, block, contexts, arrivals));
                    } catch (RejectedExecutionException closed) {
                        arrivals.failed(block, closed);
                    }
                }
            }

            @Override
            public void cancel() {
                // The blocks' contexts say stopped; each job gives up after its current run.
            }

            @Override
            public void close() {
                // Every block has arrived (or the executor gave up waiting for one stuck in a model
                // run): interrupting frees a stuck thread if the model heeds interrupts.
                workers.shutdownNow();
            }
        };
    }

    private static <P> void runOne(BlockJob<P> job, long block, LongFunction<BlockContext> contexts,
            Arrivals<P> arrivals) {
        P result;
        try {
            result = job.run(block, contexts.apply(block));
        } catch (RuntimeException | Error ex) {
            arrivals.failed(block, ex);
            return;
        }
        arrivals.done(block, result);
    }

    @Override
    public String toString() {
        return "local (" + threads + " threads)";
    }
}
