package org.offramp.design.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A box in factor space: an interval per real or integer factor and a set of levels per boolean or
 * categorical factor. A row is in the box when every value lies within its factor's limits (both
 * ends included). A factor is <em>restricted</em> when its limits are narrower than its declared
 * range ({@link FactorSpec}).
 *
 * <pre>{@code
 * Box box = trajectory.step(12).box();
 * box.restrictedFactors();     // [0, 1, 4]
 * box.describe();              // "0.2 <= x1 <= 0.5 and x2 >= 0.7 and policy in {a, b}"
 * box.contains(table, row);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Box {
    private final List<FactorSpec> factors;
    private final double[] lower;
    private final double[] upper;
    /** Bit {@code l} set when level {@code l} is in the box; 0 for numeric factors. */
    private final long[] levels;

    private Box(List<FactorSpec> factors, double[] lower, double[] upper, long[] levels) {
        this.factors = factors;
        this.lower = lower;
        this.upper = upper;
        this.levels = levels;
    }

    /**
     * The box of the whole declared space: every factor unrestricted.
     *
     * @param factors the factors
     * @return the box
     */
    public static Box unrestricted(List<FactorSpec> factors) {
        Objects.requireNonNull(factors, "factors");
        List<FactorSpec> copy = List.copyOf(factors);
        int d = copy.size();
        double[] lo = new double[d];
        double[] hi = new double[d];
        long[] lv = new long[d];
        for (int f = 0; f < d; f++) {
            FactorSpec s = copy.get(f);
            lo[f] = s.lower();
            hi[f] = s.upper();
            lv[f] = s.type().isNumeric() ? 0L : allLevels(s.levelCount());
        }
        return new Box(copy, lo, hi, lv);
    }

    static long allLevels(int count) {
        return count == 64 ? -1L : (1L << count) - 1;
    }

    /** {@return the factors the box is over} */
    public List<FactorSpec> factors() {
        return factors;
    }

    /**
     * The lower limit of a numeric factor (0 for a boolean or categorical one).
     *
     * @param factor the column index
     * @return the limit
     */
    public double lower(int factor) {
        return lower[factor];
    }

    /**
     * The upper limit of a numeric factor (the last level index for a boolean or categorical one).
     *
     * @param factor the column index
     * @return the limit
     */
    public double upper(int factor) {
        return upper[factor];
    }

    /**
     * Whether a level of a boolean or categorical factor is in the box.
     *
     * @param factor the column index
     * @param level  the level index
     * @return whether the level is in the box; true for a numeric factor
     */
    public boolean hasLevel(int factor, int level) {
        return factors.get(factor).type().isNumeric() || (levels[factor] & (1L << level)) != 0;
    }

    /**
     * The levels of a boolean or categorical factor that are in the box, in declared order.
     *
     * @param factor the column index
     * @return the level names; empty for a numeric factor
     */
    public List<String> levels(int factor) {
        FactorSpec s = factors.get(factor);
        List<String> in = new ArrayList<>();
        for (int l = 0; l < s.levelCount(); l++) {
            if ((levels[factor] & (1L << l)) != 0) {
                in.add(s.levels().get(l));
            }
        }
        return List.copyOf(in);
    }

    /** The level mask of a factor (bit l for level l). */
    long levelMask(int factor) {
        return levels[factor];
    }

    /**
     * Whether the lower limit of a numeric factor is above its declared bound.
     *
     * @param factor the column index
     * @return whether it is; false for a boolean or categorical factor
     */
    public boolean restrictsLower(int factor) {
        return factors.get(factor).type().isNumeric() && lower[factor] > factors.get(factor).lower();
    }

    /**
     * Whether the upper limit of a numeric factor is below its declared bound.
     *
     * @param factor the column index
     * @return whether it is; false for a boolean or categorical factor
     */
    public boolean restrictsUpper(int factor) {
        return factors.get(factor).type().isNumeric() && upper[factor] < factors.get(factor).upper();
    }

    /**
     * Whether the box restricts a factor: a numeric limit inside the declared range, or a level left
     * out.
     *
     * @param factor the column index
     * @return whether it does
     */
    public boolean isRestricted(int factor) {
        FactorSpec s = factors.get(factor);
        if (s.type().isNumeric()) {
            return restrictsLower(factor) || restrictsUpper(factor);
        }
        return levels[factor] != allLevels(s.levelCount());
    }

    /** {@return the indices of the restricted factors, in column order} */
    public List<Integer> restrictedFactors() {
        List<Integer> r = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            if (isRestricted(f)) {
                r.add(f);
            }
        }
        return List.copyOf(r);
    }

    /** {@return the number of restricted factors} */
    public int restrictedCount() {
        int n = 0;
        for (int f = 0; f < factors.size(); f++) {
            if (isRestricted(f)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether a row of a table lies in the box.
     *
     * @param table a table with the same factors as the box
     * @param row   the row index
     * @return whether every value lies within its limits
     * @throws IllegalArgumentException if the table's factors differ from the box's
     */
    public boolean contains(DiscoveryTable table, int row) {
        Objects.requireNonNull(table, "table");
        if (!table.factors().equals(factors)) {
            throw new IllegalArgumentException("the table's factors " + names(table.factors())
                    + " differ from the box's " + names(factors));
        }
        return containsUnchecked(table, row);
    }

    boolean containsUnchecked(DiscoveryTable table, int row) {
        for (int f = 0; f < factors.size(); f++) {
            if (!within(f, table.value(f, row))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a value of one factor lies within the box's limits for it. */
    boolean within(int factor, double value) {
        if (factors.get(factor).type().isNumeric()) {
            return value >= lower[factor] && value <= upper[factor];
        }
        return (levels[factor] & (1L << (int) value)) != 0;
    }

    Box withLower(int factor, double value) {
        double[] lo = lower.clone();
        lo[factor] = value;
        return new Box(factors, lo, upper, levels);
    }

    Box withUpper(int factor, double value) {
        double[] hi = upper.clone();
        hi[factor] = value;
        return new Box(factors, lower, hi, levels);
    }

    Box withLevels(int factor, long mask) {
        long[] lv = levels.clone();
        lv[factor] = mask;
        return new Box(factors, lower, upper, lv);
    }

    /** This box with one factor set back to its declared range. */
    Box without(int factor) {
        FactorSpec s = factors.get(factor);
        if (s.type().isNumeric()) {
            return withLower(factor, s.lower()).withUpper(factor, s.upper());
        }
        return withLevels(factor, allLevels(s.levelCount()));
    }

    /**
     * The restriction on one factor as a condition, e.g. {@code "0.2 <= x1 <= 0.5"},
     * {@code "x2 >= 0.7"}, {@code "policy in {a, b}"}, {@code "punch = true"}.
     *
     * @param factor the column index
     * @return the condition; {@code "<name>: any"} when the factor is not restricted
     */
    public String condition(int factor) {
        FactorSpec s = factors.get(factor);
        if (!isRestricted(factor)) {
            return s.name() + ": any";
        }
        if (s.type().isNumeric()) {
            boolean lo = restrictsLower(factor);
            boolean hi = restrictsUpper(factor);
            if (lo && hi) {
                return Format.number(lower[factor]) + " <= " + s.name() + " <= " + Format.number(upper[factor]);
            }
            return lo ? s.name() + " >= " + Format.number(lower[factor])
                    : s.name() + " <= " + Format.number(upper[factor]);
        }
        List<String> in = levels(factor);
        if (in.size() == 1) {
            return s.name() + " = " + in.get(0);
        }
        return s.name() + " in {" + String.join(", ", in) + "}";
    }

    /**
     * The box as readable conditions joined by "and", restricted factors only.
     *
     * @return e.g. {@code "0.2 <= x1 <= 0.5 and policy in {a, b}"}; {@code "all cases"} when no
     *         factor is restricted
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int f : restrictedFactors()) {
            parts.add(condition(f));
        }
        return parts.isEmpty() ? "all cases" : String.join(" and ", parts);
    }

    private static List<String> names(List<FactorSpec> specs) {
        return specs.stream().map(FactorSpec::name).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Box other && factors.equals(other.factors) && Arrays.equals(lower, other.lower)
                && Arrays.equals(upper, other.upper) && Arrays.equals(levels, other.levels);
    }

    @Override
    public int hashCode() {
        return Objects.hash(factors, Arrays.hashCode(lower), Arrays.hashCode(upper), Arrays.hashCode(levels));
    }

    @Override
    public String toString() {
        return "Box[" + describe() + "]";
    }
}
