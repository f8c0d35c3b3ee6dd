package org.offramp.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.model.Scenario;

/**
 * A policy experiment file, loaded and validated by {@link PolicySpecLoader}: a comparison, a sweep
 * or a sensitivity analysis around a base scenario. Each kind turns into its engine object
 * ({@link Comparison}, {@link Sweep}, {@link Sensitivity}) with {@code toComparison()} and so on.
 *
 * <p>Values are immutable and thread-safe. {@link #withBase(Scenario)}, {@link #withThreads(int)},
 * {@link #withRuns(long)} and {@link #withSeed(long)} let a caller (the command line's {@code --set},
 * {@code --threads}, {@code --runs} and {@code --seed}) change the base scenario, the worker count,
 * the runs per variant or point and the master seed.
 */
public sealed interface PolicySpec permits PolicySpec.Compare, PolicySpec.SweepSpec, PolicySpec.SensitivitySpec {

    /** {@return the experiment's name, {@code [a-z0-9][a-z0-9-]*}} */
    String name();

    /** {@return the kind of experiment: "compare", "sweep" or "sensitivity"} */
    String kind();

    /** {@return what the experiment asks, in a sentence or two} */
    String description();

    /** {@return the file the experiment came from} */
    String source();

    /** {@return the base scenario, with the file's overrides applied} */
    Scenario base();

    /** {@return the master seed every run's random streams derive from} */
    long seed();

    /** {@return the number of worker threads; 0 = one per processor} */
    int threads();

    /** {@return the total number of model runs the experiment makes} */
    long totalRuns();

    /**
     * A copy with another base scenario (e.g. with command-line overrides applied).
     *
     * @param base the new base scenario; not null
     * @return a copy of this experiment around {@code base}, everything else unchanged
     */
    PolicySpec withBase(Scenario base);

    /**
     * A copy with another worker count; checked when the experiment is built.
     *
     * @param threads worker threads, in [0, {@value org.offramp.scenario.Limits#MAX_THREADS}]; 0 = one per
     *                processor
     * @return a copy of this experiment with that worker count, everything else unchanged
     */
    PolicySpec withThreads(int threads);

    /**
     * A copy with another number of runs behind each variant or design point ({@code runs} of a
     * compare or sweep file, {@code runsPerPoint} of a sensitivity file), in [1, 2^31 - 1]; checked
     * when the experiment is built.
     *
     * @param runs runs per variant or design point, in [1, 2^31 - 1]
     * @return a copy of this experiment with that many runs, everything else unchanged
     */
    PolicySpec withRuns(long runs);

    /**
     * A copy with another master seed; a Latin hypercube sweep's design, drawn from the master seed
     * by the loader, follows it, so the copy is the experiment its file would describe with that seed.
     *
     * @param seed the new master seed; any value
     * @return a copy of this experiment with that seed (and a Latin hypercube redrawn from it)
     */
    PolicySpec withSeed(long seed);

    /**
     * One variant of a comparison: overrides on top of the base scenario.
     *
     * @param name        the variant's name
     * @param description what it represents, may be empty
     * @param overrides   parameter path to value, validated
     * @param against     the variant it is compared against; null for the reference
     */
    record Variant(String name, String description, Map<String, Double> overrides, String against) {
        /**
         * Copies the overrides.
         *
         * @param name        the variant's name
         * @param description what it represents, may be empty
         * @param overrides   parameter path to value, validated
         * @param against     the variant it is compared against; null for the reference
         */
        public Variant {
            overrides = Map.copyOf(overrides);
        }

        /**
         * The variant's scenario: its overrides applied on top of {@code base}.
         *
         * @param base the scenario the overrides apply to
         * @return {@code base} with the overrides applied, named after the variant (and described by it
         *         when the variant has a description)
         */
        public Scenario scenario(Scenario base) {
            Scenario s = base;
            // Applied in the parameters' declaration order, so the result does not depend on map order.
            for (var p : base.parameters().all()) {
                Double v = overrides.get(p.path());
                if (v != null) {
                    s = s.with(p, v);
                }
            }
            return s.named(name, description.isEmpty() ? base.description() : description);
        }
    }

