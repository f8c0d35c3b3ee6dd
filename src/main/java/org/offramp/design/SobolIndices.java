package org.offramp.design;

import java.util.Arrays;


/**
 * First-order and total Sobol indices from a Saltelli sample, with bootstrap intervals.
 *
 * <p>With {@code N} rows of two independent sample matrices {@code A} and {@code B} (k factors),
 * and {@code AB_i} = {@code A} with column i taken from {@code B}, and the model outputs
 * {@code f(A)}, {@code f(B)}, {@code f(AB_i)}:
 * <pre>
 *   m    = the mean of all 2N outputs f(A) and f(B); g = f − m  (the centred outputs)
 *   V    = the variance (divisor 2N) of all 2N outputs f(A) and f(B)
 *   S_i  = (1/N) Σ_j g(B)_j (g(AB_i)_j − g(A)_j) / V            (Saltelli et al. 2010, first order)
 *   ST_i = (1/2N) Σ_j (f(A)_j − f(AB_i)_j)^2 / V                (Jansen 1999, total)
 * </pre>
 * Centring matters for the first-order sum: uncentred, it gains {@code c · mean(f(AB_i) − f(A)) / V}
 * when a constant c is added to f, a term that is zero only in expectation, so the indices of
 * {@code f} and {@code 1 − f} (a share and its complement) could differ widely although their true
 * values are equal. Centred by the mean of f(A) and f(B), as Sobol and Levitan (1999) and SciPy's
 * {@code sobol_indices} do, both estimators are invariant under {@code f → a + b f} (b ≠ 0) up to
 * rounding; Jansen's total-order sum of squared differences is so by construction.
 *
 * <p>Intervals: the rows {@code j} are resampled with replacement ({@code bootstrap} times, the same
 * resample for every index; the mean and V are recomputed on each resample) and the percentile
 * interval at {@code level} is taken, then clipped to [0, 1], the range of every true index:
 * the true value lies in the clipped interval exactly when it lies in the raw one, so clipping
 * keeps the coverage and only drops values no index can take. The point estimates are not clipped
 * (clipping would bias them and hide that an estimate such as −0.02 is noise around a small index),
 * so a point estimate outside [0, 1] lies outside its clipped interval. The resampling is driven by
 * a counter-based generator keyed by {@code seed}, so intervals are reproducible. When V is 0 (the
 * output never varies) the indices are NaN.
 *
 * <p>A value; thread-safe.
 *
 * @param first      S_i per factor
 * @param total      ST_i per factor
 * @param firstLower lower bootstrap bounds of S_i, in [0, 1] (NaN without bootstrap or when V is 0)
 * @param firstUpper upper bootstrap bounds of S_i, in [0, 1]
 * @param totalLower lower bootstrap bounds of ST_i, in [0, 1]
 * @param totalUpper upper bootstrap bounds of ST_i, in [0, 1]
 * @param variance   V
 */
