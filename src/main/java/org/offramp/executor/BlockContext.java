package org.offramp.executor;

/**
 * What a {@link BlockJob} sees of the executor while it runs a block: whether to give up, and where
 * to count its runs for progress. Thread-safe: a context belongs to one block, but the executor reads
 * it from other threads.
 */
public interface BlockContext {
    /**
     * The context of a block run far from its executor (on a cluster's worker): it never asks the job
     * to stop (the cluster cancels the task instead) and ignores the runs counted (the executor counts
     * the block's runs when its result arrives).
     */
    BlockContext DETACHED = new BlockContext() {
        @Override
        public boolean stopped() {
            return false;
        }

        @Override
        public void runDone() {
            // counted on arrival
        }
    };

    /**
     * Whether the block's result can no longer be committed (the executor was cancelled, a sink asked
     * to stop, or a block before this one failed): the job should return {@code null} at once. Check
     * it before each run: cheap (a volatile read or two).
     *
     * @return true to give up
     */
    boolean stopped();

    /** Counts one finished run of the block, for progress. Cheap; call it after every run. */
    void runDone();
}
