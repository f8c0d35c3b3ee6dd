package org.offramp.output.chart;

import java.util.Arrays;

/**
 * A value on a grid of two swept parameters (for example the share of WAR over perception noise ×
 * attribution accuracy): the input of {@link Charts#heatMap}. The grid need not be evenly spaced:
 * each cell is drawn at its index, labelled with its parameter value.
 *
 * <pre>{@code
 * HeatMap m = new HeatMap(new double[] {0, 0.5, 1}, new double[] {0.6, 0.8, 1.0}, z,
 *         "perception noise", "attribution accuracy", "WAR share", "Where misperception kills");
 * }</pre>
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 *
 * @param x      the x parameter values, finite and strictly increasing, at least one
 * @param y      the y parameter values, finite and strictly increasing, at least one
 * @param z      [y index][x index] the values, finite
 * @param xLabel the x axis label, with its unit; non-blank
 * @param yLabel the y axis label, with its unit; non-blank
 * @param zLabel what the colour shows, with its unit; non-blank
 * @param title  the chart title, non-blank
 */
public record HeatMap(double[] x, double[] y, double[][] z, String xLabel, String yLabel, String zLabel,
                      String title) {

    /**
     * Checks and copies the arguments.
     *
     * @param x the x parameter values, finite and strictly increasing, at least one
     * @param y the y parameter values, finite and strictly increasing, at least one
     * @param z [y index][x index] the values, finite
     * @param xLabel the x axis label, with its unit; non-blank
     * @param yLabel the y axis label, with its unit; non-blank
     * @param zLabel what the colour shows, with its unit; non-blank
     * @param title the chart title, non-blank
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public HeatMap {
        x = increasing("x", x);
        y = increasing("y", y);
        z = Checks.matrix("z", z, y.length, x.length, "y value", "x value");
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                Checks.finite("z[" + j + "][" + i + "] (x = " + x[i] + ", y = " + y[j] + ")", z[j][i]);
            }
        }
        xLabel = Checks.text("xLabel", xLabel);
        yLabel = Checks.text("yLabel", yLabel);
        zLabel = Checks.text("zLabel", zLabel);
        title = Checks.text("title", title);
    }

    private static double[] increasing(String field, double[] values) {
        Checks.notNull(field, values);
        if (values.length == 0) {
            throw new IllegalArgumentException(field + " must hold at least one value, but was empty");
        }
        for (int i = 0; i < values.length; i++) {
            Checks.finite(field + "[" + i + "]", values[i]);
            if (i > 0 && values[i] <= values[i - 1]) {
                throw new IllegalArgumentException(field + "[" + i + "] must be > " + field + "[" + (i - 1) + "] ("
                        + values[i - 1] + ") since " + field + " increases strictly, but was " + values[i]);
            }
        }
        return values.clone();
    }

    /** {@return the smallest value of z} */
    public double min() {
        return Arrays.stream(z).flatMapToDouble(Arrays::stream).min().orElseThrow();
    }

    /** {@return the largest value of z} */
    public double max() {
        return Arrays.stream(z).flatMapToDouble(Arrays::stream).max().orElseThrow();
    }

    /** {@return the x values, a copy} */
    @Override
    public double[] x() {
        return x.clone();
    }

    /** {@return the y values, a copy} */
    @Override
    public double[] y() {
        return y.clone();
    }

    /** {@return the values, a deep copy} */
    @Override
    public double[][] z() {
        return Checks.copy(z);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeatMap other
                && Arrays.equals(x, other.x)
                && Arrays.equals(y, other.y)
                && Arrays.deepEquals(z, other.z)
                && xLabel.equals(other.xLabel)
                && yLabel.equals(other.yLabel)
                && zLabel.equals(other.zLabel)
                && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        int h = (Arrays.hashCode(x) * 31 + Arrays.hashCode(y)) * 31 + Arrays.deepHashCode(z);
        return (((h * 31 + xLabel.hashCode()) * 31 + yLabel.hashCode()) * 31 + zLabel.hashCode()) * 31
                + title.hashCode();
    }

    @Override
    public String toString() {
        return "HeatMap[x=" + Arrays.toString(x) + ", y=" + Arrays.toString(y) + ", z=" + Arrays.deepToString(z)
                + ", xLabel=" + xLabel + ", yLabel=" + yLabel + ", zLabel=" + zLabel + ", title=" + title + "]";
    }
}
