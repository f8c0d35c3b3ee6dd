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

    private ConfidenceIntervals() {
    }

    /**
     * The Wilson score interval.
     *
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
        // Commons Math takes int counts; experiments beyond 2^31 - 1 runs are not supported here.
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("trials must be <= " + Integer.MAX_VALUE + ", but was " + n);
        }
        return (int) n;
    }

    private static double clamp(double p) {
        return Math.min(1, Math.max(0, p));
    }
}
