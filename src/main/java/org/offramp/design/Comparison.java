package org.offramp.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.offramp.executor.Backend;
import org.offramp.executor.LocalBackend;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Model;
import org.offramp.model.Scenario;
import org.offramp.scenario.Limits;

/**
 * A comparison of scenarios with common random numbers: every variant is run on the same run
 * seeds, so the differences of shares are paired and much more precise than those of independent
 * experiments.
 *
 * <pre>{@code
 * Scenario base = Scenarios.load("baseline");
 * RecordSchema<?> schema = base.model().record();
 * Comparison c = Comparison.builder()
 *         .variant("baseline", base)                                        // the first is the reference
 *         .variant("more-sanctions", base.with("washington.propensity.addSanctions", 0))
 *         .measures(List.of(Measure.parse(schema, "WAR"), Measure.parse(schema, "DEAL_BY_DAY_180")))
 *         .runs(4000)
 *         .masterSeed(20190517)
 *         .build();
 * ComparisonResult r = c.run(ProgressListener.NONE);           // the variants' model
 * r.difference("more-sanctions", Measure.parse(schema, "DEAL_BY_DAY_180"));   // paired difference, interval, McNemar p
 * ComparisonWriter.write(r, Path.of("results/pressure"));    // comparison.csv, shares and differences charts
 * }</pre>
 *
 * <p>Every variant is a scenario of one model, and the measures are that model's. Run {@code i} of
 * every variant has the seed {@code Seeds.runSeed(masterSeed, i)}, the seed the
 * experiment engine gives run {@code i}; the result depends on the variants, measures, runs, master
 * seed and confidence level only, never on the thread count. Memory does not grow with the number
 * of runs. Each variant is compared against the reference, or against the variant it names
 * ({@link Builder#variant(String, Scenario, String)}).
 *
 * <p>Immutable and thread-safe; the builder is not.
 */
public final class Comparison {
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final String name;
    private final List<String> names;
    private final List<Scenario> scenarios;
    private final List<String> against;
    private final List<Measure> measures;
    private final long runs;
    private final long masterSeed;
    private final int threads;
    private final double confidenceLevel;

    private Comparison(Builder b) {
        this.name = b.name;
        this.names = List.copyOf(b.variants.keySet());
        this.scenarios = List.copyOf(b.variants.values());
        List<String> a = new ArrayList<>();
        for (String n : names) {
            a.add(b.against.getOrDefault(n, names.get(0)));
        }
        this.against = List.copyOf(a);
        this.measures = b.measures == null ? Measure.endings(model().record()) : List.copyOf(b.measures);
        this.runs = b.runs;
        this.masterSeed = b.masterSeed;
        this.threads = b.threads;
        this.confidenceLevel = b.confidenceLevel;
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs every variant on the common seeds with the variants' model and waits; see the class comment.
     *
     * @param listener told of progress
     * @return the result
     */
    public ComparisonResult run(ProgressListener listener) {
        return run(RunModel.of(model()), listener);
    }

    /** {@return the model of the variants} */
    public Model<?> model() {
        return scenarios.get(0).model();
    }

    /**
     * Runs every variant on the common seeds on this JVM's {@link #threads()} and waits; see the class
     * comment.
     *
     * @param model    the model's runs
     * @param listener told of progress, in model runs (runs times variants)
     * @return the result
     * @throws DesignException               naming the variant, run index and seed when a run fails
     * @throws org.offramp.experiment.ExperimentCancelledException if the calling thread is interrupted
     */
    public ComparisonResult run(RunModel model, ProgressListener listener) {
        return run(model, LocalBackend.threads(threads), listener);
    }

    /**
     * Runs every variant on the common seeds on {@code backend} (a Spark engine's, say) and waits. The
     * result is the same on every backend.
     *
     * @param model    the model's runs; a {@code PortableModel} for a cluster backend
     * @param backend  where the blocks run
     * @param listener told of progress, in model runs (runs times variants)
     * @return the result
     * @throws DesignException               naming the variant, run index and seed when a run fails
     * @throws org.offramp.experiment.ExperimentCancelledException if the calling thread is interrupted
     */
    public ComparisonResult run(RunModel model, Backend backend, ProgressListener listener) {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(listener, "listener");
        CrnPlan plan = plan();
        CrnRun.Done d = CrnRun.run(plan, model, backend, listener, 0, plan.blocks());
        return result(d.tally(), d.wallSeconds());
    }

    /** What the comparison runs: every variant, paired. */
    CrnPlan plan() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("against", against);
        settings.put("confidenceLevel", confidenceLevel);
        return new CrnPlan("compare", name, scenarios, names, measures, runs, masterSeed, true, threads, settings);
    }

