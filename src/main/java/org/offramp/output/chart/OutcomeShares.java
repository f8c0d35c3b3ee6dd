package org.offramp.output.chart;

import java.util.Arrays;
import java.util.List;
import org.offramp.stats.ConfidenceIntervals;
import org.offramp.stats.Interval;

/**
 * The share of runs that ended with each outcome, with a confidence interval per share: the input
 * of {@link Charts#outcomeShares}.
 *
 * <pre>{@code
 * OutcomeShares shares = OutcomeShares.wilson(List.of("WAR", "DEAL", "CHAOS", "STALEMATE"),
 *         new long[] {120, 35, 210, 635}, 0.95, "Baseline: how the standoff ends");
 * }</pre>
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out. Shares need not add up to 1 (a
 * caller may chart a subset of outcomes), but each must lie in its own interval.
 *
 * @param labels     the outcome names, distinct and non-blank
 * @param share      the share of runs per outcome, each in [0, 1]
 * @param lower      the lower bound of each share's interval, in [0, share]
 * @param upper      the upper bound of each share's interval, in [share, 1]
 * @param confidence the intervals' confidence level, in (0, 1)
 * @param runs       the number of runs the shares come from, at least 1
 * @param title      the chart title, non-blank
 * @param colours    the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
 */
public record OutcomeShares(List<String> labels, double[] share, double[] lower, double[] upper,
                            double confidence, long runs, String title, OutcomeColors colours) {

    /**
     * Checks and copies the arguments.
     *
     * @param labels the outcome names, distinct and non-blank
     * @param share the share of runs per outcome, each in [0, 1]
     * @param lower the lower bound of each share's interval, in [0, share]
     * @param upper the upper bound of each share's interval, in [share, 1]
     * @param confidence the intervals' confidence level, in (0, 1)
     * @param runs the number of runs the shares come from, at least 1
     * @param title the chart title, non-blank
     * @param colours the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public OutcomeShares {
        colours = Checks.notNull("colours", colours);
        labels = Checks.labels("labels", labels);
        int n = labels.size();
        share = Checks.array("share", share, n, "label");
        lower = Checks.array("lower", lower, n, "label");
        upper = Checks.array("upper", upper, n, "label");
        for (int i = 0; i < n; i++) {
            String at = "[" + i + "] (" + labels.get(i) + ")";
            Checks.within("share" + at, share[i], 0.0, 1.0);
            Checks.within("lower" + at, lower[i], 0.0, 1.0);
            Checks.within("upper" + at, upper[i], 0.0, 1.0);
            Checks.ordered(at, "share", lower[i], share[i], upper[i]);
        }
        Checks.confidence(confidence);
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, but was " + runs);
        }
        title = Checks.text("title", title);
    }

    /**
     * The same data without fixed colours: every label coloured by its position (FAILED black).
     *
     * @param labels the outcome names, distinct and non-blank
     * @param share the share of runs per outcome, each in [0, 1]
     * @param lower the lower bound of each share's interval, in [0, share]
     * @param upper the upper bound of each share's interval, in [share, 1]
     * @param confidence the intervals' confidence level, in (0, 1)
     * @param runs the number of runs the shares come from, at least 1
     * @param title the chart title, non-blank
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public OutcomeShares(List<String> labels, double[] share, double[] lower, double[] upper, double confidence, long runs, String title) {
        this(labels, share, lower, upper, confidence, runs, title, OutcomeColors.NONE);
    }

    /**
     * A copy coloured with {@code c}: a model's endings in their fixed colours.
     *
     * @param c the colours
     * @return the copy
     */
    public OutcomeShares withColours(OutcomeColors c) {
        return new OutcomeShares(labels, share, lower, upper, confidence, runs, title, c);
    }

    /**
     * Shares and Wilson score intervals from outcome counts.
     *
     * @param labels     the outcome names
     * @param counts     the number of runs per outcome, each &gt;= 0, adding up to at least 1
     * @param confidence the confidence level, in (0, 1)
     * @param title      the chart title
     * @return the shares
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static OutcomeShares wilson(List<String> labels, long[] counts, double confidence, String title) {
        List<String> checked = Checks.labels("labels", labels);
        Checks.notNull("counts", counts);
        if (counts.length != checked.size()) {
            throw new IllegalArgumentException("counts must have " + checked.size()
                    + " entries (one per label), but had " + counts.length);
        }
        long total = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                throw new IllegalArgumentException("counts[" + i + "] (" + checked.get(i)
                        + ") must be >= 0, but was " + counts[i]);
            }
            total = Math.addExact(total, counts[i]);
        }
        if (total < 1) {
            throw new IllegalArgumentException("counts must add up to at least 1, but added up to " + total);
        }
        Checks.confidence(confidence);
        int n = counts.length;
        double[] share = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            Interval interval = ConfidenceIntervals.wilson(counts[i], total, confidence);
            share[i] = (double) counts[i] / total;
            lower[i] = interval.lower();
            upper[i] = interval.upper();
        }
        return new OutcomeShares(checked, share, lower, upper, confidence, total, title);
    }

    /** {@return the number of outcomes} */
    public int size() {
        return labels.size();
    }

    /** {@return the shares, a copy} */
    @Override
    public double[] share() {
        return share.clone();
    }

    /** {@return the lower bounds, a copy} */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** {@return the upper bounds, a copy} */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeShares other
                && colours.equals(other.colours)
                && labels.equals(other.labels)
                && Arrays.equals(share, other.share)
                && Arrays.equals(lower, other.lower)
                && Arrays.equals(upper, other.upper)
                && Double.compare(confidence, other.confidence) == 0
                && runs == other.runs
                && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        int h = labels.hashCode();
        h = 31 * h + Arrays.hashCode(share);
        h = 31 * h + Arrays.hashCode(lower);
        h = 31 * h + Arrays.hashCode(upper);
        h = 31 * h + Double.hashCode(confidence);
        h = 31 * h + Long.hashCode(runs);
        return 31 * h + title.hashCode();
    }

    @Override
    public String toString() {
        return "OutcomeShares[labels=" + labels + ", share=" + Arrays.toString(share)
                + ", lower=" + Arrays.toString(lower) + ", upper=" + Arrays.toString(upper)
                + ", confidence=" + confidence + ", runs=" + runs + ", title=" + title + "]";
    }
}
