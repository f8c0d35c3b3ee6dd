package org.offramp.design.discovery;

import java.util.List;
import java.util.Objects;

/**
 * How a selected box restricts one factor, with the quasi-p-value of each restricted side: the
 * one-sided binomial test of Bryant and Lempert (2010) as the EMA Workbench computes it. For a
 * side of a numeric factor (or the level set of a categorical one), the box is relaxed on that side
 * alone; with {@code p} the density of the relaxed box, the quasi-p-value is
 * {@code P(X >= H)} for {@code X ~ Binomial(T, p)}, where the box holds {@code T} rows of which
 * {@code H} are cases of interest. A small value says the restriction raises the density by more
 * than chance would.
 *
 * <p>Immutable and thread-safe.
 *
 * @param factorIndex the factor's column index
 * @param factor      the factor
 * @param lower       the box's lower limit (numeric factors; 0 otherwise)
 * @param upper       the box's upper limit (numeric factors; the last level index otherwise)
 * @param levels      the levels in the box (boolean and categorical factors; empty otherwise)
 * @param qpLower     the quasi-p-value of the lower limit, or of the level set for a boolean or
 *                    categorical factor; NaN when that side is not restricted or the outcome is
 *                    not binary
 * @param qpUpper     the quasi-p-value of the upper limit; NaN when it is not restricted, for a
 *                    boolean or categorical factor, or when the outcome is not binary
 * @param condition   the restriction as a readable condition, e.g. {@code "0.2 <= x1 <= 0.5"}
 */
public record DimensionLimit(int factorIndex, FactorSpec factor, double lower, double upper, List<String> levels,
                             double qpLower, double qpUpper, String condition) {

    /**
     * Checks the arguments.
     *
     * @param factorIndex the factor's column index
     * @param factor      the factor
     * @param lower       the box's lower limit (numeric factors; 0 otherwise)
     * @param upper       the box's upper limit (numeric factors; the last level index otherwise)
     * @param levels      the levels in the box (boolean and categorical factors; empty otherwise)
     * @param qpLower     the quasi-p-value of the lower limit, or of the level set for a boolean or categorical
     *                    factor; NaN when that side is not restricted or the outcome is not binary
     * @param qpUpper     the quasi-p-value of the upper limit; NaN when it is not restricted, for a boolean or
     *                    categorical factor, or when the outcome is not binary
     * @param condition   the restriction as a readable condition, e.g. {@code "0.2 <= x1 <= 0.5"}
     * @throws NullPointerException if an argument is null
     */
    public DimensionLimit {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(condition, "condition");
        levels = List.copyOf(levels);
    }

    /** {@return the smaller of the two quasi-p-values, NaN when neither is known} */
    public double qpMin() {
        if (Double.isNaN(qpLower)) {
            return qpUpper;
        }
        return Double.isNaN(qpUpper) ? qpLower : Math.min(qpLower, qpUpper);
    }
}
