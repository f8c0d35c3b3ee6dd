package org.offramp.stats;

/**
 * A two-sided confidence interval for a proportion, with its bounds in [0, 1].
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param lower the lower bound
 * @param upper the upper bound, not below {@code lower}
 */
public record Interval(double lower, double upper) {

    /**
     * Checks the bounds.
     *
     * @param lower the lower bound
     * @param upper the upper bound, not below {@code lower}
     */
    public Interval {
        if (!(lower >= 0 && lower <= 1)) {
            throw new IllegalArgumentException("lower must be in [0, 1], but was " + lower);
        }
        if (!(upper >= 0 && upper <= 1)) {
            throw new IllegalArgumentException("upper must be in [0, 1], but was " + upper);
        }
        if (upper < lower) {
            throw new IllegalArgumentException("upper must be >= lower (" + lower + "), but was " + upper);
        }
    }

    /** {@return half the width of the interval, {@code (upper - lower) / 2}} */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    /** {@return the width of the interval, {@code upper - lower}} */
    public double width() {
        return upper - lower;
    }

    /**
     * Whether a share lies in the interval, bounds included.
     *
     * @param p the share, normally in [0, 1]
     * @return true if {@code lower <= p <= upper}
     */
    public boolean contains(double p) {
        return p >= lower && p <= upper;
    }
}
