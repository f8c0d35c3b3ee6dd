package org.offramp.design.calibration;

import java.util.Objects;

/**
 * The posterior of one parameter, summarised from the final weighted population.
 *
 * <p>Immutable and thread-safe.
 *
 * @param parameter the parameter
 * @param mean      the weighted mean
 * @param sd        the weighted standard deviation
 * @param median    the weighted median
 * @param lower     the lower end of the central credible interval
 * @param upper     the upper end
 * @param level     the interval's probability, e.g. 0.95
 */
public record ParameterSummary(CalibrationParameter parameter, double mean, double sd, double median, double lower,
                               double upper, double level) {

    /**
     * Checks the arguments.
     *
     * @param parameter the parameter
     * @param mean      the weighted mean
     * @param sd        the weighted standard deviation
     * @param median    the weighted median
     * @param lower     the lower end of the central credible interval
     * @param upper     the upper end
     * @param level     the interval's probability, e.g. 0.95
     * @throws NullPointerException if the parameter is null
     */
    public ParameterSummary {
        Objects.requireNonNull(parameter, "parameter");
    }

    /**
     * Whether a value lies in the credible interval, ends included.
     *
     * @param value the value
     * @return whether {@code lower <= value <= upper}
     */
    public boolean covers(double value) {
        return value >= lower && value <= upper;
    }
}
