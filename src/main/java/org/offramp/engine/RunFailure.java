package org.offramp.engine;

import java.io.Serializable;
import org.offramp.experiment.ExperimentException;
import org.offramp.experiment.RunFailedException;

/**
 * A run that failed, reduced to what travels between JVMs: its index, its seed and the text of the
 * model's exception.
 *
 * @param index the run index
 * @param seed  the run's seed
 * @param error {@code String.valueOf} the model's exception
 *
 * <p>Immutable and safe to share between threads.
 */
public record RunFailure(long index, long seed, String error) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the error text. */
    public RunFailure {
        java.util.Objects.requireNonNull(error, "error");
    }

    /** The failure with the lower run index ({@code a} if equal); either may be null. */
    public static RunFailure first(RunFailure a, RunFailure b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.index() < a.index() ? b : a;
    }

    /** The exception the local engine throws for this failure; its cause carries the model's message. */
    public RunFailedException toException() {
        return new RunFailedException(index, seed, new ExperimentException(error));
    }
}
