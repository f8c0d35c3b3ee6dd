package org.offramp.stats;

/** The confidence interval used for an outcome share, for example by the precision mode's stopping rule. */
public enum IntervalMethod {
    /** The Wilson score interval: close to nominal coverage on average, narrower than Clopper–Pearson. */
    WILSON,
    /** The Clopper–Pearson ("exact") interval: coverage at least nominal for every true share, wider. */
    CLOPPER_PEARSON;

    /** The interval of this method for {@code successes} out of {@code trials} at {@code level}. */
    public Interval of(long successes, long trials, double level) {
        return this == WILSON ? ConfidenceIntervals.wilson(successes, trials, level)
                : ConfidenceIntervals.clopperPearson(successes, trials, level);
    }
}
