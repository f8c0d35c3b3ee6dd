package org.offramp.design.calibration;

import java.util.Objects;

/**
 * One generation of an ABC-SMC run: its tolerance, cost and the population it produced.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 *
 * @param index          0 for the draw from the prior
 * @param tolerance      the largest distance accepted; for generation 0 (which accepts every
 *                       draw) the largest distance drawn
 * @param simulations    the simulations run in this generation
 * @param acceptanceRate the particles over the simulations
 * @param ess            the effective sample size {@code 1 / Σ w^2} of the new population
 * @param mean           per parameter, the weighted posterior mean
 * @param sd             per parameter, the weighted standard deviation
 * @param lower          per parameter, the 2.5% weighted quantile
 * @param upper          per parameter, the 97.5% weighted quantile
 */
public record AbcGeneration(int index, double tolerance, long simulations, double acceptanceRate, double ess,
                            double[] mean, double[] sd, double[] lower, double[] upper) {

    /**
     * Checks and copies the arguments.
     *
     * @param index          0 for the draw from the prior
     * @param tolerance      the largest distance accepted; for generation 0 (which accepts every draw) the largest
     *                       distance drawn
     * @param simulations    the simulations run in this generation
     * @param acceptanceRate the particles over the simulations
     * @param ess            the effective sample size {@code 1 / Σ w^2} of the new population
     * @param mean           per parameter, the weighted posterior mean
     * @param sd             per parameter, the weighted standard deviation
     * @param lower          per parameter, the 2.5% weighted quantile
     * @param upper          per parameter, the 97.5% weighted quantile
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public AbcGeneration {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(sd, "sd");
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (sd.length != mean.length || lower.length != mean.length || upper.length != mean.length) {
            throw new IllegalArgumentException("mean, sd, lower and upper must have one entry per parameter");
        }
        mean = mean.clone();
        sd = sd.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    /** {@return per parameter, the weighted mean; a copy} */
    @Override
    public double[] mean() {
        return mean.clone();
    }

    /** {@return per parameter, the weighted standard deviation; a copy} */
    @Override
    public double[] sd() {
        return sd.clone();
    }

    /** {@return per parameter, the 2.5% quantile; a copy} */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** {@return per parameter, the 97.5% quantile; a copy} */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AbcGeneration g && index == g.index && Double.compare(tolerance, g.tolerance) == 0
                && simulations == g.simulations && Double.compare(acceptanceRate, g.acceptanceRate) == 0
                && Double.compare(ess, g.ess) == 0 && java.util.Arrays.equals(mean, g.mean)
                && java.util.Arrays.equals(sd, g.sd) && java.util.Arrays.equals(lower, g.lower)
                && java.util.Arrays.equals(upper, g.upper);
    }

    @Override
    public int hashCode() {
        return Objects.hash(index, tolerance, simulations, java.util.Arrays.hashCode(mean));
    }

    @Override
    public String toString() {
        return "AbcGeneration[" + index + ", tolerance " + tolerance + ", " + simulations + " simulations, ESS "
                + ess + ", mean " + java.util.Arrays.toString(mean) + "]";
    }
}
