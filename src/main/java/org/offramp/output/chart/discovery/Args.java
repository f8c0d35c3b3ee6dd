package org.offramp.output.chart.discovery;

import java.util.List;
import java.util.Objects;

/** Argument checks of the chart data records; messages name the field, the value and what is allowed. */
final class Args {
    private Args() {
    }

    static String text(String field, String value) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank, but was \"" + value + "\"");
        }
        return value;
    }

    static double[] finite(String field, double[] values, int length) {
        Objects.requireNonNull(values, field);
        if (length >= 0 && values.length != length) {
            throw new IllegalArgumentException(field + " must have " + length + " entries, but had " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(field + "[" + i + "] must be finite, but was " + values[i]);
            }
        }
        return values.clone();
    }

    static void share(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], but was " + value);
        }
    }

    static <T> List<T> nonEmpty(String field, List<T> values) {
        Objects.requireNonNull(values, field);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        for (int i = 0; i < values.size(); i++) {
            Objects.requireNonNull(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
