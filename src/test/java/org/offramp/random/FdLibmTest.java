package org.offramp.random;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FdLibm#log} against {@link StrictMath#log}, bit for bit: special values, every power of two
 * and its neighbours (all exponents, subnormals included), values near 1 (the short branch), and
 * two million random inputs of four kinds with a fixed seed.
 */
class FdLibmTest {
    private static void same(double x) {
        double expected = StrictMath.log(x);
        double actual = FdLibm.log(x);
        if (Double.isNaN(expected)) {
            assertEquals(true, Double.isNaN(actual), () -> "log(" + x + ") should be NaN but was " + actual);
        } else {
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                    () -> "log(" + x + " = " + Double.toHexString(x) + "): StrictMath " + expected + ", FdLibm " + actual);
        }
    }

    @Test
    void specialValues() {
        for (double x : new double[] {0.0, -0.0, 1.0, -1.0, -Double.MIN_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 2.0, 0.5, Math.E,
            Math.nextUp(1.0), Math.nextDown(1.0), 3 * Double.MIN_VALUE}) {
            same(x);
        }
        assertEquals(Double.NEGATIVE_INFINITY, FdLibm.log(0.0));
        assertEquals(0.0, FdLibm.log(1.0));
    }

    @Test
    void everyPowerOfTwoAndItsNeighbours() {
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            same(p);
            same(Math.nextUp(p));
            same(Math.nextDown(p));
        }
    }

    @Test
    void randomInputs() {
        SplittableRandom r = new SplittableRandom(20190517L);
        for (int i = 0; i < 500_000; i++) {
            same(Math.abs(Double.longBitsToDouble(r.nextLong())));   // any positive double, every exponent
            same(r.nextDouble());                                      // (0, 1): what the Gaussian draws take
            same(1 + (r.nextDouble() - 0.5) * 0x1p-18);                // within 2^-19 of 1: the short branch
            same(Math.scalb(1 + r.nextDouble(), r.nextInt(-1074, 1024)));
        }
    }
}
