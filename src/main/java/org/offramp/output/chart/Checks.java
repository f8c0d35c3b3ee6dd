package org.offramp.output.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Argument checks shared by the chart data records. Every message names the field, the offending
 * value and what is allowed, so that a bad call can be fixed from the message alone.
 */
final class Checks {

    private Checks() {
    }

    /** A non-blank single-line text; returns it. */
    static String text(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, but was \"" + value + "\"");
        }
        return value;
    }

    /** A non-empty list of distinct non-blank labels; returns an unmodifiable copy. */
    static List<String> labels(String field, List<String> labels) {
        if (labels == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException(field + " must hold at least one label, but was empty");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = text(field + "[" + i + "]", labels.get(i));
            if (!seen.add(label)) {
                throw new IllegalArgumentException(field + " must be distinct, but \"" + label
                        + "\" appears twice (again at index " + i + ")");
            }
        }
        return List.copyOf(labels);
    }

    /** An array of the given length; returns a copy. */
    static double[] array(String field, double[] values, int length, String per) {
        if (values == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (values.length != length) {
            throw new IllegalArgumentException(field + " must have " + length + " entries (one per "
                    + per + "), but had " + values.length);
        }
        return values.clone();
    }

    /** A finite value in [min, max]. */
    static void within(String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", " + max + "], but was " + value);
        }
    }

    /** A finite value. */
    static void finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(field + " must be finite, but was " + value);
        }
    }

    /**
     * lower &lt;= estimate &lt;= upper. Fields are named "lower" + at, "upper" + at and estimate + at,
     * where {@code at} locates the entry, e.g. "[1] (DEAL)".
     */
    static void ordered(String at, String estimate, double lower, double value, double upper) {
        if (lower > upper) {
            throw new IllegalArgumentException("lower" + at + " must be <= upper" + at + " (" + upper
                    + "), but was " + lower);
        }
        if (value < lower || value > upper) {
            throw new IllegalArgumentException(estimate + at + " must lie in its interval [" + lower + ", "
                    + upper + "], but was " + value);
        }
    }

    /** A confidence level in (0, 1). */
    static double confidence(double confidence) {
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), but was " + confidence);
        }
        return confidence;
    }

    /** A rectangular matrix with the given number of rows; returns a deep copy. */
    static double[][] matrix(String field, double[][] values, int rows, int columns, String rowPer, String columnPer) {
        if (values == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        if (values.length != rows) {
            throw new IllegalArgumentException(field + " must have " + rows + " rows (one per " + rowPer
                    + "), but had " + values.length);
        }
        double[][] copy = new double[rows][];
        for (int r = 0; r < rows; r++) {
            copy[r] = array(field + "[" + r + "]", values[r], columns, columnPer);
        }
        return copy;
    }

    /** A deep copy of a matrix. */
    static double[][] copy(double[][] values) {
        double[][] copy = new double[values.length][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = values[r].clone();
        }
        return copy;
    }

    /** A non-null argument; returns it. */
    static <T> T notNull(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
        return value;
    }
}
