package org.offramp.experiment;

/** The base of the exceptions the experiment engine throws. */
public class ExperimentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what went wrong
     */
    public ExperimentException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public ExperimentException(String message, Throwable cause) {
        super(message, cause);
    }
}
