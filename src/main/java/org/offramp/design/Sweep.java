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
 * A sweep over scenario parameters: the base scenario with each design point's factor values set
 * ({@link Scenario#with(String, double)}), every point run on the same seeds (common random
 * numbers across points), so that neighbouring points differ by the parameters, not by luck.
 *
 * <pre>{@code
 * Scenario base = Scenarios.load("baseline");
 * Sweep s = Sweep.builder(base)
 *         .factor(Factor.evenly(base.parameters(), "washington.punchInTheNose", 0, 1, 6))
 *         .factor(Factor.evenly(base.parameters(), "washington.restraint", 0.5, 1, 6))
 *         .design(new Design.Grid())
 *         .runs(500).masterSeed(20190517)
 *         .build();
 * SweepResult r = s.run(ProgressListener.NONE);                 // the base scenario's model
 * SweepWriter.write(r, Path.of("results/punch"), List.of(), List.of(), null);   // sweep.csv and .md
 * }</pre>
 *
 * <p>Run {@code i} of every point has seed {@code Seeds.runSeed(masterSeed, i)}. A point costs what
 * its runs cost: the only per-point work is building its scenario. Results depend on the base
 * scenario, factors, design, measures, runs and master seed only. Immutable and thread-safe.
 */
public final class Sweep {
    private final String name;
    private final Scenario base;
    private final List<Factor> factors;
    private final Design design;
    private final List<Measure> measures;
    private final long runs;
    private final long masterSeed;
    private final int threads;
    private final double confidenceLevel;
    private final double[][] points;

    private Sweep(Builder b) {
        this.name = b.name;
        this.base = b.base;
        this.factors = List.copyOf(b.factors);
        this.design = b.design;
        this.measures = b.measures == null ? Measure.endings(b.base.model().record()) : b.measures;
        this.runs = b.runs;
        this.masterSeed = b.masterSeed;
        this.threads = b.threads;
        this.confidenceLevel = b.confidenceLevel;
        this.points = design.points(factors);
        for (double[] p : points) {
            scenarioAt(p);   // validates every point before any run
        }
    }

    /**
     * A builder sweeping around {@code base}.
     *
     * @param base the scenario the factors vary; its model runs every design point
     * @return a new builder, with the defaults of its setters
     */
    public static Builder builder(Scenario base) {
        return new Builder(base);
    }

    /**
     * Runs with the base scenario's model; see {@link #run(RunModel, ProgressListener)}.
     *
     * @param listener told of progress
     * @return the result
     */
    public SweepResult run(ProgressListener listener) {
        return run(RunModel.of(base.model()), listener);
    }

    /**
     * Runs every point on the common seeds on this JVM's {@link #threads()} and waits.
     *
     * @param model    the model's runs
     * @param listener told of progress, in model runs (runs times points)
     * @return the result
     * @throws DesignException               naming the point, run index and seed when a run fails
     * @throws org.offramp.experiment.ExperimentCancelledException if the calling thread is interrupted
     */
    public SweepResult run(RunModel model, ProgressListener listener) {
        return run(model, LocalBackend.threads(threads), listener);
    }

    /**
     * Runs every point on the common seeds on {@code backend} (a Spark engine's, say) and waits. The
     * result is the same on every backend.
     *
     * @param model    the model's runs; a {@code PortableModel} for a cluster backend
     * @param backend  where the blocks run
     * @param listener told of progress, in model runs (runs times points)
     * @return the result
     * @throws DesignException               naming the point, run index and seed when a run fails
     * @throws org.offramp.experiment.ExperimentCancelledException if the calling thread is interrupted
     */
    public SweepResult run(RunModel model, Backend backend, ProgressListener listener) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(listener, "listener");
        CrnPlan plan = plan();
        CrnRun.Done d = CrnRun.run(plan, model, backend, listener, 0, plan.blocks());
        return result(d.tally(), d.wallSeconds());
    }

    /** What the sweep runs: every design point, unpaired. */
    CrnPlan plan() {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            scenarios.add(scenarioAt(points[i]));
            labels.add("point " + i);
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("design", design.type());
        settings.put("confidenceLevel", confidenceLevel);
        return new CrnPlan("sweep", name, scenarios, labels, measures, runs, masterSeed, false, threads, settings);
    }

    /** The result of the sweep's tally. */
    SweepResult result(Tally t, double wallSeconds) {
        return new SweepResult(this, t, wallSeconds);
    }

    /**
     * The scenario of a design point: the base scenario with each factor set to its value.
     *
     * @param point one value per factor, in the order of {@link #factors()}
     * @return the base scenario with those values applied
     * @throws IllegalArgumentException if {@code point} has not one value per factor
     */
    public Scenario scenarioAt(double[] point) {
        Objects.requireNonNull(point, "point");
        if (point.length != factors.size()) {
            throw new IllegalArgumentException("point must have " + factors.size() + " values (one per factor), but had "
                    + point.length);
        }
        Scenario s = base;
        for (int i = 0; i < factors.size(); i++) {
            s = factors.get(i).apply(s, point[i]);
        }
        return s;
    }

    /** {@return the sweep's name} */
    public String name() {
        return name;
    }

    /** {@return the base scenario, which the factors vary} */
    public Scenario base() {
        return base;
    }

    /** {@return the factors, in the order of each point's values} */
    public List<Factor> factors() {
        return factors;
    }

    /** {@return the design: where the points lie in the space of the factors} */
    public Design design() {
        return design;
    }

    /** {@return the design points (a copy), one array of factor values per point} */
    public double[][] points() {
        double[][] c = new double[points.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = points[i].clone();
        }
        return c;
    }

    /** {@return the measures counted at each point} */
    public List<Measure> measures() {
        return measures;
    }

    /** {@return runs per point} */
    public long runs() {
        return runs;
    }

    /** {@return the master seed} */
    public long masterSeed() {
        return masterSeed;
    }

    /** {@return worker threads; 0 = one per processor} */
    public int threads() {
        return threads;
    }

    /** {@return the two-sided level of the Wilson intervals} */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** Builds a {@link Sweep}; not thread-safe. */
    public static final class Builder {
        private final Scenario base;
        private String name = "sweep";
        private final List<Factor> factors = new ArrayList<>();
        private Design design = new Design.Grid();
        private List<Measure> measures;
        private long runs = -1;
        private long masterSeed;
        private boolean seedSet;
        private int threads;
        private double confidenceLevel = 0.95;

        private Builder(Scenario base) {
            this.base = Objects.requireNonNull(base, "base");
        }

        /**
         * The sweep's name, {@code [a-z0-9][a-z0-9-]*}.
         *
         * @param name the sweep's name, {@code [a-z0-9][a-z0-9-]*}
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Comparison.checkName("name", name);
            return this;
        }

        /**
         * Adds a factor; each path once.
         *
         * @param factor a parameter and the values it takes; each path once
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
            factors.add(f);
            return this;
        }

        /**
         * The design; default the full grid.
         *
         * @param design the design; default the full grid
         * @return this builder
         */
        public Builder design(Design design) {
            this.design = Objects.requireNonNull(design, "design");
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
         * Runs per point, in [1, 2^31 - 1]. Required.
         *
         * @param n runs per point, in [1, 2^31 - 1]; required
         * @return this builder
         */
        public Builder runs(long n) {
            this.runs = Limits.runs("runs", n);
            return this;
        }

        /**
         * The master seed (also seeds a Latin hypercube made by the loader). Required.
         *
         * @param seed the master seed (also seeds a Latin hypercube made by the loader); required
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
         * The level of the Wilson intervals, in (0, 1); default 0.95.
         *
         * @param level the level of the Wilson intervals, in (0, 1); default 0.95
         * @return this builder
         */
        public Builder confidenceLevel(double level) {
            this.confidenceLevel = Limits.confidenceLevel("confidenceLevel", level);
            return this;
        }

        /**
         * The sweep, with every point validated.
         *
         * @return the sweep, ready to run
         * @throws IllegalStateException naming what is missing
         */
        public Sweep build() {
            if (factors.isEmpty()) {
                throw new IllegalStateException("a sweep needs at least one factor");
            }
            if (runs < 0) {
                throw new IllegalStateException("runs is required, but was not set");
            }
            if (!seedSet) {
                throw new IllegalStateException("masterSeed is required, but was not set; there is no default seed");
            }
            if (measures != null) {
                Comparison.checkSchema(measures, base.model());
            }
            return new Sweep(this);
        }
    }
}
