package org.offramp.executor;

/**
 * A block failed in a way that is no {@link RuntimeException} of its job: a checked exception of a
 * backend (a cluster's job aborted, say), or a failure that came back from a cluster worker as text
 * only. The message says which block and why; the cause, when there is one, is the original.
 */
public class ExecutorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message and the original failure.
     *
     * @param message what failed
     * @param cause   the original failure, or null
     */
    public ExecutorException(String message, Throwable cause) {
        super(message, cause);
    }
}
