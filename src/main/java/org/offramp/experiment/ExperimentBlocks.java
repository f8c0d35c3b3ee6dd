package org.offramp.experiment;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.offramp.executor.BlockContext;
import org.offramp.executor.BlockJob;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.model.Models;
import org.offramp.model.RunRecord;
import org.offramp.model.Scenario;
import org.offramp.random.Seeds;

/**
 * The block job every engine runs for an experiment: block {@code b} holds runs
 * {@code b * blockSize} to {@code min((b + 1) * blockSize, runLimit) - 1}, run in index order with the
 * seeds {@code Seeds.runSeed(masterSeed, i)}, into the block's own partial aggregate and its rows of
 * {@code runs.csv}. The local engine, a shard, and a Spark task run exactly this, so whoever runs a
 * block, wherever, gets the same aggregate and the same bytes.
 *
 * <pre>{@code
 * ExperimentBlocks job = ExperimentBlocks.of(experiment, RunModel.of(experiment.model()), true);
 * ExperimentBlocks.Block b3 = job.run(3, BlockContext.DETACHED);
 * }</pre>
 *
 * <p>A run fails when the model throws, returns no record or a record with another seed, or one that
 * cannot be aggregated: unless the experiment keeps going, the block fails with a
 * {@link RunFailedException} naming the run's index and seed (the executor throws the one of the
 * lowest block); with keepGoing the run is counted as FAILED and gets its {@code FAILED} row.
 *
 * <p>Serializable for the Spark engine: it travels as the experiment's {@link PortableExperiment}
 * and the model's runs, which must then be a {@link PortableModel}; each task rebuilds the
 * experiment once. Thread-safe.
 */
public final class ExperimentBlocks implements BlockJob<ExperimentBlocks.Block> {
    private static final long serialVersionUID = 1L;

    /** The experiment's settings, from which each task rebuilds the experiment. */
    private final PortableExperiment settings;
    /** The runs to make; a {@link PortableModel} when the job travels. */
    private final RunModel model;
    /** Whether each block carries its rows of {@code runs.csv}. */
    private final boolean withCsv;
    private transient volatile Experiment experiment;
    private transient volatile Scenario scenario;

    private ExperimentBlocks(Experiment experiment, RunModel model, boolean withCsv) {
        this.settings = PortableExperiment.of(experiment);
        this.model = model;
        this.withCsv = withCsv;
        this.experiment = experiment;
        this.scenario = experiment.scenario();
    }

    /**
     * The blocks of {@code experiment}.
     *
     * @param experiment the experiment
     * @param model      the model's runs ({@link PortableModel} to run on a cluster)
     * @param withCsv    whether blocks format their rows of {@code runs.csv}
     * @return the job
     */
    public static ExperimentBlocks of(Experiment experiment, RunModel model, boolean withCsv) {
        return new ExperimentBlocks(Objects.requireNonNull(experiment, "experiment"),
                Objects.requireNonNull(model, "model"), withCsv);
    }

    /**
     * The number of blocks of an experiment's run limit (its runs, or maxRuns in precision mode).
     *
     * @param e the experiment
     * @return the number of blocks
     */
    public static long count(Experiment e) {
        return (e.runLimit() + e.blockSize() - 1) / e.blockSize();
    }

    /**
     * The first run index of block {@code b}.
     *
     * @param e the experiment
     * @param b the block
     * @return {@code b * blockSize}
     */
    public static long firstRun(Experiment e, long b) {
        return b * e.blockSize();
    }

    /**
     * One past the last run index of block {@code b}.
     *
     * @param e the experiment
     * @param b the block
     * @return the end of the block's runs
     */
    public static long endRun(Experiment e, long b) {
        return Math.min((b + 1) * e.blockSize(), e.runLimit());
    }

    /**
     * The header line of {@code runs.csv}, with its line feed: {@code index,} then the columns of the
     * experiment's model's records.
     *
     * @param e the experiment
     * @return the line
     */
    public static String csvHeaderLine(Experiment e) {
        return "index," + String.join(",", e.schema().csvHeader()) + "\n";
    }

    /** The experiment, rebuilt once per deserialized copy. */
    private Experiment experiment() {
        Experiment e = experiment;
        if (e == null) {
            synchronized (this) {
                e = experiment;
                if (e == null) {
                    e = settings.toExperiment();
                    scenario = e.scenario();
                    experiment = e;
                }
            }
        }
        return e;
    }

