package org.offramp.design.explore;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.offramp.design.Design;
import org.offramp.design.DesignException;
import org.offramp.design.Factor;
import org.offramp.design.Measure;
import org.offramp.design.PolicySpec;
import org.offramp.design.Sensitivity;
import org.offramp.design.Sweep;
import org.offramp.design.discovery.DiscoveryTable;
import org.offramp.design.discovery.FactorSpec;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ProgressListener;
import org.offramp.experiment.RunModel;
import org.offramp.model.Param;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;
import org.offramp.scenario.Limits;

/**
 * Every run of a design, kept: for each design point and each of its runs, which of the design's
 * measures the run has. A sweep or a sensitivity analysis keeps only counts per point; scenario
 * discovery wants the runs themselves (one row per run, the measure's 0 or 1 as its outcome), and
 * this class makes them, for any model and any measure compiled against its schema.
 *
 * <pre>{@code
 * Scenario base = Scenarios.load("baseline");
 * Parameters ps = base.parameters();
 * List<Factor> factors = List.of(Factor.range(ps, "washington.restraint", 0.5, 1),
 *         Factor.range(ps, "washington.punchInTheNose", 0, 1));
 * Measure war = Measure.parse(base.model().record(), "WAR");
 * DesignRuns runs = DesignRuns.builder(base).factors(factors)
 *         .design(new Design.LatinHypercube(200, 42)).measures(List.of(war))
 *         .runsPerPoint(20).masterSeed(42).build()
 *         .run(RunModel.of(base.model()), ProgressListener.NONE);
 * DiscoveryTable perRun = runs.perRun(war);       // 4,000 rows: factor values and WAR 0/1
 * DiscoveryTable perPoint = runs.perPoint(war);   // 200 rows: factor values and the WAR share
 *
 * DesignRuns same = DesignRuns.of(sweep, model, listener);   // a sweep's own runs, on its seeds
 * }</pre>
 *
 * <p><b>Seeds.</b> With {@link Seeding#COMMON} run {@code i} of every point has the seed
 * {@code Seeds.runSeed(masterSeed, i)}, the seed a sweep or sensitivity analysis gives it (common
 * random numbers), so {@link #of(Sweep, RunModel, ProgressListener)} reproduces a sweep's runs and
 * its counts exactly. With {@link Seeding#INDEPENDENT} run {@code i} of point {@code p} has the seed
 * {@code Seeds.runSeed(Seeds.runSeed(masterSeed, p), i)}: every row is then an independent draw given
 * its factor values, which the binomial quasi-p-values of PRIM and the tests of regional sensitivity
 * assume. {@link #seed(int, int)} gives any run's seed, so any row can be replayed.
 *
 * <p>Runs are computed in parallel, each into its own slot (point, run), so the result is the same
 * for any number of threads. A run that throws stops the design with a {@link DesignException} naming
 * the point, the run and its seed; interrupting the calling thread cancels it with an
 * {@link ExperimentCancelledException}. Memory: one {@code long} per run (up to 64 measures).
 *
 * <p>Immutable and thread-safe once made.
 */
public final class DesignRuns {
    /** The most rows (points times runs per point) a design keeps. */
    public static final long MAX_ROWS = 5_000_000L;
    /** Run indices per unit of work handed to a thread: long enough to make scheduling negligible. */
    private static final int UNIT = 50;
    /** How often, at most, the calling thread reports runs finished between units. */
    private static final long PROGRESS_MILLIS = 100;

    /** How a run's seed is chosen. */
    public enum Seeding {
        /** Run {@code i} of every point has the seed {@code Seeds.runSeed(masterSeed, i)}: common random numbers. */
        COMMON,
        /** Run {@code i} of point {@code p} has the seed {@code Seeds.runSeed(Seeds.runSeed(masterSeed, p), i)}. */
        INDEPENDENT;

        /**
         * The seed of one run.
         *
         * @param masterSeed the design's master seed
         * @param point      the point's index
         * @param run        the run's index within the point
         * @return its seed
         */
        public long seed(long masterSeed, int point, long run) {
            return this == COMMON ? Seeds.runSeed(masterSeed, run) : Seeds.runSeed(Seeds.runSeed(masterSeed, point), run);
        }

