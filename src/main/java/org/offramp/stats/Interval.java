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

    /** Checks the bounds. */
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

    /** Half the width of the interval, {@code (upper - lower) / 2}. */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    /** The width of the interval, {@code upper - lower}. */
    public double width() {
        return upper - lower;
    }

    /** Whether {@code p} lies in the interval, bounds included. */
    public boolean contains(double p) {
        return p >= lower && p <= upper;
    }
}
