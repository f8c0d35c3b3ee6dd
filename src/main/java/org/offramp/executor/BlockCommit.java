package org.offramp.executor;

import java.io.IOException;

/**
 * Takes finished blocks for {@link BlockExecutor}: called on the executor's calling thread only,
 * strictly in block order, once per block, never for a block after a failed one.
 *
 * @param <P> the partial result of a block
 */
@FunctionalInterface
public interface BlockCommit<P> {
    /**
     * Commits block {@code block}: merge its partial result, write it, checkpoint.
     *
     * @param block   the block index; one more than the last committed block
     * @param partial the block's result
     * @return true to go on, false to stop after this block (the blocks running beyond it are
     *         discarded: a precision target was met, say)
     * @throws IOException if the result cannot be written; the executor stops and rethrows it
     */
    boolean commit(long block, P partial) throws IOException;
}