    /** The result of the comparison's tally. */
    ComparisonResult result(Tally t, double wallSeconds) {
        return new ComparisonResult(this, t, wallSeconds);
    }

    /** {@return the comparison's name (used in chart titles and file names)} */
    public String name() {
        return name;
    }

    /** {@return the variants' names in order; the first is the reference} */
    public List<String> variants() {
        return names;
    }

    /** {@return the variants' scenarios, in the order of {@link #variants()}} */
    public List<Scenario> scenarios() {
        return scenarios;
    }

    /**
     * {@return for each variant, the name of the variant it is compared against (the reference's own
     * entry is itself)}
     */

    public List<String> against() {
        return against;
    }

    /** {@return the measures whose shares are compared} */
    public List<Measure> measures() {
        return measures;
    }

    /** {@return the runs per variant} */
    public long runs() {
        return runs;
    }

    /** {@return the master seed: run {@code i} of every variant has seed {@code Seeds.runSeed(masterSeed, i)}} */
    public long masterSeed() {
        return masterSeed;
    }

    /** {@return worker threads; 0 means one per processor. Never changes the results} */
    public int threads() {
        return threads;
    }

    /** {@return the two-sided confidence level of every interval} */
    public double confidenceLevel() {
        return confidenceLevel;
    }

    /** Builds a {@link Comparison}; not thread-safe. */
    public static final class Builder {
        private String name = "comparison";
        private final Map<String, Scenario> variants = new LinkedHashMap<>();
        private final Map<String, String> against = new LinkedHashMap<>();
        private List<Measure> measures;
        private long runs = -1;
        private long masterSeed;
        private boolean seedSet;
        private int threads;
        private double confidenceLevel = 0.95;

        private Builder() {
        }

        /**
         * The comparison's name, {@code [a-z0-9][a-z0-9-]*}; default "comparison".
         *
         * @param name the comparison's name, {@code [a-z0-9][a-z0-9-]*}; default "comparison"
         * @return this builder
         */
        public Builder name(String name) {
            this.name = checkName("name", name);
            return this;
        }

        /**
         * Adds a variant compared against the reference (the first variant added).
         *
         * @param variantName the variant's name, {@code [a-z0-9][a-z0-9-]*}, unique in the comparison
         * @param scenario    the variant's scenario; every variant must be of the same model
         * @return this builder
         */
        public Builder variant(String variantName, Scenario scenario) {
            checkName("variantName", variantName);
            Objects.requireNonNull(scenario, "scenario");
            if (variants.containsKey(variantName)) {
                throw new IllegalArgumentException("variant name must be unique, but \"" + variantName
                        + "\" was given twice");
            }
            variants.put(variantName, scenario);
            return this;
        }

        /**
         * Adds a variant compared against the variant named {@code againstName}, added before it.
         *
         * @param variantName the variant's name, {@code [a-z0-9][a-z0-9-]*}, unique in the comparison
         * @param scenario    the variant's scenario; every variant must be of the same model
         * @param againstName the name of an earlier variant that this one is compared against
         * @return this builder
         */
        public Builder variant(String variantName, Scenario scenario, String againstName) {
            checkName("variantName", variantName);
            Objects.requireNonNull(scenario, "scenario");
            Objects.requireNonNull(againstName, "againstName");
            if (!variants.containsKey(againstName)) {
                throw new IllegalArgumentException("against must name a variant added before \"" + variantName
                        + "\", but was \"" + againstName + "\"; allowed: " + variants.keySet());
            }
            variant(variantName, scenario);
            against.put(variantName, againstName);
            return this;
        }

