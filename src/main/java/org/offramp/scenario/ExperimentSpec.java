package org.offramp.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.offramp.model.Scenario;
import org.offramp.stats.PrecisionTarget;

/**
 * What an experiment file asks for: which scenario (with overrides), how many runs or what
 * precision, the master seed, threads and outputs. The scenario is already resolved and checked,
 * so a spec that exists can be run.
 *
 * <pre>{@code
 * ExperimentSpec spec = ExperimentSpecLoader.load(Path.of("experiments/baseline.yaml"));
 * Scenario scenario = spec.scenario();        // base scenario with the overrides applied
 * if (spec.budget() instanceof ExperimentSpec.Runs r) { ... r.count() ... }
 * }</pre>
 *
 * <p>The constructor checks every component and throws {@link IllegalArgumentException} naming the
 * component, the value and what is allowed; {@link ExperimentSpecLoader} checks the same rules
 * earlier, with file lines. Immutable and safe to share between threads.
 *
 * @param name        the experiment's name, [a-z0-9][a-z0-9-]*
 * @param description free text, possibly empty
 * @param scenarioRef the scenario as written: an embedded name of the model or a path
 * @param scenario    the resolved scenario with {@code overrides} applied; its model is the file's
 * @param overrides   the parameter values set by the experiment, by path, in order; unmodifiable
 * @param budget      a fixed number of runs or a precision target
 * @param seed        the master seed from which every run's seed is derived
 * @param threads     worker threads, 0 for all available cores
 * @param outputs     what to write besides the tables
 * @param source      where the spec came from (a file name), for provenance
 */
public record ExperimentSpec(String name, String description, String scenarioRef, Scenario scenario,
                             Map<String, Double> overrides, Budget budget, long seed, int threads,
                             Outputs outputs, String source) {
    /** The largest number of runs (and of maxRuns): {@link Limits#MAX_RUNS}. */
    public static final long MAX_RUNS = Limits.MAX_RUNS;
    /** The largest explicit thread count: {@link Limits#MAX_THREADS}. */
    public static final int MAX_THREADS = Limits.MAX_THREADS;
    /** The largest number of story samples per outcome. */
    public static final int MAX_STORIES = 100;
    /** maxRuns when a precision target does not say. */
    public static final long DEFAULT_MAX_RUNS = 1_000_000L;

    /** How many runs an experiment makes. */
    public sealed interface Budget permits Runs, Precision {
    }

    /**
     * Exactly {@code count} runs.
     *
     * @param count the number of runs, in [1, {@value ExperimentSpec#MAX_RUNS}]
     */
    public record Runs(long count) implements Budget {
        /**
         * Checks the count.
         *
         * @param count the number of runs, in [1, {@value ExperimentSpec#MAX_RUNS}]
         */
        public Runs {
            Limits.runs("runs", count);
        }
    }

    /**
     * Runs until every outcome share's confidence interval meets {@code target} (an absolute
     * half-width, or one relative to the share), or {@code maxRuns} runs are done.
     *
     * @param target  the stopping rule
     * @param maxRuns the cap on runs, in [1, {@value ExperimentSpec#MAX_RUNS}]
     */
    public record Precision(PrecisionTarget target, long maxRuns) implements Budget {
        /**
         * An absolute target: every share's half-width at most {@code halfWidth}.
         *
         * @param halfWidth the largest half-width allowed, a share in (0, 0.5)
         * @param maxRuns   the cap on runs, in [1, {@value Limits#MAX_RUNS}]
         * @throws IllegalArgumentException if a value is out of range
         */
        public Precision(double halfWidth, long maxRuns) {
            this(PrecisionTarget.absolute(Limits.halfWidth("precision.halfWidth", halfWidth)), maxRuns);
        }

        /**
         * Checks both values.
         *
         * @param target  the stopping rule
         * @param maxRuns the cap on runs, in [1, {@value ExperimentSpec#MAX_RUNS}]
         */
        public Precision {
            Objects.requireNonNull(target, "target");
            Limits.runs("precision.maxRuns", maxRuns);
        }
    }

    /**
     * What to write besides the tables.
     *
     * @param charts  whether to draw charts
     * @param stories story samples per outcome, in [0, {@value ExperimentSpec#MAX_STORIES}]
     */
    public record Outputs(boolean charts, int stories) {
        /** Charts and three stories per outcome, when a file does not say. */
        public static final Outputs DEFAULT = new Outputs(true, 3);

        /**
         * Checks the story count.
         *
         * @param charts  whether to draw charts
         * @param stories story samples per outcome, in [0, {@value ExperimentSpec#MAX_STORIES}]
         */
        public Outputs {
            if (stories < 0 || stories > MAX_STORIES) {
                throw new IllegalArgumentException("outputs.stories must be in [0, " + MAX_STORIES + "], but was "
                        + stories);
            }
        }
    }

    /**
     * Checks every component.
     *
     * @param name        the experiment's name, [a-z0-9][a-z0-9-]*
     * @param description free text, possibly empty
     * @param scenarioRef the scenario as written: an embedded name of the model or a path
     * @param scenario    the resolved scenario with {@code overrides} applied; its model is the file's
     * @param overrides   the parameter values set by the experiment, by path, in order; unmodifiable
     * @param budget      a fixed number of runs or a precision target
     * @param seed        the master seed from which every run's seed is derived
     * @param threads     worker threads, 0 for all available cores
     * @param outputs     what to write besides the tables
     * @param source      where the spec came from (a file name), for provenance
     */
    public ExperimentSpec {
        Objects.requireNonNull(name, "name");
        if (!ScenarioLoader.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be " + ScenarioLoader.NAME_ALLOWED + ", but was '" + name + "'");
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scenarioRef, "scenarioRef");
        Objects.requireNonNull(scenario, "scenario");
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(overrides, "overrides")));
        Objects.requireNonNull(budget, "budget");
        Limits.threads("threads", threads);
        Objects.requireNonNull(outputs, "outputs");
        Objects.requireNonNull(source, "source");
    }

    /**
     * A copy with more overrides (e.g. from {@code --set}) applied on top of this spec's; a path
     * set in both takes the new value.
     *
     * @param more the overrides to apply last
     * @return a spec whose overrides and scenario include {@code more}
     */
    public ExperimentSpec withOverrides(Overrides more) {
        Objects.requireNonNull(more, "more");
        Map<String, Double> merged = new LinkedHashMap<>(overrides);
        merged.putAll(more.values());
        return new ExperimentSpec(name, description, scenarioRef, more.applyTo(scenario), merged, budget, seed,
                threads, outputs, source);
    }
}
