package org.offramp.experiment;

import java.util.Objects;

/**
 * Told of an experiment's (or a design's) progress, for a progress bar.
 *
 * <p>{@link #onProgress} is called as runs finish, run by run, from the threads that run them (on a
 * cluster, as each block's result reaches the driver), and once at the start (or resume) with the
 * runs committed before: so a bar advances steadily even when a block takes minutes. Calls never
 * overlap and {@code runsDone} grows from call to call; a value may be skipped, never the last.
 * {@link #onCommitted} is called from the one committing thread, at the start and after each
 * committed block, in block order: the point where everything so far is saved and a resume would
 * continue. Keep both quick: a worker, or the next block, waits while they run. An exception either
 * throws stops the experiment like a cancellation.
 *
 * <pre>{@code
 * ProgressListener bar = (done, total) -> progressBar.stepTo(done);
 * ProgressListener stopAtABoundary = ProgressListener.committed((committed, total) -> {
 *     if (committed >= 5_000) throw new IllegalStateException("enough");   // cancels after that block
 * });
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that does nothing. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Runs done so far.
     *
     * @param runsDone  runs finished so far (completed and failed), counting those committed before
     * @param runsTotal runs the experiment will make, or -1 when unknown (precision mode)
     */
    void onProgress(long runsDone, long runsTotal);

    /**
     * Runs committed so far: called after each committed block, in block order, from one thread. Does
     * nothing unless overridden.
     *
     * @param runsCommitted runs committed so far
     * @param runsTotal     runs the experiment will make, or -1 when unknown (precision mode)
     */
    default void onCommitted(long runsCommitted, long runsTotal) {
    }

    /**
     * A listener told only of committed blocks ({@link #onCommitted}).
     *
     * @param committed called with the runs committed and the total
     * @return the listener
     */
    static ProgressListener committed(Committed committed) {
        Objects.requireNonNull(committed, "committed");
        return new ProgressListener() {
            @Override
            public void onProgress(long runsDone, long runsTotal) {
                // only commits are of interest
            }

            @Override
            public void onCommitted(long runsCommitted, long runsTotal) {
                committed.onCommitted(runsCommitted, runsTotal);
            }
        };
    }

    /** What {@link #committed(Committed)} calls. */
    @FunctionalInterface
    interface Committed {
        /**
         * Runs committed so far.
         *
         * @param runsCommitted runs committed so far
         * @param runsTotal     runs in all, or -1 when unknown
         */
        void onCommitted(long runsCommitted, long runsTotal);
    }
}
