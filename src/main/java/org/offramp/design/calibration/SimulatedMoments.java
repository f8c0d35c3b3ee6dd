package org.offramp.design.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.Well19937c;
import org.offramp.random.Seeds;

/**
 * Calibration by the method of simulated moments (McFadden 1989; Gouriéroux and Monfort 1996):
 * the best fit of real parameters to the targets, found by Commons Math's CMA-ES optimiser
 * (Hansen 2006), with standard errors from the curvature of the fit.
 *
 * <pre>{@code
 * MsmResult fit = SimulatedMoments.builder()
 *         .parameter(CalibrationParameter.real("washington.restraint", 0.3, 0.9))
 *         .targets(Targets.read(Path.of("targets.csv")))
 *         .replications(20).masterSeed(20190517).build()
 *         .fit(simulator);
 * fit.estimates();   // value, standard error and 95% interval per parameter
 * }</pre>
 *
 * <p><b>Objective.</b> Each evaluation runs the simulator {@code R} times, with the seeds
 * {@code Seeds.runSeed(masterSeed, r)}, {@code r = 0..R-1}, the same for every parameter value
 * (common random numbers, so that the objective is a smooth function of the parameters rather than
 * a noisy one), and averages the statistics into moments {@code m(θ)}. It minimises
 * {@code J(θ) = Σ ((m_k(θ) - t_k) / sd_k)^2} over the prior box, searched in coordinates scaled to
 * [0, 1], from the box's centre with step {@code sigma} (a share of each range), by CMA-ES seeded
 * from the master seed.
 *
 * <p><b>Uncertainty.</b> With {@code G} the Jacobian of the moments (central differences of 2%
 * of each range, one-sided at a bound) and {@code W = diag(1 / sd²)}, the estimate's asymptotic
 * covariance is {@code (1 + 1/R) (G' W G)^-1}: the targets' own uncertainty, inflated for the
 * simulation noise of {@code R} replications (Gouriéroux and Monfort 1996, ch. 2). The 95%
 * intervals are {@code θ ± 1.96 se}, clipped to the prior range; they are local and symmetric,
 * where {@link AbcSmc}'s posterior intervals need neither. A parameter the targets do not move
 * gets an infinite standard error.
 *
 * <p>Only real parameters: CMA-ES searches a continuous space. Deterministic for a master seed.
 * Immutable and thread-safe; the simulator is called from the calling thread only.
 */
public final class SimulatedMoments {
    private static final double STEP = 0.02;

    private final List<CalibrationParameter> parameters;
    private final Targets targets;
    private final int replications;
    private final double sigma;
    private final int maxEvaluations;
    private final long masterSeed;

    private SimulatedMoments(Builder b) {
        this.parameters = List.copyOf(b.parameters);
        this.targets = b.targets;
        this.replications = b.replications;
        this.sigma = b.sigma;
        this.maxEvaluations = b.maxEvaluations;
        this.masterSeed = b.masterSeed;
    }

    /**
     * A builder; parameters, targets and the master seed must be given. Defaults: 10 replications
     * per evaluation, initial step 0.3 of each range, at most 3,000 evaluations.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the parameters, in the order the simulator receives them} */
    public List<CalibrationParameter> parameters() {
        return parameters;
    }

    /** {@return the targets, in the order the simulator returns them} */
    public Targets targets() {
        return targets;
    }

    /** {@return the simulations per objective evaluation} */
    public int replications() {
        return replications;
    }

    /** {@return the master seed of the replications' seeds and of CMA-ES} */
    public long masterSeed() {
        return masterSeed;
    }