        /**
         * The measures to compare, 1 to 64, distinct, of the variants' model; default its endings.
         *
         * @param measures the measures to compare, 1 to 64, distinct, of the variants' model; default its endings
         * @return this builder
         */
        public Builder measures(List<Measure> measures) {
            this.measures = checkMeasures(measures);
            return this;
        }

        /**
         * Runs per variant, in [1, 2^31 - 1]. Required.
         *
         * @param n runs per variant, in [1, 2^31 - 1]; required
         * @return this builder
         */
        public Builder runs(long n) {
            this.runs = Limits.runs("runs", n);
            return this;
        }

        /**
         * The master seed. Required: there is no default seed.
         *
         * @param seed the master seed; required: there is no default seed
         * @return this builder
         */
        public Builder masterSeed(long seed) {
            this.masterSeed = seed;
            this.seedSet = true;
            return this;
        }

        /**
         * Worker threads, in [0, {@value Limits#MAX_THREADS}]; 0 (the default) means one per processor.
         *
         * @param n worker threads, in [0, {@value Limits#MAX_THREADS}]; 0 (the default) means one per processor
         * @return this builder
         */
        public Builder threads(int n) {
            this.threads = Limits.threads("threads", n);
            return this;
        }

        /**
         * The two-sided confidence level of the intervals, in (0, 1); default 0.95.
         *
         * @param level the two-sided confidence level of the intervals, in (0, 1); default 0.95
         * @return this builder
         */
        public Builder confidenceLevel(double level) {
            this.confidenceLevel = Limits.confidenceLevel("confidenceLevel", level);
            return this;
        }

        /**
         * The comparison.
         *
         * @return the comparison, ready to run
         * @throws IllegalStateException naming what is missing
         */
        public Comparison build() {
            if (variants.size() < 2) {
                throw new IllegalStateException("a comparison needs at least 2 variants, but had " + variants.size());
            }
            if (runs < 0) {
                throw new IllegalStateException("runs is required, but was not set");
            }
            if (!seedSet) {
                throw new IllegalStateException("masterSeed is required, but was not set; there is no default seed");
            }
            Model<?> model = sameModel(variants.values());
            if (measures != null) {
                checkSchema(measures, model);
            }
            return new Comparison(this);
        }
    }

    static String checkName(String what, String n) {
        Objects.requireNonNull(n, what);
        if (!NAME.matcher(n).matches()) {
            throw new IllegalArgumentException(what + " must match [a-z0-9][a-z0-9-]*, but was \"" + n + "\"");
        }
        return n;
    }

    /** The one model of these scenarios. @throws IllegalArgumentException if they are of several */
    static Model<?> sameModel(java.util.Collection<Scenario> scenarios) {
        Model<?> model = null;
        for (Scenario s : scenarios) {
            if (model == null) {
                model = s.model();
            } else if (s.parameters() != model.parameters()) {
                throw new IllegalArgumentException("every scenario of a design must be of one model, but "
                        + s.name() + " is of model " + s.model().name() + " and others of model " + model.name());
            }
        }
        return model;
    }

    /** Every measure must be compiled against {@code model}'s schema. */
    static void checkSchema(List<Measure> measures, Model<?> model) {
        for (Measure m : measures) {
            if (m.schema() != model.record()) {
                throw new IllegalArgumentException("measure " + m.name() + " is not a measure of model " + model.name()
                        + "; compile it with Measure.parse(model.record(), \"" + m.name() + "\")");
            }
        }
    }

    static List<Measure> checkMeasures(List<Measure> m) {
        Objects.requireNonNull(m, "measures");
        for (int i = 0; i < m.size(); i++) {
            Objects.requireNonNull(m.get(i), "measures[" + i + "]");
        }
        List<Measure> copy = List.copyOf(m);
        if (copy.isEmpty() || copy.size() > 64 || copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException("measures must be 1 to 64 distinct measures, but were " + copy);
        }
        return copy;
    }
}
