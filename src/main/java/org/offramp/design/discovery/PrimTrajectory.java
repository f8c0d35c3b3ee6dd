package org.offramp.design.discovery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.special.Beta;

/**
 * The boxes one PRIM search went through, from the whole space (step 0) through every peel and
 * then every paste: the coverage–density trade-off from which an analyst selects a box.
 *
 * <pre>{@code
 * PrimTrajectory t = Prim.builder().build().find(table);
 * int chosen = BoxSelector.maxCoverage(0.8).select(t);
 * BoxInspection box = t.inspect(chosen);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PrimTrajectory {
    private final DiscoveryTable table;
    private final int[] baseRows;
    private final List<PrimStep> steps;
    private final int peelingEnd;

    PrimTrajectory(DiscoveryTable table, int[] baseRows, List<PrimStep> steps, int peelingEnd) {
        this.table = table;
        this.baseRows = baseRows;
        this.steps = List.copyOf(steps);
        this.peelingEnd = peelingEnd;
    }

    /** {@return the table the search ran on} */
    public DiscoveryTable table() {
        return table;
    }

    /** {@return the rows the search started from (all rows, or those covering left), a copy} */
    public int[] baseRows() {
        return baseRows.clone();
    }

    /** {@return the boxes in order; step 0 is the whole space} */
    public List<PrimStep> steps() {
        return steps;
    }

    /**
     * One box.
     *
     * @param index the position, in [0, size())
     * @return the step
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public PrimStep step(int index) {
        return steps.get(index);
    }

    /** {@return the number of boxes, at least 1} */
    public int size() {
        return steps.size();
    }

    /** {@return the last box: the end of pasting (or of peeling, when nothing was pasted)} */
    public PrimStep last() {
        return steps.get(steps.size() - 1);
    }

    /** {@return the index of the last box reached by peeling; later ones were reached by pasting} */
    public int peelingEnd() {
        return peelingEnd;
    }

    /**
     * The rows of the search in one box.
     *
     * @param index the box's position
     * @return the row indices, ascending
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public int[] rowsIn(int index) {
        Box box = steps.get(index).box();
        return rowsIn(box);
    }

    private int[] rowsIn(Box box) {
        int[] in = new int[baseRows.length];
        int n = 0;
        for (int r : baseRows) {
            if (box.containsUnchecked(table, r)) {
                in[n++] = r;
            }
        }
        return java.util.Arrays.copyOf(in, n);
    }

    /**
     * Inspects one box: its statistics and each restricted factor's limits with quasi-p-values.
     * The relaxed boxes of the quasi-p-values are evaluated on the rows this search started from.
     * With an outcome that is not binary, the quasi-p-values are NaN: the binomial test needs
     * cases that are of interest or not.
     *
     * @param index the box's position
     * @return the inspection
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public BoxInspection inspect(int index) {
        PrimStep step = steps.get(index);
        Box box = step.box();
        boolean binary = table.isBinary();
        int tBox = step.rows();
        int hBox = (int) Math.round(step.interest());
        List<DimensionLimit> limits = new ArrayList<>();
        for (int f : box.restrictedFactors()) {
            FactorSpec spec = table.factor(f);
            double qpLower = Double.NaN;
            double qpUpper = Double.NaN;
            if (binary) {
                if (spec.type().isNumeric()) {
                    if (box.restrictsLower(f)) {
                        qpLower = quasiP(box.withLower(f, spec.lower()), hBox, tBox);
                    }
                    if (box.restrictsUpper(f)) {
                        qpUpper = quasiP(box.withUpper(f, spec.upper()), hBox, tBox);
                    }
                } else {
                    qpLower = quasiP(box.without(f), hBox, tBox);
                }
            }
            limits.add(new DimensionLimit(f, spec, box.lower(f), box.upper(f), box.levels(f), qpLower, qpUpper,
                    box.condition(f)));
        }
        limits.sort(Comparator.comparingDouble((DimensionLimit d) -> Double.isNaN(d.qpMin()) ? 2.0 : d.qpMin())
                .thenComparingInt(DimensionLimit::factorIndex));
        return new BoxInspection(step, limits);
    }

    /** The quasi-p-value of a box against one relaxed on one restriction. */
    private double quasiP(Box relaxed, int hBox, int tBox) {
        int t = 0;
        double h = 0;
        double[] y = table.outcomeView();
        for (int r : baseRows) {
            if (relaxed.containsUnchecked(table, r)) {
                t++;
                h += y[r];
            }
        }
        return binomialAtLeast(hBox, tBox, t == 0 ? 0.0 : h / t);
    }

    /**
     * {@code P(X >= k)} for {@code X ~ Binomial(n, p)}, through the regularised incomplete beta
     * function: {@code P(X >= k) = I_p(k, n - k + 1)} for {@code 1 <= k <= n}.
     *
     * @param k the number of successes, any integer
     * @param n the number of trials, at least 0
     * @param p the success probability, in [0, 1]
     * @return the upper tail probability
     */
    static double binomialAtLeast(int k, int n, double p) {
        if (k <= 0) {
            return 1.0;
        }
        if (k > n || p <= 0.0) {
            return 0.0;
        }
        if (p >= 1.0) {
            return 1.0;
        }
        return Beta.regularizedBeta(p, k, n - k + 1.0);
    }

    @Override
    public String toString() {
        return "PrimTrajectory[" + steps.size() + " boxes, last: " + last().box().describe() + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PrimTrajectory other && steps.equals(other.steps)
                && java.util.Arrays.equals(baseRows, other.baseRows) && table.equals(other.table);
    }

    @Override
    public int hashCode() {
        return Objects.hash(steps, java.util.Arrays.hashCode(baseRows));
    }
}
