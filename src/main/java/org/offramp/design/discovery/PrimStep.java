package org.offramp.design.discovery;

import java.util.Objects;

/**
 * One box on a PRIM peeling and pasting trajectory, with the statistics of the trade-off.
 *
 * <p>With a binary outcome, {@code interest} counts the cases of interest in the box; with shares,
 * it is their sum. Coverage and mass are relative to the whole table PRIM was given (as in the EMA
 * Workbench), so that the boxes found in turn by covering add up.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index      the position on the trajectory, 0 for the starting box
 * @param phase      how the box was reached
 * @param box        the box
 * @param rows       the rows in the box (among the rows the search started from)
 * @param interest   the outcome summed over those rows
 * @param coverage   {@code interest} over the outcome summed over the whole table
 * @param density    {@code interest / rows}: the share of cases of interest in the box
 * @param mass       {@code rows} over the rows of the whole table
 * @param restricted the number of restricted factors
 */
public record PrimStep(int index, Phase phase, Box box, int rows, double interest, double coverage,
                       double density, double mass, int restricted) {

    /** How a box on the trajectory was reached. */
    public enum Phase {
        /** The starting box: the whole declared space. */
        START,
        /** A peel: a slice removed from one side of one factor, or one level removed. */
        PEEL,
        /** A paste: a slice added back to one side of one factor, or one level added back. */
        PASTE
    }

    /**
     * Checks the arguments.
     *
     * @param index      the position on the trajectory, 0 for the starting box
     * @param phase      how the box was reached
     * @param box        the box
     * @param rows       the rows in the box (among the rows the search started from)
     * @param interest   the outcome summed over those rows
     * @param coverage   {@code interest} over the outcome summed over the whole table
     * @param density    {@code interest / rows}: the share of cases of interest in the box
     * @param mass       {@code rows} over the rows of the whole table
     * @param restricted the number of restricted factors
     * @throws NullPointerException     if the phase or box is null
     * @throws IllegalArgumentException if a count is negative or a share is outside [0, 1]
     */
    public PrimStep {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(box, "box");
        if (index < 0 || rows < 0 || restricted < 0) {
            throw new IllegalArgumentException("index, rows and restricted must be >= 0, but were " + index + ", "
                    + rows + ", " + restricted);
        }
        for (double share : new double[] {coverage, density, mass}) {
            if (!(share >= 0 && share <= 1 + 1e-12)) {
                throw new IllegalArgumentException("coverage, density and mass must be in [0, 1], but were "
                        + coverage + ", " + density + ", " + mass);
            }
        }
    }
}
