package org.offramp.engine;

import org.offramp.experiment.aggregate.ExperimentAggregate;

/**
 * What running one block gives: the block's partial aggregate and its rows of {@code runs.csv}, or
 * the failure that stopped it.
 *
 * @param block     the block index
 * @param aggregate the runs of the block (null if it failed)
 * @param csv       the block's rows in index order, each ending in a line feed, without header
 *                  (null if not asked for, or if it failed)
 * @param failure   the first failed run when the experiment does not keep going, else null
 *
 * <p>Not thread-safe: the aggregate is mutable; hand a result to one thread at a time.
 */
public record BlockResult(long block, ExperimentAggregate aggregate, String csv, RunFailure failure) {
    /** Whether the block failed. */
    public boolean failed() {
        return failure != null;
    }
}
