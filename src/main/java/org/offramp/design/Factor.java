package org.offramp.design;

import java.util.List;
import java.util.Objects;
import org.offramp.model.Param;
import org.offramp.model.Parameters;
import org.offramp.model.Scenario;

/**
 * One swept parameter of a model: a range {@code [lower, upper]} for sampled designs (Latin
 * hypercube, Sobol, sensitivity) and, for a grid, its levels.
 *
 * <pre>{@code
 * Parameters ps = base.parameters();     // the model's registry
 * Factor restraint = Factor.levels(ps, "washington.restraint", List.of(0.5, 0.6, 0.7, 0.8, 0.9, 1.0));
 * Factor noise = Factor.range(ps, "perception.noiseScale", 0.5, 3);
 * }</pre>
 *
 * <p>A sampled value of an INTEGER parameter is rounded to the nearest whole number and one of a
 * FLAG parameter is true from 0.5 up. Immutable and thread-safe.
 *
 * @param param  the parameter
 * @param lower  the lower end of the range, inside the parameter's allowed range
 * @param upper  the upper end, at least lower
 * @param levels the grid levels, strictly increasing, inside the range; empty for a range-only factor
 */
public record Factor(Param param, double lower, double upper, List<Double> levels) {

    /**
     * Checks the range and the levels.
     *
     * @param param  the parameter
     * @param lower  the lower end of the range, inside the parameter's allowed range
     * @param upper  the upper end, at least lower
     * @param levels the grid levels, strictly increasing, inside the range; empty for a range-only factor
     * @throws IllegalArgumentException naming the bad value
     */
    public Factor {
        Objects.requireNonNull(param, "param");
        String path = param.path();
        levels = List.copyOf(levels);
        if (!(lower <= upper)) {
            throw new IllegalArgumentException(path + ": lower must be <= upper, but was [" + lower + ", " + upper + "]");
        }
        for (double v : new double[] {lower, upper}) {
            String problem = param.problem(v);
            if (problem != null) {
                throw new IllegalArgumentException(path + " " + problem);
            }
        }
        for (int i = 0; i < levels.size(); i++) {
            double v = levels.get(i);
            String problem = param.problem(v);
            if (problem != null) {
                throw new IllegalArgumentException(path + " level " + (i + 1) + " " + problem);
            }
            if (i > 0 && !(v > levels.get(i - 1))) {
                throw new IllegalArgumentException(path + ": levels must be strictly increasing, but were " + levels);
            }
        }
    }

    /**
     * The parameter of a registry with this path, for the factories that take a path.
     *
     * @throws IllegalArgumentException naming the path and the model when there is none
     */
    static Param param(Parameters registry, String path) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(path, "path");
        Param p = registry.find(path);
        if (p == null) {
            throw new IllegalArgumentException("factor path must be a parameter path that 'offramp params --model "
                    + registry.owner() + "' lists, but was \"" + path + "\"");
        }
        return p;
    }

    /**
     * A factor with grid levels; its range spans them.
     *
     * @param param  the parameter
     * @param levels the levels, strictly increasing
     * @return the factor
     */
    public static Factor levels(Param param, List<Double> levels) {
        Objects.requireNonNull(param, "param");
        Objects.requireNonNull(levels, "levels");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException(param.path() + ": levels must not be empty");
        }
        return new Factor(param, levels.get(0), levels.get(levels.size() - 1), levels);
    }

    /**
     * A factor with grid levels of the parameter at {@code path} of {@code registry}.
     *
     * @param registry the model's parameters
     * @param path     the parameter's path
     * @param levels   the levels, strictly increasing
     * @return the factor
     */
    public static Factor levels(Parameters registry, String path, List<Double> levels) {
        Objects.requireNonNull(levels, "levels");
        return levels(param(registry, path), levels);
    }

    /**
     * A factor with {@code count} evenly spaced grid levels from {@code from} to {@code to}.
     *
     * @param param the parameter
     * @param from  the first level
     * @param to    the last level
     * @param count how many levels, at least 2 (or 1 with from = to)
     * @return the factor
     */
    public static Factor evenly(Param param, double from, double to, int count) {
        Objects.requireNonNull(param, "param");
        if (count < 1 || (count == 1 && from != to)) {
            throw new IllegalArgumentException(param.path() + ": levels must be >= 2 (or 1 with from = to), but was "
                    + count);
        }
        Double[] v = new Double[count];
        for (int i = 0; i < count; i++) {
            // Computed from the ends, not by repeated addition, so that the last level is exactly `to`.
            v[i] = count == 1 ? from : from + (to - from) * i / (count - 1);
        }
        v[count - 1] = to;
        return levels(param, List.of(v));
    }

    /**
     * As {@link #evenly(Param, double, double, int)}, for the parameter at {@code path} of {@code registry}.
     *
     * @param registry the model's parameters
     * @param path     the parameter's path
     * @param from     the first level
     * @param to       the last level
     * @param count    how many levels
     * @return the factor
     */
    public static Factor evenly(Parameters registry, String path, double from, double to, int count) {
        return evenly(param(registry, path), from, to, count);
    }

    /**
     * A range-only factor for sampled designs.
     *
     * @param param the parameter
     * @param lower the lower end
     * @param upper the upper end
     * @return the factor
     */
    public static Factor range(Param param, double lower, double upper) {
        return new Factor(param, lower, upper, List.of());
    }

    /**
     * A range-only factor of the parameter at {@code path} of {@code registry}.
     *
     * @param registry the model's parameters
     * @param path     the parameter's path
     * @param lower    the lower end
     * @param upper    the upper end
     * @return the factor
     */
    public static Factor range(Parameters registry, String path, double lower, double upper) {
        return range(param(registry, path), lower, upper);
    }

    /** {@return the parameter's path} */
    public String path() {
        return param.path();
    }

    /**
     * The value at a unit-cube coordinate, rounded to the parameter's type.
     *
     * @param u the coordinate, in [0, 1]: 0 is the range's lower end, 1 its upper
     * @return the parameter value at {@code u}, rounded to the parameter's type
     */
    public double at(double u) {
        return snap(lower + (upper - lower) * u);
    }

    /**
     * A value rounded to the parameter's type (whole numbers for INTEGER, 0 or 1 for FLAG).
     *
     * @param v a value of the parameter
     * @return {@code v} for a REAL parameter, else the nearest value the parameter can take
     */
    public double snap(double v) {
        if (param.type() == Param.Type.INTEGER) {
            return Math.rint(v);
        }
        if (param.type() == Param.Type.FLAG) {
            return v >= 0.5 ? 1 : 0;
        }
        return v;
    }

    /**
     * {@code scenario} with this factor set to {@code value}.
     *
     * @param scenario a scenario of the parameter's model
     * @param value    the value
     * @return the changed scenario
     */
    public Scenario apply(Scenario scenario, double value) {
        return scenario.with(param, value);
    }
}