        /** {@return the name files use: {@code common} or {@code independent}} */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Scenario base;
    private final List<Factor> factors;
    private final double[][] points;
    private final List<Measure> measures;
    private final int runs;
    private final long masterSeed;
    private final Seeding seeding;
    private final long[] bits;
    private final double wallSeconds;

    private DesignRuns(Builder b, double[][] points, long[] bits, double wallSeconds) {
        this.base = b.base;
        this.factors = List.copyOf(b.factors);
        this.points = points;
        this.measures = List.copyOf(b.measures);
        this.runs = b.runs;
        this.masterSeed = b.masterSeed;
        this.seeding = b.seeding;
        this.bits = bits;
        this.wallSeconds = wallSeconds;
    }

    /**
     * A builder of a design around a base scenario.
     *
     * @param base the scenario every point starts from
     * @return the builder
     */
    public static Builder builder(Scenario base) {
        return new Builder(base);
    }

    /**
     * A sweep's own runs: its points, measures, runs per point and master seed, on common seeds,
     * so that {@link #count(int, Measure)} equals the sweep's count at every point.
     *
     * @param sweep    the sweep
     * @param model    the model of one run
     * @param listener told of progress (runs done, runs in all)
     * @return the runs
     * @throws IllegalArgumentException if the sweep has more than {@value #MAX_ROWS} runs in all or more
     *                                  than 64 measures
     * @throws DesignException          if a run fails
     */
    public static DesignRuns of(Sweep sweep, RunModel model, ProgressListener listener) {
        Objects.requireNonNull(sweep, "sweep");
        return builder(sweep.base()).factors(sweep.factors()).points(sweep.points()).measures(sweep.measures())
                .runsPerPoint(sweep.runs()).masterSeed(sweep.masterSeed()).seeding(Seeding.COMMON)
                .threads(sweep.threads()).run(model, listener);
    }

    /**
     * A sensitivity analysis's own runs: its Saltelli points (the rows of A, then B, then each AB_i,
     * as {@link Sensitivity} runs them), measures, runs per point and master seed, on common seeds.
     *
     * @param spec     the analysis, as its file describes it (the file gives the base scenario)
     * @param model    the model of one run
     * @param listener told of progress
     * @return the runs
     * @throws IllegalArgumentException if the design has more than {@value #MAX_ROWS} runs in all
     * @throws DesignException          if a run fails
     */
    public static DesignRuns of(PolicySpec.SensitivitySpec spec, RunModel model, ProgressListener listener) {
        Objects.requireNonNull(spec, "spec");
        int k = spec.factors().size();
        double[][][] unit = Sensitivity.saltelli(spec.samples(), k);
        double[][] pts = new double[(k + 2) * spec.samples()][k];
        int p = 0;
        for (double[][] group : unit) {
            for (double[] u : group) {
                for (int d = 0; d < k; d++) {
                    pts[p][d] = spec.factors().get(d).at(u[d]);
                }
                p++;
            }
        }
        return builder(spec.base()).factors(spec.factors()).points(pts).measures(spec.measures())
                .runsPerPoint(spec.runsPerPoint()).masterSeed(spec.seed()).seeding(Seeding.COMMON)
                .threads(spec.threads()).run(model, listener);
    }

    /** {@return the base scenario the factors vary} */
    public Scenario base() {
        return base;
    }

    /** {@return the factors, in the order of each point's values} */
    public List<Factor> factors() {
        return factors;
    }

    /** {@return the number of design points} */
    public int pointCount() {
        return points.length;
    }

    /**
     * One point's factor values.
     *
     * @param point the point's index
     * @return a copy of its values, in factor order
     */
    public double[] point(int point) {
        return points[point].clone();
    }

    /** {@return the measures recorded for every run, in column order} */
    public List<Measure> measures() {
        return measures;
    }

    /** {@return runs per point} */
    public int runsPerPoint() {
        return runs;
    }

    /** {@return the number of rows: points times runs per point} */
    public int rows() {
        return bits.length;
    }

    /** {@return the master seed every run's seed derives from} */
    public long masterSeed() {
        return masterSeed;
    }

    /** {@return how seeds were chosen} */
    public Seeding seeding() {
        return seeding;
    }

