package org.offramp.design.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;

/**
 * Regional sensitivity analysis (Spear and Hornberger 1980): the runs are split into those with
 * the outcome and those without, and for each factor the two distributions are compared. A factor
 * whose distribution differs much between the two groups drives the outcome.
 *
 * <pre>{@code
 * RsaResult rsa = RegionalSensitivity.analyze(table);
 * for (RsaResult.Row row : rsa.rows()) {          // largest distance first
 *     System.out.println(row.factor().name() + "  D = " + row.distance() + "  p = " + row.pValue());
 * }
 * }</pre>
 *
 * <p>For a real or integer factor the distance is the two-sample Kolmogorov–Smirnov statistic
 * {@code D = max |F_with(x) - F_without(x)|}, computed by Commons Math's
 * {@link KolmogorovSmirnovTest}, with its p-value {@code P(D >= d)}: exact when the two group
 * sizes multiply to less than 10,000, else the asymptotic Kolmogorov distribution, as
 * {@link KolmogorovSmirnovTest#kolmogorovSmirnovTest(double[], double[])} chooses. That method
 * itself is not called: it takes the strict inequality {@code P(D > d)}, which is 0 for two
 * completely separated samples however small (3 against 2 runs give {@code P(D >= 1) = 0.2}), and
 * it breaks ties with random jitter. Ties (integer factors) make the exact p-value conservative. For a boolean or
 * categorical factor, whose levels have no order, the distance is the total variation
 * {@code D = max over sets of levels |P_with(A) - P_without(A)| = ½ Σ |p_with - p_without|} (the
 * same as KS for a boolean), with the p-value of Pearson's chi-square test of homogeneity.
 *
 * <p>Stateless and thread-safe.
 */
public final class RegionalSensitivity {
    /** Group-size product from which the p-value is asymptotic, as in Commons Math. */
    static final long LARGE_SAMPLE_PRODUCT = 10_000;

    private RegionalSensitivity() {
    }

    /**
     * Compares runs with the outcome (outcome &gt;= 0.5; for a binary outcome, the cases of interest)
     * with the others.
     *
     * @param table the table
     * @return one row per factor, largest distance first
     * @throws IllegalArgumentException if either group is empty
     */
    public static RsaResult analyze(DiscoveryTable table) {
        return analyze(table, 0.5);
    }

    /**
     * Compares runs whose outcome is at least {@code threshold} with the others.
     *
     * @param table     the table
     * @param threshold the least outcome of a run "with the outcome", in (0, 1]
     * @return one row per factor, largest distance first
     * @throws IllegalArgumentException if the threshold is out of range or either group is empty
     */
    public static RsaResult analyze(DiscoveryTable table, double threshold) {
        Objects.requireNonNull(table, "table");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], but was " + threshold);
        }
        boolean[] with = new boolean[table.rows()];
        int nWith = 0;
        for (int r = 0; r < table.rows(); r++) {
            with[r] = table.outcome(r) >= threshold;
            if (with[r]) {
                nWith++;
            }
        }
        int nWithout = table.rows() - nWith;
        if (nWith == 0 || nWithout == 0) {
            throw new IllegalArgumentException("regional sensitivity needs runs both with and without "
                    + table.outcomeName() + " (outcome >= " + threshold + "), but " + nWith + " of " + table.rows()
                    + " runs had it");
        }
        // The generator is never drawn from (no jitter, no bootstrap); a fixed one keeps Commons
        // Math from seeding its own from the clock.
        KolmogorovSmirnovTest ks = new KolmogorovSmirnovTest(new Well19937c(0));
        List<RsaResult.Row> rows = new ArrayList<>();
        for (int f = 0; f < table.factorCount(); f++) {
            double[] col = table.columnView(f);
            double[] a = new double[nWith];
            double[] b = new double[nWithout];
            int ia = 0;
            int ib = 0;
            for (int r = 0; r < col.length; r++) {
                if (with[r]) {
                    a[ia++] = col[r];
                } else {
                    b[ib++] = col[r];
                }
            }
            FactorSpec spec = table.factor(f);
            if (spec.type().isNumeric()) {
                double d = ks.kolmogorovSmirnovStatistic(a, b);
                double p = (long) nWith * nWithout < LARGE_SAMPLE_PRODUCT
                        ? ks.exactP(d, nWith, nWithout, false) : ks.approximateP(d, nWith, nWithout);
                rows.add(new RsaResult.Row(f, spec, RsaResult.Method.KOLMOGOROV_SMIRNOV, d, clamp(p),
                        mean(a), mean(b)));
            } else {
                rows.add(levelRow(f, spec, a, b));
            }
        }
        rows.sort((x, y) -> {
            int c = Double.compare(y.distance(), x.distance());
            return c != 0 ? c : Integer.compare(x.factorIndex(), y.factorIndex());
        });
        return new RsaResult(table.outcomeName(), threshold, nWith, nWithout, rows);
    }

    private static RsaResult.Row levelRow(int f, FactorSpec spec, double[] a, double[] b) {
        int levels = spec.levelCount();
        long[] ca = new long[levels];
        long[] cb = new long[levels];
        for (double v : a) {
            ca[(int) v]++;
        }
        for (double v : b) {
            cb[(int) v]++;
        }
        double tv = 0;
        int nonEmpty = 0;
        for (int l = 0; l < levels; l++) {
            tv += Math.abs((double) ca[l] / a.length - (double) cb[l] / b.length);
            if (ca[l] + cb[l] > 0) {
                nonEmpty++;
            }
        }
        tv /= 2;
        double p = 1.0;
        if (nonEmpty >= 2) {
            // Levels seen in neither group carry no information and would divide by zero.
            long[] xa = new long[nonEmpty];
            long[] xb = new long[nonEmpty];
            int k = 0;
            for (int l = 0; l < levels; l++) {
                if (ca[l] + cb[l] > 0) {
                    xa[k] = ca[l];
                    xb[k] = cb[l];
                    k++;
                }
            }
            p = new ChiSquareTest().chiSquareTestDataSetsComparison(xa, xb);
        }
        return new RsaResult.Row(f, spec, RsaResult.Method.TOTAL_VARIATION, tv, clamp(p), Double.NaN, Double.NaN);
    }

    private static double clamp(double p) {
        return Math.max(0.0, Math.min(1.0, p));
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).sum() / v.length;
    }
}
