package org.offramp.design.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.math3.special.Erf;
import org.offramp.random.Seeds;

/**
 * Calibration by approximate Bayesian computation with sequential Monte Carlo (ABC-SMC; Toni et
 * al. 2009, with the adaptive kernel and weights of Beaumont, Cornuet, Marin and Robert 2009):
 * it finds the parameter values under which the model reproduces the targets, as a weighted
 * sample from the approximate posterior.
 *
 * <pre>{@code
 * AbcSmc abc = AbcSmc.builder()
 *         .parameter(CalibrationParameter.real("washington.restraint", 0.3, 0.9))
 *         .parameter(CalibrationParameter.real("tehran.resolve", 0.2, 0.8))
 *         .targets(Targets.read(Path.of("targets.csv")))
 *         .particles(500).maxGenerations(8).masterSeed(20190517).threads(2)
 *         .build();
 * AbcResult r = abc.run((params, seed) -> simulate(params, seed));
 * r.summaries(0.95);   // posterior mean, sd and 95% interval per parameter
 * }</pre>
 *
 * <p><b>Algorithm.</b> Generation 0 draws {@code N} particles from the uniform priors and
 * simulates each once. Generation {@code t} sets its tolerance {@code ε_t} to the
 * {@code quantile} of the previous population's distances (Del Moral, Doucet and Jasra 2012 adapt
 * it the same way), then fills each particle slot by proposals: an ancestor drawn by weight,
 * moved by a Gaussian kernel with, per parameter, twice the previous population's weighted
 * variance (Beaumont et al. 2009; a diagonal kernel, parameters perturbed independently), rejected
 * outside the prior, simulated, and accepted when its distance {@code Σ ((s_k - t_k) / sd_k)^2}
 * is at most {@code ε_t}. An accepted particle {@code θ} has weight
 * {@code π(θ) / Σ_j w_j K(θ | θ_j)}; with uniform priors, {@code π} is constant inside the
 * support. Integer and boolean parameters move by a rounded Gaussian, whose kernel
 * {@code K(k | μ) = Φ((k + ½ - μ) / σ) - Φ((k - ½ - μ) / σ)} enters the weights exactly; their
 * kernel width is at least ½ (and a real parameter's at least 1e-6 of its range), so a population
 * that has settled on one value can still move. The run stops after {@code maxGenerations}, when
 * the tolerance reaches {@code minTolerance}, when a generation's acceptance rate falls below
 * {@code minAcceptanceRate}, or when some particle finds no accepted proposal within
 * {@code maxAttempts} (that generation is then discarded).
 *
 * <p><b>Reproducibility.</b> Every random number follows from the master seed: attempt {@code a}
 * of particle {@code i} in generation {@code t} draws its ancestor and perturbation from a stream
 * and simulates with a seed, both derived from
 * {@code Seeds.runSeed(Seeds.runSeed(Seeds.runSeed(masterSeed, t), i), a)}
 * (see {@link #simulationSeed}). Particles are independent given the previous population, and
 * weights are summed in particle order, so the result is bit-identical for any thread count.
 *
 * <p>Immutable and thread-safe; {@link #run} may be called from several threads.
 */
public final class AbcSmc {
    private final List<CalibrationParameter> parameters;
    private final Targets targets;
    private final int particles;
    private final int maxGenerations;
    private final double quantile;
    private final double minTolerance;
    private final double minAcceptanceRate;
    private final int maxAttempts;
    private final long masterSeed;
    private final int threads;

    private AbcSmc(Builder b) {
        this.parameters = List.copyOf(b.parameters);
        this.targets = b.targets;
        this.particles = b.particles;
        this.maxGenerations = b.maxGenerations;
        this.quantile = b.quantile;
        this.minTolerance = b.minTolerance;
        this.minAcceptanceRate = b.minAcceptanceRate;
        this.maxAttempts = b.maxAttempts;
        this.masterSeed = b.masterSeed;
        this.threads = b.threads;
    }

