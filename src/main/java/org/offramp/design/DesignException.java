package org.offramp.design;

import org.offramp.experiment.ExperimentException;

/**
 * A policy design (comparison, sweep or sensitivity analysis) that could not complete: a run of the
 * model failed, or the results could not be written. The message names the variant or design point,
 * the run index and its seed, so the run can be replayed ({@code offramp replay}, or the model's {@code replay}).
 */
public class DesignException extends ExperimentException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what failed, naming the variant or design point, the run index and its seed
     */
    public DesignException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what failed, naming the variant or design point, the run index and its seed
     * @param cause   the failure of the run or of the write
     */
    public DesignException(String message, Throwable cause) {
        super(message, cause);
    }
}
