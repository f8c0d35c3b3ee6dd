package org.offramp.design.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.design.calibration.AbcSmc;
import org.offramp.design.calibration.CalibrationParameter;
import org.offramp.design.calibration.SimulatedMoments;
import org.offramp.design.calibration.Target;
import org.offramp.design.calibration.Targets;
import org.offramp.model.Param;
import org.offramp.model.Scenario;

/**
 * A calibration, as {@link CalibrationSpecLoader} reads it from a {@code kind: calibrate} file: which
 * parameters of a model to fit, over which prior ranges, to which targets (each a {@link Statistic}
 * of the runs with an observed value and its uncertainty), by which method and with what budget.
 * {@code with...} methods give the copies the command line's flags ask for.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name          the name, {@code [a-z0-9][a-z0-9-]*}: the default results folder
 * @param description   what the calibration asks
 * @param source        the file it came from
 * @param scenarioRef   the base scenario as the file names it: an embedded name or a file path
 * @param embedded      whether {@code scenarioRef} is an embedded scenario of the model
 * @param overrides     the file's overrides of the base scenario (parameter path to value)
 * @param base          the base scenario, with the overrides
 * @param parameters    the fitted parameters with their priors
 * @param targets       the targets with their statistics
 * @param method        ABC-SMC or simulated moments
 * @param runs          runs behind each simulated statistic
 * @param seed          the master seed
 * @param threads       worker threads; 0 = one per processor; never changes the result
 * @param abc           the ABC-SMC budget
 * @param msm           the simulated moments budget
 */
