package org.offramp.experiment;

/**
 * A run failed (the model threw) and the experiment stopped, as it does unless
 * {@link Experiment#keepGoing()} is set. Carries the run's index and seed so the run can be replayed
 * alone; the cause is the model's exception.
 *
 * <p>The failure reported is always the one with the lowest run index, whatever the thread count;
 * all blocks before the failing block are committed (and, with a results folder, checkpointed, so
 * the experiment can be resumed once the model is fixed).
 */
public final class RunFailedException extends ExperimentException {
    private static final long serialVersionUID = 1L;
    /** The index of the failed run in its experiment. */
    private final long runIndex;
    /** The seed of the failed run. */
    private final long seed;

    /**
     * A failure of run {@code runIndex} with {@code seed}.
     *
     * @param runIndex the index of the failed run in its experiment
     * @param seed     the run's seed, to replay it alone
     * @param cause    the model's exception
     */
    public RunFailedException(long runIndex, long seed, Throwable cause) {
        super("run " + runIndex + " (seed " + seed + ") failed: " + cause
                + "; replay it with this seed, or set keepGoing to count failed runs as FAILED", cause);
        this.runIndex = runIndex;
        this.seed = seed;
    }

    /** {@return the index of the failed run in its experiment} */
    public long runIndex() {
        return runIndex;
    }

    /** {@return the seed of the failed run} */
    public long seed() {
        return seed;
    }
}
