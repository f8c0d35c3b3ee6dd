package org.offramp.design.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The best fit of a {@link SimulatedMoments} calibration with its uncertainty.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class MsmResult {

    /**
     * One parameter's estimate.
     *
     * @param parameter the parameter
     * @param value     the estimate
     * @param se        its standard error (infinite when the targets do not identify it)
     * @param lower     the lower end of its 95% interval, clipped to the prior range
     * @param upper     the upper end, clipped to the prior range
     */
    public record Estimate(CalibrationParameter parameter, double value, double se, double lower, double upper) {
        /**
         * Checks the arguments.
         *
         * @param parameter the parameter
         * @param value     the estimate
         * @param se        its standard error (infinite when the targets do not identify it)
         * @param lower     the lower end of its 95% interval, clipped to the prior range
         * @param upper     the upper end, clipped to the prior range
         * @throws NullPointerException if the parameter is null
         */
        public Estimate {
            Objects.requireNonNull(parameter, "parameter");
        }

        /**
         * Whether a value lies in the 95% interval, ends included.
         *
         * @param v the value
         * @return whether {@code lower <= v <= upper}
         */
        public boolean covers(double v) {
            return v >= lower && v <= upper;
        }
    }

    private final SimulatedMoments settings;
    private final double[] estimate;
    private final double objective;
    private final double[] moments;
    private final double[][] covariance;
    private final long evaluations;
    private final boolean converged;
    private final double overidentificationP;

    MsmResult(SimulatedMoments settings, double[] estimate, double objective, double[] moments, double[][] covariance,
              long evaluations, boolean converged, double overidentificationP) {
        this.settings = settings;
        this.estimate = estimate;
        this.objective = objective;
        this.moments = moments;
        this.covariance = covariance;
        this.evaluations = evaluations;
        this.converged = converged;
        this.overidentificationP = overidentificationP;
    }

    /** {@return the settings the fit used} */
    public SimulatedMoments settings() {
        return settings;
    }

    /** {@return the best fit, one value per parameter} */
    public double[] estimate() {
        return estimate.clone();
    }

    /** {@return the objective {@code Σ ((m_k - t_k) / sd_k)^2} at the best fit} */
    public double objective() {
        return objective;
    }

    /** {@return the simulated moments (means over the replications) at the best fit, one per target} */
    public double[] moments() {
        return moments.clone();
    }

    /** {@return the estimate's asymptotic covariance, [parameter][parameter]} */
    public double[][] covariance() {
        double[][] c = new double[covariance.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = covariance[i].clone();
        }
        return c;
    }

    /** {@return the objective evaluations the optimiser made (each runs every replication)} */
    public long evaluations() {
        return evaluations;
    }

    /** {@return whether CMA-ES met its convergence test before the evaluation budget ran out} */
    public boolean converged() {
        return converged;
    }

    /**
     * The p-value of the over-identification test: with more targets than parameters, the scaled
     * objective is chi-square with (targets - parameters) degrees of freedom when the model can
     * match every target; a small value says it cannot. NaN with as many parameters as targets.
     *
     * @return the p-value, or NaN
     */
    public double overidentificationP() {
        return overidentificationP;
    }

    /** {@return each parameter's estimate with its standard error and 95% interval} */
    public List<Estimate> estimates() {
        List<Estimate> out = new ArrayList<>();
        List<CalibrationParameter> ps = settings.parameters();
        for (int k = 0; k < ps.size(); k++) {
            CalibrationParameter p = ps.get(k);
            double se = Math.sqrt(Math.max(0, covariance[k][k]));
            if (Double.isNaN(covariance[k][k])) {
                se = Double.POSITIVE_INFINITY;
            }
            double half = 1.959963984540054 * se;
            out.add(new Estimate(p, estimate[k], se, Math.max(p.lower(), estimate[k] - half),
                    Math.min(p.upper(), estimate[k] + half)));
        }
        return List.copyOf(out);
    }

    /**
     * One parameter's estimate.
     *
     * @param name the parameter's name
     * @return its estimate
     * @throws IllegalArgumentException if no parameter has that name
     */
    public Estimate estimate(String name) {
        Objects.requireNonNull(name, "name");
        for (Estimate e : estimates()) {
            if (e.parameter().name().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no parameter is named \"" + name + "\"");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MsmResult r && Arrays.equals(estimate, r.estimate)
                && Double.compare(objective, r.objective) == 0 && Arrays.equals(moments, r.moments)
                && Arrays.deepEquals(covariance, r.covariance) && evaluations == r.evaluations;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(estimate), objective, evaluations);
    }

    @Override
    public String toString() {
        return "MsmResult[estimate " + Arrays.toString(estimate) + ", objective " + objective + ", " + evaluations
                + " evaluations" + (converged ? "" : ", not converged") + "]";
    }
}
