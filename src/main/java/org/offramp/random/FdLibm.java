/*
 * The algorithm and constants of log below are those of e_log.c in fdlibm 5.3, which carries this
 * notice:
 *
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 */
package org.offramp.random;

/**
 * Pure-Java ports of fdlibm functions that return, bit for bit, what {@link StrictMath} returns
 * (whose specification is fdlibm's results), without the native call that {@code StrictMath.log}
 * is on Java 17: about 19 ns per call, a large share of a Gaussian draw.
 *
 * <p>Java arithmetic on doubles is IEEE 754 round-to-nearest on every platform (all floating-point
 * code is strict since Java 17), so a line-by-line port of the C source computes the same bits.
 * Tests compare it with {@code StrictMath} on special values, both branches of the reduction and
 * millions of random inputs.
 */
public final class FdLibm {
    private static final double LN2_HI = 0x1.62e42feep-1;          // 3fe62e42 fee00000
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;    // 3dea39ef 35793c76
    private static final double TWO54 = 0x1.0p54;                  // 43500000 00000000
    private static final double LG1 = 0x1.5555555555593p-1;        // 3fe55555 55555593
    private static final double LG2 = 0x1.999999997fa04p-2;        // 3fd99999 9997fa04
    private static final double LG3 = 0x1.2492494229359p-2;        // 3fd24924 94229359
    private static final double LG4 = 0x1.c71c51d8e78afp-3;        // 3fcc71c5 1d8e78af
    private static final double LG5 = 0x1.7466496cb03dep-3;        // 3fc74664 96cb03de
    private static final double LG6 = 0x1.39a09d078c69fp-3;        // 3fc39a09 d078c69f
    private static final double LG7 = 0x1.2f112df3e5244p-3;        // 3fc2f112 df3e5244

    private FdLibm() {
    }

    /**
     * The natural logarithm, bit-identical to {@link StrictMath#log(double)}.
     *
     * <p>fdlibm's method: write {@code x = 2^k (1 + f)} with {@code sqrt(2)/2 < 1 + f < sqrt(2)},
     * then {@code log(1 + f) = 2s + s R(s^2)} with {@code s = f / (2 + f)} and {@code R} a
     * minimax polynomial, and {@code log(x) = k ln2 + log(1 + f)} with ln2 split in two parts so
     * that {@code k ln2_hi} is exact. The error is below 1 ulp.
     *
     * @param x a value
     * @return its natural logarithm: NaN for NaN or a negative value, negative infinity for zero,
     *         positive infinity for positive infinity
     */
    public static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        int lx = (int) bits;
        int k = 0;
        if (hx < 0x00100000) {                          // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;        // log(+-0) = -inf
            }
            if (hx < 0) {
                return Double.NaN;                      // log(-#) = NaN
            }
            k -= 54;
            x *= TWO54;                                 // subnormal: scale up
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >> 32);
        }
        if (hx >= 0x7ff00000) {
            return x + x;                               // inf or NaN
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        int i = (hx + 0x95f64) & 0x100000;
        // normalise x or x/2 into [sqrt(2)/2, sqrt(2)): set the high word, keep the low word
        x = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff00000)) << 32) | (bits & 0xffffffffL));
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) {              // -2^-20 <= f < 2^-20
            if (f == 0) {
                if (k == 0) {
                    return 0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        i = hx - 0x6147a;
        double w = z * z;
        int j = 0x6b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        double r = t2 + t1;
        if (i > 0) {
            double hfsq = 0.5 * f * f;
            if (k == 0) {
                return f - (hfsq - s * (hfsq + r));
            }
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }
}
