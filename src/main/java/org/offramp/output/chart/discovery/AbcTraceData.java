package org.offramp.output.chart.discovery;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The per-generation trace of an ABC-SMC calibration: tolerance and effective sample size, and
 * each parameter's posterior mean with its 95% interval, with the true value when known.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 *
 * @param tolerance  per generation, the tolerance (positive)
 * @param ess        per generation, the effective sample size
 * @param particles  the number of particles (the largest possible ESS)
 * @param parameters the parameters' names
 * @param mean       [parameter][generation] the posterior means
 * @param lower      [parameter][generation] the 2.5% quantiles
 * @param upper      [parameter][generation] the 97.5% quantiles
 * @param truth      per parameter, the true value, or NaN when unknown
 * @param title      the chart title
 */
public record AbcTraceData(double[] tolerance, double[] ess, int particles, List<String> parameters, double[][] mean,
                           double[][] lower, double[][] upper, double[] truth, String title) {

    /**
     * Checks and copies the arguments.
     *
     * @param tolerance per generation, the tolerance (positive)
     * @param ess per generation, the effective sample size
     * @param particles the number of particles (the largest possible ESS)
     * @param parameters the parameters' names
     * @param mean [parameter][generation] the posterior means
     * @param lower [parameter][generation] the 2.5% quantiles
     * @param upper [parameter][generation] the 97.5% quantiles
     * @param truth per parameter, the true value, or NaN when unknown
     * @param title the chart title
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the shapes disagree or a value is not finite
     */
    public AbcTraceData {
        tolerance = Args.finite("tolerance", tolerance, -1);
        int g = tolerance.length;
        if (g == 0) {
            throw new IllegalArgumentException("tolerance must hold at least one generation, but was empty");
        }
        for (int t = 0; t < g; t++) {
            if (!(tolerance[t] > 0)) {
                throw new IllegalArgumentException("tolerance[" + t + "] must be > 0, but was " + tolerance[t]);
            }
        }
        ess = Args.finite("ess", ess, g);
        if (particles < 1) {
            throw new IllegalArgumentException("particles must be >= 1, but was " + particles);
        }
        parameters = Args.nonEmpty("parameters", parameters);
        int p = parameters.size();
        mean = matrix("mean", mean, p, g);
        lower = matrix("lower", lower, p, g);
        upper = matrix("upper", upper, p, g);
        Objects.requireNonNull(truth, "truth");
        if (truth.length != p) {
            throw new IllegalArgumentException("truth must have " + p + " entries (NaN when unknown), but had "
                    + truth.length);
        }
        truth = truth.clone();
        Args.text("title", title);
    }

    private static double[][] matrix(String field, double[][] m, int rows, int columns) {
        Objects.requireNonNull(m, field);
        if (m.length != rows) {
            throw new IllegalArgumentException(field + " must have " + rows + " rows (one per parameter), but had "
                    + m.length);
        }
        double[][] c = new double[rows][];
        for (int r = 0; r < rows; r++) {
            c[r] = Args.finite(field + "[" + r + "]", m[r], columns);
        }
        return c;
    }

    /** {@return per generation, the tolerance; a copy} */
    @Override
    public double[] tolerance() {
        return tolerance.clone();
    }

    /** {@return per generation, the effective sample size; a copy} */
    @Override
    public double[] ess() {
        return ess.clone();
    }

    /** {@return [parameter][generation] the posterior means; a copy} */
    @Override
    public double[][] mean() {
        return Args.copy(mean);
    }

    /** {@return [parameter][generation] the 2.5% quantiles; a copy} */
    @Override
    public double[][] lower() {
        return Args.copy(lower);
    }

    /** {@return [parameter][generation] the 97.5% quantiles; a copy} */
    @Override
    public double[][] upper() {
        return Args.copy(upper);
    }

    /** {@return per parameter, the true value or NaN; a copy} */
    @Override
    public double[] truth() {
        return truth.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AbcTraceData d && Arrays.equals(tolerance, d.tolerance) && Arrays.equals(ess, d.ess)
                && particles == d.particles && parameters.equals(d.parameters) && Arrays.deepEquals(mean, d.mean)
                && Arrays.deepEquals(lower, d.lower) && Arrays.deepEquals(upper, d.upper)
                && Arrays.equals(truth, d.truth) && title.equals(d.title);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(tolerance), parameters, title);
    }

    @Override
    public String toString() {
        return "AbcTraceData[" + tolerance.length + " generations, " + parameters + ", " + title + "]";
    }
}
