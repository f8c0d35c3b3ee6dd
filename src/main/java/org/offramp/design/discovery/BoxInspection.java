package org.offramp.design.discovery;

import java.util.List;
import java.util.Objects;

/**
 * A box selected on a PRIM trajectory, inspected: its statistics and each restricted factor's
 * limits with quasi-p-values, the most significant restriction first (as the EMA Workbench's
 * {@code inspect} orders them).
 *
 * <pre>{@code
 * BoxInspection box = trajectory.inspect(trajectory.size() - 1);
 * for (DimensionLimit d : box.limits()) {
 *     System.out.println(d.condition() + "  qp = " + d.qpMin());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param step   the box and its statistics
 * @param limits the restricted factors, by ascending smallest quasi-p-value (unknown values last),
 *               then by column
 */
public record BoxInspection(PrimStep step, List<DimensionLimit> limits) {

    /**
     * Checks and copies the arguments.
     *
     * @param step   the box and its statistics
     * @param limits the restricted factors, by ascending smallest quasi-p-value (unknown values last), then by column
     * @throws NullPointerException if an argument is null
     */
    public BoxInspection {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(limits, "limits");
        limits = List.copyOf(limits);
    }
}
