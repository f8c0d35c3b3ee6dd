package org.offramp.model;

import java.util.Objects;

/**
 * The specification of one scenario parameter of a model: its path, unit, default value, valid
 * range and the reason for its value. A parameter belongs to the {@link Parameters} registry that
 * declared it ({@link #registry()}); a {@link Scenario} of another model refuses it. Parameters are
 * declared once, in their model's registry; every document about them (the {@code params} command,
 * a model's parameter reference) is generated from these declarations.
 *
 * <p>Values are stored as doubles. An {@link Type#INTEGER} parameter holds a whole number and a
 * {@link Type#FLAG} holds 0 (false) or 1 (true).
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Param {
    /** The kind of value a parameter holds. */
    public enum Type {
        /** A real number in [min, max]. */
        REAL,
        /** A whole number in [min, max]. */
        INTEGER,
        /** A boolean, stored as 0 or 1. */
        FLAG
    }

    private final Parameters registry;
    private final int index;
    private final String path;
    private final Type type;
    private final String unit;
    private final double defaultValue;
    private final double min;
    private final double max;
    private final String reason;

    Param(Parameters registry, int index, String path, Type type, String unit, double defaultValue, double min,
          double max, String reason) {
        this.registry = registry;
        this.index = index;
        this.path = Objects.requireNonNull(path, "path");
        this.type = Objects.requireNonNull(type, "type");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.reason = Objects.requireNonNull(reason, "reason");
        if (!(min <= max)) {
            throw new IllegalArgumentException(path + ": min must be <= max, but was [" + min + ", " + max + "]");
        }
        this.min = min;
        this.max = max;
        this.defaultValue = defaultValue;
        String problem = problem(defaultValue);
        if (problem != null) {
            throw new IllegalArgumentException(path + ": default " + problem);
        }
    }

    /** {@return the registry that declared this parameter: its model's {@link Parameters}} */
    public Parameters registry() {
        return registry;
    }

    /** {@return the parameter's position in a scenario's value array; stable within a library version} */
    public int index() {
        return index;
    }

    /** {@return the dotted path, e.g. {@code perception.noise.washington.tehran}} */
    public String path() {
        return path;
    }

    /** {@return the kind of value} */
    public Type type() {
        return type;
    }

    /** {@return the unit ("days", "probability", "Goldstein points", "1" for a dimensionless weight...)} */
    public String unit() {
        return unit;
    }

    /** {@return the declared default: the value of every scenario that does not set the parameter} */
    public double defaultValue() {
        return defaultValue;
    }

    /** {@return the smallest valid value} */
    public double min() {
        return min;
    }

    /** {@return the largest valid value} */
    public double max() {
        return max;
    }

    /** {@return why the default has this value: a source, a dated fact, or a stated assumption} */
    public String reason() {
        return reason;
    }

    /** {@return the valid range in words, for error messages and documents: "[0, 1]", "true or false"} */
    public String allowed() {
        switch (type) {
            case FLAG:
                return "true or false";
            case INTEGER:
                return "a whole number in [" + format(min) + ", " + format(max) + "]";
            default:
                return "a number in [" + format(min) + ", " + format(max) + "]";
        }
    }

    /**
     * Why a value is not valid for this parameter, or null when it is.
     *
     * @param value the candidate value
     * @return a phrase such as "must be in [0, 1], but was 1.2", or null
     */
    public String problem(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "must be " + allowed() + ", but was " + value;
        }
        if (type == Type.FLAG && value != 0 && value != 1) {
            // Not format(value), which shows every non-zero flag value as "true".
            return "must be true or false (1 or 0 as a number), but was " + formatNumber(value);
        }
        if (type == Type.INTEGER && value != Math.rint(value)) {
            return "must be " + allowed() + ", but was " + format(value);
        }
        if (value < min || value > max) {
            return "must be " + allowed() + ", but was " + format(value);
        }
        return null;
    }

    /**
     * Formats a value of this parameter for documents: "true", "540", "0.25".
     *
     * @param value a value of this parameter (a flag is 0 or 1)
     * @return the value as documents and error messages show it
     */
    public String format(double value) {
        if (type == Type.FLAG) {
            return value != 0 ? "true" : "false";
        }
        return formatNumber(value);
    }

    /**
     * A number as documents show it: whole numbers without a fraction ("540"), others in full ("0.25").
     *
     * @param value any number
     * @return the number as text, without a trailing {@code .0} for whole numbers
     */
    public static String formatNumber(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    @Override
    public String toString() {
        return path;
    }
}
