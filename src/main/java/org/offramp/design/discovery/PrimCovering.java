package org.offramp.design.discovery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The boxes PRIM found in turn by covering: after each box is selected, the rows in it are set
 * aside and the search starts again on the rest (Friedman and Fisher 1999, section 5; the EMA
 * Workbench's default update). Coverage and mass stay relative to the whole table, so the boxes'
 * coverages add up to the share of all cases of interest they explain together.
 *
 * <pre>{@code
 * PrimCovering c = prim.cover(table, 3, BoxSelector.maxCoverage(0.8));
 * for (PrimCovering.CoveredBox b : c.boxes()) {
 *     System.out.println(b.number() + ": " + b.inspection().step().box().describe());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param boxes     the boxes kept, in the order found; possibly empty
 * @param stop      why covering stopped
 * @param rejected  the search whose selected box was less dense than the threshold, when that is
 *                  why covering stopped
 * @param threshold the least density of a kept box
 */
public record PrimCovering(List<CoveredBox> boxes, StopReason stop, Optional<PrimTrajectory> rejected,
                           double threshold) {

    /** Why covering stopped. */
    public enum StopReason {
        /** The requested number of boxes was found. */
        MAX_BOXES,
        /** The next box selected was less dense than the threshold; it is not kept. */
        BELOW_THRESHOLD,
        /** No case of interest was left outside the boxes found. */
        NO_INTEREST_LEFT,
        /** No row was left outside the boxes found. */
        NO_ROWS_LEFT
    }

    /**
     * One box found by covering.
     *
     * @param number     1 for the first box, 2 for the second, ...
     * @param trajectory the search that found it, on the rows the earlier boxes left
     * @param selected   the index of the selected box on that trajectory
     * @param inspection the selected box, inspected
     */
    public record CoveredBox(int number, PrimTrajectory trajectory, int selected, BoxInspection inspection) {
        /**
         * Checks the arguments.
         *
         * @param number     1 for the first box, 2 for the second, ...
         * @param trajectory the search that found it, on the rows the earlier boxes left
         * @param selected   the index of the selected box on that trajectory
         * @param inspection the selected box, inspected
         * @throws NullPointerException if an argument is null
         */
        public CoveredBox {
            Objects.requireNonNull(trajectory, "trajectory");
            Objects.requireNonNull(inspection, "inspection");
        }

        /** {@return the selected box's statistics} */
        public PrimStep step() {
            return inspection.step();
        }
    }

    /**
     * Checks and copies the arguments.
     *
     * @param boxes     the boxes kept, in the order found; possibly empty
     * @param stop      why covering stopped
     * @param rejected  the search whose selected box was less dense than the threshold, when that is why covering
     *                  stopped
     * @param threshold the least density of a kept box
     * @throws NullPointerException if an argument is null
     */
    public PrimCovering {
        Objects.requireNonNull(boxes, "boxes");
        Objects.requireNonNull(stop, "stop");
        Objects.requireNonNull(rejected, "rejected");
        boxes = List.copyOf(boxes);
    }

    /** {@return the coverage of all kept boxes together} */
    public double totalCoverage() {
        double c = 0;
        for (CoveredBox b : boxes) {
            c += b.step().coverage();
        }
        return Math.min(1.0, c);
    }
}
