package org.offramp.experiment;

/**
 * The results folder cannot be used: it already holds results and neither overwrite nor resume was
 * asked, its checkpoint belongs to another experiment or is damaged, it is in use by another
 * experiment, or reading or writing it failed.
 */
public final class ResultsFolderException extends ExperimentException {
    private static final long serialVersionUID = 1L;

    /** An exception with a message. */
    public ResultsFolderException(String message) {
        super(message);
    }

    /** An exception with a message and a cause (usually an {@link java.io.IOException}). */
    public ResultsFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
