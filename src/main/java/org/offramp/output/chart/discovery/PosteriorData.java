package org.offramp.output.chart.discovery;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Posterior samples to draw as weighted histograms over their prior ranges, one panel per
 * parameter, with the credible interval, the mean and, when known, the true value.
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 *
 * @param panels one per parameter, at least one
 * @param title  the chart title
 */
public record PosteriorData(List<Panel> panels, String title) {

    /**
     * One parameter's posterior.
     *
     * @param name       the parameter's name
     * @param values     the sampled values
     * @param weights    their weights (non-negative, not all zero; they need not sum to 1)
     * @param priorLower the prior's lower bound
     * @param priorUpper the prior's upper bound
     * @param discrete   whether the parameter takes whole values (one bar per value)
     * @param mean       the posterior mean
     * @param lower      the credible interval's lower end
     * @param upper      the credible interval's upper end
     * @param level      the credible interval's probability, e.g. 0.95
     * @param truth      the true value, or NaN when unknown
     */
    public record Panel(String name, double[] values, double[] weights, double priorLower, double priorUpper,
                        boolean discrete, double mean, double lower, double upper, double level, double truth) {
        /**
         * Checks and copies the arguments.
         *
         * @param name the parameter's name
         * @param values the sampled values
         * @param weights their weights (non-negative, not all zero; they need not sum to 1)
         * @param priorLower the prior's lower bound
         * @param priorUpper the prior's upper bound
         * @param discrete whether the parameter takes whole values (one bar per value)
         * @param mean the posterior mean
         * @param lower the credible interval's lower end
         * @param upper the credible interval's upper end
         * @param level the credible interval's probability, e.g. 0.95
         * @param truth the true value, or NaN when unknown
         * @throws NullPointerException     if an array is null
         * @throws IllegalArgumentException if the sample is empty, the lengths differ, a weight is
         *                                  negative or the prior range is empty
         */
        public Panel {
            Args.text("name", name);
            values = Args.finite(name + ": values", values, -1);
            if (values.length == 0) {
                throw new IllegalArgumentException(name + ": values must not be empty");
            }
            weights = Args.finite(name + ": weights", weights, values.length);
            double total = 0;
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] < 0) {
                    throw new IllegalArgumentException(name + ": weights[" + i + "] must be >= 0, but was " + weights[i]);
                }
                total += weights[i];
            }
            if (!(total > 0)) {
                throw new IllegalArgumentException(name + ": the weights must not all be 0");
            }
            if (!(priorLower < priorUpper) || !Double.isFinite(priorLower) || !Double.isFinite(priorUpper)) {
                throw new IllegalArgumentException(name + ": the prior range must be finite with lower < upper, but"
                        + " was [" + priorLower + ", " + priorUpper + "]");
            }
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException(name + ": level must be in (0, 1), but was " + level);
            }
        }

        /** {@return the sampled values, a copy} */
        @Override
        public double[] values() {
            return values.clone();
        }

        /** {@return the sampled values' weights, a copy} */
        @Override
        public double[] weights() {
            return weights.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Panel p && name.equals(p.name) && Arrays.equals(values, p.values)
                    && Arrays.equals(weights, p.weights) && priorLower == p.priorLower && priorUpper == p.priorUpper
                    && discrete == p.discrete && Double.compare(mean, p.mean) == 0 && Double.compare(lower, p.lower) == 0
                    && Double.compare(upper, p.upper) == 0 && level == p.level && Double.compare(truth, p.truth) == 0;
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(values), priorLower, priorUpper);
        }

        @Override
        public String toString() {
            return "Panel[" + name + ", " + values.length + " values, prior [" + priorLower + ", " + priorUpper + "]]";
        }
    }

    /**
     * Checks and copies the arguments.
     *
     * @param panels one per parameter, at least one
     * @param title the chart title
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there is no panel or the title is blank
     */
    public PosteriorData {
        panels = Args.nonEmpty("panels", panels);
        Args.text("title", title);
    }
}
