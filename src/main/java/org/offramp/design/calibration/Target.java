package org.offramp.design.calibration;

import java.util.Objects;

/**
 * An observed statistic the model should reproduce, with its uncertainty: e.g. "tanker attacks in
 * the first 60 days: 2 ± 1", or "share of runs with a direct exchange by day 365: 0.10 ± 0.05".
 * The uncertainty is a standard deviation; it scales the statistic's term in the distance
 * {@code Σ ((simulated - value) / sd)^2}, so a target known precisely weighs more.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name        the statistic's name, non-blank, without commas or line breaks
 * @param value       the observed value, finite
 * @param sd          its uncertainty as a standard deviation, finite and positive
 * @param description what the statistic is and where the value comes from; may be empty
 */
public record Target(String name, double value, double sd, String description) {

    /**
     * Checks the arguments.
     *
     * @param name        the statistic's name, non-blank, without commas or line breaks
     * @param value       the observed value, finite
     * @param sd          its uncertainty as a standard deviation, finite and positive
     * @param description what the statistic is and where the value comes from; may be empty
     * @throws NullPointerException     if the name or description is null
     * @throws IllegalArgumentException naming the field and value if one is invalid
     */
    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (name.isBlank() || name.indexOf(',') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("name must be non-blank, without commas or line breaks, but was \""
                    + name + "\"");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + ": value must be finite, but was " + value);
        }
        if (!(sd > 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException(name + ": sd must be finite and > 0, but was " + sd);
        }
    }
}
