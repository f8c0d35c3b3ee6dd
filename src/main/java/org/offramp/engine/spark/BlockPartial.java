package org.offramp.engine.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import org.offramp.engine.BlockResult;
import org.offramp.engine.RunFailure;
import org.offramp.experiment.aggregate.ExperimentAggregate;
import org.offramp.model.Models;

/**
 * The partial result of one or more blocks as it travels from executors to the driver: the merged
 * aggregate of the blocks that succeeded, the failure with the lowest run index, and how many blocks
 * it covers. {@link #merge} is associative and commutative (it is {@link ExperimentAggregate#merge}
 * plus a minimum and a sum), so Spark may combine partials in any grouping and order and the driver
 * still ends with the same numbers.
 *
 * <p>The aggregate travels as its JSON state ({@link ExperimentAggregate#toJson()}), which restores
 * an equal aggregate: exact sums keep their partials, so nothing is rounded on the way.
 *
 * <p>Not thread-safe; Spark hands each instance to one thread at a time.
 */
final class BlockPartial implements Serializable {
    private static final long serialVersionUID = 1L;

    private transient ExperimentAggregate aggregate;
    /** The name of the model whose schema the aggregate follows, to restore it on the other side. */
    private final String model;
    private RunFailure failure;
    private long blocks;

    private BlockPartial(String model, ExperimentAggregate aggregate, RunFailure failure, long blocks) {
        this.model = model;
        this.aggregate = aggregate;
        this.failure = failure;
        this.blocks = blocks;
    }

    static BlockPartial of(String model, BlockResult r) {
        return new BlockPartial(model, r.aggregate(), r.failure(), 1);
    }

    /** Adds {@code other} into this and returns this. */
    BlockPartial merge(BlockPartial other) {
        if (aggregate == null) {
            aggregate = other.aggregate;
        } else if (other.aggregate != null) {
            aggregate.merge(other.aggregate);
        }
        failure = RunFailure.first(failure, other.failure);
        blocks += other.blocks;
        return this;
    }

    /** The aggregate of the blocks that succeeded, or null if none did. */
    ExperimentAggregate aggregate() {
        return aggregate;
    }

    /** The failed run with the lowest index, or null. */
    RunFailure failure() {
        return failure;
    }

    /** How many blocks were merged into this. */
    long blocks() {
        return blocks;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(aggregate == null ? null : aggregate.toJson().toString());
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        String json = (String) in.readObject();
        aggregate = json == null ? null : ExperimentAggregate.fromJson(Models.get(model).record(),
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json));
    }
}
