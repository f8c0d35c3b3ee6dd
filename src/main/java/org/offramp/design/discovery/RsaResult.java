package org.offramp.design.discovery;

import java.util.List;
import java.util.Objects;

/**
 * The result of a {@link RegionalSensitivity} analysis: per factor, how far its distribution in
 * the runs with the outcome lies from its distribution in the runs without.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outcomeName the outcome's name
 * @param threshold   the least outcome of a run counted "with the outcome"
 * @param withCount   the runs with the outcome
 * @param withoutCount the runs without it
 * @param rows        one row per factor, largest distance first (ties by column)
 */
public record RsaResult(String outcomeName, double threshold, int withCount, int withoutCount, List<Row> rows) {

    /** How a factor's two distributions were compared. */
    public enum Method {
        /** Two-sample Kolmogorov–Smirnov statistic and test (real and integer factors). */
        KOLMOGOROV_SMIRNOV,
        /** Total variation distance and chi-square test of homogeneity (boolean, categorical). */
        TOTAL_VARIATION
    }

    /**
     * One factor's comparison.
     *
     * @param factorIndex the factor's column index
     * @param factor      the factor
     * @param method      how the distributions were compared
     * @param distance    the distance, in [0, 1]
     * @param pValue      the p-value of the hypothesis that both groups share one distribution
     * @param meanWith    the factor's mean in runs with the outcome (numeric factors; NaN otherwise)
     * @param meanWithout the factor's mean in runs without it (numeric factors; NaN otherwise)
     */
    public record Row(int factorIndex, FactorSpec factor, Method method, double distance, double pValue,
                      double meanWith, double meanWithout) {
        /**
         * Checks the arguments.
         *
         * @param factorIndex the factor's column index
         * @param factor      the factor
         * @param method      how the distributions were compared
         * @param distance    the distance, in [0, 1]
         * @param pValue      the p-value of the hypothesis that both groups share one distribution
         * @param meanWith    the factor's mean in runs with the outcome (numeric factors; NaN otherwise)
         * @param meanWithout the factor's mean in runs without it (numeric factors; NaN otherwise)
         * @throws NullPointerException if an argument is null
         */
        public Row {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(method, "method");
        }
    }

    /**
     * Checks and copies the arguments.
     *
     * @param outcomeName  the outcome's name
     * @param threshold    the least outcome of a run counted "with the outcome"
     * @param withCount    the runs with the outcome
     * @param withoutCount the runs without it
     * @param rows         one row per factor, largest distance first (ties by column)
     * @throws NullPointerException if an argument is null
     */
    public RsaResult {
        Objects.requireNonNull(outcomeName, "outcomeName");
        Objects.requireNonNull(rows, "rows");
        rows = List.copyOf(rows);
    }

    /**
     * The row of one factor.
     *
     * @param name the factor's name
     * @return its row
     * @throws IllegalArgumentException if no row has that factor
     */
    public Row row(String name) {
        Objects.requireNonNull(name, "name");
        for (Row r : rows) {
            if (r.factor().name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no factor is named \"" + name + "\"");
    }
}