    /** {@return the wall time of the runs, in seconds} */
    public double wallSeconds() {
        return wallSeconds;
    }

    /**
     * The seed of one run, for replaying it.
     *
     * @param point the point's index
     * @param run   the run's index within the point
     * @return the seed
     */
    public long seed(int point, int run) {
        checkRow(point, run);
        return seeding.seed(masterSeed, point, run);
    }

    /**
     * Whether one run has a measure.
     *
     * @param point   the point's index
     * @param run     the run's index within the point
     * @param measure one of {@link #measures()}
     * @return whether it has it
     * @throws IllegalArgumentException if the measure was not recorded
     */
    public boolean has(int point, int run, Measure measure) {
        checkRow(point, run);
        return (bits[point * runs + run] >>> measureIndex(measure) & 1) != 0;
    }

    /**
     * The runs of a point with a measure.
     *
     * @param point   the point's index
     * @param measure one of {@link #measures()}
     * @return the count, in [0, runsPerPoint()]
     */
    public int count(int point, Measure measure) {
        int m = measureIndex(measure);
        int c = 0;
        for (int r = 0; r < runs; r++) {
            c += (int) (bits[point * runs + r] >>> m & 1);
        }
        return c;
    }

    /**
     * One row per run: the factor values of its point and whether it has the measure. The table's
     * factors are the design's factors that vary ({@link #factorSpecs()}); its outcome is binary.
     *
     * @param measure one of {@link #measures()}
     * @return the table, rows in (point, run) order
     * @throws IllegalArgumentException if the measure was not recorded or no factor varies
     */
    public DiscoveryTable perRun(Measure measure) {
        int m = measureIndex(measure);
        double[] y = new double[bits.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = bits[i] >>> m & 1;
        }
        return table(runs, y, measure.name());
    }

    /**
     * One row per point: its factor values and the share of its runs with the measure.
     *
     * @param measure one of {@link #measures()}
     * @return the table, rows in point order
     * @throws IllegalArgumentException if the measure was not recorded or no factor varies
     */
    public DiscoveryTable perPoint(Measure measure) {
        double[] y = new double[points.length];
        for (int p = 0; p < points.length; p++) {
            y[p] = count(p, measure) / (double) runs;
        }
        return table(1, y, measure.name());
    }