    @Override
    public long runs(long block) {
        Experiment e = experiment();
        return endRun(e, block) - firstRun(e, block);
    }

    /**
     * Runs block {@code block}.
     *
     * @return the block's aggregate and rows, or null if the context said stop
     * @throws RunFailedException       for the first failed run of the block, unless the experiment keeps going
     * @throws IllegalArgumentException if {@code block} is not a block of the experiment
     */
    @Override
    public Block run(long block, BlockContext context) {
        Experiment e = experiment();
        if (block < 0 || block >= count(e)) {
            throw new IllegalArgumentException("block must be in [0, " + count(e) + "), but was " + block);
        }
        Scenario sc = scenario;
        long from = firstRun(e, block);
        long to = endRun(e, block);
        ExperimentAggregate agg = new ExperimentAggregate(e.schema(), e.samplesPerOutcome());
        StringBuilder csv = withCsv ? new StringBuilder((int) (to - from) * 320) : null;
        // A failed run keeps its row: index, seed, FAILED, then empty cells for the other columns.
        String failedSuffix = ",FAILED" + ",".repeat(e.schema().csvHeader().size() - 2) + "\n";
        long master = e.masterSeed();
        for (long i = from; i < to; i++) {
            if (context.stopped()) {
                return null;
            }
            long seed = Seeds.runSeed(master, i);
            RunRecord r;
            try {
                r = model.run(sc, seed);
                if (r == null) {
                    throw new IllegalStateException("the model returned no record");
                }
                if (r.seed() != seed) {
                    throw new IllegalStateException("the model recorded seed " + r.seed() + " for a run with seed " + seed);
                }
                agg.accept(i, r);
            } catch (RuntimeException | StackOverflowError | AssertionError ex) {
                if (!e.keepGoing()) {
                    throw new RunFailedException(i, seed, ex);
                }
                agg.acceptFailure(i, seed, ex);
                if (csv != null) {
                    csv.append(i).append(',').append(seed).append(failedSuffix);
                }
                context.runDone();
                continue;
            }
            if (csv != null) {
                csv.append(i).append(',');
                r.appendCsv(csv);
                csv.append('\n');
            }
            context.runDone();
        }
        return new Block(settings.scenario().model(), agg,
                csv == null ? null : csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What a block gives: its partial aggregate and its rows of {@code runs.csv} (UTF-8, each line ending
     * in a line feed, no header), or no rows when they were not asked for.
     *
     * <p>Serializable: the aggregate travels as its JSON state ({@link ExperimentAggregate#toJson()})
     * with its model's name, and is restored against that installed model's schema; exact sums keep
     * their partials, so nothing is rounded on the way. Not thread-safe (the aggregate is mutable):
     * hand it to one thread at a time.
     */
    public static final class Block implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The name of the model whose schema the aggregate follows, to restore it on the other side. */
        private final String model;
        private transient ExperimentAggregate aggregate;
        /** The block's rows of {@code runs.csv}, or null when the job writes none. */
        private final byte[] csv;

        Block(String model, ExperimentAggregate aggregate, byte[] csv) {
            this.model = Objects.requireNonNull(model, "model");
            this.aggregate = Objects.requireNonNull(aggregate, "aggregate");
            this.csv = csv;
        }

        /** @return the block's aggregate */
        public ExperimentAggregate aggregate() {
            return aggregate;
        }

        /** @return the block's rows of {@code runs.csv} (not a copy: do not change them), or null */
        public byte[] csv() {
            return csv;
        }

        /**
         * Writes the fields, then the aggregate as its JSON text.
         *
         * @param out the stream to write to
         * @throws IOException if writing fails
         */
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeObject(aggregate.toJson().toString());
        }

        /**
         * Reads the fields, then restores the aggregate from its JSON text against the installed model's schema.
         *
         * @param in the stream to read from
         * @throws IOException            if reading fails or the JSON is damaged
         * @throws ClassNotFoundException if a field's class is not found
         */
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            String json = (String) in.readObject();
            aggregate = ExperimentAggregate.fromJson(Models.get(model).record(), JsonFields.MAPPER.readTree(json));
        }
    }
}