    /**
     * A builder. Parameters, targets and the master seed must be given; the defaults are 500
     * particles, at most 8 generations after the prior draw, the median as the tolerance quantile,
     * no minimum tolerance, a minimum acceptance rate of 1%, at most 10,000 attempts per particle
     * and generation, and one thread.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The seed with which attempt {@code attempt} of particle {@code particle} in generation
     * {@code generation} runs its simulation; with it, any simulation of a calibration can be run
     * again on its own.
     *
     * @param masterSeed the calibration's master seed
     * @param generation the generation, 0 for the prior draw
     * @param particle   the particle slot
     * @param attempt    the attempt, from 0
     * @return the simulation's seed
     * @throws IllegalArgumentException if an index is negative
     */
    public static long simulationSeed(long masterSeed, int generation, int particle, int attempt) {
        return Seeds.runSeed(attemptKey(masterSeed, generation, particle, attempt), 1);
    }

    private static long attemptKey(long masterSeed, int generation, int particle, int attempt) {
        return Seeds.runSeed(Seeds.runSeed(Seeds.runSeed(masterSeed, generation), particle), attempt);
    }

    /** {@return the calibrated parameters, in the order the simulator receives them} */
    public List<CalibrationParameter> parameters() {
        return parameters;
    }

    /** {@return the targets, in the order the simulator returns them} */
    public Targets targets() {
        return targets;
    }

    /** {@return the number of particles} */
    public int particles() {
        return particles;
    }

    /** {@return the most generations after the prior draw} */
    public int maxGenerations() {
        return maxGenerations;
    }

    /** {@return the quantile of the previous distances that sets each tolerance} */
    public double quantile() {
        return quantile;
    }

    /** {@return the tolerance at which the run stops} */
    public double minTolerance() {
        return minTolerance;
    }

    /** {@return the acceptance rate below which the run stops} */
    public double minAcceptanceRate() {
        return minAcceptanceRate;
    }

    /** {@return the most proposals per particle and generation} */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** {@return the master seed every proposal and simulation seed derives from} */
    public long masterSeed() {
        return masterSeed;
    }

    /** {@return the number of threads that simulate} */
    public int threads() {
        return threads;
    }

    /**
     * Runs the calibration.
     *
     * @param simulator the model; thread-safe when {@code threads > 1}
     * @return the posterior sample and trace
     * @throws CalibrationException if a simulation fails or returns statistics that are not one
     *                              finite value per target; the message names its parameters and
     *                              seed
     */
    public AbcResult run(Simulator simulator) {
        Objects.requireNonNull(simulator, "simulator");
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "offramp-abc");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            return new Run(simulator, pool).execute();
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** An accepted particle, or a slot that found none. */
    private record Particle(double[] theta, double distance, double[] statistics, long simulations,
                            boolean accepted) {
    }

    /** The state of one run. */
    private final class Run {
        private final Simulator simulator;
        private final ExecutorService pool;

        Run(Simulator simulator, ExecutorService pool) {
            this.simulator = simulator;
            this.pool = pool;
        }

        AbcResult execute() {
            int p = parameters.size();
            List<AbcGeneration> trace = new ArrayList<>();
            Particle[] population = fill(i -> fromPrior(i));
            double[] weights = new double[particles];
            Arrays.fill(weights, 1.0 / particles);
            trace.add(summarise(0, max(population), population, weights));
            AbcResult.StopReason stop = AbcResult.StopReason.MAX_GENERATIONS;
            long discarded = 0;
            for (int t = 1; t <= maxGenerations; t++) {
                double tolerance = Math.max(minTolerance, Weighted.orderStatistic(distances(population), quantile));
                double[] sigma = new double[p];
                for (int k = 0; k < p; k++) {
                    sigma[k] = kernelWidth(k, population, weights);
                }
                double[] cumulative = new double[particles];
                double c = 0;
                for (int j = 0; j < particles; j++) {
                    c += weights[j];
                    cumulative[j] = c;
                }
                final Particle[] previous = population;
                final double[] previousWeights = weights;
                final int generation = t;
                Particle[] next = fill(i -> propose(generation, i, previous, cumulative, sigma, tolerance));
                boolean complete = true;
                for (Particle q : next) {
                    complete &= q.accepted;
                }
                if (!complete) {
                    discarded = simulations(next);
                    stop = AbcResult.StopReason.MAX_ATTEMPTS;
                    break;
                }
                weights = weights(next, previous, previousWeights, sigma);
                population = next;
                AbcGeneration g = summarise(t, tolerance, population, weights);
                trace.add(g);
                if (tolerance <= minTolerance) {
                    stop = AbcResult.StopReason.MIN_TOLERANCE;
                    break;
                }
                if (g.acceptanceRate() < minAcceptanceRate) {
                    stop = AbcResult.StopReason.LOW_ACCEPTANCE;
                    break;
                }
            }
            double[][] theta = new double[particles][];
            double[][] stats = new double[particles][];
            for (int i = 0; i < particles; i++) {
                theta[i] = population[i].theta;
                stats[i] = population[i].statistics;
            }
            return new AbcResult(AbcSmc.this, theta, weights, distances(population), stats, trace, stop, discarded);
        }

