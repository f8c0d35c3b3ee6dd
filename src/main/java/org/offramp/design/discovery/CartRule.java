package org.offramp.design.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The path to one leaf of a {@link CartTree} as readable conditions, with the leaf's share of
 * cases of interest, e.g. {@code "washington.restraint < 0.42 and punchInTheNose = true → WAR 61%
 * (n = 412)"}. Conditions on the same factor along the path are merged into one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param leaf        the leaf's node id
 * @param conditions  the merged conditions, in the order their factors were first split on
 * @param outcomeName the outcome's name
 * @param share       the leaf's share of cases of interest
 * @param rows        the rows that reach the leaf
 */
public record CartRule(int leaf, List<Condition> conditions, String outcomeName, double share, int rows) {

    /**
     * Checks and copies the arguments.
     *
     * @param leaf        the leaf's node id
     * @param conditions  the merged conditions, in the order their factors were first split on
     * @param outcomeName the outcome's name
     * @param share       the leaf's share of cases of interest
     * @param rows        the rows that reach the leaf
     * @throws NullPointerException if an argument is null
     */
    public CartRule {
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(outcomeName, "outcomeName");
        conditions = List.copyOf(conditions);
    }

    /**
     * One factor's condition on a path: {@code lower <= value < upper} for a numeric factor (an
     * infinite bound is absent), or membership in a set of levels.
     *
     * @param factorIndex the factor's column index
     * @param factor      the factor
     * @param lower       the inclusive lower bound; {@code -Infinity} when absent
     * @param upper       the exclusive upper bound; {@code +Infinity} when absent
     * @param levels      the allowed levels (boolean and categorical factors); empty otherwise
     */
    public record Condition(int factorIndex, FactorSpec factor, double lower, double upper, List<String> levels) {
        /**
         * Checks and copies the arguments.
         *
         * @param factorIndex the factor's column index
         * @param factor      the factor
         * @param lower       the inclusive lower bound; {@code -Infinity} when absent
         * @param upper       the exclusive upper bound; {@code +Infinity} when absent
         * @param levels      the allowed levels (boolean and categorical factors); empty otherwise
         * @throws NullPointerException if an argument is null
         */
        public Condition {
            Objects.requireNonNull(factor, "factor");
            Objects.requireNonNull(levels, "levels");
            levels = List.copyOf(levels);
        }

        /**
         * {@return the condition as text, e.g. {@code "0.1 <= x < 0.42"}, {@code "c in {a, b}"}, {@code "b = true"}}
         */
        public String text() {
            String name = factor.name();
            if (factor.type().isNumeric()) {
                boolean lo = lower != Double.NEGATIVE_INFINITY;
                boolean hi = upper != Double.POSITIVE_INFINITY;
                if (lo && hi) {
                    return Format.number(lower) + " <= " + name + " < " + Format.number(upper);
                }
                return lo ? name + " >= " + Format.number(lower) : name + " < " + Format.number(upper);
            }
            return levels.size() == 1 ? name + " = " + levels.get(0) : name + " in {" + String.join(", ", levels) + "}";
        }
    }

    /** {@return the conditions joined by "and"; "all cases" for a tree without splits} */
    public String conditionText() {
        List<String> parts = new ArrayList<>();
        for (Condition c : conditions) {
            parts.add(c.text());
        }
        return parts.isEmpty() ? "all cases" : String.join(" and ", parts);
    }

    /** {@return the rule as one line: conditions, outcome share and rows} */
    public String text() {
        return conditionText() + " \u2192 " + outcomeName + " " + Format.percent(share).replace(".0%", "%")
                + " (n = " + rows + ")";
    }
}
