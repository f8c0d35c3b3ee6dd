package org.offramp.output.chart.discovery;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The data of a pairs scatter of a PRIM box's restricted factors: each row's values on those
 * factors, whether it is a case of interest, and the box's limits on each factor. When a row stands
 * for several runs (a design point whose runs share its factor values), {@code shares} gives each
 * row's share of the outcome, and the chart colours the row by it.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 *
 * @param dimensions  the restricted factors, at least one
 * @param interest    per row, whether it is a case of interest
 * @param outcomeName the outcome's name, e.g. "WAR"
 * @param title       the chart title
 * @param shares      per row, the share of its runs with the outcome, each in [0, 1]; null when every
 *                    row is one case
 */
public record PairsData(List<Dimension> dimensions, boolean[] interest, String outcomeName, String title,
                        double[] shares) {

    /**
     * Data whose rows are one case each.
     *
     * @param dimensions  the restricted factors, at least one
     * @param interest    per row, whether it is a case of interest
     * @param outcomeName the outcome's name
     * @param title       the chart title
     */
    public PairsData(List<Dimension> dimensions, boolean[] interest, String outcomeName, String title) {
        this(dimensions, interest, outcomeName, title, null);
    }

    /**
     * One factor of the scatter.
     *
     * @param name      the factor's name
     * @param low       the axis's lower end (the declared lower bound; -0.5 for levels)
     * @param high      the axis's upper end
     * @param levels    the level names of a boolean or categorical factor (values are level
     *                  indices); empty for a numeric factor
     * @param values    per row, the value
     * @param intervals the box on this factor as intervals of values: one {lower, upper} for a
     *                  numeric factor, one per kept level ({@code level ± 0.4}) otherwise
     */
    public record Dimension(String name, double low, double high, List<String> levels, double[] values,
                            List<double[]> intervals) {
        /**
         * Checks and copies the arguments.
         *
         * @param name the factor's name
         * @param low the axis's lower end (the declared lower bound; -0.5 for levels)
         * @param high the axis's upper end
         * @param levels the level names of a boolean or categorical factor (values are level
         *        indices); empty for a numeric factor
         * @param values per row, the value
         * @param intervals the box on this factor as intervals of values: one {lower, upper} for a
         *        numeric factor, one per kept level ({@code level ± 0.4}) otherwise
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if the axis is empty, a value or interval is not finite,
         *                                  or there is no interval
         */
        public Dimension {
            Args.text("name", name);
            if (!(low < high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException(name + ": the axis must have finite low < high, but was [" + low
                        + ", " + high + "]");
            }
            levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
            values = Args.finite(name + ": values", values, -1);
            intervals = Args.nonEmpty(name + ": intervals", intervals).stream()
                    .map(iv -> Args.finite(name + ": interval", iv, 2)).toList();
        }

        /** {@return per row, the value; a copy} */
        @Override
        public double[] values() {
            return values.clone();
        }

        /** {@return the box on this factor as intervals of values; a deep copy} */
        @Override
        public List<double[]> intervals() {
            return intervals.stream().map(double[]::clone).toList();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Dimension d && name.equals(d.name) && low == d.low && high == d.high
                    && levels.equals(d.levels) && Arrays.equals(values, d.values)
                    && Arrays.deepEquals(intervals.toArray(), d.intervals.toArray());
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, low, high, levels, Arrays.hashCode(values));
        }

        @Override
        public String toString() {
            return "Dimension[" + name + ", " + values.length + " values]";
        }
    }

    /**
     * Checks and copies the arguments.
     *
     * @param dimensions the restricted factors, at least one
     * @param interest per row, whether it is a case of interest
     * @param outcomeName the outcome's name, e.g. "WAR"
     * @param title the chart title
     * @param shares per row, the share of its runs with the outcome, each in [0, 1]; null when every
     *        row is one case
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there is no dimension or the lengths differ
     */
    public PairsData {
        dimensions = Args.nonEmpty("dimensions", dimensions);
        Objects.requireNonNull(interest, "interest");
        interest = interest.clone();
        for (Dimension d : dimensions) {
            if (d.values.length != interest.length) {
                throw new IllegalArgumentException(d.name + " has " + d.values.length + " values, but interest has "
                        + interest.length);
            }
        }
        Args.text("outcomeName", outcomeName);
        Args.text("title", title);
        if (shares != null) {
            shares = shares.clone();
            if (shares.length != interest.length) {
                throw new IllegalArgumentException("shares has " + shares.length + " values, but interest has "
                        + interest.length);
            }
            for (double v : shares) {
                if (!(v >= 0 && v <= 1)) {
                    throw new IllegalArgumentException("shares must be in [0, 1], but held " + v);
                }
            }
        }
    }

    /** {@return per row, the share of its runs with the outcome; a copy, or null when every row is one case} */
    @Override
    public double[] shares() {
        return shares == null ? null : shares.clone();
    }

    /** {@return per row, whether it is a case of interest; a copy} */
    @Override
    public boolean[] interest() {
        return interest.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PairsData p && dimensions.equals(p.dimensions) && Arrays.equals(interest, p.interest)
                && outcomeName.equals(p.outcomeName) && title.equals(p.title) && Arrays.equals(shares, p.shares);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dimensions, Arrays.hashCode(interest), title);
    }

    @Override
    public String toString() {
        return "PairsData[" + dimensions.size() + " dimensions, " + interest.length + " rows, " + title + "]";
    }
}
