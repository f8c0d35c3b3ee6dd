package org.offramp.design;

import java.util.ArrayList;
import java.util.List;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;

/**
 * The result of a {@link Comparison}: each variant's shares, and for each variant against its
 * reference the paired difference of every measure's share, its interval, McNemar's test and how
 * much narrower the paired interval is than an unpaired one.
 *
 * <p>It holds numbers; {@link ComparisonWriter} renders its CSV, Markdown and charts.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComparisonResult {
    private final Comparison comparison;
    private final long runs;
    private final long[][] yes;
    private final List<PairedDifference> differences;
    private final double wallSeconds;
    private final long[][][] discordant;

    /**
     * One variant's share of one measure.
     *
     * @param variant the variant
     * @param measure the measure
     * @param runs    runs of the variant
     * @param count   runs with the measure
     * @param share   count / runs
     * @param wilson  the Wilson interval at the comparison's level
     */
    public record Share(String variant, Measure measure, long runs, long count, double share, Interval wilson) {
    }

    /**
     * The paired difference of one measure's share between a variant and the variant it is compared against.
     *
     * @param variant         the variant
     * @param against         the variant subtracted
     * @param measure         the measure
     * @param runs            paired runs
     * @param variantShare    the variant's share
     * @param againstShare    the other's share
     * @param difference      variantShare - againstShare
     * @param variantOnly     runs where only the variant has the measure (b)
     * @param againstOnly     runs where only the other has it (c)
     * @param paired          the Agresti–Min paired interval
     * @param unpaired        the Agresti–Caffo interval as if the runs were independent
     * @param widthRatio      width of paired / width of unpaired (below 1: pairing helped)
     * @param mcNemarMidP     McNemar's exact two-sided mid-p value
     */
    public record PairedDifference(String variant, String against, Measure measure, long runs, double variantShare,
                                   double againstShare, double difference, long variantOnly, long againstOnly,
                                   Bounds paired, Bounds unpaired, double widthRatio, double mcNemarMidP) {
    }

    ComparisonResult(Comparison c, Tally t, double wallSeconds) {
        this.comparison = c;
        this.runs = t.runs;
        this.wallSeconds = wallSeconds;
        int k = c.variants().size();
        int m = c.measures().size();
        yes = new long[k][m];
        for (int s = 0; s < k; s++) {
            for (int j = 0; j < m; j++) {
                yes[s][j] = t.yes(s, j);
            }
        }
        discordant = new long[k][k][m];
        for (int s = 0; s < k; s++) {
            for (int a = 0; a < k; a++) {
                for (int j = 0; j < m; j++) {
                    discordant[s][a][j] = t.discordant(s, a, j);
                }
            }
        }
        List<PairedDifference> d = new ArrayList<>();
        double level = c.confidenceLevel();
        for (int s = 0; s < k; s++) {
            int a = c.variants().indexOf(c.against().get(s));
            if (a == s) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                long b = t.discordant(s, a, j);
                long cc = t.discordant(a, s, j);
                Bounds p = PairedStatistics.pairedInterval(b, cc, runs, level);
                Bounds u = PairedStatistics.unpairedInterval(yes[s][j], runs, yes[a][j], runs, level);
                double ratio = (p.upper() - p.lower()) / (u.upper() - u.lower());
                d.add(new PairedDifference(c.variants().get(s), c.variants().get(a), c.measures().get(j), runs,
                        yes[s][j] / (double) runs, yes[a][j] / (double) runs, (b - cc) / (double) runs, b, cc, p, u,
                        ratio, PairedStatistics.mcNemarMidP(b, cc)));
            }
        }
        this.differences = List.copyOf(d);
    }

    /** {@return the comparison that was run} */
    public Comparison comparison() {
        return comparison;
    }

    /** {@return runs per variant} */
    public long runs() {
        return runs;
    }

    /** {@return wall time of the run, in seconds (the only thing that varies between equal comparisons)} */
    public double wallSeconds() {
        return wallSeconds;
    }

    /**
     * A variant's share of a measure.
     *
     * @param variant the variant's name
     * @param measure one of the comparison's measures
     * @return the share of the variant's runs in which the measure held, with its Wilson interval
     * @throws IllegalArgumentException for an unknown variant or measure
     */
    public Share share(String variant, Measure measure) {
        int s = index(comparison.variants(), variant, "variant");
        int j = index(comparison.measures(), measure, "measure");
        long n = yes[s][j];
        return new Share(variant, measure, runs, n, n / (double) runs,
                ConfidenceIntervals.wilson(n, runs, comparison.confidenceLevel()));
    }

    /** {@return all shares, by variant then measure} */
    public List<Share> shares() {
        List<Share> out = new ArrayList<>();
        for (String v : comparison.variants()) {
            for (Measure m : comparison.measures()) {
                out.add(share(v, m));
            }
        }
        return out;
    }

    /** {@return all paired differences, by variant then measure (the reference has none)} */
    public List<PairedDifference> differences() {
        return differences;
    }

    /**
     * The paired difference of a variant against its reference for a measure.
     *
     * @param variant the variant's name; not the reference, which has no difference
     * @param measure one of the comparison's measures
     * @return the difference of the variant's share minus its reference's, with its intervals
     * @throws IllegalArgumentException for the reference, an unknown variant or an unknown measure
     */
    public PairedDifference difference(String variant, Measure measure) {
        for (PairedDifference d : differences) {
            if (d.variant().equals(variant) && d.measure().equals(measure)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no difference for variant \"" + variant + "\" and measure " + measure
                + "; allowed: a variant other than the reference " + comparison.variants().get(0)
                + " and one of " + comparison.measures());
    }

    /**
     * The paired difference {@code variant - other} for a measure, between any two variants, at any
     * level (from the full discordance tables).
     *
     * @param variant the variant whose share is the minuend
     * @param other   the variant whose share is subtracted
     * @param measure one of the comparison's measures
     * @param level   the two-sided confidence level, in (0, 1)
     * @return the interval of the difference of the two shares, within [-1, 1]
     */
    public Bounds pairedInterval(String variant, String other, Measure measure, double level) {
        long[] bc = discordance(variant, other, measure);
        return PairedStatistics.pairedInterval(bc[0], bc[1], runs, level);
    }

    /**
     * The discordant counts of two variants for a measure (the runs share seeds, so run {@code i} of one
     * pairs with run {@code i} of the other).
     *
     * @param variant the first variant's name
     * @param other   the second variant's name
     * @param measure one of the comparison's measures
     * @return {@code {b, c}}: the runs where only {@code variant}, and only {@code other}, has the measure
     */
    public long[] discordance(String variant, String other, Measure measure) {
        int s = index(comparison.variants(), variant, "variant");
        int a = index(comparison.variants(), other, "variant");
        int j = index(comparison.measures(), measure, "measure");
        return new long[] {discordant[s][a][j], discordant[a][s][j]};
    }

    private static <T> int index(List<T> list, T item, String what) {
        int i = list.indexOf(item);
        if (i < 0) {
            throw new IllegalArgumentException(what + " must be one of " + list + ", but was " + item);
        }
        return i;
    }

    /** {@return the median over all differences of the paired/unpaired width ratio (NaN when there is none)} */
    public double medianWidthRatio() {
        double[] r = differences.stream().mapToDouble(PairedDifference::widthRatio).sorted().toArray();
        if (r.length == 0) {
            return Double.NaN;
        }
        return r.length % 2 == 1 ? r[r.length / 2] : (r[r.length / 2 - 1] + r[r.length / 2]) / 2;
    }
}
