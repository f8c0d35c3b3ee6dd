package org.offramp.notebook;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.offramp.model.Outcome;

/**
 * The difference in one outcome's share between two scenarios run on the same seeds, from the
 * runs paired by run index (common random numbers).
 *
 * <p>For run {@code i} let {@code d_i = [variant_i = outcome] - [reference_i = outcome]}, which is
 * -1, 0 or 1. The difference is the mean of the {@code d_i}, {@code (gained - lost) / runs}, and its
 * interval is the normal (Wald) interval of a paired mean, {@code difference ± z · s / sqrt(runs)}
 * with {@code s} the sample standard deviation of the {@code d_i}. Only discordant runs (those
 * the variant {@code gained} or {@code lost}) add to {@code s}, which is why paired intervals are
 * much narrower than {@link #unpairedHalfWidth()} when most runs end the same way in both
 * scenarios. The normal approximation needs a fair number of discordant runs: with fewer than
 * about ten ({@link #gained()} + {@link #lost()}), read the interval as rough; with none it is
 * the single point 0. Bounds are clipped to [-1, 1].
 *
 * @param outcome           the outcome
 * @param runs              the number of paired runs, at least 2
 * @param referenceShare    the outcome's share in the reference scenario
 * @param variantShare      the outcome's share in the variant scenario
 * @param difference        variantShare - referenceShare
 * @param lower             the lower bound of the paired interval
 * @param upper             the upper bound of the paired interval
 * @param gained            runs that end in the outcome in the variant but not in the reference
 * @param lost              runs that end in the outcome in the reference but not in the variant
 * @param confidence        the confidence level, in (0, 1)
 * @param unpairedHalfWidth the half-width the interval would have if the two samples were
 *                          independent (for comparison only)
 */
public record PairedDifference(Outcome outcome, int runs, double referenceShare, double variantShare,
                               double difference, double lower, double upper, int gained, int lost,
                               double confidence, double unpairedHalfWidth) {

    /** Checks the arguments. */
    public PairedDifference {
        Objects.requireNonNull(outcome, "outcome");
        if (runs < 2) {
            throw new IllegalArgumentException("runs must be >= 2, but was " + runs);
        }
        if (!(lower <= difference && difference <= upper)) {
            throw new IllegalArgumentException("difference (" + difference + ") must lie in [lower, upper] = ["
                    + lower + ", " + upper + "]");
        }
        if (gained < 0 || lost < 0 || gained + lost > runs) {
            throw new IllegalArgumentException("gained and lost must be >= 0 with gained + lost <= runs (" + runs
                    + "), but were " + gained + " and " + lost);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), but was " + confidence);
        }
    }

    /**
     * Pairs two runs' outcomes by index.
     *
     * @param outcome    the outcome whose shares are compared
     * @param reference  the reference scenario's outcome ordinals, by run index
     * @param variant    the variant scenario's outcome ordinals, by the same run indices
     * @param confidence the confidence level, in (0, 1)
     * @return the difference and its interval
     * @throws IllegalArgumentException if the arrays differ in length or hold fewer than 2 runs, or the
     *                                  confidence is out of range
     */
    public static PairedDifference of(Outcome outcome, int[] reference, int[] variant, double confidence) {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(variant, "variant");
        if (reference.length != variant.length) {
            throw new IllegalArgumentException("reference and variant must pair the same runs, but had "
                    + reference.length + " and " + variant.length + " runs");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), but was " + confidence);
        }
        int n = reference.length;
        if (n < 2) {
            throw new IllegalArgumentException("at least 2 paired runs are needed, but there were " + n);
        }
        int o = outcome.ordinal();
        int inReference = 0;
        int inVariant = 0;
        int gained = 0;
        int lost = 0;
        for (int i = 0; i < n; i++) {
            boolean r = reference[i] == o;
            boolean v = variant[i] == o;
            inReference += r ? 1 : 0;
            inVariant += v ? 1 : 0;
            if (v && !r) {
                gained++;
            } else if (r && !v) {
                lost++;
            }
        }
        double p1 = (double) inReference / n;
        double p2 = (double) inVariant / n;
        double diff = (double) (gained - lost) / n;
        // sample variance of d_i in {-1, 0, 1}: sum d_i^2 = gained + lost
        double variance = Math.max(0, (gained + lost - n * diff * diff) / (n - 1));
        double z = z(confidence);
        double half = z * Math.sqrt(variance / n);
        double unpaired = z * Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n);
        return new PairedDifference(outcome, n, p1, p2, diff, Math.max(-1, diff - half), Math.min(1, diff + half),
                gained, lost, confidence, unpaired);
    }

    /** The two-sided normal quantile for a confidence level. */
    static double z(double confidence) {
        // no random generator: the distribution is used only for its quantile function
        return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    /** Whether the interval excludes 0, i.e. these runs tell the scenarios apart for this outcome. */
    public boolean significant() {
        return lower > 0 || upper < 0;
    }

    /** Half the width of the paired interval. */
    public double halfWidth() {
        return (upper - lower) / 2;
    }

    /**
     * The difference as one table row with snake_case keys: {@code outcome, runs, reference_share,
     * variant_share, difference, lower, upper, gained, lost, unpaired_half_width}.
     */
    public Map<String, Object> toRow() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", outcome.name());
        m.put("runs", runs);
        m.put("reference_share", referenceShare);
        m.put("variant_share", variantShare);
        m.put("difference", difference);
        m.put("lower", lower);
        m.put("upper", upper);
        m.put("gained", gained);
        m.put("lost", lost);
        m.put("unpaired_half_width", unpairedHalfWidth);
        return m;
    }
}
