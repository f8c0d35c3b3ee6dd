package org.offramp.output.chart;

import java.util.Arrays;
import java.util.List;

/**
 * Curves over a swept parameter, each point with a confidence band (for example the share of WAR
 * as perception noise rises): the input of {@link Charts#seriesWithBands}.
 *
 * <pre>{@code
 * SeriesWithBands s = new SeriesWithBands(new double[] {0, 0.5, 1, 2},
 *         List.of("WAR", "DEAL"), y, lower, upper, true,
 *         "perception noise (Goldstein points)", "Share of runs (%)", "Misperception sweep");
 * }</pre>
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 *
 * @param x       the parameter values, finite and strictly increasing, at least one
 * @param labels  the curve names (usually outcomes), distinct and non-blank
 * @param y       [label][point] the values, finite
 * @param lower   [label][point] the lower band, at most y
 * @param upper   [label][point] the upper band, at least y
 * @param shares  whether the values are shares in [0, 1] (checked, and shown as percentages)
 * @param xLabel  the x axis label, with its unit; non-blank
 * @param yLabel  the y axis label, with its unit; non-blank
 * @param title   the chart title, non-blank
 * @param colours    the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
 */
public record SeriesWithBands(double[] x, List<String> labels, double[][] y, double[][] lower, double[][] upper,
                              boolean shares, String xLabel, String yLabel, String title, OutcomeColors colours) {

    /**
     * Checks and copies the arguments.
     *
     * @param x the parameter values, finite and strictly increasing, at least one
     * @param labels the curve names (usually outcomes), distinct and non-blank
     * @param y [label][point] the values, finite
     * @param lower [label][point] the lower band, at most y
     * @param upper [label][point] the upper band, at least y
     * @param shares whether the values are shares in [0, 1] (checked, and shown as percentages)
     * @param xLabel the x axis label, with its unit; non-blank
     * @param yLabel the y axis label, with its unit; non-blank
     * @param title the chart title, non-blank
     * @param colours the fixed colours of labels (a model's endings); {@link OutcomeColors#NONE} for none
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public SeriesWithBands {
        colours = Checks.notNull("colours", colours);
        Checks.notNull("x", x);
        if (x.length == 0) {
            throw new IllegalArgumentException("x must hold at least one value, but was empty");
        }
        x = x.clone();
        for (int i = 0; i < x.length; i++) {
            Checks.finite("x[" + i + "]", x[i]);
            if (i > 0 && x[i] <= x[i - 1]) {
                throw new IllegalArgumentException("x[" + i + "] must be > x[" + (i - 1) + "] (" + x[i - 1]
                        + ") since x increases strictly, but was " + x[i]);
            }
        }
        labels = Checks.labels("labels", labels);
        int n = labels.size();
        y = Checks.matrix("y", y, n, x.length, "label", "x value");
        lower = Checks.matrix("lower", lower, n, x.length, "label", "x value");
        upper = Checks.matrix("upper", upper, n, x.length, "label", "x value");
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < x.length; i++) {
                String at = "[" + k + "][" + i + "] (" + labels.get(k) + ", x = " + x[i] + ")";
                double lo = shares ? 0.0 : -Double.MAX_VALUE;
                double hi = shares ? 1.0 : Double.MAX_VALUE;
                Checks.within("y" + at, y[k][i], lo, hi);
                Checks.within("lower" + at, lower[k][i], lo, hi);
                Checks.within("upper" + at, upper[k][i], lo, hi);
                Checks.ordered(at, "y", lower[k][i], y[k][i], upper[k][i]);
            }
        }
        xLabel = Checks.text("xLabel", xLabel);
        yLabel = Checks.text("yLabel", yLabel);
        title = Checks.text("title", title);
    }

    /**
     * The same data without fixed colours: every label coloured by its position (FAILED black).
     *
     * @param x the parameter values, finite and strictly increasing, at least one
     * @param labels the curve names (usually outcomes), distinct and non-blank
     * @param y [label][point] the values, finite
     * @param lower [label][point] the lower band, at most y
     * @param upper [label][point] the upper band, at least y
     * @param shares whether the values are shares in [0, 1] (checked, and shown as percentages)
     * @param xLabel the x axis label, with its unit; non-blank
     * @param yLabel the y axis label, with its unit; non-blank
     * @param title the chart title, non-blank
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public SeriesWithBands(double[] x, List<String> labels, double[][] y, double[][] lower, double[][] upper, boolean shares, String xLabel, String yLabel, String title) {
        this(x, labels, y, lower, upper, shares, xLabel, yLabel, title, OutcomeColors.NONE);
    }

    /**
     * A copy coloured with {@code c}: a model's endings in their fixed colours.
     *
     * @param c the colours
     * @return the copy
     */
    public SeriesWithBands withColours(OutcomeColors c) {
        return new SeriesWithBands(x, labels, y, lower, upper, shares, xLabel, yLabel, title, c);
    }

    /** {@return the parameter values, a copy} */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** {@return the values, a deep copy} */
    @Override
    public double[][] y() {
        return Checks.copy(y);
    }

    /** {@return the lower band, a deep copy} */
    @Override
    public double[][] lower() {
        return Checks.copy(lower);
    }

    /** {@return the upper band, a deep copy} */
    @Override
    public double[][] upper() {
        return Checks.copy(upper);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesWithBands other
                && colours.equals(other.colours)
                && Arrays.equals(x, other.x)
                && labels.equals(other.labels)
                && Arrays.deepEquals(y, other.y)
                && Arrays.deepEquals(lower, other.lower)
                && Arrays.deepEquals(upper, other.upper)
                && shares == other.shares
                && xLabel.equals(other.xLabel)
                && yLabel.equals(other.yLabel)
                && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        int h = Arrays.hashCode(x) * 31 + labels.hashCode();
        h = h * 31 + Arrays.deepHashCode(y);
        h = h * 31 + Arrays.deepHashCode(lower);
        h = h * 31 + Arrays.deepHashCode(upper);
        h = h * 31 + Boolean.hashCode(shares);
        return ((h * 31 + xLabel.hashCode()) * 31 + yLabel.hashCode()) * 31 + title.hashCode();
    }

    @Override
    public String toString() {
        return "SeriesWithBands[x=" + Arrays.toString(x) + ", labels=" + labels + ", y=" + Arrays.deepToString(y)
                + ", shares=" + shares + ", xLabel=" + xLabel + ", yLabel=" + yLabel + ", title=" + title + "]";
    }
}
