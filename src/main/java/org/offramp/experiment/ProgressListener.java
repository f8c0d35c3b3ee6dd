package org.offramp.experiment;

/**
 * Told of an experiment's progress, for a progress bar.
 *
 * <p>Called from the engine's single committing thread, once when the experiment starts (or
 * resumes) and after each committed block, so calls never overlap and {@code runsDone} never
 * decreases. Keep it quick: the next block waits while it runs. An exception it throws stops the
 * experiment like a cancellation.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that does nothing. */
    ProgressListener NONE = (done, total) -> { };

    /**
     * Progress so far.
     *
     * @param runsDone  runs committed so far (completed and failed)
     * @param runsTotal runs the experiment will make, or -1 when unknown (precision mode)
     */
    void onProgress(long runsDone, long runsTotal);
}
