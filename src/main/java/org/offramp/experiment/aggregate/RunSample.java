package org.offramp.experiment.aggregate;

import java.util.Objects;

/**
 * One run chosen as a sample, by index and seed, so it can be replayed (for a story or a failure
 * report).
 *
 * @param index  the run's index in its experiment, &gt;= 0
 * @param seed   the run's seed
 * @param detail what is noted of the run: empty for a story sample, the exception for a failure
 */
public record RunSample(long index, long seed, String detail) {

    /**
     * Checks the arguments.
     *
     * @param index  the run's index in its experiment, &gt;= 0
     * @param seed   the run's seed
     * @param detail what is noted of the run: empty for a story sample, the exception for a failure
     */
    public RunSample {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, but was " + index);
        }
        Objects.requireNonNull(detail, "detail");
    }
}
