package org.offramp.notebook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.offramp.executor.BlockContext;
import org.offramp.executor.BlockExecutor;
import org.offramp.executor.BlockJob;
import org.offramp.executor.LocalBackend;
import org.offramp.executor.Progress;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.RunFailedException;
import org.offramp.experiment.RunModel;
import org.offramp.model.Endings;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;

/**
 * Every run of one scenario for run indices {@code 0 .. runs-1}, kept in memory in index order, so
 * that runs of two scenarios can be paired by index (common random numbers) or read as a table.
 *
 * <pre>{@code
 * RunTable base = RunTable.run(Scenarios.load("baseline"), 2_000, 20190517L);
 * int[] outcomes = base.outcomes();        // ending indices by run index
 * double[] rungs = base.values("highest_rung");   // a metric's values by run index
 * String csv = base.csv();                 // the same text as the engine's runs.csv
 * }</pre>
 *
 * <p>Run {@code i} has the seed {@link Seeds#runSeed(long, long) Seeds.runSeed(masterSeed, i)},
 * exactly as in an {@link org.offramp.experiment.Experiment} with that master seed, so run {@code i}
 * here is run {@code i} there and the outcome counts agree with the engine's. Runs are computed in
 * parallel, each into its own slot of an array indexed by run index, so the table is the same for
 * any number of threads. It holds every record (a few hundred bytes each): meant for the thousands
 * or tens of thousands of runs of a notebook, not for millions; use the experiment engine for those.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class RunTable {
    /** The largest number of runs a table holds. */
    public static final int MAX_RUNS = 1_000_000;
    // Runs are handed to the workers in blocks of this many indices, so a worker's unit of work
    // is long enough (a few seconds at most) to make the scheduling overhead negligible.
    private static final int BLOCK = 250;

    private final Scenario scenario;
    private final long masterSeed;
    private final RunRecord[] records;

    private RunTable(Scenario scenario, long masterSeed, RunRecord[] records) {
        this.scenario = scenario;
        this.masterSeed = masterSeed;
        this.records = records;
    }

    /**
     * Runs the scenario's model on all cores.
     *
     * @param scenario   the scenario
     * @param runs       the number of runs, in [1, {@link #MAX_RUNS}]
     * @param masterSeed the master seed
     * @return the table of every run's record, by run index
     * @see #run(Scenario, int, long, RunModel, int)
     */
    public static RunTable run(Scenario scenario, int runs, long masterSeed) {
        Objects.requireNonNull(scenario, "scenario");
        return run(scenario, runs, masterSeed, RunModel.of(scenario.model()), 0);
    }

    /**
     * Runs {@code model} on all cores.
     *
     * @param scenario   the scenario
     * @param runs       the number of runs, in [1, {@link #MAX_RUNS}]
     * @param masterSeed the master seed
     * @param model      the model; must be thread-safe and a pure function of (scenario, seed)
     * @return the table of every run's record, by run index
     * @see #run(Scenario, int, long, RunModel, int)
     */
    public static RunTable run(Scenario scenario, int runs, long masterSeed, RunModel model) {
        return run(scenario, runs, masterSeed, model, 0);
    }

    /**
     * Runs {@code model} for run indices {@code 0 .. runs-1} with seeds derived from
     * {@code masterSeed}.
     *
     * @param scenario   the scenario
     * @param runs       the number of runs, in [1, {@link #MAX_RUNS}]
     * @param masterSeed the master seed
     * @param model      the model; must be thread-safe and a pure function of (scenario, seed)
     * @param threads    worker threads, 0 for one per core; never changes the result
     * @return the table
     * @throws IllegalArgumentException if runs or threads is out of range
     * @throws RunFailedException       naming the lowest failing run index and its seed, if the model
     *                                  threw, returned null or recorded another seed
     * @throws ExperimentCancelledException if the calling thread is interrupted
     */
    public static RunTable run(Scenario scenario, int runs, long masterSeed, RunModel model, int threads) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(model, "model");
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException("runs must be in [1, " + MAX_RUNS + "], but was " + runs);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0 (0 = one per core), but was " + threads);
        }
        RunRecord[] records = new RunRecord[runs];
        int blocks = (runs + BLOCK - 1) / BLOCK;
        // The library's one block loop: blocks commit in index order, so the failure reported is the
        // lowest-indexed one whatever the thread count.
        BlockExecutor<RunRecord[]> executor = new BlockExecutor<>(new Fill(scenario, masterSeed, model, runs),
                LocalBackend.threads(threads));
        BlockExecutor.Outcome o;
        try {
            o = executor.run(0, blocks, (b, part) -> {
                System.arraycopy(part, 0, records, (int) b * BLOCK, part.length);
                return true;
            }, Progress.NONE, 0, runs);
        } catch (IOException impossible) {
            throw new IllegalStateException("nothing is written", impossible);
        }
        if (o.ending() != BlockExecutor.Ending.COMPLETE) {
            // nothing is kept: a table is all its runs or nothing
            throw new ExperimentCancelledException(0, null, o.cancelCause());
        }
        return new RunTable(scenario, masterSeed, records);
    }

    /** A block of the table: its runs' records, in index order. Never leaves the JVM. */
    private record Fill(Scenario scenario, long master, RunModel model, int runs) implements BlockJob<RunRecord[]> {
        private static final long serialVersionUID = 1L;

        @Override
        public long runs(long block) {
            return Math.min(runs, (block + 1) * BLOCK) - block * BLOCK;
        }

        @Override
        public RunRecord[] run(long block, BlockContext context) {
            int from = (int) block * BLOCK;
            int to = Math.min(runs, from + BLOCK);
            RunRecord[] out = new RunRecord[to - from];
            for (int i = from; i < to; i++) {
                if (context.stopped()) {
                    return null;
                }
                long seed = Seeds.runSeed(master, i);
                try {
                    RunRecord r = model.run(scenario, seed);
                    if (r == null) {
                        throw new IllegalStateException("the model returned no record");
                    }
                    if (r.seed() != seed) {
                        throw new IllegalStateException("the model recorded seed " + r.seed() + " for a run with seed "
                                + seed);
                    }
                    if (r.schema() != scenario.model().record()) {
                        throw new IllegalStateException("the model returned a record of another model's schema (endings "
                                + r.schema().endings().names() + ") for a scenario of model " + scenario.model().name());
                    }
                    out[i - from] = r;
                } catch (RuntimeException | StackOverflowError | AssertionError ex) {
                    throw new RunFailedException(i, seed, ex);
                }
                context.runDone();
            }
            return out;
        }
    }

    /** {@return the scenario that was run} */
    public Scenario scenario() {
        return scenario;
    }

    /** {@return the master seed the run seeds were derived from} */
    public long masterSeed() {
        return masterSeed;
    }

    /** {@return the number of runs} */
    public int size() {
        return records.length;
    }

    /**
     * The record of run {@code index}.
     *
     * @param index the run index, in [0, {@link #size()})
     * @return the run's record
     * @throws IndexOutOfBoundsException if out of range
     */
    public RunRecord record(int index) {
        Objects.checkIndex(index, records.length);
        return records[index];
    }

    /**
     * The seed of run {@code index}.
     *
     * @param index the run index, in [0, {@link #size()})
     * @return the run's seed
     * @throws IndexOutOfBoundsException if out of range
     */
    public long seed(int index) {
        return record(index).seed();
    }

    /** {@return the seeds of all runs, by run index} */
    public long[] seeds() {
        long[] s = new long[records.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = records[i].seed();
        }
        return s;
    }

    /** {@return the outcome of each run as the index of its ending in the model's {@link Endings}, by run index} */
    public int[] outcomes() {
        int[] o = new int[records.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = records[i].ending();
        }
        return o;
    }

    /** {@return the outcome of each run by name, by run index} */
    public String[] outcomeNames() {
        String[] o = new String[records.length];
        for (int i = 0; i < o.length; i++) {
            o[i] = records[i].endingName();
        }
        return o;
    }

    /** {@return the day each run ended (the horizon for a stalemate), by run index} */
    public int[] days() {
        int[] d = new int[records.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = records[i].day();
        }
        return d;
    }

    /**
     * The values of a metric of the model's record, by run index.
     *
     * @param metric the metric's name (a column of {@code runs.csv})
     * @return the values (whole numbers exact; a category's index)
     * @throws IllegalArgumentException if the model records no such metric
     */
    public double[] values(String metric) {
        Objects.requireNonNull(metric, "metric");
        int m = scenario.model().record().indexOf(metric);
        if (m < 0) {
            throw new IllegalArgumentException("metric must be a column of the model's runs.csv "
                    + scenario.model().record().csvHeader() + ", but was " + metric);
        }
        double[] v = new double[records.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = records[i].value(m);
        }
        return v;
    }

    /**
     * The number of runs that ended in the ending named {@code outcome}.
     *
     * @param outcome an ending's name
     * @return the runs
     * @throws IllegalArgumentException if the model has no such ending
     */
    public long count(String outcome) {
        Objects.requireNonNull(outcome, "outcome");
        int e = scenario.model().endings().indexOf(outcome);
        if (e < 0) {
            throw new IllegalArgumentException("outcome must be one of " + scenario.model().endings().names()
                    + ", but was " + outcome);
        }
        long n = 0;
        for (RunRecord r : records) {
            if (r.ending() == e) {
                n++;
            }
        }
        return n;
    }

    /** {@return the runs per outcome name, in the order of the model's endings; unmodifiable} */
    public Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String o : scenario.model().endings().names()) {
            m.put(o, count(o));
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * The table as CSV: the header {@code index,} then the model's columns, one line per
     * run in index order, each ended by {@code \n}; the same text the experiment engine writes to
     * {@code runs.csv} for the same scenario, runs and master seed.
     *
     * @return the CSV text
     */
    public String csv() {
        StringBuilder sb = new StringBuilder(records.length * 256);
        sb.append("index,").append(String.join(",", scenario.model().record().csvHeader())).append('\n');
        for (int i = 0; i < records.length; i++) {
            sb.append(i).append(',');
            records[i].appendCsv(sb);
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "RunTable[" + scenario.name() + ", " + records.length + " runs, master seed " + masterSeed + ", counts "
                + counts() + "]";
    }
}
