package org.offramp.experiment;

/**
 * The results folder cannot be used: it already holds results and neither overwrite nor resume was
 * asked, overwrite was asked of a folder holding files no experiment writes, its checkpoint belongs
 * to another experiment, is damaged or of another format, its files differ from what the checkpoint
 * recorded, it is in use by another experiment, shard or merge, or reading or writing it failed.
 */
public final class ResultsFolderException extends ExperimentException {
    private static final long serialVersionUID = 1L;

    /** Whether the request was wrong rather than the system failing; see {@link #isBadInput()}. */
    private final boolean badInput;

    /**
     * An exception with a message, for a failure rather than bad input.
     *
     * @param message what went wrong
     */
    public ResultsFolderException(String message) {
        this(message, false);
    }

    /**
     * An exception with a message.
     *
     * @param message  what went wrong
     * @param badInput true when the caller asked for something the folder cannot give (it holds other
     *                 results or files, or its checkpoint or files cannot be trusted), false for a failure
     */
    public ResultsFolderException(String message, boolean badInput) {
        super(message);
        this.badInput = badInput;
    }

    /**
     * An exception with a message and a cause, for a failure rather than bad input.
     *
     * @param message what went wrong
     * @param cause   the underlying failure, usually an {@link java.io.IOException}
     */
    public ResultsFolderException(String message, Throwable cause) {
        super(message, cause);
        this.badInput = false;
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message  what went wrong
     * @param cause    the underlying failure
     * @param badInput true when the folder's content is what cannot be used (a damaged checkpoint),
     *                 false for a failure of the system (I/O)
     */
    public ResultsFolderException(String message, Throwable cause, boolean badInput) {
        super(message, cause);
        this.badInput = badInput;
    }

    /**
     * Whether the request itself was wrong (the folder holds other results or a user's files, or resume
     * was asked of a folder it cannot trust: a checkpoint of another experiment, damaged or of another
     * format, files that differ from it), as opposed to a failure of the system (in use, I/O).
     *
     * @return true for bad input (the command line exits with 2), false for a failure (exit 1)
     */
    public boolean isBadInput() {
        return badInput;
    }
}
