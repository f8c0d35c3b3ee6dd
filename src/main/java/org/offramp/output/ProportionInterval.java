package org.offramp.output;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * A confidence interval for a binomial proportion (the share of runs that ended one way).
 *
 * <pre>{@code
 * ProportionInterval w = ProportionInterval.wilson(312, 1000, 0.95);         // [0.2840, 0.3414]
 * ProportionInterval cp = ProportionInterval.clopperPearson(312, 1000, 0.95); // [0.2834, 0.3417]
 * }</pre>
 *
 * <p>Two methods are offered because they answer different needs: the Wilson score interval is
 * close to nominal coverage on average and cheap; the Clopper–Pearson ("exact") interval never
 * covers less than the nominal level, at the price of being wider. Both behave at 0 and n
 * successes, unlike the normal-approximation (Wald) interval, which collapses to a point there.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lower bound, in [0, 1]
 * @param upper the upper bound, in [lower, 1]
 */
public record ProportionInterval(double lower, double upper) {

    // No random generator is needed for quantiles; null avoids creating (and seeding) one.
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    /**
     * Checks the bounds.
     *
     * @throws IllegalArgumentException if a bound is outside [0, 1] or lower &gt; upper
     */
    public ProportionInterval {
        if (!(lower >= 0.0 && lower <= 1.0)) {
            throw new IllegalArgumentException("lower must be in [0, 1], but was " + lower);
        }
        if (!(upper >= 0.0 && upper <= 1.0)) {
            throw new IllegalArgumentException("upper must be in [0, 1], but was " + upper);
        }
        if (lower > upper) {
            throw new IllegalArgumentException("lower must be <= upper (" + upper + "), but was " + lower);
        }
    }

    /**
     * The Wilson score interval.
     *
     * @param successes  the number of runs with the outcome, in [0, trials]
     * @param trials     the number of runs, at least 1
     * @param confidence the confidence level, in (0, 1), e.g. 0.95
     * @return the interval
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static ProportionInterval wilson(long successes, long trials, double confidence) {
        check(successes, trials, confidence);
        double z = standardNormalQuantile(1.0 - (1.0 - confidence) / 2.0);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1.0 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * StrictMath.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // At 0 and n successes the formula gives the exact bound 0 or 1 up to rounding; pin it.
        double lower = successes == 0 ? 0.0 : Math.max(0.0, centre - half);
        double upper = successes == trials ? 1.0 : Math.min(1.0, centre + half);
        return new ProportionInterval(lower, upper);
    }

    /**
     * The Clopper–Pearson interval, from quantiles of the beta distribution.
     *
     * @param successes  the number of runs with the outcome, in [0, trials]
     * @param trials     the number of runs, at least 1
     * @param confidence the confidence level, in (0, 1), e.g. 0.95
     * @return the interval
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static ProportionInterval clopperPearson(long successes, long trials, double confidence) {
        check(successes, trials, confidence);
        double alpha = 1.0 - confidence;
        double x = successes;
        double n = trials;
        // The beta quantile is found by a numeric solver; 1e-12 keeps the bounds good to print at
        // any precision a report would use. Explicit accuracy also makes the result independent of
        // commons-math defaults.
        double lower = successes == 0 ? 0.0
                : new BetaDistribution(null, x, n - x + 1.0, 1e-12).inverseCumulativeProbability(alpha / 2.0);
        double upper = successes == trials ? 1.0
                : new BetaDistribution(null, x + 1.0, n - x, 1e-12).inverseCumulativeProbability(1.0 - alpha / 2.0);
        return new ProportionInterval(lower, upper);
    }

    /** Whether the interval contains a value (bounds included). */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** The width of the interval, upper - lower. */
    public double width() {
        return upper - lower;
    }

    private static void check(long successes, long trials, double confidence) {
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be >= 1, but was " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, " + trials + "], but was " + successes);
        }
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), but was " + confidence);
        }
    }

    /**
     * The standard normal quantile. Commons Math computes it with FastMath, which is pure Java, so
     * the result is the same on every machine.
     */
    static double standardNormalQuantile(double p) {
        if (!(p > 0.0 && p < 1.0)) {
            throw new IllegalArgumentException("p must be in (0, 1), but was " + p);
        }
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }
}
