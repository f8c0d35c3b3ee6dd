package org.offramp.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.executor.Backend;
import org.offramp.executor.LocalBackend;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Scenario;
import org.offramp.scenario.Limits;

/**
 * Global sensitivity of outcome shares: first-order and total Sobol indices of each measure's share
 * over chosen parameters and ranges.
 *
 * <pre>{@code
 * Scenario base = Scenarios.load("baseline");
 * Sensitivity s = Sensitivity.builder(base)
 *         .factor(Factor.range(base.parameters(), "washington.restraint", 0.5, 1))
 *         .factor(Factor.range(base.parameters(), "perception.noiseScale", 0.5, 2))
 *         .samples(64)                // N rows of A and B: N (k + 2) design points
 *         .runsPerPoint(100)          // runs per point, on common seeds
 *         .measures(List.of(Measure.parse("WAR"), Measure.parse("DEAL")))
 *         .masterSeed(20190517)
 *         .build();
 * SensitivityResult r = s.run(ProgressListener.NONE);             // the base scenario's model
 * r.indices(Measure.parse("WAR")).total();
 * }</pre>
 *
 * <p>Sampling (Saltelli 2002, 2010): the first {@code N} points of the {@code 2k}-dimensional Sobol
 * sequence (after the zero point) give the unit-cube matrices A (first k coordinates) and B (last k);
 * {@code AB_i} is A with column i from B. Every one of the {@code N (k + 2)} points is mapped into the
 * factors' ranges ({@link Factor#at}) and its model output is the share of the measure over
 * {@code runsPerPoint} runs with seeds {@code Seeds.runSeed(masterSeed, i)}, the same seeds at every
 * point, so the differences {@code f(AB_i) − f(A)} that the estimators use are not swamped by run
 * noise. The indices are estimated by {@link SobolIndices#estimate}, with bootstrap intervals seeded
 * from the master seed. Note that the run noise of a share (binomial, about
 * {@code p(1−p)/runsPerPoint}) adds to the variance: indices of a measure whose share barely varies
 * are dominated by it and sum to well below 1.
 *
 * <p>Immutable and thread-safe.
 */
public final class Sensitivity {
    private final String name;
    private final Scenario base;
    private final List<Factor> factors;
    private final int samples;
    private final long runsPerPoint;
    private final List<Measure> measures;
    private final long masterSeed;
    private final int threads;
    private final int bootstrap;
    private final double confidenceLevel;

    private Sensitivity(Builder b) {
        this.name = b.name;
        this.base = b.base;
        this.factors = List.copyOf(b.factors);
        this.samples = b.samples;
        this.runsPerPoint = b.runsPerPoint;
        this.measures = b.measures == null ? Measure.endings(b.base.model().record()) : b.measures;
        this.masterSeed = b.masterSeed;
        this.threads = b.threads;
        this.bootstrap = b.bootstrap;
        this.confidenceLevel = b.confidenceLevel;
    }

    /**
     * A builder around {@code base}.
     *
     * @param base the scenario the factors vary; its model runs every design point
     * @return a new builder, with the defaults of its setters
     */
    public static Builder builder(Scenario base) {
        return new Builder(base);
    }

    /**
     * The Saltelli design in the unit cube: {@code [0]} = A, {@code [1]} = B, {@code [2 + i]} = AB_i,
     * each N rows of k coordinates.
     *
     * @param n N, the rows of A and B (a Sobol sequence of {@code n} points in 2k dimensions)
     * @param k the number of factors
     * @return {@code k + 2} matrices of {@code n} rows by {@code k} coordinates in [0, 1)
     */
    public static double[][][] saltelli(int n, int k) {
        double[][] u = Design.unitSobol(n, 2 * k);
        double[][][] m = new double[k + 2][n][k];
        for (int j = 0; j < n; j++) {
            for (int d = 0; d < k; d++) {
                m[0][j][d] = u[j][d];
                m[1][j][d] = u[j][k + d];
            }
            for (int i = 0; i < k; i++) {
                m[2 + i][j] = m[0][j].clone();
                m[2 + i][j][i] = m[1][j][i];
            }
        }
        return m;
    }

    /**
     * Runs with the base scenario's model; see {@link #run(RunModel, ProgressListener)}.
     *
     * @param listener told of progress
     * @return the result
     */
    public SensitivityResult run(ProgressListener listener) {
        return run(RunModel.of(base.model()), listener);
    }