public record SobolIndices(double[] first, double[] total, double[] firstLower, double[] firstUpper,
                           double[] totalLower, double[] totalUpper, double variance) {

    /**
     * Copies the arrays.
     *
     * @param first      S_i per factor
     * @param total      ST_i per factor
     * @param firstLower lower bootstrap bounds of S_i, in [0, 1] (NaN without bootstrap or when V is 0)
     * @param firstUpper upper bootstrap bounds of S_i, in [0, 1]
     * @param totalLower lower bootstrap bounds of ST_i, in [0, 1]
     * @param totalUpper upper bootstrap bounds of ST_i, in [0, 1]
     * @param variance   V
     */
    public SobolIndices {
        first = first.clone();
        total = total.clone();
        firstLower = firstLower.clone();
        firstUpper = firstUpper.clone();
        totalLower = totalLower.clone();
        totalUpper = totalUpper.clone();
    }

    /**
     * Estimates the indices.
     *
     * @param fA        outputs at the N rows of A
     * @param fB        outputs at the N rows of B
     * @param fAB       {@code fAB[i][j]}: output at row j of AB_i
     * @param bootstrap resamples for the intervals, 0 for none (bounds NaN)
     * @param level     two-sided level of the intervals in (0, 1)
     * @param seed      seed of the resampling
     * @return the indices and their intervals
     * @throws IllegalArgumentException if fA and fB differ in length or have fewer than 2 rows, or a
     *                                  row of fAB has another length
     */
    public static SobolIndices estimate(double[] fA, double[] fB, double[][] fAB, int bootstrap, double level,
                                        long seed) {
        int n = fA.length;
        int k = fAB.length;
        if (n < 2 || fB.length != n) {
            throw new IllegalArgumentException("fA and fB must have the same length >= 2, but had " + n + " and "
                    + fB.length);
        }
        for (double[] r : fAB) {
            if (r.length != n) {
                throw new IllegalArgumentException("every fAB row must have length " + n + ", but one had " + r.length);
            }
        }
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[][] point = indices(fA, fB, fAB, all);
        double v = point[2][0];
        double[][] fs = new double[k][bootstrap];
        double[][] ts = new double[k][bootstrap];
        CrnRandom rnd = new CrnRandom(seed, 0x424F4F54L);   // "BOOT"
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rnd.nextInt(n);
            }
            double[][] est = indices(fA, fB, fAB, rows);
            for (int i = 0; i < k; i++) {
                fs[i][b] = est[0][i];
                ts[i][b] = est[1][i];
            }
        }
        double[] fl = new double[k];
        double[] fu = new double[k];
        double[] tl = new double[k];
        double[] tu = new double[k];
        for (int i = 0; i < k; i++) {
            Bounds a = percentile(fs[i], level);
            Bounds c = percentile(ts[i], level);
            fl[i] = a == null ? Double.NaN : clip(a.lower());
            fu[i] = a == null ? Double.NaN : clip(a.upper());
            tl[i] = c == null ? Double.NaN : clip(c.lower());
            tu[i] = c == null ? Double.NaN : clip(c.upper());
        }
        return new SobolIndices(point[0], point[1], fl, fu, tl, tu, v);
    }

    /** {first[], total[], {V}} over the given rows. */
    private static double[][] indices(double[] fA, double[] fB, double[][] fAB, int[] rows) {
        int n = rows.length;
        int k = fAB.length;
        double mean = 0;
        for (int j : rows) {
            mean += fA[j] + fB[j];
        }
        mean /= 2.0 * n;
        double v = 0;
        for (int j : rows) {
            v += (fA[j] - mean) * (fA[j] - mean) + (fB[j] - mean) * (fB[j] - mean);
        }
        v /= 2.0 * n;
        double[] s = new double[k];
        double[] t = new double[k];
        for (int i = 0; i < k; i++) {
            double a = 0;
            double b = 0;
            for (int j : rows) {
                // Centred: (f(B) − m)((f(AB_i) − m) − (f(A) − m)); the m in the difference cancels.
                double d = fAB[i][j] - fA[j];
                a += (fB[j] - mean) * d;
                b += d * d;
            }
            s[i] = v > 0 ? a / n / v : Double.NaN;
            t[i] = v > 0 ? b / (2.0 * n) / v : Double.NaN;
        }
        return new double[][] {s, t, {v}};
    }

    /** A bound clipped to [0, 1], the range of every true index; see the class comment. */
    private static double clip(double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static Bounds percentile(double[] x, double level) {
        if (x.length == 0) {
            return null;
        }
        double[] s = x.clone();
        Arrays.sort(s);
        if (Double.isNaN(s[s.length - 1]) || Double.isNaN(s[0])) {
            return null;
        }
        double alpha = (1 - level) / 2;
        // Nearest-rank percentiles: simple, and exact enough for a few hundred resamples.
        int lo = (int) Math.max(0, Math.ceil(alpha * s.length) - 1);
        int hi = (int) Math.min(s.length - 1, Math.ceil((1 - alpha) * s.length) - 1);
        return new Bounds(s[lo], s[hi]);
    }

    /** {@return the first-order indices S_i, a copy, one per factor} */
    @Override
    public double[] first() {
        return first.clone();
    }

    /** {@return the total indices ST_i, a copy, one per factor} */
    @Override
    public double[] total() {
        return total.clone();
    }

    /** {@return the lower bootstrap bounds of S_i, a copy, in [0, 1]} */
    @Override
    public double[] firstLower() {
        return firstLower.clone();
    }

    /** {@return the upper bootstrap bounds of S_i, a copy, in [0, 1]} */
    @Override
    public double[] firstUpper() {
        return firstUpper.clone();
    }

    /** {@return the lower bootstrap bounds of ST_i, a copy, in [0, 1]} */
    @Override
    public double[] totalLower() {
        return totalLower.clone();
    }

    /** {@return the upper bootstrap bounds of ST_i, a copy, in [0, 1]} */
    @Override
    public double[] totalUpper() {
        return totalUpper.clone();
    }
}
