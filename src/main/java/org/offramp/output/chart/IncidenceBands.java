package org.offramp.output.chart;

import java.util.Arrays;

/**
 * Pointwise intervals around the curves of a {@link CumulativeIncidence}, drawn as translucent bands
 * by {@link Charts#cumulativeIncidenceChart(CumulativeIncidence, IncidenceBands, String)}.
 *
 * <pre>{@code
 * // lower[k][t] <= byDay[k][t] <= upper[k][t], e.g. Wilson intervals of each day's share
 * IncidenceBands bands = new IncidenceBands(lower, upper, 0.95);
 * }</pre>
 *
 * <p>Immutable and thread-safe: the arrays are copied in and out.
 *
 * @param lower      per curve, per day, the lower bound, in [0, 1]
 * @param upper      per curve, per day, the upper bound, in [lower, 1]
 * @param confidence the intervals' confidence level, in (0, 1)
 */
public record IncidenceBands(double[][] lower, double[][] upper, double confidence) {
    /**
     * Checks and copies the arguments.
     *
     * @param lower per curve, per day, the lower bound, in [0, 1]
     * @param upper per curve, per day, the upper bound, in [lower, 1]
     * @param confidence the intervals' confidence level, in (0, 1)
     * @throws IllegalArgumentException naming the field and value if an argument is invalid
     */
    public IncidenceBands {
        Checks.notNull("lower", lower);
        Checks.notNull("upper", upper);
        if (lower.length != upper.length || lower.length == 0) {
            throw new IllegalArgumentException("lower and upper must have the same number of curves (at least 1), but"
                    + " had " + lower.length + " and " + upper.length);
        }
        int days = Checks.notNull("lower[0]", lower[0]).length;
        lower = Checks.matrix("lower", lower, lower.length, days, "curve", "day, like lower[0]");
        upper = Checks.matrix("upper", upper, upper.length, days, "curve", "day, like lower[0]");
        for (int k = 0; k < lower.length; k++) {
            for (int t = 0; t < days; t++) {
                String at = "[" + k + "][" + t + "]";
                Checks.within("lower" + at, lower[k][t], 0.0, 1.0);
                Checks.within("upper" + at, upper[k][t], lower[k][t], 1.0);
            }
        }
        Checks.confidence(confidence);
    }

    /** {@return the lower bounds, a deep copy} */
    @Override
    public double[][] lower() {
        return Checks.copy(lower);
    }

    /** {@return the upper bounds, a deep copy} */
    @Override
    public double[][] upper() {
        return Checks.copy(upper);
    }

    /** {@return the days covered: the length of each curve} */
    public int days() {
        return lower[0].length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IncidenceBands b && Arrays.deepEquals(lower, b.lower) && Arrays.deepEquals(upper, b.upper)
                && Double.compare(confidence, b.confidence) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(lower) * 31 + Arrays.deepHashCode(upper);
    }

    @Override
    public String toString() {
        return "IncidenceBands[curves=" + lower.length + ", days=" + days() + ", confidence=" + confidence + "]";
    }
}
