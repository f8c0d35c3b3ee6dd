package org.offramp.experiment;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The experiment was cancelled ({@link ExperimentRun#cancel()}, an interrupt, or a progress
 * listener that threw). What was committed before is consistent: with a results folder, the
 * checkpoint, the partial {@code runs.csv.partial} and a {@code summary.json} with status
 * {@code CANCELLED} describe the same runs, and the experiment can be resumed.
 */
public final class ExperimentCancelledException extends ExperimentException {
    private static final long serialVersionUID = 1L;
    /** Runs committed before the cancellation took effect. */
    private final long runsCommitted;
    private final transient Path resultsDirectory;

    /**
     * A cancellation after {@code runsCommitted} committed runs.
     *
     * @param runsCommitted    runs committed (completed or failed) before the cancellation took effect
     * @param resultsDirectory the results folder holding the partial results, or null in memory
     * @param cause            what cancelled the experiment (an interrupt, a listener's exception), or null
     */
    public ExperimentCancelledException(long runsCommitted, Path resultsDirectory, Throwable cause) {
        super("experiment cancelled after " + runsCommitted + " committed runs"
                + (resultsDirectory == null ? "" : "; resume it from " + resultsDirectory), cause);
        this.runsCommitted = runsCommitted;
        this.resultsDirectory = resultsDirectory;
    }

    /** {@return the runs committed (completed or failed) before the cancellation took effect} */
    public long runsCommitted() {
        return runsCommitted;
    }

    /** {@return the results folder holding the partial results, if the experiment had one} */
    public Optional<Path> resultsDirectory() {
        return Optional.ofNullable(resultsDirectory);
    }
}