    /**
     * Fits the parameters.
     *
     * @param simulator the model
     * @return the best fit and its uncertainty
     * @throws CalibrationException if a simulation fails or returns statistics that are not one
     *                              finite value per target
     */
    public MsmResult fit(Simulator simulator) {
        Objects.requireNonNull(simulator, "simulator");
        int p = parameters.size();
        double[] start = new double[p];
        double[] lo = new double[p];
        double[] hi = new double[p];
        double[] steps = new double[p];
        for (int k = 0; k < p; k++) {
            start[k] = 0.5;
            hi[k] = 1;
            steps[k] = sigma;
        }
        // The optimiser may stop by exhausting its budget; the best point it has seen is kept here.
        double[] best = start.clone();
        double[] bestValue = {Double.POSITIVE_INFINITY};
        long[] evaluations = {0};
        ObjectiveFunction f = new ObjectiveFunction(u -> {
            evaluations[0]++;
            double j = targets.distance(moments(simulator, scale(u)));
            if (j < bestValue[0]) {
                bestValue[0] = j;
                System.arraycopy(u, 0, best, 0, p);
            }
            return j;
        });
        int lambda = 4 + (int) Math.floor(3 * Math.log(p));
        CMAESOptimizer cmaes = new CMAESOptimizer(maxEvaluations, 0.0, true, 0, 0,
                new Well19937c(Seeds.mix(masterSeed)), false, new SimpleValueChecker(1e-10, 1e-12));
        boolean converged = true;
        try {
            cmaes.optimize(new MaxEval(maxEvaluations), f, GoalType.MINIMIZE, new InitialGuess(start),
                    new SimpleBounds(lo, hi), new CMAESOptimizer.Sigma(steps), new CMAESOptimizer.PopulationSize(lambda));
        } catch (TooManyEvaluationsException e) {
            converged = false;
        }
        double[] theta = scale(best);
        double[] m = moments(simulator, theta);
        double[][] cov = covariance(simulator, theta);
        double pValue = Double.NaN;
        int df = targets.size() - p;
        if (df > 0) {
            double scaled = bestValue[0] / (1 + 1.0 / replications);
            pValue = 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(scaled);
        }
        return new MsmResult(this, theta, bestValue[0], m, cov, evaluations[0], converged, pValue);
    }

    /** Parameters from coordinates in [0, 1]. */
    private double[] scale(double[] u) {
        double[] theta = new double[u.length];
        for (int k = 0; k < u.length; k++) {
            CalibrationParameter par = parameters.get(k);
            double v = Math.max(0, Math.min(1, u[k]));
            theta[k] = par.lower() + v * (par.upper() - par.lower());
        }
        return theta;
    }

    /** The statistics averaged over the replications, on their common seeds. */
    private double[] moments(Simulator simulator, double[] theta) {
        double[] sum = new double[targets.size()];
        for (int r = 0; r < replications; r++) {
            long seed = Seeds.runSeed(masterSeed, r);
            double[] s;
            try {
                s = simulator.simulate(theta.clone(), seed);
            } catch (RuntimeException e) {
                throw new CalibrationException("the simulation at " + java.util.Arrays.toString(theta) + " (seed " + seed
                        + ") failed: " + e.getMessage(), e);
            }
            if (s == null || s.length != sum.length) {
                throw new CalibrationException("the simulation at " + java.util.Arrays.toString(theta) + " (seed " + seed
                        + ") returned " + (s == null ? "null" : s.length + " statistics") + ", but there are "
                        + sum.length + " targets");
            }
            for (int k = 0; k < sum.length; k++) {
                if (!Double.isFinite(s[k])) {
                    throw new CalibrationException("the simulation at " + java.util.Arrays.toString(theta) + " (seed "
                            + seed + ") returned " + s[k] + " for target " + targets.get(k).name());
                }
                sum[k] += s[k];
            }
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= replications;
        }
        return sum;
    }