    /**
     * The discovery factors of the design's factors that vary (a factor whose range is one value
     * cannot be restricted and is left out): REAL parameters as real factors on the factor's range,
     * INTEGER ones as integer factors on the whole numbers of the range, FLAG ones as booleans.
     *
     * @return the specs, in factor order
     */
    public List<FactorSpec> factorSpecs() {
        List<FactorSpec> out = new ArrayList<>();
        for (Factor f : factors) {
            FactorSpec s = factorSpec(f);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The discovery factor of a design factor, or null when its range is a single value.
     *
     * @param f the design factor
     * @return the spec, named by the parameter's path, or null
     */
    public static FactorSpec factorSpec(Factor f) {
        Objects.requireNonNull(f, "f");
        Param.Type type = f.param().type();
        if (type == Param.Type.FLAG) {
            return f.snap(f.lower()) == f.snap(f.upper()) ? null : FactorSpec.bool(f.path());
        }
        if (type == Param.Type.INTEGER) {
            long lo = (long) Math.rint(f.lower());
            long hi = (long) Math.rint(f.upper());
            return lo == hi ? null : FactorSpec.integer(f.path(), lo, hi);
        }
        return f.lower() == f.upper() ? null : FactorSpec.real(f.path(), f.lower(), f.upper());
    }

    private DiscoveryTable table(int repeat, double[] y, String name) {
        DiscoveryTable.Builder b = DiscoveryTable.builder();
        int added = 0;
        for (int d = 0; d < factors.size(); d++) {
            FactorSpec spec = factorSpec(factors.get(d));
            if (spec == null) {
                continue;
            }
            double[] column = new double[points.length * repeat];
            for (int p = 0; p < points.length; p++) {
                java.util.Arrays.fill(column, p * repeat, (p + 1) * repeat, points[p][d]);
            }
            b.factor(spec, column);
            added++;
        }
        if (added == 0) {
            throw new IllegalArgumentException("no factor of the design varies, so there is nothing to discover;"
                    + " allowed: at least one factor with a range of more than one value");
        }
        return b.outcome(name, y).build();
    }

    /**
     * Writes every run as CSV: {@code point,run,seed}, the factor paths, then one 0/1 column per
     * measure; rows in (point, run) order. Numbers are written in their shortest exact form.
     *
     * @param out where to write
     * @throws IOException if writing fails
     */
    public void writeCsv(Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        StringBuilder sb = new StringBuilder("point,run,seed");
        for (Factor f : factors) {
            sb.append(',').append(f.path());
        }
        for (Measure m : measures) {
            sb.append(',').append(m.name());
        }
        out.write(sb.append('\n').toString());
        for (int p = 0; p < points.length; p++) {
            StringBuilder values = new StringBuilder();
            for (double v : points[p]) {
                values.append(',').append(number(v));
            }
            String pv = values.toString();
            for (int r = 0; r < runs; r++) {
                sb.setLength(0);
                sb.append(p).append(',').append(r).append(',').append(seeding.seed(masterSeed, p, r)).append(pv);
                long b = bits[p * runs + r];
                for (int m = 0; m < measures.size(); m++) {
                    sb.append(',').append(b >>> m & 1);
                }
                out.write(sb.append('\n').toString());
            }
        }
    }

    /** A number as CSV cells write it: whole numbers without a decimal point, others in shortest form. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private int measureIndex(Measure measure) {
        Objects.requireNonNull(measure, "measure");
        int i = measures.indexOf(measure);
        if (i < 0) {
            throw new IllegalArgumentException("measure must be one of the recorded measures " + measures
                    + ", but was " + measure);
        }
        return i;
    }

    private void checkRow(int point, int run) {
        if (point < 0 || point >= points.length || run < 0 || run >= runs) {
            throw new IndexOutOfBoundsException("(point, run) must be in [0, " + points.length + ") x [0, " + runs
                    + "), but was (" + point + ", " + run + ")");
        }
    }

    @Override
    public String toString() {
        return "DesignRuns[" + points.length + " points x " + runs + " runs, factors "
                + factors.stream().map(Factor::path).toList() + ", measures " + measures + ", " + seeding.key()
                + " seeds, master seed " + masterSeed + "]";
    }

    /** Collects a design and runs it. Not thread-safe. */
    public static final class Builder {
        private final Scenario base;
        private final List<Factor> factors = new ArrayList<>();
        private double[][] points;
        private Design design;
        private List<Measure> measures;
        private int runs = -1;
        private long masterSeed;
        private boolean seedSet;
        private Seeding seeding = Seeding.INDEPENDENT;
        private int threads;

        private Builder(Scenario base) {
            this.base = Objects.requireNonNull(base, "base");
        }

        /**
         * The factors, parameters of the base scenario's model, each path once.
         *
         * @param list the factors, in the order of each point's values
         * @return this builder
         * @throws IllegalArgumentException if a factor is of another model or a path repeats
         */
        public Builder factors(List<Factor> list) {
            Objects.requireNonNull(list, "list");
            factors.clear();
            for (Factor f : list) {
                Objects.requireNonNull(f, "factor");
                if (!base.parameters().owns(f.param())) {
                    throw new IllegalArgumentException("factor " + f.path() + " is a parameter of model "
                            + f.param().registry().owner() + ", but the base scenario is of model "
                            + base.model().name());
                }
                if (factors.stream().anyMatch(g -> g.path().equals(f.path()))) {
                    throw new IllegalArgumentException("factor " + f.path() + " is given twice; allowed: each path once");
                }
                factors.add(f);
            }
            return this;
        }

        /**
         * The design points, one array of factor values per point (instead of {@link #design}).
         *
         * @param pts the points
         * @return this builder
         */
        public Builder points(double[][] pts) {
            Objects.requireNonNull(pts, "pts");
            double[][] c = new double[pts.length][];
            for (int i = 0; i < c.length; i++) {
                c[i] = pts[i].clone();
            }
            this.points = c;
            this.design = null;
            return this;
        }

        /**
         * The design that places the points in the factors' ranges (instead of {@link #points}).
         *
         * @param d the design, e.g. a Latin hypercube
         * @return this builder
         */
        public Builder design(Design d) {
            this.design = Objects.requireNonNull(d, "design");
            this.points = null;
            return this;
        }

        /**
         * The measures to record, of the base scenario's model: 1 to 64.
         *
         * @param list the measures
         * @return this builder
         */
        public Builder measures(List<Measure> list) {
            Objects.requireNonNull(list, "list");
            if (list.isEmpty() || list.size() > 64) {
                throw new IllegalArgumentException("measures must hold 1 to 64 measures, but held " + list.size());
            }
            if (list.stream().distinct().count() != list.size()) {
                throw new IllegalArgumentException("measures must be distinct, but were " + list);
            }
            this.measures = List.copyOf(list);
            return this;
        }

        /**
         * Runs per point, in [1, 2^31 - 1]. Required.
         *
         * @param n the runs
         * @return this builder
         */
        public Builder runsPerPoint(long n) {
            this.runs = (int) Limits.runs("runsPerPoint", n);
            return this;
        }

        /**
         * The master seed. Required.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder masterSeed(long seed) {
            this.masterSeed = seed;
            this.seedSet = true;
            return this;
        }

        /**
         * How seeds are chosen; default {@link Seeding#INDEPENDENT}.
         *
         * @param s the seeding
         * @return this builder
         */
        public Builder seeding(Seeding s) {
            this.seeding = Objects.requireNonNull(s, "seeding");
            return this;
        }

        /**
         * Worker threads in [0, {@value Limits#MAX_THREADS}]; 0 = one per processor. Never changes the result.
         *
         * @param n the threads
         * @return this builder
         */
        public Builder threads(int n) {
            this.threads = Limits.threads("threads", n);
            return this;
        }

        /**
         * The points, checked: each has one value per factor, and every point's scenario is valid.
         *
         * @return the points
         * @throws IllegalStateException    naming what is missing
         * @throws IllegalArgumentException naming a bad point
         */
        double[][] checkedPoints() {
            if (factors.isEmpty()) {
                throw new IllegalStateException("a design needs at least one factor");
            }
            if (measures == null) {
                throw new IllegalStateException("measures are required, but were not set");
            }
            if (runs < 0) {
                throw new IllegalStateException("runsPerPoint is required, but was not set");
            }
            if (!seedSet) {
                throw new IllegalStateException("masterSeed is required, but was not set; there is no default seed");
            }
            for (Measure m : measures) {
                if (m.schema() != base.model().record()) {
                    throw new IllegalArgumentException("measure " + m + " is not a measure of model "
                            + base.model().name() + "; compile it with Measure.parse(model.record(), name)");
                }
            }
            double[][] pts = design != null ? design.points(factors) : points;
            if (pts == null || pts.length == 0) {
                throw new IllegalStateException("a design needs points: set design(...) or points(...)");
            }
            if ((long) pts.length * runs > MAX_ROWS) {
                throw new IllegalArgumentException("a design keeps at most " + MAX_ROWS + " runs (points x runs per"
                        + " point), but this one has " + pts.length + " x " + runs + " = " + (long) pts.length * runs);
            }
            for (int p = 0; p < pts.length; p++) {
                if (pts[p].length != factors.size()) {
                    throw new IllegalArgumentException("point " + p + " must have " + factors.size()
                            + " values (one per factor), but had " + pts[p].length);
                }
                scenarioAt(pts[p]);
            }
            return pts;
        }

        private Scenario scenarioAt(double[] point) {
            Scenario s = base;
            for (int i = 0; i < factors.size(); i++) {
                s = factors.get(i).apply(s, point[i]);
            }
            return s;
        }

        /**
         * Runs every point's runs and waits.
         *
         * @param model    the model of one run (for the base scenario's model)
         * @param listener told {@code (runs done, runs in all)} from the calling thread
         * @return the runs
         * @throws IllegalStateException         if something required is missing
         * @throws IllegalArgumentException      if a point is invalid or the design too large
         * @throws DesignException               naming point, run and seed when a run fails
         * @throws ExperimentCancelledException when the calling thread is interrupted
         */
        public DesignRuns run(RunModel model, ProgressListener listener) {
            Objects.requireNonNull(model, "model");
            Objects.requireNonNull(listener, "listener");
            double[][] pts = checkedPoints();
            List<Scenario> scenarios = new ArrayList<>();
            for (double[] p : pts) {
                scenarios.add(scenarioAt(p));
            }
            long start = System.nanoTime();
            long[] bits = execute(scenarios, model, listener);
            return new DesignRuns(this, pts, bits, (System.nanoTime() - start) / 1e9);
        }

        private long[] execute(List<Scenario> scenarios, RunModel model, ProgressListener listener) {
            long[] bits = new long[scenarios.size() * runs];
            int unitsPerPoint = (runs + UNIT - 1) / UNIT;
            int units = scenarios.size() * unitsPerPoint;
            int workers = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "offramp-explore-worker");
                t.setDaemon(true);
                return t;
            });
            ExecutorCompletionService<Integer> done = new ExecutorCompletionService<>(pool);
            List<Future<Integer>> futures = new ArrayList<>();
            long total = bits.length;
            long finished = 0;
            // Runs finished so far, counted by the workers run by run, so that a progress bar moves
            // with every run rather than every unit; the calling thread reports it.
            AtomicLong runsDone = new AtomicLong();
            long reported = 0;
            try {
                listener.onProgress(0, total);
                for (int u = 0; u < units; u++) {
                    int point = u / unitsPerPoint;
                    int from = (u % unitsPerPoint) * UNIT;
                    int to = Math.min(runs, from + UNIT);
                    Scenario s = scenarios.get(point);
                    futures.add(done.submit(() -> {
                        for (int r = from; r < to && !stop.get(); r++) {
                            bits[point * runs + r] = measure(model, s, point, r);
                            runsDone.incrementAndGet();
                        }
                        return to - from;
                    }));
                }
                DesignException failure = null;
                int collected = 0;
                while (collected < units) {
                    Future<Integer> f = done.poll(PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
                    if (f == null) {
                        long n = runsDone.get();
                        if (n > reported && failure == null) {
                            listener.onProgress(n, total);
                            reported = n;
                        }
                        continue;
                    }
                    collected++;
                    try {
                        finished += f.get();
                        // every run of a finished unit is counted by now; others may be part-way
                        long n = runsDone.get();
                        if (n > reported && failure == null) {
                            listener.onProgress(n, total);
                            reported = n;
                        }
                    } catch (ExecutionException e) {
                        stop.set(true);
                        failure = failure != null ? failure : asDesignException(e.getCause());
                    }
                }
                if (failure != null) {
                    throw lowestFailure(futures, failure);
                }
                return bits;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExperimentCancelledException(finished, null, e);
            } finally {
                stop.set(true);
                pool.shutdownNow();
                awaitWorkers(pool);
            }
        }

        /** The failure of the lowest unit that failed: the same message whatever the thread count. */
        private static DesignException lowestFailure(List<Future<Integer>> futures, DesignException fallback) {
            for (Future<Integer> f : futures) {
                if (f.isDone() && !f.isCancelled()) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        return asDesignException(e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return fallback;
                    }
                }
            }
            return fallback;
        }

        private static DesignException asDesignException(Throwable c) {
            return c instanceof DesignException d ? d : new DesignException("a design run failed: " + c, c);
        }

        private long measure(RunModel model, Scenario s, int point, int run) {
            long seed = seeding.seed(masterSeed, point, run);
            RunRecord r;
            try {
                r = model.run(s, seed);
            } catch (RuntimeException | Error e) {
                throw new DesignException("run " + run + " (seed " + seed + ") of point " + point + " failed: " + e, e);
            }
            if (r == null || r.seed() != seed) {
                throw new DesignException("run " + run + " of point " + point + " returned "
                        + (r == null ? "no record" : "a record with seed " + r.seed()) + " for seed " + seed);
            }
            long b = 0;
            for (int m = 0; m < measures.size(); m++) {
                if (measures.get(m).test(r)) {
                    b |= 1L << m;
                }
            }
            return b;
        }

        /** Waits until every worker has stopped, so that no model call outlives the design; keeps the interrupt. */
        private static void awaitWorkers(ExecutorService pool) {
            boolean interrupted = Thread.interrupted();
            while (true) {
                try {
                    if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
