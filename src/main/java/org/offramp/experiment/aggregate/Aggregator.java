package org.offramp.experiment.aggregate;

import org.offramp.standoff.StandoffRecord;

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

    /** Adds the run with index {@code index} and its record. */
    void accept(long index, StandoffRecord record);

    /** Adds a run that failed (an exception inside the model), with its index and seed. */
    void acceptFailure(long index, long seed, Throwable cause);

    /** Adds everything {@code other} holds; {@code other} is unchanged. */
    void merge(A other);
}
