package org.offramp.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ziggurat's tables: equal areas, a closed top, monotone edges. */
class ZigguratTest {
    private static double f(double x) {
        return Math.exp(-0.5 * x * x);
    }

    /**
     * Every layer has the area V: the base (rectangle to R plus the tail, whose area is
     * sqrt(pi/2) erfc(R/sqrt2)) and each rectangle above it, the top one included, which closes at 0
     * only if R and V are right.
     */
    @Test
    void everyLayerHasTheSameArea() {
        double tail = Math.sqrt(Math.PI / 2) * org.apache.commons.math3.special.Erf.erfc(Ziggurat.R / Math.sqrt(2));
        assertEquals(Ziggurat.V, Ziggurat.R * f(Ziggurat.R) + tail, 1e-15, "base layer");
        assertEquals(Ziggurat.V, Ziggurat.X[0] * f(Ziggurat.R), 1e-18, "base as a rectangle");
        for (int i = 1; i < Ziggurat.LAYERS; i++) {
            double area = Ziggurat.X[i] * (Ziggurat.F[i + 1] - Ziggurat.F[i]);
            assertEquals(Ziggurat.V, area, 1e-12 * Ziggurat.V, "layer " + i);
        }
    }

    @Test
    void edgesDecreaseToZeroAndHeightsRiseToOne() {
        assertEquals(Ziggurat.R, Ziggurat.X[1], 0.0);
        assertEquals(0.0, Ziggurat.X[Ziggurat.LAYERS], 0.0);
        assertEquals(1.0, Ziggurat.F[Ziggurat.LAYERS], 0.0);
        for (int i = 0; i < Ziggurat.LAYERS; i++) {
            assertTrue(Ziggurat.X[i + 1] < Ziggurat.X[i], "edge " + i);
            assertEquals(Ziggurat.X[i + 1] / Ziggurat.X[i], Ziggurat.INSIDE[i], 0.0);
            if (i >= 1) {
                assertTrue(Ziggurat.F[i + 1] > Ziggurat.F[i], "height " + i);
                assertEquals(f(Ziggurat.X[i]), Ziggurat.F[i], 1e-15, "F[" + i + "]");
            }
        }
    }
}
