package org.offramp.experiment.aggregate;

import java.util.Arrays;

/**
 * An exact sum of doubles: Shewchuk's non-overlapping partials (as in Python's {@code math.fsum}),
 * rounded once, correctly, when read.
 *
 * <p>Why not a plain {@code double}: floating-point addition is not associative, so a plain sum
 * depends on the order in which runs and partial aggregates are added. With exact partials the sum
 * is the same bits whatever the order and grouping, so {@link #merge(ExactSum)} is truly
 * associative and commutative: an experiment split into blocks, threads, shards or a cluster job
 * gives the same means as one run in one thread. Adding is allocation-free once the partials array
 * has grown (a few entries for values of similar magnitude).
 *
 * <p>Non-finite values (NaN, infinities) cannot be held exactly; they are summed apart and, if any
 * were added, {@link #value()} returns their plain sum (NaN or an infinity).
 *
 * <p>Not thread-safe: each worker keeps its own.
 */
public final class ExactSum {
    private double[] partials = new double[4];
    private int size;
    private double nonFinite;
    private boolean anyNonFinite;

    /** An empty sum (zero). */
    public ExactSum() {
    }

    /**
     * Adds {@code x}.
     *
     * @param x the value; a non-finite value makes the sum non-finite
     */
    public void add(double x) {
        if (!Double.isFinite(x)) {
            nonFinite += x;
            anyNonFinite = true;
            return;
        }
        int i = 0;
        for (int j = 0; j < size; j++) {
            double y = partials[j];
            if (Math.abs(x) < Math.abs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y;
            double lo = y - (hi - x);
            if (!Double.isFinite(hi)) {
                // Overflow of the running total: beyond what a model records; keep it as non-finite.
                nonFinite += hi;
                anyNonFinite = true;
                size = i;
                return;
            }
            if (lo != 0) {
                partials[i++] = lo;
            }
            x = hi;
        }
        if (i == partials.length) {
            partials = Arrays.copyOf(partials, partials.length * 2);
        }
        partials[i++] = x;
        size = i;
    }

    /**
     * Adds everything {@code other} holds; {@code other} is unchanged.
     *
     * @param other the sum to add
     */
    public void merge(ExactSum other) {
        for (int j = 0; j < other.size; j++) {
            add(other.partials[j]);
        }
        if (other.anyNonFinite) {
            nonFinite += other.nonFinite;
            anyNonFinite = true;
        }
    }

    /** {@return the sum, correctly rounded to the nearest double (ties to even)} */
    public double value() {
        if (anyNonFinite) {
            return nonFinite;
        }
        int n = size;
        if (n == 0) {
            return 0.0;
        }
        double hi = partials[--n];
        double lo = 0;
        while (n > 0) {
            double x = hi;
            double y = partials[--n];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0) {
                break;
            }
        }
        // Half-way case: the partials below decide the direction of rounding.
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            double y = lo * 2;
            double x = hi + y;
            double yr = x - hi;
            if (y == yr) {
                hi = x;
            }
        }
        return hi;
    }

    /**
     * The exact sum as a canonical list of doubles, for serialisation: the correctly rounded sum,
     * then the correctly rounded remainder, and so on until nothing remains. Equal sums give equal
     * lists whatever the order of adding, so serialised states compare bit for bit. With
     * {@link #of(double[], double, boolean)} it restores the sum.
     *
     * @return the partials, largest first; empty for a zero sum
     */
    public double[] partials() {
        ExactSum rest = new ExactSum();
        for (int i = 0; i < size; i++) {
            rest.add(partials[i]);
        }
        double[] out = new double[0];
        // Each step removes the leading bits exactly; the exact sum is a multiple of the smallest
        // subnormal, so a non-zero remainder never rounds to zero and the loop ends (a few steps).
        double v;
        while ((v = rest.value()) != 0) {
            out = Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = v;
            rest.add(-v);
        }
        return out;
    }

    /** {@return the plain sum of non-finite values added, for serialisation} */
    public double nonFinite() {
        return nonFinite;
    }

    /** {@return whether any non-finite value was added} */
    public boolean hasNonFinite() {
        return anyNonFinite;
    }

    /**
     * Restores a sum from its serialised parts.
     *
     * @param partials     the exact sum's partials, as {@link #partials()} gave them
     * @param nonFinite    the plain sum of non-finite values, as {@link #nonFinite()} gave it
     * @param anyNonFinite whether any non-finite value was added
     * @return a sum equal to the one serialised
     */
    public static ExactSum of(double[] partials, double nonFinite, boolean anyNonFinite) {
        ExactSum s = new ExactSum();
        for (double p : partials) {
            s.add(p);
        }
        s.nonFinite = nonFinite;
        s.anyNonFinite = anyNonFinite;
        return s;
    }
}
