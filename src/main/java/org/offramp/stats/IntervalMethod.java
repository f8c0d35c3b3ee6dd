package org.offramp.stats;

/** The confidence interval used for an outcome share, for example by the precision mode's stopping rule. */
public enum IntervalMethod {
    /** The Wilson score interval: close to nominal coverage on average, narrower than Clopper–Pearson. */
    WILSON,
    /** The Clopper–Pearson ("exact") interval: coverage at least nominal for every true share, wider. */
    CLOPPER_PEARSON;

    /**
     * The interval of this method for {@code successes} out of {@code trials} at {@code level}.
     *
     * @param successes the number of successes, in [0, {@code trials}]
     * @param trials    the number of trials, in [0, {@link ConfidenceIntervals#MAX_TRIALS}]; 0 gives [0, 1]
     * @param level     the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the interval of the proportion, within [0, 1]
     * @throws IllegalArgumentException if the counts or the level are out of range
     */
    public Interval of(long successes, long trials, double level) {
        return this == WILSON ? ConfidenceIntervals.wilson(successes, trials, level)
                : ConfidenceIntervals.clopperPearson(successes, trials, level);
    }
}
