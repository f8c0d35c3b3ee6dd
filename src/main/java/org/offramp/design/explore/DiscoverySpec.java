package org.offramp.design.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.offramp.design.Design;
import org.offramp.design.Factor;
import org.offramp.design.Measure;
import org.offramp.model.Scenario;

/**
 * A scenario discovery, as {@link DiscoverySpecLoader} reads it from a {@code kind: discover} file or
 * derives it from a sweep or sensitivity file: a Latin hypercube of {@code points} points over the
 * factors' ranges around a base scenario, {@code runs} runs per point, the measures recorded for
 * every run, the measure analysed, and how to analyse it.
 *
 * <p>The Latin hypercube is drawn from the master seed ({@link #design()}), as a sweep file's is.
 * {@code with...} methods give the copies the command line's flags ask for. Immutable and thread-safe.
 *
 * @param name        the name, {@code [a-z0-9][a-z0-9-]*}: the default results folder
 * @param description what the discovery asks
 * @param source      the file it came from
 * @param origin      the kind of that file: discover, sweep or sensitivity
 * @param base        the base scenario, with the file's overrides
 * @param factors     the factors and their ranges
 * @param measures    the measures recorded for every run (the analysed one among them)
 * @param measure     the measure analysed
 * @param points      design points, in [1, 100000]
 * @param runs        runs per point, in [1, 100000]
 * @param seed        the master seed (design, runs and resamples)
 * @param seeding     how the runs' seeds are chosen
 * @param threads     worker threads; 0 = one per processor
 * @param options     how the table is analysed
 */
public record DiscoverySpec(String name, String description, String source, String origin, Scenario base,
                            List<Factor> factors, List<Measure> measures, Measure measure, int points, int runs,
                            long seed, DesignRuns.Seeding seeding, int threads, DiscoveryOptions options) {

    /** The most design points. */
    public static final int MAX_POINTS = 100_000;
    /** The most runs per point. */
    public static final int MAX_RUNS = 100_000;
    /** Design points when a sweep or sensitivity file gives the factors. */
    public static final int DEFAULT_POINTS = 200;
    /** Runs per point when a sweep or sensitivity file gives the factors. */
    public static final int DEFAULT_RUNS = 25;

    /**
     * Copies the lists and checks that the analysed measure is recorded.
     *
     * @param name        the name, {@code [a-z0-9][a-z0-9-]*}: the default results folder
     * @param description what the discovery asks
     * @param source      the file it came from
     * @param origin      the kind of that file: discover, sweep or sensitivity
     * @param base        the base scenario, with the file's overrides
     * @param factors     the factors and their ranges
     * @param measures    the measures recorded for every run (the analysed one among them)
     * @param measure     the measure analysed
     * @param points      design points, in [1, 100000]
     * @param runs        runs per point, in [1, 100000]
     * @param seed        the master seed (design, runs and resamples)
     * @param seeding     how the runs' seeds are chosen
     * @param threads     worker threads; 0 = one per processor
     * @param options     how the table is analysed
     * @throws IllegalArgumentException if it is not, or a size is out of range
     */
    public DiscoverySpec {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(seeding, "seeding");
        Objects.requireNonNull(options, "options");
        factors = List.copyOf(factors);
        measures = List.copyOf(measures);
        if (!measures.contains(measure)) {
            throw new IllegalArgumentException("the analysed measure " + measure + " must be one of the recorded measures "
                    + measures);
        }
        if (points < 1 || points > MAX_POINTS) {
            throw new IllegalArgumentException("points must be in [1, " + MAX_POINTS + "], but was " + points);
        }
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be in [1, " + MAX_RUNS + "], but was " + runs);
        }
        if ((long) points * runs > DesignRuns.MAX_ROWS) {
            throw new IllegalArgumentException("points x runs must be at most " + DesignRuns.MAX_ROWS + ", but was "
                    + points + " x " + runs + " = " + (long) points * runs);
        }
    }

    /** {@return the design: a Latin hypercube of {@link #points()} points seeded by the master seed} */
    public Design design() {
        return new Design.LatinHypercube(points, seed);
    }

    /** {@return the model runs the discovery makes} */
    public long totalRuns() {
        return (long) points * runs;
    }

    /**
     * A copy that analyses another measure (recorded as well, after the file's).
     *
     * @param m a measure of the base scenario's model
     * @return the copy
     */
    public DiscoverySpec withMeasure(Measure m) {
        List<Measure> ms = new ArrayList<>(measures);
        if (!ms.contains(m)) {
            ms.add(m);
        }
        return new DiscoverySpec(name, description, source, origin, base, factors, ms, m, points, runs, seed, seeding,
                threads, options);
    }

    /**
     * A copy with another number of design points.
     *
     * @param n points of the Latin hypercube, in [1, {@value #MAX_POINTS}]
     * @return the copy, otherwise unchanged
     */
    public DiscoverySpec withPoints(int n) {
        return new DiscoverySpec(name, description, source, origin, base, factors, measures, measure, n, runs, seed,
                seeding, threads, options);
    }

    /**
     * A copy with another number of runs per point.
     *
     * @param n runs of the model at each design point, in [1, {@value #MAX_RUNS}]
     * @return the copy, otherwise unchanged
     */
    public DiscoverySpec withRuns(int n) {
        return new DiscoverySpec(name, description, source, origin, base, factors, measures, measure, points, n, seed,
                seeding, threads, options);
    }

    /**
     * A copy with another master seed (the design follows it).
     *
     * @param s the master seed of the design and of every run's stream
     * @return the copy, otherwise unchanged
     */
    public DiscoverySpec withSeed(long s) {
        return new DiscoverySpec(name, description, source, origin, base, factors, measures, measure, points, runs, s,
                seeding, threads, options);
    }

    /**
     * A copy with another worker count.
     *
     * @param t worker threads; 0 = one per processor; never changes the result
     * @return the copy, otherwise unchanged
     */
    public DiscoverySpec withThreads(int t) {
        return new DiscoverySpec(name, description, source, origin, base, factors, measures, measure, points, runs, seed,
                seeding, t, options);
    }

    /**
     * A copy with another base scenario.
     *
     * @param b the scenario the factors vary, e.g. with {@code --set} changes
     * @return the copy, otherwise unchanged
     */
    public DiscoverySpec withBase(Scenario b) {
        return new DiscoverySpec(name, description, source, origin, b, factors, measures, measure, points, runs, seed,
                seeding, threads, options);
    }

    /**
     * A copy with other analysis options.
     *
     * @param o PRIM's, CART's and RSA's settings
     * @return the copy, otherwise unchanged
     */
    public DiscoverySpec withOptions(DiscoveryOptions o) {
        return new DiscoverySpec(name, description, source, origin, base, factors, measures, measure, points, runs, seed,
                seeding, threads, o);
    }

    /**
     * The design's runs, ready to run.
     *
     * @return the builder, with every setting of this spec
     */
    public DesignRuns.Builder runsBuilder() {
        return DesignRuns.builder(base).factors(factors).design(design()).measures(measures).runsPerPoint(runs)
                .masterSeed(seed).seeding(seeding).threads(threads);
    }
}
