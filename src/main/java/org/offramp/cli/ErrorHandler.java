package org.offramp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ProvenanceException;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into one line and an exit code: bad input (an invalid
 * file, override, flag or summary) is {@link OfframpCommand#BAD_INPUT}, a cancellation is
 * {@link OfframpCommand#INTERRUPTED}, and everything else (I/O errors, a failing model, a bug) is
 * {@link OfframpCommand#FAILURE}. A line, not a stack trace, because the user can act on the line;
 * {@code --debug} adds the stack trace, which a bug report needs.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        String prefix = "offramp " + cmd.getCommandName() + ": ";
        if (cmd.getParent() == null) {
            prefix = "offramp: ";
        }
        boolean debug = debug(cmd);
        int code;
        IOException io = ioCause(ex);
        if (ex instanceof ScenarioException || ex instanceof BadInputException || ex instanceof ProvenanceException
                || ex instanceof ResultsFolderException r && r.isBadInput()) {
            err.println(prefix + ex.getMessage());
            code = OfframpCommand.BAD_INPUT;
        } else if (ex instanceof ExperimentCancelledException) {
            err.println(prefix + ex.getMessage());
            code = OfframpCommand.INTERRUPTED;
        } else if (ex instanceof ResultsFolderException) {
            // Its message names the folder and, for an I/O error, what went wrong with it.
            err.println(prefix + "error: " + ex.getMessage());
            code = OfframpCommand.FAILURE;
        } else if (io != null) {
            err.println(prefix + "error: " + describe(io));
            code = OfframpCommand.FAILURE;
        } else {
            err.println(prefix + "internal error: " + ex + (debug ? "" : "; this is a bug: run the command again with"
                    + " --debug for the stack trace, and report both"));
            code = OfframpCommand.FAILURE;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Whether {@code --debug} was given, before or after the command's name. */
    static boolean debug(CommandLine cmd) {
        CommandLine root = cmd;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        for (ParseResult r = root.getParseResult(); r != null; r = r.subcommand()) {
            if (r.hasMatchedOption(OfframpCommand.DEBUG)) {
                return true;
            }
        }
        return false;
    }

    /** The first I/O exception in the chain of causes, or null. */
    static IOException ioCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof IOException io) {
                return io;
            }
            if (c instanceof UncheckedIOException u) {
                return u.getCause();
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    /**
     * An I/O error in words: what failed and on which file, without the exception's class name
     * unless there is nothing else to say.
     */
    static String describe(IOException io) {
        if (io instanceof NoSuchFileException f) {
            return "no such file or folder: " + f.getFile();
        }
        if (io instanceof AccessDeniedException f) {
            return "permission denied: " + f.getFile();
        }
        if (io instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + ": " + f.getFile();
        }
        String m = io.getMessage();
        return m == null || m.isBlank() ? io.getClass().getSimpleName() : m;
    }
}
