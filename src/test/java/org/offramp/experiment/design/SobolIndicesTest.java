package org.offramp.experiment.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Sobol estimators on the Ishigami function f = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i uniform
 * on [-pi, pi], a = 7, b = 0.1, whose indices are known analytically (Ishigami and Homma 1990;
 * Saltelli et al. 2010): S = (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
 */
class SobolIndicesTest {
    private static final double[] S = {0.3139, 0.4424, 0.0};
    private static final double[] ST = {0.5576, 0.4424, 0.2437};
    /** With N = 8192 Sobol rows the estimators' error is about 0.01; 0.03 leaves room, and a wrong estimator misses by more. */
    private static final double TOLERANCE = 0.03;

    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.pow(Math.sin(x2), 2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    private static SobolIndices estimate(int n, int bootstrap) {
        double[][][] m = Sensitivity.saltelli(n, 3);
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[3][n];
        for (int j = 0; j < n; j++) {
            fA[j] = ishigami(m[0][j]);
            fB[j] = ishigami(m[1][j]);
            for (int i = 0; i < 3; i++) {
                fAB[i][j] = ishigami(m[2 + i][j]);
            }
        }
        return SobolIndices.estimate(fA, fB, fAB, bootstrap, 0.95, 7);
    }

    @Test
    void ishigamiIndicesWithinTolerance() {
        SobolIndices s = estimate(8192, 0);
        for (int i = 0; i < 3; i++) {
            assertEquals(S[i], s.first()[i], TOLERANCE, "S" + (i + 1));
            assertEquals(ST[i], s.total()[i], TOLERANCE, "ST" + (i + 1));
        }
        // Analytic variance of Ishigami: a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2 = 13.8446.
        assertEquals(13.8446, s.variance(), 0.3);
    }

    @Test
    void bootstrapIntervalsCoverTheTruthAndAreReproducible() {
        SobolIndices s = estimate(2048, 300);
        for (int i = 0; i < 3; i++) {
            assertTrue(s.firstLower()[i] - 0.01 <= S[i] && S[i] <= s.firstUpper()[i] + 0.01, "S" + (i + 1) + " interval");
            assertTrue(s.totalLower()[i] - 0.01 <= ST[i] && ST[i] <= s.totalUpper()[i] + 0.01, "ST" + (i + 1) + " interval");
            assertTrue(s.firstLower()[i] <= s.first()[i] + 1e-12 || s.firstUpper()[i] >= s.first()[i]);
        }
        SobolIndices again = estimate(2048, 300);
        assertEquals(s.firstLower()[0], again.firstLower()[0], 0.0);
        assertEquals(s.totalUpper()[2], again.totalUpper()[2], 0.0);
    }
}
