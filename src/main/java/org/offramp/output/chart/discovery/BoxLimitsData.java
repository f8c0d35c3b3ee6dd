package org.offramp.output.chart.discovery;

import java.util.List;
import java.util.Objects;

/**
 * A selected PRIM box drawn against the declared ranges: one row per restricted factor, its range
 * normalised to [0, 1], the box's interval (or its levels) highlighted and labelled.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rows  the factors, top row first
 * @param stats the box's statistics as one line, e.g. "coverage 97% · density 98% · mass 7%"
 * @param title the chart title
 */
public record BoxLimitsData(List<Row> rows, String stats, String title) {

    /**
     * One factor's row.
     *
     * @param label      the row label, e.g. "x2 (qp 3e-40)"
     * @param lower      the box's lower limit on the normalised range, in [0, 1] (numeric factors)
     * @param upper      the box's upper limit on the normalised range, in [lower, 1]
     * @param lowerText  the lower limit as text, shown when the lower side is restricted; empty otherwise
     * @param upperText  the upper limit as text, shown when the upper side is restricted; empty otherwise
     * @param rangeLow   the declared lower bound as text, shown at 0
     * @param rangeHigh  the declared upper bound as text, shown at 1
     * @param levels     the level names of a boolean or categorical factor, spread over [0, 1];
     *                   empty for a numeric factor
     * @param inBox      per level, whether the box keeps it; empty for a numeric factor
     */
    public record Row(String label, double lower, double upper, String lowerText, String upperText, String rangeLow,
                      String rangeHigh, List<String> levels, List<Boolean> inBox) {
        /**
         * Checks and copies the arguments.
         *
         * @param label the row label, e.g. "x2 (qp 3e-40)"
         * @param lower the box's lower limit on the normalised range, in [0, 1] (numeric factors)
         * @param upper the box's upper limit on the normalised range, in [lower, 1]
         * @param lowerText the lower limit as text, shown when the lower side is restricted; empty otherwise
         * @param upperText the upper limit as text, shown when the upper side is restricted; empty otherwise
         * @param rangeLow the declared lower bound as text, shown at 0
         * @param rangeHigh the declared upper bound as text, shown at 1
         * @param levels the level names of a boolean or categorical factor, spread over [0, 1];
         *        empty for a numeric factor
         * @param inBox per level, whether the box keeps it; empty for a numeric factor
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if a limit is outside [0, 1], the limits are reversed or
         *                                  the level lists differ in length
         */
        public Row {
            Args.text("label", label);
            Objects.requireNonNull(lowerText, "lowerText");
            Objects.requireNonNull(upperText, "upperText");
            Objects.requireNonNull(rangeLow, "rangeLow");
            Objects.requireNonNull(rangeHigh, "rangeHigh");
            levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
            inBox = List.copyOf(Objects.requireNonNull(inBox, "inBox"));
            Args.share(label + ": lower", lower);
            Args.share(label + ": upper", upper);
            if (lower > upper) {
                throw new IllegalArgumentException(label + ": lower (" + lower + ") must be <= upper (" + upper + ")");
            }
            if (levels.size() != inBox.size() || levels.size() == 1) {
                throw new IllegalArgumentException(label + ": levels and inBox must both be empty or both hold the"
                        + " same number (>= 2) of entries, but had " + levels.size() + " and " + inBox.size());
            }
        }

        /** {@return whether the row shows levels rather than an interval} */
        public boolean isLevels() {
            return !levels.isEmpty();
        }
    }

    /**
     * Checks and copies the arguments.
     *
     * @param rows the factors, top row first
     * @param stats the box's statistics as one line, e.g. "coverage 97% · density 98% · mass 7%"
     * @param title the chart title
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if there is no row or the title is blank
     */
    public BoxLimitsData {
        rows = Args.nonEmpty("rows", rows);
        Objects.requireNonNull(stats, "stats");
        Args.text("title", title);
    }
}
