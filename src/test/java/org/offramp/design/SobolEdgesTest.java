package org.offramp.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link SobolIndices#estimate}: the smallest sample, an output that never varies, and
 * how the bootstrap interval's level selects order statistics of the resampled estimates.
 */
class SobolEdgesTest {

    /** f(x) = x0 + 0.5 x1 on a Saltelli sample of n rows: first-order indices 0.8 and 0.2. */
    private static SobolIndices linear(int n, int bootstrap, double level) {
        SplittableRandom r = new SplittableRandom(11);
        double[][] a = new double[n][2];
        double[][] b = new double[n][2];
        for (int j = 0; j < n; j++) {
            a[j][0] = r.nextDouble();
            a[j][1] = r.nextDouble();
            b[j][0] = r.nextDouble();
            b[j][1] = r.nextDouble();
        }
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[2][n];
        for (int j = 0; j < n; j++) {
            fA[j] = a[j][0] + 0.5 * a[j][1];
            fB[j] = b[j][0] + 0.5 * b[j][1];
            fAB[0][j] = b[j][0] + 0.5 * a[j][1];
            fAB[1][j] = a[j][0] + 0.5 * b[j][1];
        }
        return SobolIndices.estimate(fA, fB, fAB, bootstrap, level, 5);
    }

    @Test
    void twoRowsAreEnoughAndOneIsNot() {
        SobolIndices s = SobolIndices.estimate(new double[] {0, 1}, new double[] {1, 0}, new double[][] {{1, 1}}, 0,
                0.95, 1);
        assertEquals(0.25, s.variance(), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> SobolIndices.estimate(new double[] {1}, new double[] {0},
                new double[][] {{1}}, 0, 0.95, 1));
    }

    @Test
    void anOutputThatNeverVariesHasNaNIndices() {
        // f(A) = f(B) = 3 everywhere, so V = 0, although f(AB) differs: the indices are undefined (NaN),
        // not an infinite total index
        SobolIndices s = SobolIndices.estimate(new double[] {3, 3, 3}, new double[] {3, 3, 3},
                new double[][] {{5, 3, 3}}, 20, 0.95, 1);
        assertEquals(0, s.variance());
        assertTrue(Double.isNaN(s.first()[0]));
        assertTrue(Double.isNaN(s.total()[0]), "total " + s.total()[0]);
        assertTrue(Double.isNaN(s.totalLower()[0]) && Double.isNaN(s.totalUpper()[0]));
    }

    @Test
    void aVanishingLevelGivesTheBootstrapMedianAndLevelsNest() {
        // 101 resamples: at a level near 0 both nearest-rank percentiles are the 51st of 101 estimates
        SobolIndices point = linear(400, 101, 1e-3);
        SobolIndices half = linear(400, 101, 0.5);
        SobolIndices wide = linear(400, 101, 0.999);
        for (int i = 0; i < 2; i++) {
            assertEquals(point.firstLower()[i], point.firstUpper()[i], 0.0, "factor " + i);
            assertEquals(point.totalLower()[i], point.totalUpper()[i], 0.0, "factor " + i);
            assertTrue(half.firstLower()[i] < point.firstLower()[i] && point.firstUpper()[i] < half.firstUpper()[i],
                    "the 50% interval holds the median strictly inside, factor " + i);
            assertTrue(wide.firstLower()[i] < half.firstLower()[i] && half.firstUpper()[i] < wide.firstUpper()[i],
                    "the 99.9% interval holds the 50% one strictly inside, factor " + i);
            assertTrue(half.totalLower()[i] <= point.totalLower()[i] && point.totalUpper()[i] <= half.totalUpper()[i]);
        }
        // the estimates themselves do not depend on the level
        assertEquals(point.first()[0], wide.first()[0], 0.0);
        assertEquals(0.8, point.first()[0], 0.2, "S_0 = 0.8, estimated from 400 rows");
        assertEquals(0.2, point.first()[1], 0.2, "S_1 = 0.2");
    }
}
