package org.offramp.experiment;

/**
 * A recorded experiment cannot be rebuilt: its {@code summary.json} is damaged, of another format
 * or library version, or describes a scenario whose recorded parameters do not give its recorded
 * content hash. The message names the file, the field, the value and what is allowed.
 */
public final class ProvenanceException extends ExperimentException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what is wrong, with the file and field
     */
    public ProvenanceException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what is wrong, with the file and field
     * @param cause   the underlying failure (a parse or I/O error)
     */
    public ProvenanceException(String message, Throwable cause) {
        super(message, cause);
    }
}
