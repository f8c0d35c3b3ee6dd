package org.offramp.engine;

import org.offramp.experiment.ExperimentException;

/**
 * Shard results cannot be merged: they belong to different experiments, seeds or library versions,
 * a shard is missing or given twice, or a file is damaged. The message names the folders and what
 * differs.
 */
public final class MergeException extends ExperimentException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what cannot be merged, naming the folders
     */
    public MergeException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what cannot be merged, naming the folders
     * @param cause the failure that made a file unreadable
     */
    public MergeException(String message, Throwable cause) {
        super(message, cause);
    }
}
