package org.offramp.stats;

import org.apache.commons.math3.stat.interval.ClopperPearsonInterval;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * Confidence intervals for a binomial proportion, computed with Commons Math.
 *
 * <pre>{@code
 * Interval w = ConfidenceIntervals.wilson(50, 100, 0.95);   // [0.40383, 0.59617]
 * Interval cp = ConfidenceIntervals.clopperPearson(5, 10, 0.95); // [0.18709, 0.81291]
 * }</pre>
 *
 * <p>The edges are given their exact values instead of what the library computes: Commons Math's
 * Clopper–Pearson interval fails for 0 or all successes (an F distribution with 0 degrees of
 * freedom), where the exact bounds are {@code [0, 1 - (α/2)^(1/n)]} and {@code [(α/2)^(1/n), 1]};
 * and its Wilson interval returns a lower bound of about 1e-17 instead of 0 for 0 successes. With no
 * trials at all nothing is known and the interval is [0, 1].
 *
 * <p>Commons Math computes with its pure-Java {@code FastMath}, and the edges use
 * {@link StrictMath}, so results are the same on every machine. Stateless and thread-safe.
 */
public final class ConfidenceIntervals {
    /** The most trials an interval is computed for: 2^30 - 1 (see the reason in {@code toInt}). */
    public static final long MAX_TRIALS = (1L << 30) - 1;

    private ConfidenceIntervals() {
    }

    /**
     * The Wilson score interval.
     *
     * @param successes the number of successes, in [0, {@code trials}]
     * @param trials    the number of trials, in [0, {@link #MAX_TRIALS}]; 0 gives [0, 1]
     * @param level     the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the interval of the proportion, within [0, 1]
     * @throws IllegalArgumentException if the counts or the level are out of range
     */
    public static Interval wilson(long successes, long trials, double level) {
        check(successes, trials, level);
        if (trials == 0) {
            return new Interval(0, 1);
        }
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval(toInt(trials), toInt(successes), level);
        double lower = successes == 0 ? 0 : clamp(ci.getLowerBound());
        double upper = successes == trials ? 1 : clamp(ci.getUpperBound());
        return new Interval(lower, Math.max(lower, upper));
    }

    /**
     * The Clopper–Pearson interval.
     *
     * @param successes the number of successes, in [0, {@code trials}]
     * @param trials    the number of trials, in [0, {@link #MAX_TRIALS}]; 0 gives [0, 1]
     * @param level     the two-sided confidence level, in (0, 1), e.g. 0.95
     * @return the exact (conservative) interval of the proportion, within [0, 1]
     * @throws IllegalArgumentException if the counts or the level are out of range
     */
    public static Interval clopperPearson(long successes, long trials, double level) {
        check(successes, trials, level);
        if (trials == 0) {
            return new Interval(0, 1);
        }
        double halfAlpha = (1 - level) / 2;
        if (successes == 0) {
            return new Interval(0, 1 - StrictMath.pow(halfAlpha, 1.0 / trials));
        }
        if (successes == trials) {
            return new Interval(StrictMath.pow(halfAlpha, 1.0 / trials), 1);
        }
        ConfidenceInterval ci = new ClopperPearsonInterval().createInterval(toInt(trials), toInt(successes), level);
        double lower = clamp(ci.getLowerBound());
        return new Interval(lower, Math.max(lower, clamp(ci.getUpperBound())));
    }

    private static void check(long successes, long trials, double level) {
        if (trials < 0) {
            throw new IllegalArgumentException("trials must be >= 0, but was " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, " + trials + "], but was " + successes);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), but was " + level);
        }
    }

    private static int toInt(long n) {
        // Commons Math takes int counts and doubles them in int arithmetic (2 * trials in the Wilson
        // interval, 2 * (trials - successes + 1) degrees of freedom in Clopper–Pearson's), which
        // overflows from 2^30 trials on: the Wilson bounds then come out wrong without an error. So
        // counts stop one short of 2^30 (over a billion runs).
        if (n > MAX_TRIALS) {
            throw new IllegalArgumentException("trials must be <= " + MAX_TRIALS + ", but was " + n);
        }
        return (int) n;
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