    /**
     * A {@code kind: compare} file.
     *
     * @param name            the experiment's name, {@code [a-z0-9][a-z0-9-]*}
     * @param description     what the experiment asks
     * @param source          the file it came from
     * @param base            the base scenario, with the file's overrides applied
     * @param variants        the variants; the first is the reference
     * @param measures        the measures compared, in table order
     * @param runs            runs behind each variant, in [1, 2^31 - 1]; every variant runs the same seeds
     * @param seed            the master seed
     * @param threads         worker threads; 0 = one per processor
     * @param confidenceLevel the confidence level of the intervals, in (0, 1), e.g. 0.95
     */
    record Compare(String name, String description, String source, Scenario base, List<Variant> variants,
                   List<Measure> measures, long runs, long seed, int threads, double confidenceLevel)
            implements PolicySpec {
        /**
         * Copies the lists.
         *
         * @param name            the experiment's name, {@code [a-z0-9][a-z0-9-]*}
         * @param description     what the experiment asks
         * @param source          the file it came from
         * @param base            the base scenario, with the file's overrides applied
         * @param variants        the variants; the first is the reference
         * @param measures        the measures compared, in table order
         * @param runs            runs behind each variant, in [1, 2^31 - 1]; every variant runs the same seeds
         * @param seed            the master seed
         * @param threads         worker threads; 0 = one per processor
         * @param confidenceLevel the confidence level of the intervals, in (0, 1), e.g. 0.95
         */
        public Compare {
            variants = List.copyOf(variants);
            measures = List.copyOf(measures);
        }

        @Override
        public String kind() {
            return "compare";
        }

        @Override
        public long totalRuns() {
            return runs * variants.size();
        }

        @Override
        public Compare withBase(Scenario b) {
            return new Compare(name, description, source, Objects.requireNonNull(b, "base"), variants, measures, runs,
                    seed, threads, confidenceLevel);
        }

        @Override
        public Compare withThreads(int t) {
            return new Compare(name, description, source, base, variants, measures, runs, seed, t, confidenceLevel);
        }

        @Override
        public Compare withRuns(long r) {
            return new Compare(name, description, source, base, variants, measures, r, seed, threads, confidenceLevel);
        }

        @Override
        public Compare withSeed(long s) {
            return new Compare(name, description, source, base, variants, measures, runs, s, threads, confidenceLevel);
        }

        /** {@return the comparison this file describes, ready to run} */
        public Comparison toComparison() {
            Comparison.Builder b = Comparison.builder().name(name).measures(measures).runs(runs).masterSeed(seed)
                    .threads(threads).confidenceLevel(confidenceLevel);
            for (Variant v : variants) {
                if (v.against() == null) {
                    b.variant(v.name(), v.scenario(base));
                } else {
                    b.variant(v.name(), v.scenario(base), v.against());
                }
            }
            return b.build();
        }
    }

    /**
     * A {@code kind: sweep} file.
     *
     * @param name            the experiment's name, {@code [a-z0-9][a-z0-9-]*}
     * @param description     what the experiment asks
     * @param source          the file it came from
     * @param base            the base scenario, with the file's overrides applied
     * @param factors         the swept parameters and their ranges
     * @param design          how the design points are laid out over the factors (grid or Latin hypercube)
     * @param measures        the measures tabulated at each point
     * @param runs            runs behind each design point, in [1, 2^31 - 1]
     * @param seed            the master seed
     * @param threads         worker threads; 0 = one per processor
     * @param confidenceLevel the confidence level of the intervals, in (0, 1), e.g. 0.95
     * @param series         x paths of the series charts (grid only)
     * @param seriesMeasures the measures drawn in the series charts
     * @param heatMap        {x path, y path, measure} of the heat map, or null
     */
    record SweepSpec(String name, String description, String source, Scenario base, List<Factor> factors,
                     Design design, List<Measure> measures, long runs, long seed, int threads, double confidenceLevel,
                     List<String> series, List<Measure> seriesMeasures, List<String> heatMap) implements PolicySpec {
        /**
         * Copies the lists.
         *
         * @param name            the experiment's name, {@code [a-z0-9][a-z0-9-]*}
         * @param description     what the experiment asks
         * @param source          the file it came from
         * @param base            the base scenario, with the file's overrides applied
         * @param factors         the swept parameters and their ranges
         * @param design          how the design points are laid out over the factors (grid or Latin hypercube)
         * @param measures        the measures tabulated at each point
         * @param runs            runs behind each design point, in [1, 2^31 - 1]
         * @param seed            the master seed
         * @param threads         worker threads; 0 = one per processor
         * @param confidenceLevel the confidence level of the intervals, in (0, 1), e.g. 0.95
         * @param series         x paths of the series charts (grid only)
         * @param seriesMeasures the measures drawn in the series charts
         * @param heatMap        {x path, y path, measure} of the heat map, or null
         */
        public SweepSpec {
            factors = List.copyOf(factors);
            measures = List.copyOf(measures);
            series = List.copyOf(series);
            seriesMeasures = List.copyOf(seriesMeasures);
            heatMap = heatMap == null ? null : List.copyOf(heatMap);
        }

        @Override
        public String kind() {
            return "sweep";
        }

        @Override
        public long totalRuns() {
            return runs * toSweep().points().length;
        }

        @Override
        public SweepSpec withBase(Scenario b) {
            return new SweepSpec(name, description, source, Objects.requireNonNull(b, "base"), factors, design, measures,
                    runs, seed, threads, confidenceLevel, series, seriesMeasures, heatMap);
        }

        @Override
        public SweepSpec withThreads(int t) {
            return new SweepSpec(name, description, source, base, factors, design, measures, runs, seed, t,
                    confidenceLevel, series, seriesMeasures, heatMap);
        }

        @Override
        public SweepSpec withRuns(long r) {
            return new SweepSpec(name, description, source, base, factors, design, measures, r, seed, threads,
                    confidenceLevel, series, seriesMeasures, heatMap);
        }

        @Override
        public SweepSpec withSeed(long s) {
            // The loader seeds a Latin hypercube with the master seed; keep that tie.
            Design d = design instanceof Design.LatinHypercube l ? new Design.LatinHypercube(l.points(), s) : design;
            return new SweepSpec(name, description, source, base, factors, d, measures, runs, s, threads,
                    confidenceLevel, series, seriesMeasures, heatMap);
        }

        /** {@return the sweep this file describes, ready to run} */
        public Sweep toSweep() {
            Sweep.Builder b = Sweep.builder(base).name(name).design(design).measures(measures).runs(runs)
                    .masterSeed(seed).threads(threads).confidenceLevel(confidenceLevel);
            factors.forEach(b::factor);
            return b.build();
        }
    }

