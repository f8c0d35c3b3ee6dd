package org.offramp.design.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of an {@link AbcSmc} calibration: the final weighted particle population (the
 * posterior sample), the trace of every generation and why the run stopped.
 *
 * <pre>{@code
 * AbcResult r = abc.run(simulator);
 * for (ParameterSummary s : r.summaries(0.95)) {
 *     System.out.printf("%s = %.3f [%.3f, %.3f]%n", s.parameter().name(), s.mean(), s.lower(), s.upper());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: arrays are copied in and out.
 */
public final class AbcResult {

    /** Why a run stopped. */
    public enum StopReason {
        /** The configured number of generations ran. */
        MAX_GENERATIONS,
        /** The tolerance reached the configured minimum. */
        MIN_TOLERANCE,
        /** A generation's acceptance rate fell below the configured minimum; that generation is kept. */
        LOW_ACCEPTANCE,
        /**
         * A particle found no accepted proposal within the configured attempts; that generation is
         * discarded and the result is the one before.
         */
        MAX_ATTEMPTS
    }

    private final AbcSmc settings;
    private final double[][] particles;
    private final double[] weights;
    private final double[] distances;
    private final double[][] statistics;
    private final List<AbcGeneration> generations;
    private final StopReason stop;
    private final long discardedSimulations;

    AbcResult(AbcSmc settings, double[][] particles, double[] weights, double[] distances, double[][] statistics,
              List<AbcGeneration> generations, StopReason stop, long discardedSimulations) {
        this.settings = settings;
        this.particles = particles;
        this.weights = weights;
        this.distances = distances;
        this.statistics = statistics;
        this.generations = List.copyOf(generations);
        this.stop = stop;
        this.discardedSimulations = discardedSimulations;
    }

    /** {@return the settings the run used (parameters, targets, seed, options)} */
    public AbcSmc settings() {
        return settings;
    }

    /** {@return the calibrated parameters} */
    public List<CalibrationParameter> parameters() {
        return settings.parameters();
    }

    /** {@return the targets the particles were fitted to, in the simulator's order} */
    public Targets targets() {
        return settings.targets();
    }

    /** {@return the number of particles} */
    public int size() {
        return weights.length;
    }

    /** {@return the final population, [particle][parameter], a copy} */
    public double[][] particles() {
        double[][] copy = new double[particles.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = particles[i].clone();
        }
        return copy;
    }

    /**
     * One parameter's values across the final population.
     *
     * @param parameter the parameter's index
     * @return one value per particle
     */
    public double[] column(int parameter) {
        double[] c = new double[particles.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = particles[i][parameter];
        }
        return c;
    }

    /** {@return the particles' normalised importance weights, a copy} */
    public double[] weights() {
        return weights.clone();
    }

    /** {@return each particle's distance from the targets, a copy} */
    public double[] distances() {
        return distances.clone();
    }

    /** {@return each particle's simulated statistics, [particle][target], a copy} */
    public double[][] statistics() {
        double[][] copy = new double[statistics.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = statistics[i].clone();
        }
        return copy;
    }

    /** {@return the generations, from the prior draw (0) to the last kept} */
    public List<AbcGeneration> generations() {
        return generations;
    }

    /** {@return the last kept generation} */
    public AbcGeneration last() {
        return generations.get(generations.size() - 1);
    }

    /** {@return why the run stopped} */
    public StopReason stop() {
        return stop;
    }

    /** {@return the simulations run in all generations, including a discarded last one} */
    public long totalSimulations() {
        long n = 0;
        for (AbcGeneration g : generations) {
            n += g.simulations();
        }
        return n + discardedSimulations;
    }

    /** {@return the effective sample size of the final population} */
    public double ess() {
        return Weighted.ess(weights);
    }

    /**
     * The posterior summary of each parameter, with central credible intervals at the given level
     * (weighted quantiles of the final population).
     *
     * @param level the interval's probability, in (0, 1)
     * @return one summary per parameter, in order
     * @throws IllegalArgumentException if the level is out of range
     */
    public List<ParameterSummary> summaries(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), but was " + level);
        }
        List<ParameterSummary> out = new ArrayList<>();
        for (int k = 0; k < parameters().size(); k++) {
            double[] x = column(k);
            double tail = (1 - level) / 2;
            out.add(new ParameterSummary(parameters().get(k), Weighted.mean(x, weights),
                    Math.sqrt(Weighted.variance(x, weights)), Weighted.quantile(x, weights, 0.5),
                    Weighted.quantile(x, weights, tail), Weighted.quantile(x, weights, 1 - tail), level));
        }
        return List.copyOf(out);
    }

    /**
     * The 95% summary of one parameter.
     *
     * @param name the parameter's name
     * @return its summary
     * @throws IllegalArgumentException if no parameter has that name
     */
    public ParameterSummary summary(String name) {
        Objects.requireNonNull(name, "name");
        for (ParameterSummary s : summaries(0.95)) {
            if (s.parameter().name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no parameter is named \"" + name + "\"");
    }

    /** {@return the index of the particle with the smallest distance (the first on ties)} */
    public int closest() {
        int best = 0;
        for (int i = 1; i < distances.length; i++) {
            if (distances[i] < distances[best]) {
                best = i;
            }
        }
        return best;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AbcResult r && java.util.Arrays.deepEquals(particles, r.particles)
                && java.util.Arrays.equals(weights, r.weights) && java.util.Arrays.equals(distances, r.distances)
                && java.util.Arrays.deepEquals(statistics, r.statistics) && generations.equals(r.generations)
                && stop == r.stop;
    }

    @Override
    public int hashCode() {
        return Objects.hash(java.util.Arrays.deepHashCode(particles), java.util.Arrays.hashCode(weights), stop);
    }

    @Override
    public String toString() {
        return "AbcResult[" + size() + " particles, " + generations.size() + " generations, stop " + stop + "]";
    }
}
