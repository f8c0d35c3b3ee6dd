package org.offramp.output.chart;

import java.util.Arrays;
import java.util.List;

/**
 * Paired differences of shares between two scenarios (for example treatment minus baseline under
 * common random numbers), each with a confidence interval: the input of {@link Charts#differences}.
 * Differences of shares lie in [-1, 1] and are charted in percentage points.
 *
 * <pre>{@code
 * Differences d = new Differences(List.of("WAR", "DEAL", "CHAOS"), diff, lower, upper, 0.95,
 *         "more sanctions \u2212 baseline", "Effect of more sanctions");
 * }</pre>
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 *
 * @param labels     what each difference is of (usually outcome names), distinct and non-blank
 * @param difference the differences, each in [-1, 1]
 * @param lower      the lower bound of each difference's interval, in [-1, difference]
 * @param upper      the upper bound, in [difference, 1]
 * @param confidence the intervals' confidence level, in (0, 1)
 * @param contrast   what is subtracted from what, e.g. "more sanctions − baseline", non-blank
 * @param title      the chart title, non-blank
 * @param colours    the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
 */
public record Differences(List<String> labels, double[] difference, double[] lower, double[] upper,
                          double confidence, String contrast, String title, OutcomeColors colours) {

    /**
     * Checks and copies the arguments.
     *
     * @param labels what each difference is of (usually outcome names), distinct and non-blank
     * @param difference the differences, each in [-1, 1]
     * @param lower the lower bound of each difference's interval, in [-1, difference]
     * @param upper the upper bound, in [difference, 1]
     * @param confidence the intervals' confidence level, in (0, 1)
     * @param contrast what is subtracted from what, e.g. "more sanctions − baseline", non-blank
     * @param title the chart title, non-blank
     * @param colours the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public Differences {
        colours = Checks.notNull("colours", colours);
        labels = Checks.labels("labels", labels);
        int n = labels.size();
        difference = Checks.array("difference", difference, n, "label");
        lower = Checks.array("lower", lower, n, "label");
        upper = Checks.array("upper", upper, n, "label");
        for (int i = 0; i < n; i++) {
            String at = "[" + i + "] (" + labels.get(i) + ")";
            Checks.within("difference" + at, difference[i], -1.0, 1.0);
            Checks.within("lower" + at, lower[i], -1.0, 1.0);
            Checks.within("upper" + at, upper[i], -1.0, 1.0);
            Checks.ordered(at, "difference", lower[i], difference[i], upper[i]);
        }
        Checks.confidence(confidence);
        contrast = Checks.text("contrast", contrast);
        title = Checks.text("title", title);
    }

    /**
     * The same data without fixed colours: every label coloured by its position (FAILED black).
     *
     * @param labels what each difference is of (usually outcome names), distinct and non-blank
     * @param difference the differences, each in [-1, 1]
     * @param lower the lower bound of each difference's interval, in [-1, difference]
     * @param upper the upper bound, in [difference, 1]
     * @param confidence the intervals' confidence level, in (0, 1)
     * @param contrast what is subtracted from what, e.g. "more sanctions − baseline", non-blank
     * @param title the chart title, non-blank
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public Differences(List<String> labels, double[] difference, double[] lower, double[] upper, double confidence, String contrast, String title) {
        this(labels, difference, lower, upper, confidence, contrast, title, OutcomeColors.NONE);
    }

    /**
     * A copy coloured with {@code c}: a model's endings in their fixed colours.
     *
     * @param c the colours
     * @return the copy
     */
    public Differences withColours(OutcomeColors c) {
        return new Differences(labels, difference, lower, upper, confidence, contrast, title, c);
    }

    /** {@return the differences, a copy} */
    @Override
    public double[] difference() {
        return difference.clone();
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
        return o instanceof Differences other
                && colours.equals(other.colours)
                && labels.equals(other.labels)
                && Arrays.equals(difference, other.difference)
                && Arrays.equals(lower, other.lower)
                && Arrays.equals(upper, other.upper)
                && Double.compare(confidence, other.confidence) == 0
                && contrast.equals(other.contrast)
                && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        int h = labels.hashCode();
        h = h * 31 + Arrays.hashCode(difference);
        h = h * 31 + Arrays.hashCode(lower);
        h = h * 31 + Arrays.hashCode(upper);
        h = h * 31 + Double.hashCode(confidence);
        return (h * 31 + contrast.hashCode()) * 31 + title.hashCode();
    }

    @Override
    public String toString() {
        return "Differences[labels=" + labels + ", difference=" + Arrays.toString(difference) + ", lower="
                + Arrays.toString(lower) + ", upper=" + Arrays.toString(upper) + ", confidence=" + confidence
                + ", contrast=" + contrast + ", title=" + title + "]";
    }
}
