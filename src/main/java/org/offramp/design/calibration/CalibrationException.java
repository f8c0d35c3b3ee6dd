package org.offramp.design.calibration;

/**
 * A calibration could not run: the simulator failed or returned statistics that do not match the
 * targets, or a targets file is malformed. The message names the parameters and seed of the failing
 * simulation, or the file and line.
 */
public class CalibrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong
     */
    public CalibrationException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public CalibrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
