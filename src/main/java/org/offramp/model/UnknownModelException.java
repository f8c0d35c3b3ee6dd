package org.offramp.model;

import java.util.List;

/**
 * No installed model has the name asked for. The message names the installed models.
 */
public final class UnknownModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The name asked for. */
    private final String name;
    /** The installed models' names, sorted. */
    private final List<String> installed;

    /**
     * Creates the exception.
     *
     * @param name      the name asked for
     * @param installed the installed models' names
     */
    public UnknownModelException(String name, List<String> installed) {
        super("unknown model " + Excerpts.quote(name) + "; installed: " + String.join(", ", installed)
                + " ('offramp models' lists them)");
        this.name = name;
        this.installed = List.copyOf(installed);
    }

    /** {@return the name asked for} */
    public String name() {
        return name;
    }

    /** {@return the installed models' names, sorted} */
    public List<String> installed() {
        return installed;
    }
}