        private Particle fromPrior(int i) {
            long key = attemptKey(masterSeed, 0, i, 0);
            Rng rng = new Rng(Seeds.runSeed(key, 0));
            double[] theta = new double[parameters.size()];
            for (int k = 0; k < theta.length; k++) {
                CalibrationParameter par = parameters.get(k);
                theta[k] = par.isDiscrete()
                        ? par.lower() + rng.nextInt((int) (par.upper() - par.lower()) + 1)
                        : par.lower() + (par.upper() - par.lower()) * rng.nextDouble();
            }
            double[] stats = simulate(theta, simulationSeed(masterSeed, 0, i, 0), 0, i, 0);
            return new Particle(theta, targets.distance(stats), stats, 1, true);
        }

        private Particle propose(int t, int i, Particle[] previous, double[] cumulative, double[] sigma,
                                 double tolerance) {
            long simulations = 0;
            for (int a = 0; a < maxAttempts; a++) {
                Rng rng = new Rng(Seeds.runSeed(attemptKey(masterSeed, t, i, a), 0));
                int j = ancestor(cumulative, rng.nextDouble());
                double[] theta = previous[j].theta.clone();
                boolean inside = true;
                for (int k = 0; k < theta.length; k++) {
                    CalibrationParameter par = parameters.get(k);
                    double moved = theta[k] + sigma[k] * rng.nextGaussian();
                    theta[k] = par.isDiscrete() ? Math.floor(moved + 0.5) : moved;
                    inside &= par.inSupport(theta[k]);
                }
                if (!inside) {
                    continue; // outside the prior: rejected without simulating
                }
                double[] stats = simulate(theta, simulationSeed(masterSeed, t, i, a), t, i, a);
                simulations++;
                double d = targets.distance(stats);
                if (d <= tolerance) {
                    return new Particle(theta, d, stats, simulations, true);
                }
            }
            return new Particle(null, Double.NaN, null, simulations, false);
        }

        private double[] simulate(double[] theta, long seed, int t, int i, int a) {
            double[] stats;
            try {
                stats = simulator.simulate(theta.clone(), seed);
            } catch (RuntimeException e) {
                throw new CalibrationException("the simulation at " + at(theta, seed, t, i, a) + " failed: "
                        + e.getMessage(), e);
            }
            if (stats == null || stats.length != targets.size()) {
                throw new CalibrationException("the simulation at " + at(theta, seed, t, i, a) + " returned "
                        + (stats == null ? "null" : stats.length + " statistics") + ", but there are "
                        + targets.size() + " targets " + targets.list().stream().map(Target::name).toList());
            }
            for (int k = 0; k < stats.length; k++) {
                if (!Double.isFinite(stats[k])) {
                    throw new CalibrationException("the simulation at " + at(theta, seed, t, i, a) + " returned "
                            + stats[k] + " for target " + targets.get(k).name() + "; statistics must be finite");
                }
            }
            return stats.clone();
        }

        private String at(double[] theta, long seed, int t, int i, int a) {
            StringBuilder sb = new StringBuilder("{");
            for (int k = 0; k < theta.length; k++) {
                sb.append(k == 0 ? "" : ", ").append(parameters.get(k).name()).append(" = ").append(theta[k]);
            }
            return sb.append("} (generation ").append(t).append(", particle ").append(i).append(", attempt ")
                    .append(a).append(", seed ").append(seed).append(')').toString();
        }