public record CalibrationSpec(String name, String description, String source, String scenarioRef, boolean embedded,
                              Map<String, Double> overrides, Scenario base, List<FitParameter> parameters,
                              List<FitTarget> targets, Method method, int runs, long seed, int threads, AbcBudget abc,
                              MsmBudget msm) {

    /** The most runs per simulation. */
    public static final int MAX_RUNS = 1_000_000;

    /** The fitting methods. */
    public enum Method {
        /** Approximate Bayesian computation, sequential Monte Carlo: a weighted posterior sample. */
        ABC,
        /** The method of simulated moments with CMA-ES: a best fit with standard errors. */
        MSM;

        /** {@return the name files use: abc or msm} */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One fitted parameter.
     *
     * @param param the model's parameter
     * @param lower the lower end of its uniform prior, inside the parameter's range
     * @param upper the upper end
     * @param truth its known value, for a recovery check (charts and tables show it), or NaN
     */
    public record FitParameter(Param param, double lower, double upper, double truth) {
        /**
         * Checks the prior.
         *
         * @param param the model's parameter
         * @param lower the lower end of its uniform prior, inside the parameter's range
         * @param upper the upper end
         * @param truth its known value, for a recovery check (charts and tables show it), or NaN
         * @throws IllegalArgumentException naming the parameter and the bad value
         */
        public FitParameter {
            Objects.requireNonNull(param, "param");
            if (!(lower < upper)) {
                throw new IllegalArgumentException(param.path() + ": the prior needs from < to, but was [" + lower
                        + ", " + upper + "]");
            }
            for (double v : new double[] {lower, upper}) {
                String problem = param.problem(v);
                if (problem != null) {
                    throw new IllegalArgumentException(param.path() + " " + problem);
                }
            }
            if (!Double.isNaN(truth) && !(truth >= lower && truth <= upper)) {
                throw new IllegalArgumentException(param.path() + ": truth must lie in the prior [" + lower + ", "
                        + upper + "], but was " + truth);
            }
        }

        /** {@return the parameter as the calibration library sees it (integer and flag parameters stay whole)} */
        public CalibrationParameter toCalibration() {
            return switch (param.type()) {
                case INTEGER -> CalibrationParameter.integer(param.path(), (long) lower, (long) upper);
                case FLAG -> CalibrationParameter.bool(param.path());
                default -> CalibrationParameter.real(param.path(), lower, upper);
            };
        }
    }

    /**
     * One target.
     *
     * @param target    the observed value and its uncertainty
     * @param statistic how the runs give the simulated value
     */
    public record FitTarget(Target target, Statistic statistic) {
        /**
         * Checks the arguments.
         *
         * @param target    the observed value and its uncertainty
         * @param statistic how the runs give the simulated value
         */
        public FitTarget {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(statistic, "statistic");
        }
    }

    /**
     * The budget of ABC-SMC; see {@code AbcSmc.Builder}.
     *
     * @param particles         population size, in [10, 1000000]
     * @param generations       generations after the prior draw, in [0, 1000]
     * @param quantile          the quantile of the previous distances that becomes the next tolerance, in (0, 1)
     * @param minTolerance      stop once the tolerance reaches it, at least 0
     * @param minAcceptanceRate stop after a generation that accepts fewer proposals, in [0, 1]
     * @param maxAttempts       proposals per particle and generation before a generation is given up, at least 1
     */
    public record AbcBudget(int particles, int generations, double quantile, double minTolerance,
                            double minAcceptanceRate, int maxAttempts) {
        /** {@return the library's defaults but for a smaller population: 200 particles, 6 generations} */
        public static AbcBudget defaults() {
            return new AbcBudget(200, 6, 0.5, 0, 0.01, 10_000);
        }
    }

    /**
     * The budget of simulated moments; see {@code SimulatedMoments.Builder}.
     *
     * @param replications simulations averaged per evaluation, in [1, 100000]
     * @param evaluations  the most evaluations of the objective, at least 10
     * @param sigma        CMA-ES's initial step as a share of each range, in (0, 1]
     */
    public record MsmBudget(int replications, int evaluations, double sigma) {
        /** {@return 10 replications, at most 300 evaluations, initial step 0.3} */
        public static MsmBudget defaults() {
            return new MsmBudget(10, 300, 0.3);
        }
    }

    /**
     * Copies the lists.
     *
     * @param name        the name, {@code [a-z0-9][a-z0-9-]*}: the default results folder
     * @param description what the calibration asks
     * @param source      the file it came from
     * @param scenarioRef the base scenario as the file names it: an embedded name or a file path
     * @param embedded    whether {@code scenarioRef} is an embedded scenario of the model
     * @param overrides   the file's overrides of the base scenario (parameter path to value)
     * @param base        the base scenario, with the overrides
     * @param parameters  the fitted parameters with their priors
     * @param targets     the targets with their statistics
     * @param method      ABC-SMC or simulated moments
     * @param runs        runs behind each simulated statistic
     * @param seed        the master seed
     * @param threads     worker threads; 0 = one per processor; never changes the result
     * @param abc         the ABC-SMC budget
     * @param msm         the simulated moments budget
     */
    public CalibrationSpec {
        overrides = Map.copyOf(overrides);
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(abc, "abc");
        Objects.requireNonNull(msm, "msm");
        if (parameters.isEmpty() || targets.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs at least one parameter and one target");
        }
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be in [1, " + MAX_RUNS + "], but was " + runs);
        }
    }

    /** {@return the targets as the calibration library reads them} */
    public Targets libraryTargets() {
        List<Target> t = new ArrayList<>();
        targets.forEach(x -> t.add(x.target()));
        return Targets.of(t);
    }

    /** {@return the statistics, in the targets' order} */
    public List<Statistic> statistics() {
        List<Statistic> s = new ArrayList<>();
        targets.forEach(x -> s.add(x.statistic()));
        return s;
    }

    /** {@return the fitted parameters of the model, in order} */
    public List<Param> params() {
        List<Param> p = new ArrayList<>();
        parameters.forEach(x -> p.add(x.param()));
        return p;
    }

    /** {@return the known values of the parameters (NaN where unknown), or null when none is known} */
    public double[] truth() {
        double[] t = new double[parameters.size()];
        boolean any = false;
        for (int k = 0; k < t.length; k++) {
            t[k] = parameters.get(k).truth();
            any |= !Double.isNaN(t[k]);
        }
        return any ? t : null;
    }

    /**
     * The ABC-SMC this file describes.
     *
     * @return the configured run
     */
    public AbcSmc toAbc() {
        AbcSmc.Builder b = AbcSmc.builder().targets(libraryTargets()).particles(abc.particles())
                .maxGenerations(abc.generations()).quantile(abc.quantile()).minTolerance(abc.minTolerance())
                .minAcceptanceRate(abc.minAcceptanceRate()).maxAttempts(abc.maxAttempts()).masterSeed(seed)
                .threads(threads == 0 ? Math.min(256, Runtime.getRuntime().availableProcessors()) : Math.min(256, threads));
        parameters.forEach(p -> b.parameter(p.toCalibration()));
        return b.build();
    }

    /**
     * The simulated-moments fit this file describes.
     *
     * @return the configured fit
     */
    public SimulatedMoments toMsm() {
        SimulatedMoments.Builder b = SimulatedMoments.builder().targets(libraryTargets())
                .replications(msm.replications()).maxEvaluations(msm.evaluations()).sigma(msm.sigma()).masterSeed(seed);
        parameters.forEach(p -> b.parameter(p.toCalibration()));
        return b.build();
    }

    /**
     * A copy with another master seed.
     *
     * @param s the master seed every simulation's stream derives from
     * @return the copy, otherwise unchanged
     */
    public CalibrationSpec withSeed(long s) {
        return new CalibrationSpec(name, description, source, scenarioRef, embedded, overrides, base, parameters,
                targets, method, runs, s, threads, abc, msm);
    }

    /**
     * A copy with another worker count.
     *
     * @param t worker threads; 0 = one per processor; never changes the result
     * @return the copy, otherwise unchanged
     */
    public CalibrationSpec withThreads(int t) {
        return new CalibrationSpec(name, description, source, scenarioRef, embedded, overrides, base, parameters,
                targets, method, runs, seed, t, abc, msm);
    }

    /**
     * A copy with other runs per simulation.
     *
     * @param r runs behind each simulated statistic, in [1, {@value #MAX_RUNS}]
     * @return the copy, otherwise unchanged
     */
    public CalibrationSpec withRuns(int r) {
        return new CalibrationSpec(name, description, source, scenarioRef, embedded, overrides, base, parameters,
                targets, method, r, seed, threads, abc, msm);
    }

    /**
     * A copy with another base scenario, e.g. with {@code --set} changes, which fit.yaml records with the
     * file's overrides.
     *
     * @param b       the scenario
     * @param changes the changes made, path to value
     * @return the copy
     */
    public CalibrationSpec withBase(Scenario b, Map<String, Double> changes) {
        java.util.Map<String, Double> all = new java.util.LinkedHashMap<>(overrides);
        all.putAll(changes);
        return new CalibrationSpec(name, description, source, scenarioRef, embedded, all, b, parameters, targets,
                method, runs, seed, threads, abc, msm);
    }

    /**
     * A copy with another ABC-SMC budget.
     *
     * @param a the population size, generations and stopping rules of ABC-SMC
     * @return the copy, otherwise unchanged
     */
    public CalibrationSpec withAbc(AbcBudget a) {
        return new CalibrationSpec(name, description, source, scenarioRef, embedded, overrides, base, parameters,
                targets, method, runs, seed, threads, a, msm);
    }

    /**
     * A copy with another fitting method.
     *
     * @param m ABC-SMC or simulated moments
     * @return the copy, otherwise unchanged
     */
    public CalibrationSpec withMethod(Method m) {
        return new CalibrationSpec(name, description, source, scenarioRef, embedded, overrides, base, parameters,
                targets, m, runs, seed, threads, abc, msm);
    }
}
