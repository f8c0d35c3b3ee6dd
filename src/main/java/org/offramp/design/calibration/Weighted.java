package org.offramp.design.calibration;

import java.util.Arrays;

/** Weighted summaries of a particle population; weights are normalised (they sum to 1). */
final class Weighted {
    private Weighted() {
    }

    static double mean(double[] x, double[] w) {
        double m = 0;
        for (int i = 0; i < x.length; i++) {
            m += w[i] * x[i];
        }
        return m;
    }

    /** The weighted variance {@code Σ w (x - mean)^2} (no small-sample correction). */
    static double variance(double[] x, double[] w) {
        double m = mean(x, w);
        double v = 0;
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - m;
            v += w[i] * d * d;
        }
        return v;
    }

    /**
     * The weighted quantile as the inverse of the weighted empirical distribution: the smallest
     * value whose cumulative weight reaches {@code q} (within 1e-12, so that rounding in the
     * cumulative sum never skips a value).
     */
    static double quantile(double[] x, double[] w, double q) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < x.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Double.compare(x[a], x[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        double cumulative = 0;
        for (int i : order) {
            cumulative += w[i];
            if (cumulative >= q - 1e-12) {
                return x[i];
            }
        }
        return x[order[order.length - 1]];
    }

    /** The effective sample size {@code 1 / Σ w^2}. */
    static double ess(double[] w) {
        double s = 0;
        for (double v : w) {
            s += v * v;
        }
        return 1.0 / s;
    }

    /** The unweighted quantile used for the tolerance schedule: the ceil(q n)-th smallest value. */
    static double orderStatistic(double[] x, double q) {
        double[] s = x.clone();
        Arrays.sort(s);
        int k = Math.max(1, (int) Math.ceil(q * s.length - 1e-9));
        return s[Math.min(k, s.length) - 1];
    }
}
