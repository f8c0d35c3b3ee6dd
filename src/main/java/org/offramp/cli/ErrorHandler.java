package org.offramp.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.offramp.experiment.ExperimentCancelledException;
import org.offramp.experiment.ResultsFolderException;
import org.offramp.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into a message and an exit code: bad input (an invalid
 * file, override or flag) is {@link OfframpCommand#BAD_INPUT}, a cancellation is
 * {@link OfframpCommand#INTERRUPTED}, and everything else (I/O errors, a failing model) is
 * {@link OfframpCommand#FAILURE}. Messages, not stack traces, because the user can act on the
 * message; an unexpected exception keeps its stack trace, since that is a bug to report.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        String prefix = "offramp " + cmd.getCommandName() + ": ";
        if (cmd.getParent() == null) {
            prefix = "offramp: ";
        }
        int code;
        if (ex instanceof ScenarioException || ex instanceof BadInputException
                || ex instanceof ResultsFolderException r && r.isBadInput()) {
            err.println(prefix + ex.getMessage());
            code = OfframpCommand.BAD_INPUT;
        } else if (ex instanceof ExperimentCancelledException) {
            err.println(prefix + ex.getMessage());
            code = OfframpCommand.INTERRUPTED;
        } else if (ex instanceof ResultsFolderException || ex instanceof IOException
                || ex instanceof UncheckedIOException) {
            // An IOException's message is often a bare path; its type says what went wrong with it.
            Throwable io = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            err.println(prefix + "error: " + (io instanceof IOException ? io.toString() : ex.getMessage()));
            code = OfframpCommand.FAILURE;
        } else {
            err.println(prefix + "error: " + ex);
            ex.printStackTrace(err);
            code = OfframpCommand.FAILURE;
        }
        err.flush();
        return code;
    }
}
