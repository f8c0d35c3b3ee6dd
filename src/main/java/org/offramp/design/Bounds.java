package org.offramp.design;

/**
 * A confidence interval on any real quantity (a difference of shares, a Sobol index), unlike
 * {@link org.offramp.stats.Interval}, which holds shares in [0, 1]. Immutable.
 *
 * @param lower the lower bound, finite
 * @param upper the upper bound, finite and at least lower
 */
public record Bounds(double lower, double upper) {
    /**
     * Checks the bounds.
     *
     * @param lower the lower bound, finite
     * @param upper the upper bound, finite and at least lower
     */
    public Bounds {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
            throw new IllegalArgumentException("bounds must be finite with lower <= upper, but were [" + lower + ", "
                    + upper + "]");
        }
    }

    /** {@return upper − lower} */
    public double width() {
        return upper - lower;
    }

    /**
     * Whether a value lies inside the interval, bounds included.
     *
     * @param x the value
     * @return true if {@code lower <= x <= upper}
     */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }
}