        /** Fills every particle slot, on the pool when there is one; results in slot order. */
        private Particle[] fill(java.util.function.IntFunction<Particle> task) {
            Particle[] out = new Particle[particles];
            if (pool == null) {
                for (int i = 0; i < particles; i++) {
                    out[i] = task.apply(i);
                }
                return out;
            }
            List<Future<Particle>> futures = new ArrayList<>(particles);
            for (int i = 0; i < particles; i++) {
                final int slot = i;
                Callable<Particle> c = () -> task.apply(slot);
                futures.add(pool.submit(c));
            }
            try {
                for (int i = 0; i < particles; i++) {
                    out[i] = futures.get(i).get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                futures.forEach(f -> f.cancel(true));
                throw new CalibrationException("the calibration was interrupted", e);
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(true));
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new CalibrationException("a simulation failed: " + cause, cause);
            }
            return out;
        }
    }

    /** The first slot whose cumulative weight exceeds {@code u} times the total. */
    private static int ancestor(double[] cumulative, double u) {
        double target = u * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Twice the weighted variance, as a standard deviation, with the floors the class describes. */
    private double kernelWidth(int k, Particle[] population, double[] weights) {
        double[] x = new double[population.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = population[i].theta[k];
        }
        CalibrationParameter par = parameters.get(k);
        double sigma = Math.sqrt(2 * Weighted.variance(x, weights));
        double floor = par.isDiscrete() ? 0.5 : 1e-6 * (par.upper() - par.lower());
        return Math.max(sigma, floor);
    }

    /** Importance weights {@code 1 / Σ_j w_j K(θ_i | θ_j)}, normalised; summed in slot order. */
    private double[] weights(Particle[] next, Particle[] previous, double[] previousWeights, double[] sigma) {
        double[] w = new double[next.length];
        double total = 0;
        for (int i = 0; i < next.length; i++) {
            double denominator = 0;
            for (int j = 0; j < previous.length; j++) {
                double k = previousWeights[j];
                for (int m = 0; m < sigma.length && k > 0; m++) {
                    k *= kernel(parameters.get(m), next[i].theta[m], previous[j].theta[m], sigma[m]);
                }
                denominator += k;
            }
            // The proposal came from some ancestor, so the denominator is positive unless every
            // kernel term underflowed; such a particle is so far out that it gets no weight.
            w[i] = denominator > 0 ? 1.0 / denominator : 0.0;
            total += w[i];
        }
        if (!(total > 0)) {
            Arrays.fill(w, 1.0 / w.length);
            return w;
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= total;
        }
        return w;
    }

    /** The perturbation kernel's density (real) or probability (integer, boolean) of x given mu. */
    static double kernel(CalibrationParameter par, double x, double mu, double sigma) {
        if (par.isDiscrete()) {
            return normalCdf((x + 0.5 - mu) / sigma) - normalCdf((x - 0.5 - mu) / sigma);
        }
        double z = (x - mu) / sigma;
        return StrictMath.exp(-0.5 * z * z) / (sigma * Math.sqrt(2 * Math.PI));
    }

    /** The standard normal distribution function; Commons Math's erfc is pure Java, the same on every JVM. */
    static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    private double max(Particle[] population) {
        double m = 0;
        for (Particle q : population) {
            m = Math.max(m, q.distance);
        }
        return m;
    }

    private static double[] distances(Particle[] population) {
        double[] d = new double[population.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = population[i].distance;
        }
        return d;
    }

    private static long simulations(Particle[] population) {
        long n = 0;
        for (Particle q : population) {
            n += q.simulations;
        }
        return n;
    }

    private AbcGeneration summarise(int t, double tolerance, Particle[] population, double[] weights) {
        int p = parameters.size();
        double[] mean = new double[p];
        double[] sd = new double[p];
        double[] lower = new double[p];
        double[] upper = new double[p];
        for (int k = 0; k < p; k++) {
            double[] x = new double[population.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = population[i].theta[k];
            }
            mean[k] = Weighted.mean(x, weights);
            sd[k] = Math.sqrt(Weighted.variance(x, weights));
            lower[k] = Weighted.quantile(x, weights, 0.025);
            upper[k] = Weighted.quantile(x, weights, 0.975);
        }
        long sims = simulations(population);
        return new AbcGeneration(t, tolerance, sims, (double) population.length / sims, Weighted.ess(weights), mean,
                sd, lower, upper);
    }

    @Override
    public String toString() {
        return "AbcSmc[" + parameters.size() + " parameters, " + targets.size() + " targets, " + particles
                + " particles, " + maxGenerations + " generations, quantile " + quantile + ", seed " + masterSeed + "]";
    }

    /**
     * Collects the settings of an {@link AbcSmc}. Not thread-safe.
     */
    public static final class Builder {
        private final List<CalibrationParameter> parameters = new ArrayList<>();
        private Targets targets;
        private int particles = 500;
        private int maxGenerations = 8;
        private double quantile = 0.5;
        private double minTolerance = 0.0;
        private double minAcceptanceRate = 0.01;
        private int maxAttempts = 10_000;
        private Long masterSeed;
        private int threads = 1;

        private Builder() {
        }

        /**
         * Adds a parameter to calibrate; the simulator receives parameters in the order added.
         *
         * @param parameter the parameter, its name distinct from earlier ones
         * @return this builder
         * @throws IllegalArgumentException if the name repeats
         */
        public Builder parameter(CalibrationParameter parameter) {
            Objects.requireNonNull(parameter, "parameter");
            for (CalibrationParameter p : parameters) {
                if (p.name().equals(parameter.name())) {
                    throw new IllegalArgumentException("parameter \"" + parameter.name() + "\" is added twice");
                }
            }
            parameters.add(parameter);
            return this;
        }

        /**
         * The targets.
         *
         * @param targets the targets
         * @return this builder
         */
        public Builder targets(Targets targets) {
            this.targets = Objects.requireNonNull(targets, "targets");
            return this;
        }

        /**
         * The number of particles (default 500).
         *
         * @param count in [10, 1,000,000]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder particles(int count) {
            if (count < 10 || count > 1_000_000) {
                throw new IllegalArgumentException("particles must be in [10, 1000000], but was " + count);
            }
            this.particles = count;
            return this;
        }

        /**
         * The most generations after the prior draw (default 8).
         *
         * @param generations in [0, 1000]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxGenerations(int generations) {
            if (generations < 0 || generations > 1000) {
                throw new IllegalArgumentException("maxGenerations must be in [0, 1000], but was " + generations);
            }
            this.maxGenerations = generations;
            return this;
        }

        /**
         * The quantile of the previous population's distances that becomes the next tolerance
         * (default 0.5).
         *
         * @param q in (0, 1)
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder quantile(double q) {
            if (!(q > 0 && q < 1)) {
                throw new IllegalArgumentException("quantile must be in (0, 1), but was " + q);
            }
            this.quantile = q;
            return this;
        }

        /**
         * The tolerance at which to stop (default 0: none). With distances in units of the targets'
         * standard deviations, the number of targets is a natural choice: a simulation within one
         * sd of every target has at most that distance.
         *
         * @param tolerance at least 0
         * @return this builder
         * @throws IllegalArgumentException if negative or not finite
         */
        public Builder minTolerance(double tolerance) {
            if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
                throw new IllegalArgumentException("minTolerance must be finite and >= 0, but was " + tolerance);
            }
            this.minTolerance = tolerance;
            return this;
        }

        /**
         * The acceptance rate below which to stop after the generation (default 0.01).
         *
         * @param rate in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder minAcceptanceRate(double rate) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("minAcceptanceRate must be in [0, 1], but was " + rate);
            }
            this.minAcceptanceRate = rate;
            return this;
        }

        /**
         * The most proposals one particle may make in one generation (default 10,000).
         *
         * @param attempts at least 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxAttempts(int attempts) {
            if (attempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be >= 1, but was " + attempts);
            }
            this.maxAttempts = attempts;
            return this;
        }

        /**
         * The master seed from which every draw and simulation seed derives (required).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder masterSeed(long seed) {
            this.masterSeed = seed;
            return this;
        }

        /**
         * The number of threads that simulate (default 1); the result does not depend on it.
         *
         * @param count in [1, 256]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder threads(int count) {
            if (count < 1 || count > 256) {
                throw new IllegalArgumentException("threads must be in [1, 256], but was " + count);
            }
            this.threads = count;
            return this;
        }

        /**
         * Builds the calibration.
         *
         * @return the calibration
         * @throws IllegalStateException if parameters, targets or the master seed are missing
         */
        public AbcSmc build() {
            if (parameters.isEmpty()) {
                throw new IllegalStateException("a calibration needs at least one parameter: call parameter(...)");
            }
            if (targets == null) {
                throw new IllegalStateException("a calibration needs targets: call targets(...)");
            }
            if (masterSeed == null) {
                throw new IllegalStateException("a calibration needs a master seed: call masterSeed(...)");
            }
            return new AbcSmc(this);
        }
    }
}
