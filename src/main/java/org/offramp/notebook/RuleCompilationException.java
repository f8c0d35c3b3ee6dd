package org.offramp.notebook;

import java.util.List;

/**
 * A decision rule's source did not compile, or compiled into a class that is not a usable rule. The
 * message lists the compiler's diagnostics, each with its file and line.
 */
public final class RuleCompilationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The compiler's messages, each as {@code KIND File.java:LINE: text}. */
    private final List<String> diagnostics;

    /**
     * A failure described by {@code message} with the compiler's diagnostics.
     *
     * @param message     what failed, e.g. that the source did not compile
     * @param diagnostics the compiler's messages, each as {@code KIND File.java:LINE: text}; may be empty
     */
    public RuleCompilationException(String message, List<String> diagnostics) {
        super(diagnostics.isEmpty() ? message : message + ":\n" + String.join("\n", diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** {@return the compiler's messages (errors and warnings), each as {@code KIND File.java:LINE: text}} */
    public List<String> diagnostics() {
        return diagnostics;
    }
}
