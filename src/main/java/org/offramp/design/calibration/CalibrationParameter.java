package org.offramp.design.calibration;

import java.util.Objects;

/**
 * A parameter to calibrate, with its uniform prior: uniform on {@code [lower, upper]} for a real
 * parameter, on the whole numbers {@code lower, ..., upper} for an integer one, and on {0, 1}
 * (false, true) for a boolean one. The simulator receives every value as a {@code double}.
 *
 * <pre>{@code
 * CalibrationParameter restraint = CalibrationParameter.real("washington.restraint", 0.3, 0.9);
 * CalibrationParameter delay = CalibrationParameter.integer("talks.delay", 0, 30);
 * CalibrationParameter punch = CalibrationParameter.bool("punchInTheNose");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name  the parameter's name, non-blank
 * @param kind  real, integer or boolean
 * @param lower the lowest value (0 for a boolean)
 * @param upper the highest value (1 for a boolean)
 */
public record CalibrationParameter(String name, Kind kind, double lower, double upper) {

    /** The values a parameter takes. */
    public enum Kind {
        /** Real numbers in [lower, upper]. */
        REAL,
        /** Whole numbers from lower to upper. */
        INTEGER,
        /** 0 (false) or 1 (true). */
        BOOLEAN
    }

    /**
     * Checks the arguments.
     *
     * @param name  the parameter's name, non-blank
     * @param kind  real, integer or boolean
     * @param lower the lowest value (0 for a boolean)
     * @param upper the highest value (1 for a boolean)
     * @throws NullPointerException     if the name or kind is null
     * @throws IllegalArgumentException naming the value if the name is blank or the bounds are
     *                                  not finite, ordered and (for integers) whole
     */
    public CalibrationParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank() || name.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("name must be non-blank and on one line, but was \"" + name + "\"");
        }
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException(name + ": bounds must be finite with lower < upper, but were ["
                    + lower + ", " + upper + "]");
        }
        if (kind == Kind.INTEGER && (lower != Math.rint(lower) || upper != Math.rint(upper))) {
            throw new IllegalArgumentException(name + ": integer bounds must be whole, but were [" + lower + ", "
                    + upper + "]");
        }
        if (kind == Kind.BOOLEAN && (lower != 0 || upper != 1)) {
            throw new IllegalArgumentException(name + ": a boolean's bounds must be [0, 1], but were [" + lower + ", "
                    + upper + "]");
        }
    }

    /**
     * A real parameter, uniform on [lower, upper].
     *
     * @param name  the name
     * @param lower the lowest value
     * @param upper the highest value, above {@code lower}
     * @return the parameter
     * @throws IllegalArgumentException if the name is blank or the bounds invalid
     */
    public static CalibrationParameter real(String name, double lower, double upper) {
        return new CalibrationParameter(name, Kind.REAL, lower, upper);
    }

    /**
     * An integer parameter, uniform on lower, ..., upper.
     *
     * @param name  the name
     * @param lower the lowest value
     * @param upper the highest value, above {@code lower}
     * @return the parameter
     * @throws IllegalArgumentException if the name is blank or {@code lower >= upper}
     */
    public static CalibrationParameter integer(String name, long lower, long upper) {
        return new CalibrationParameter(name, Kind.INTEGER, lower, upper);
    }

    /**
     * A boolean parameter, 0 (false) or 1 (true) with equal prior probability.
     *
     * @param name the name
     * @return the parameter
     * @throws IllegalArgumentException if the name is blank
     */
    public static CalibrationParameter bool(String name) {
        return new CalibrationParameter(name, Kind.BOOLEAN, 0, 1);
    }

    /** {@return whether the parameter takes whole values only (integer or boolean)} */
    public boolean isDiscrete() {
        return kind != Kind.REAL;
    }

    /**
     * Whether a value lies in the prior's support.
     *
     * @param value the value
     * @return whether it is in range (and whole, for a discrete parameter)
     */
    public boolean inSupport(double value) {
        return value >= lower && value <= upper && (kind == Kind.REAL || value == Math.rint(value));
    }
}
