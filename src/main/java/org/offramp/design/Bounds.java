package org.offramp.design;

/**
 * A confidence interval on any real quantity (a difference of shares, a Sobol index), unlike
 * {@link org.offramp.stats.Interval}, which holds shares in [0, 1]. Immutable.
 *
 * @param lower the lower bound, finite
 * @param upper the upper bound, finite and at least lower
 */
public record Bounds(double lower, double upper) {
    /** Checks the bounds. */
    public Bounds {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
            throw new IllegalArgumentException("bounds must be finite with lower <= upper, but were [" + lower + ", "
                    + upper + "]");
        }
    }

    /** upper − lower. */
    public double width() {
        return upper - lower;
    }

    /** Whether {@code x} lies inside, bounds included. */
    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }
}