    /**
     * A {@code kind: sensitivity} file.
     *
     * @param name            the experiment's name, {@code [a-z0-9][a-z0-9-]*}
     * @param description     what the experiment asks
     * @param source          the file it came from
     * @param base            the base scenario, with the file's overrides applied
     * @param factors         the parameters whose influence is measured, with their ranges
     * @param samples         base samples of the Saltelli design; the analysis evaluates
     *                        {@code samples * (factors + 2)} points
     * @param runsPerPoint    model runs averaged at each design point
     * @param bootstrap       bootstrap resamples behind the indices' confidence intervals
     * @param measures        the measures whose variance is decomposed
     * @param seed            the master seed
     * @param threads         worker threads; 0 = one per processor
     * @param confidenceLevel the confidence level of the intervals, in (0, 1), e.g. 0.95
     */
    record SensitivitySpec(String name, String description, String source, Scenario base, List<Factor> factors,
                           int samples, long runsPerPoint, int bootstrap, List<Measure> measures, long seed,
                           int threads, double confidenceLevel) implements PolicySpec {
        /**
         * Copies the lists.
         *
         * @param name            the experiment's name, {@code [a-z0-9][a-z0-9-]*}
         * @param description     what the experiment asks
         * @param source          the file it came from
         * @param base            the base scenario, with the file's overrides applied
         * @param factors         the parameters whose influence is measured, with their ranges
         * @param samples         base samples of the Saltelli design; the analysis evaluates
         *                        {@code samples * (factors + 2)} points
         * @param runsPerPoint    model runs averaged at each design point
         * @param bootstrap       bootstrap resamples behind the indices' confidence intervals
         * @param measures        the measures whose variance is decomposed
         * @param seed            the master seed
         * @param threads         worker threads; 0 = one per processor
         * @param confidenceLevel the confidence level of the intervals, in (0, 1), e.g. 0.95
         */
        public SensitivitySpec {
            factors = List.copyOf(factors);
            measures = List.copyOf(measures);
        }

        @Override
        public String kind() {
            return "sensitivity";
        }

        @Override
        public long totalRuns() {
            return (long) samples * (factors.size() + 2) * runsPerPoint;
        }

        @Override
        public SensitivitySpec withBase(Scenario b) {
            return new SensitivitySpec(name, description, source, Objects.requireNonNull(b, "base"), factors, samples,
                    runsPerPoint, bootstrap, measures, seed, threads, confidenceLevel);
        }

        @Override
        public SensitivitySpec withThreads(int t) {
            return new SensitivitySpec(name, description, source, base, factors, samples, runsPerPoint, bootstrap,
                    measures, seed, t, confidenceLevel);
        }

        @Override
        public SensitivitySpec withRuns(long r) {
            return new SensitivitySpec(name, description, source, base, factors, samples, r, bootstrap,
                    measures, seed, threads, confidenceLevel);
        }

        @Override
        public SensitivitySpec withSeed(long s) {
            return new SensitivitySpec(name, description, source, base, factors, samples, runsPerPoint, bootstrap,
                    measures, s, threads, confidenceLevel);
        }

        /** {@return the sensitivity analysis this file describes, ready to run} */
        public Sensitivity toSensitivity() {
            Sensitivity.Builder b = Sensitivity.builder(base).name(name).samples(samples).runsPerPoint(runsPerPoint)
                    .bootstrap(bootstrap).measures(measures).masterSeed(seed).threads(threads)
                    .confidenceLevel(confidenceLevel);
            factors.forEach(b::factor);
            return b.build();
        }
    }

    /**
     * Helper for callers listing factor paths.
     *
     * @param factors the factors, in order
     * @return their parameter paths, in the same order
     */
    static List<String> paths(List<Factor> factors) {
        List<String> out = new ArrayList<>();
        factors.forEach(f -> out.add(f.path()));
        return out;
    }
}