    /**
     * Runs all design points on common seeds on this JVM's {@link #threads()} and estimates the indices.
     *
     * @param model    the model's runs
     * @param listener told of progress, in model runs (runs per point times points)
     * @return the result
     * @throws DesignException               naming the point, run index and seed when a run fails
     * @throws org.offramp.experiment.ExperimentCancelledException if the calling thread is interrupted
     */
    public SensitivityResult run(RunModel model, ProgressListener listener) {
        return run(model, LocalBackend.threads(threads), listener);
    }

    /**
     * Runs all design points on common seeds on {@code backend} (a Spark engine's, say) and estimates
     * the indices. The result is the same on every backend.
     *
     * @param model    the model's runs; a {@code PortableModel} for a cluster backend
     * @param backend  where the blocks run
     * @param listener told of progress, in model runs (runs per point times points)
     * @return the result
     * @throws DesignException               naming the point, run index and seed when a run fails
     * @throws org.offramp.experiment.ExperimentCancelledException if the calling thread is interrupted
     */
    public SensitivityResult run(RunModel model, Backend backend, ProgressListener listener) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(listener, "listener");
        CrnPlan plan = plan();
        CrnRun.Done d = CrnRun.run(plan, model, backend, listener, 0, plan.blocks());
        return result(d.tally(), d.wallSeconds());
    }

    /** What the analysis runs: the N (k + 2) points of the Saltelli design, unpaired. */
    CrnPlan plan() {
        int k = factors.size();
        double[][][] unit = saltelli(samples, k);
        List<Scenario> scenarios = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int g = 0; g < k + 2; g++) {
            for (int j = 0; j < samples; j++) {
                Scenario s = base;
                for (int d = 0; d < k; d++) {
                    s = factors.get(d).apply(s, factors.get(d).at(unit[g][j][d]));
                }
                scenarios.add(s);
                labels.add((g == 0 ? "A" : g == 1 ? "B" : "AB_" + (g - 2)) + " row " + j);
            }
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("samples", samples);
        settings.put("bootstrap", bootstrap);
        settings.put("confidenceLevel", confidenceLevel);
        return new CrnPlan("sensitivity", name, scenarios, labels, measures, runsPerPoint, masterSeed, false, threads,
                settings);
    }

    /** The indices estimated from the analysis's tally. */
    SensitivityResult result(Tally t, double seconds) {
        int k = factors.size();
        List<SobolIndices> out = new ArrayList<>();
        for (int m = 0; m < measures.size(); m++) {
            double[] fA = new double[samples];
            double[] fB = new double[samples];
            double[][] fAB = new double[k][samples];
            for (int j = 0; j < samples; j++) {
                fA[j] = t.yes(j, m) / (double) t.runs;
                fB[j] = t.yes(samples + j, m) / (double) t.runs;
                for (int i = 0; i < k; i++) {
                    fAB[i][j] = t.yes((2 + i) * samples + j, m) / (double) t.runs;
                }
            }
            out.add(SobolIndices.estimate(fA, fB, fAB, bootstrap, confidenceLevel, masterSeed + m));
        }
        return new SensitivityResult(this, out, t.scenarios, t.runs, seconds);
    }

    /** {@return the analysis's name} */
    public String name() {
        return name;
    }

    /** {@return the factors and their ranges} */
    public List<Factor> factors() {
        return factors;
    }

    /** {@return N, the rows of A and B} */
    public int samples() {
        return samples;
    }

    /** {@return runs per design point} */
    public long runsPerPoint() {
        return runsPerPoint;
    }

    /** {@return the measures analysed} */
    public List<Measure> measures() {
        return measures;
    }

    /** {@return the master seed} */
    public long masterSeed() {
        return masterSeed;
    }

    /** {@return worker threads; 0 = one per processor} */
    public int threads() {
        return threads;
    }

    /** {@return the number of bootstrap resamples behind each interval} */
    public int bootstrap() {
        return bootstrap;
    }

    /** {@return the level of the bootstrap intervals} */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** {@return the total number of model runs: N (k + 2) × runsPerPoint} */
    public long totalRuns() {
        return (long) samples * (factors.size() + 2) * runsPerPoint;
    }

    /** Builds a {@link Sensitivity}; not thread-safe. */
    public static final class Builder {
        private final Scenario base;
        private String name = "sensitivity";
        private final List<Factor> factors = new ArrayList<>();
        private int samples = 64;
        private long runsPerPoint = -1;
        private List<Measure> measures;
        private long masterSeed;
        private boolean seedSet;
        private int threads;
        private int bootstrap = 1000;
        private double confidenceLevel = 0.95;

        private Builder(Scenario base) {
            this.base = Objects.requireNonNull(base, "base");
        }

        /**
         * The analysis's name, {@code [a-z0-9][a-z0-9-]*}.
         *
         * @param name the analysis's name, {@code [a-z0-9][a-z0-9-]*}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Comparison.checkName("name", name);
            return this;
        }

        /**
         * Adds a factor; its range is used (levels are ignored). Each path once, at most 32 factors.
         *
         * @param factor a parameter and its range (its levels are ignored); each path once, at most 32 factors
         * @return this builder
         */
        public Builder factor(Factor factor) {
            Objects.requireNonNull(factor, "factor");
            Factor f = factor;
            if (!base.parameters().owns(f.param())) {
                throw new IllegalArgumentException("factor " + f.path() + " is a parameter of model "
                        + f.param().registry().owner() + ", but the base scenario is of model " + base.model().name());
            }
            for (Factor g : factors) {
                if (g.path().equals(f.path())) {
                    throw new IllegalArgumentException("factor " + f.path() + " is given twice; allowed: each path once");
                }
            }
            if (!(f.upper() > f.lower())) {
                throw new IllegalArgumentException("factor " + f.path() + " must have lower < upper, but was ["
                        + f.lower() + ", " + f.upper() + "]");
            }
            factors.add(f);
            return this;
        }

        /**
         * N, the rows of A and B, in [2, 65536]; default 64.
         *
         * @param n N, the rows of A and B, in [2, 65536]; default 64
         * @return this builder
         */
        public Builder samples(int n) {
            if (n < 2 || n > 65536) {
                throw new IllegalArgumentException("samples must be in [2, 65536], but was " + n);
            }
            this.samples = n;
            return this;
        }

        /**
         * Runs per design point, in [1, 2^31 - 1]. Required.
         *
         * @param n runs per design point, in [1, 2^31 - 1]; required
         * @return this builder
         */
        public Builder runsPerPoint(long n) {
            this.runsPerPoint = Limits.runs("runsPerPoint", n);
            return this;
        }

        /**
         * The measures, of the base scenario's model; default its endings.
         *
         * @param measures the measures, of the base scenario's model; default its endings
         * @return this builder
         */
        public Builder measures(List<Measure> measures) {
            this.measures = Comparison.checkMeasures(measures);
            return this;
        }

        /**
         * The master seed. Required.
         *
         * @param seed the master seed; required
         * @return this builder
         */
        public Builder masterSeed(long seed) {
            this.masterSeed = seed;
            this.seedSet = true;
            return this;
        }

        /**
         * Worker threads in [0, {@value Limits#MAX_THREADS}]; 0 = one per processor.
         *
         * @param n worker threads in [0, {@value Limits#MAX_THREADS}]; 0 = one per processor
         * @return this builder
         */
        public Builder threads(int n) {
            this.threads = Limits.threads("threads", n);
            return this;
        }

        /**
         * Bootstrap resamples in [0, 100000]; default 1000.
         *
         * @param n bootstrap resamples in [0, 100000]; default 1000
         * @return this builder
         */
        public Builder bootstrap(int n) {
            if (n < 0 || n > 100_000) {
                throw new IllegalArgumentException("bootstrap must be in [0, 100000], but was " + n);
            }
            this.bootstrap = n;
            return this;
        }

        /**
         * The level of the bootstrap intervals, in (0, 1); default 0.95.
         *
         * @param level the level of the bootstrap intervals, in (0, 1); default 0.95
         * @return this builder
         */
        public Builder confidenceLevel(double level) {
            this.confidenceLevel = Limits.confidenceLevel("confidenceLevel", level);
            return this;
        }

        /**
         * The analysis.
         *
         * @return the analysis, ready to run
         * @throws IllegalStateException naming what is missing (2 to 32 factors, runs per point, seed)
         */
        public Sensitivity build() {
            if (factors.size() < 2 || factors.size() > 32) {
                throw new IllegalStateException("a sensitivity analysis needs 2 to 32 factors, but had " + factors.size());
            }
            if (runsPerPoint < 0) {
                throw new IllegalStateException("runsPerPoint is required, but was not set");
            }
            if (!seedSet) {
                throw new IllegalStateException("masterSeed is required, but was not set; there is no default seed");
            }
            if (measures != null) {
                Comparison.checkSchema(measures, base.model());
            }
            return new Sensitivity(this);
        }
    }
}
