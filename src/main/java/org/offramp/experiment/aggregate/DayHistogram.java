package org.offramp.experiment.aggregate;

import java.util.Arrays;

/**
 * Counts of non-negative integer values (days), in an array that grows to the largest value seen.
 * Memory depends on the largest day, never on the number of runs.
 *
 * <p>Not thread-safe.
 */
public final class DayHistogram {
    /** The largest day accepted: far beyond any horizon (at most 3,650 days), it bounds memory. */
    public static final int MAX_DAY = org.offramp.model.Metric.MAX_DAY;

    private long[] counts = new long[0];
    private long total;

    /** An empty histogram. */
    public DayHistogram() {
    }

    /**
     * Counts one occurrence of {@code day}.
     *
     * @param day the day, in [0, {@link #MAX_DAY}]
     * @throws IllegalArgumentException if {@code day} is outside [0, {@link #MAX_DAY}]
     */
    public void add(int day) {
        add(day, 1);
    }

    /**
     * Counts {@code n} occurrences of {@code day}.
     *
     * @param day the day, in [0, {@link #MAX_DAY}]
     * @param n   the number of occurrences, &gt;= 0
     */
    public void add(int day, long n) {
        checkDay(day);
        if (n < 0) {
            throw new IllegalArgumentException("count must be >= 0, but was " + n);
        }
        if (day >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(day + 1, Math.min(MAX_DAY + 1, counts.length * 2)));
        }
        counts[day] += n;
        total += n;
    }

    /** Throws unless {@code day} is in [0, {@link #MAX_DAY}]. */
    static void checkDay(int day) {
        if (day < 0 || day > MAX_DAY) {
            throw new IllegalArgumentException("day must be in [0, " + MAX_DAY + "], but was " + day);
        }
    }

    /**
     * Adds every count of {@code other}.
     *
     * @param other the histogram to add; unchanged
     */
    public void merge(DayHistogram other) {
        for (int d = 0; d < other.counts.length; d++) {
            if (other.counts[d] != 0) {
                add(d, other.counts[d]);
            }
        }
    }

    /** {@return the number of values counted} */
    public long total() {
        return total;
    }

    /**
     * How often {@code day} was counted.
     *
     * @param day the day
     * @return its count; 0 for a day never counted
     */
    public long count(int day) {
        return day >= 0 && day < counts.length ? counts[day] : 0;
    }

    /** {@return the largest day counted, or -1 if empty} */
    public int maxDay() {
        for (int d = counts.length - 1; d >= 0; d--) {
            if (counts[d] != 0) {
                return d;
            }
        }
        return -1;
    }

    /** {@return the smallest day counted, or -1 if empty} */
    public int minDay() {
        for (int d = 0; d < counts.length; d++) {
            if (counts[d] != 0) {
                return d;
            }
        }
        return -1;
    }

    /**
     * How many values are at most {@code day}.
     *
     * @param day the day
     * @return the count of values on or before {@code day}
     */
    public long countUpTo(int day) {
        long c = 0;
        for (int d = 0; d <= day && d < counts.length; d++) {
            c += counts[d];
        }
        return c;
    }

    /**
     * The nearest-rank quantile: the smallest day {@code d} such that at least {@code ceil(q * n)}
     * values are at most {@code d} (the minimum for q = 0).
     *
     * @param q the quantile's level, in [0, 1]
     * @return the quantile day, or -1 if empty
     */
    public int quantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in [0, 1], but was " + q);
        }
        if (total == 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(q * total));
        long c = 0;
        for (int d = 0; d < counts.length; d++) {
            c += counts[d];
            if (c >= rank) {
                return d;
            }
        }
        return maxDay();
    }

    /** {@return the mean day, exact up to one rounding; NaN if empty} */
    public double mean() {
        if (total == 0) {
            return Double.NaN;
        }
        // Integer arithmetic first: the sum of days is exact in a long for any realistic run count.
        long sum = 0;
        for (int d = 0; d < counts.length; d++) {
            sum += d * counts[d];
        }
        return (double) sum / total;
    }
}
