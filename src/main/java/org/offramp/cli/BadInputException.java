package org.offramp.cli;

/**
 * A command-line value that cannot be used: a flag out of range, flags that exclude each other, a
 * results folder that holds results. It is raised before anything is written, and the tool exits
 * with {@link OfframpCommand#BAD_INPUT}. The message names the flag, the value and what is allowed.
 */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }

    BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
