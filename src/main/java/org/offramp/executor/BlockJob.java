package org.offramp.executor;

import java.io.Serializable;

/**
 * The work of one block: turns a block index into the block's partial result, for
 * {@link BlockExecutor}. Block {@code b}'s result must be a pure function of {@code b} (and of what
 * the job holds): whichever thread or machine runs it, and however often (a cluster may run a task
 * twice), it gives the same result. That is what makes every backend and every thread count give the
 * same committed results.
 *
 * <pre>{@code
 * BlockJob<long[]> job = new BlockJob<>() {
 *     public long[] run(long block, BlockContext ctx) {
 *         long[] counts = new long[2];
 *         for (long i = block * 100; i < (block + 1) * 100; i++) {
 *             if (ctx.stopped()) {
 *                 return null;                    // given up: the executor is stopping
 *             }
 *             counts[(int) (Seeds.runSeed(42, i) & 1)]++;
 *             ctx.runDone();
 *         }
 *         return counts;
 *     }
 *     public long runs(long block) {
 *         return 100;
 *     }
 * };
 * }</pre>
 *
 * <p>A job is {@link Serializable} so that a cluster backend can ship it to its workers; what it
 * holds must then be serializable too (a local backend never serializes it). {@link #run} is called
 * from several threads at once, for different blocks: it must be thread-safe.
 *
 * @param <P> the partial result of a block; {@link Serializable} if it is to travel
 */
public interface BlockJob<P> extends Serializable {

    /**
     * Runs one block.
     *
     * @param block   the block index
     * @param context tells the job when to give up and takes its progress, run by run
     * @return the block's partial result, or {@code null} if the job gave up because
     *         {@link BlockContext#stopped()} said so (never otherwise)
     * @throws RuntimeException to fail the block: the executor throws the failure of the lowest failed
     *                          block, after committing every block before it
     */
    P run(long block, BlockContext context);

    /**
     * The runs block {@code block} holds, the unit of progress.
     *
     * @param block the block index
     * @return the number of runs, at least 0
     */
    long runs(long block);
}
