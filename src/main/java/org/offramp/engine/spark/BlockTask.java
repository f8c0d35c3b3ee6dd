package org.offramp.engine.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.api.java.function.Function;
import org.offramp.engine.BlockResult;
import org.offramp.engine.Blocks;
import org.offramp.engine.PortableExperiment;
import org.offramp.engine.PortableModel;
import org.offramp.experiment.Experiment;
import org.offramp.io.AtomicFiles;
import org.offramp.model.Scenario;

/**
 * The function a Spark task applies to a block index: rebuild the experiment from its portable
 * form (once per deserialized task), run the block with {@link Blocks#run}, write the block's rows
 * to {@code runs/part-<block>.csv} if there is an output folder, and return the partial aggregate.
 *
 * <p>A retried or speculative attempt of the same block writes the same bytes (the block is a pure
 * function of the experiment and the block index) through a temporary file and an atomic move, so
 * whichever attempt wins leaves a whole, correct file.
 *
 * <p>Not thread-safe (it caches the rebuilt experiment); Spark gives each task its own copy.
 */
final class BlockTask implements Function<Long, BlockPartial> {
    private static final long serialVersionUID = 1L;

    private final PortableExperiment settings;
    private final PortableModel model;
    private final String runsFolder;
    private transient Experiment experiment;
    private transient Scenario scenario;

    /** @param runsFolder where executors write the part files (a folder all of them see), or null */
    BlockTask(PortableExperiment settings, PortableModel model, String runsFolder) {
        this.settings = settings;
        this.model = model;
        this.runsFolder = runsFolder;
    }

    /** The part file of block {@code b}: zero-padded so that names sort in block order. */
    static String partName(long b) {
        return String.format(Locale.ROOT, "part-%08d.csv", b);
    }

    @Override
    public BlockPartial call(Long block) {
        if (experiment == null) {
            experiment = settings.toExperiment();
            scenario = experiment.scenario();
        }
        BlockResult r = Blocks.run(scenario, experiment, model, block, runsFolder != null);
        if (runsFolder != null && !r.failed()) {
            try {
                AtomicFiles.writeString(Path.of(runsFolder).resolve(partName(block)), Blocks.csvHeaderLine(experiment) + r.csv());
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + partName(block) + " in " + runsFolder, ex);
            }
        }
        return BlockPartial.of(experiment.model().name(), r);
    }
}
