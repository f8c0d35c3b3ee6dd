package org.offramp.experiment.design;

import java.util.List;
import java.util.Objects;
import org.offramp.scenario.Param;
import org.offramp.scenario.Params;
import org.offramp.scenario.Scenario;

/**
 * One swept parameter, addressed by its path: a range {@code [lower, upper]} for sampled designs
 * (Latin hypercube, Sobol, sensitivity) and, for a grid, its levels.
 *
 * <pre>{@code
 * Factor restraint = Factor.levels("washington.restraint", List.of(0.5, 0.6, 0.7, 0.8, 0.9, 1.0));
 * Factor noise = Factor.range("perception.noiseScale", 0.5, 3);
 * }</pre>
 *
 * <p>A sampled value of an INTEGER parameter is rounded to the nearest whole number and one of a
 * FLAG parameter is true from 0.5 up. Immutable and thread-safe.
 *
 * @param path   the parameter path (see docs/parameters.md)
 * @param lower  the lower end of the range, inside the parameter's allowed range
 * @param upper  the upper end, at least lower
 * @param levels the grid levels, strictly increasing, inside the range; empty for a range-only factor
 */
public record Factor(String path, double lower, double upper, List<Double> levels) {

    /** Checks the path, the range and the levels. @throws IllegalArgumentException naming the bad value */
    public Factor {
        Objects.requireNonNull(path, "path");
        Param p = Params.find(path);
        if (p == null) {
            throw new IllegalArgumentException("factor path must be a parameter path listed in docs/parameters.md, "
                    + "but was \"" + path + "\"");
        }
        levels = List.copyOf(levels);
        if (!(lower <= upper)) {
            throw new IllegalArgumentException(path + ": lower must be <= upper, but was [" + lower + ", " + upper + "]");
        }
        for (double v : new double[] {lower, upper}) {
            String problem = p.problem(v);
            if (problem != null) {
                throw new IllegalArgumentException(path + " " + problem);
            }
        }
        for (int i = 0; i < levels.size(); i++) {
            double v = levels.get(i);
            String problem = p.problem(v);
            if (problem != null) {
                throw new IllegalArgumentException(path + " level " + (i + 1) + " " + problem);
            }
            if (i > 0 && !(v > levels.get(i - 1))) {
                throw new IllegalArgumentException(path + ": levels must be strictly increasing, but were " + levels);
            }
        }
    }

    /** A factor with grid levels; its range spans them. */
    public static Factor levels(String path, List<Double> levels) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(levels, "levels");
        if (levels.isEmpty()) {
            throw new IllegalArgumentException(path + ": levels must not be empty");
        }
        return new Factor(path, levels.get(0), levels.get(levels.size() - 1), levels);
    }

    /** A factor with {@code count} evenly spaced grid levels from {@code from} to {@code to}. */
    public static Factor evenly(String path, double from, double to, int count) {
        Objects.requireNonNull(path, "path");
        if (count < 1 || (count == 1 && from != to)) {
            throw new IllegalArgumentException(path + ": levels must be >= 2 (or 1 with from = to), but was " + count);
        }
        Double[] v = new Double[count];
        for (int i = 0; i < count; i++) {
            // Computed from the ends, not by repeated addition, so that the last level is exactly `to`.
            v[i] = count == 1 ? from : from + (to - from) * i / (count - 1);
        }
        v[count - 1] = to;
        return levels(path, List.of(v));
    }

    /** A range-only factor for sampled designs. */
    public static Factor range(String path, double lower, double upper) {
        return new Factor(path, lower, upper, List.of());
    }

    /** The parameter. */
    public Param param() {
        return Params.byPath(path);
    }

    /** The value at a unit-cube coordinate {@code u} in [0, 1], rounded to the parameter's type. */
    public double at(double u) {
        return snap(lower + (upper - lower) * u);
    }

    /** A value rounded to the parameter's type (whole numbers for INTEGER, 0 or 1 for FLAG). */
    public double snap(double v) {
        Param p = param();
        if (p.type() == Param.Type.INTEGER) {
            return Math.rint(v);
        }
        if (p.type() == Param.Type.FLAG) {
            return v >= 0.5 ? 1 : 0;
        }
        return v;
    }

    /** {@code scenario} with this factor set to {@code value}. */
    public Scenario apply(Scenario scenario, double value) {
        return scenario.with(param(), value);
    }
}
