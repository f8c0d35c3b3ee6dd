package org.offramp.executor;

/**
 * Told how many runs are done, for a progress bar.
 *
 * <p>Called as runs finish, from the threads that run them (and from the executor's thread): calls
 * never overlap, and {@code runsDone} grows from call to call. Some values may be skipped when calls
 * would otherwise overlap, never the last one. Keep it quick: a worker waits while it runs. An
 * exception it throws cancels the execution.
 */
@FunctionalInterface
public interface Progress {
    /** Reports nothing. */
    Progress NONE = (done, total) -> { };

    /**
     * Runs done so far.
     *
     * @param runsDone  runs finished so far (counting those committed before, in a resumed execution)
     * @param runsTotal runs there will be, or -1 when unknown
     */
    void onProgress(long runsDone, long runsTotal);
}
