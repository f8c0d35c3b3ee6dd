package org.offramp.executor;

import java.util.Map;
import java.util.function.LongFunction;

/**
 * Where {@link BlockExecutor} runs blocks: this JVM's threads ({@link LocalBackend}) or a cluster's
 * task slots (the Spark engine's). A backend only runs blocks and delivers their results, in any
 * order; the executor decides which blocks run, keeps them in order and commits them.
 *
 * <pre>{@code
 * Backend local = LocalBackend.threads(4);
 * BlockExecutor.Outcome o = new BlockExecutor<>(job, local).run(0, blocks, commit, progress, 0, total);
 * }</pre>
 *
 * <p>Implementations are thread-safe; a backend may serve several executions, one session each.
 */
public interface Backend {

    /**
     * A short name for provenance and messages: {@code local}, {@code spark}.
     *
     * @return the name
     */
    String name();

    /**
     * How many blocks run at once: threads, or a cluster's task slots.
     *
     * @return at least 1
     */
    int parallelism();

    /**
     * What to record of this backend in a result's provenance, beyond its name (a cluster's master URL
     * and version, say); empty for the local backend.
     *
     * @return an ordered map, possibly empty
     */
    default Map<String, String> provenance() {
        return Map.of();
    }

    /**
     * Opens a session that runs blocks of {@code job} and hands their results to {@code arrivals}.
     *
     * @param job      the job; a cluster backend serializes it
     * @param arrivals where each submitted block's outcome goes, exactly once
     * @param <P>      the partial result of a block
     * @return the session; close it when every submitted block has arrived
     * @throws IllegalArgumentException if the job cannot run here (a cluster backend given a job that
     *                                  does not serialize)
     */
    <P> Session open(BlockJob<P> job, Arrivals<P> arrivals);

    /**
     * A backend's run of one job. Used by one executor thread; {@link #cancel()} may come from any.
     */
    interface Session extends AutoCloseable {
        /**
         * How many blocks the executor hands over at once: 1 for threads, a cluster's slots for a
         * cluster (one job per batch).
         *
         * @return at least 1
         */
        int batch();

        /**
         * How many blocks may be submitted and not yet committed: the bound on memory held by results
         * waiting for an earlier block. At least {@link #batch()}.
         *
         * @return the window, in blocks
         */
        int window();

        /**
         * Starts blocks {@code from} to {@code to - 1}; returns at once. Each block's outcome goes to
         * the arrivals exactly once: its result (null when the job gave up), or its failure.
         *
         * @param from     the first block
         * @param to       one past the last block
         * @param contexts the context of each block, for backends that run the job in this JVM
         */
        void submit(long from, long to, LongFunction<BlockContext> contexts);

        /**
         * Stops what runs as soon as it can (a cluster cancels its jobs); blocks that do not finish
         * arrive as given up (null) or failed. Returns at once.
         */
        void cancel();

        /** Frees the session's threads or jobs; called after every submitted block has arrived, or gave up waiting. */
        @Override
        void close();
    }

    /**
     * Where the outcome of each submitted block goes. Thread-safe: called from any thread.
     *
     * @param <P> the partial result of a block
     */
    interface Arrivals<P> {
        /**
         * Block {@code block} finished.
         *
         * @param block   the block
         * @param partial its result, or null if the job gave up
         */
        void done(long block, P partial);

        /**
         * Block {@code block} failed.
         *
         * @param block   the block
         * @param failure what the job threw, or why the backend could not run it
         */
        void failed(long block, Throwable failure);
    }
}
