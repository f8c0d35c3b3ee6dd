package org.offramp.experiment.aggregate;

import org.offramp.model.RunRecord;

/**
 * The contract every aggregate of runs follows, shared by the local engine and any later
 * distributed one: runs are fed one at a time with their index, and two aggregates of disjoint
 * sets of runs are combined with {@link #merge}.
 *
 * <p>{@code merge} must be associative: {@code a.merge(b); a.merge(c)} ends in the same state as
 * merging {@code b} and {@code c} first and then into {@code a}, so partial aggregates of blocks,
 * threads or shards can be combined in any grouping. Implementations are not thread-safe; each
 * worker keeps its own instance.
 *
 * @param <A> the implementing type
 */
public interface Aggregator<A extends Aggregator<A>> {

    /**
     * Adds the run with index {@code index} and its record.
     *
     * @param index  the run's index
     * @param record its record
     */
    void accept(long index, RunRecord record);

    /**
     * Adds a run that failed (an exception inside the model), with its index and seed.
     *
     * @param index the run's index
     * @param seed  its seed
     * @param cause what it threw
     */
    void acceptFailure(long index, long seed, Throwable cause);

    /**
     * Adds everything {@code other} holds; {@code other} is unchanged.
     *
     * @param other an aggregate of other runs
     */
    void merge(A other);
}