    /** {@code (1 + 1/R) (G' W G)^-1}; NaN where the matrix is singular. */
    private double[][] covariance(Simulator simulator, double[] theta) {
        int p = theta.length;
        int k = targets.size();
        double[][] g = new double[k][p];
        for (int j = 0; j < p; j++) {
            CalibrationParameter par = parameters.get(j);
            double h = STEP * (par.upper() - par.lower());
            double up = Math.min(par.upper(), theta[j] + h);
            double down = Math.max(par.lower(), theta[j] - h);
            double[] a = theta.clone();
            double[] b = theta.clone();
            a[j] = up;
            b[j] = down;
            double[] ma = moments(simulator, a);
            double[] mb = moments(simulator, b);
            for (int i = 0; i < k; i++) {
                g[i][j] = (ma[i] - mb[i]) / (up - down);
            }
        }
        double[][] info = new double[p][p];
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                double s = 0;
                for (int i = 0; i < k; i++) {
                    double w = 1 / (targets.get(i).sd() * targets.get(i).sd());
                    s += g[i][a] * w * g[i][b];
                }
                info[a][b] = s;
            }
        }
        double[][] cov = new double[p][p];
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(info, false));
        if (!lu.getSolver().isNonSingular()) {
            for (double[] row : cov) {
                java.util.Arrays.fill(row, Double.NaN);
            }
            return cov;
        }
        RealMatrix inverse = lu.getSolver().getInverse();
        double inflate = 1 + 1.0 / replications;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                cov[a][b] = inflate * inverse.getEntry(a, b);
            }
        }
        return cov;
    }

    @Override
    public String toString() {
        return "SimulatedMoments[" + parameters.size() + " parameters, " + targets.size() + " targets, " + replications
                + " replications, seed " + masterSeed + "]";
    }

    /**
     * Collects the settings of a {@link SimulatedMoments} fit. Not thread-safe.
     */
    public static final class Builder {
        private final List<CalibrationParameter> parameters = new ArrayList<>();
        private Targets targets;
        private int replications = 10;
        private double sigma = 0.3;
        private int maxEvaluations = 3000;
        private Long masterSeed;

        private Builder() {
        }

        /**
         * Adds a real parameter to fit.
         *
         * @param parameter the parameter, real, its name distinct from earlier ones
         * @return this builder
         * @throws IllegalArgumentException if the parameter is not real or its name repeats
         */
        public Builder parameter(CalibrationParameter parameter) {
            Objects.requireNonNull(parameter, "parameter");
            if (parameter.isDiscrete()) {
                throw new IllegalArgumentException(parameter.name() + " is " + parameter.kind()
                        + ": the method of simulated moments fits real parameters only (use AbcSmc for "
                        + "integer and boolean ones)");
            }
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
         * The simulations averaged per evaluation (default 10).
         *
         * @param count in [1, 100,000]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder replications(int count) {
            if (count < 1 || count > 100_000) {
                throw new IllegalArgumentException("replications must be in [1, 100000], but was " + count);
            }
            this.replications = count;
            return this;
        }

        /**
         * CMA-ES's initial step, as a share of each parameter's range (default 0.3).
         *
         * @param share in (0, 1]
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder sigma(double share) {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("sigma must be in (0, 1], but was " + share);
            }
            this.sigma = share;
            return this;
        }

        /**
         * The most objective evaluations (default 3,000).
         *
         * @param count at least 10
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxEvaluations(int count) {
            if (count < 10) {
                throw new IllegalArgumentException("maxEvaluations must be >= 10, but was " + count);
            }
            this.maxEvaluations = count;
            return this;
        }

        /**
         * The master seed of the replications and of CMA-ES (required).
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder masterSeed(long seed) {
            this.masterSeed = seed;
            return this;
        }

        /**
         * Builds the fit.
         *
         * @return the fit
         * @throws IllegalStateException if parameters, targets or the master seed are missing, or
         *                               there are fewer targets than parameters
         */
        public SimulatedMoments build() {
            if (parameters.isEmpty()) {
                throw new IllegalStateException("a fit needs at least one parameter: call parameter(...)");
            }
            if (targets == null) {
                throw new IllegalStateException("a fit needs targets: call targets(...)");
            }
            if (masterSeed == null) {
                throw new IllegalStateException("a fit needs a master seed: call masterSeed(...)");
            }
            if (targets.size() < parameters.size()) {
                throw new IllegalStateException(parameters.size() + " parameters cannot be fitted to "
                        + targets.size() + " targets: give at least as many targets as parameters");
            }
            return new SimulatedMoments(this);
        }
    }
}
