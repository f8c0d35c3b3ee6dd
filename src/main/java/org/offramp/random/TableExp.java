package org.offramp.random;

/**
 * The exponential function by a table of 64 powers of two and a short polynomial (Tang's method),
 * with plain double arithmetic only: the same bits on every JVM and processor, like
 * {@link StrictMath#exp}, at a fraction of its cost (no division, few branches). It is not
 * StrictMath's result bit for bit but within about one ulp of the exact value.
 *
 * <p>Method: {@code x = (64 k + j) ln2/64 + r} with {@code n = 64 k + j} the integer nearest
 * {@code x 64/ln2} and {@code |r| <= ln2/128}, reduced exactly (Cody and Waite: ln2/64 in a 32-bit
 * high part, whose products with {@code n} are exact, and a low part); then
 * {@code exp(x) = 2^k 2^(j/64) (1 + p(r))} with {@code p} the degree-5 Taylor polynomial of
 * {@code exp(r) - 1}, whose truncation error is below {@code r^6/720 < 4e-17}, and
 * {@code 2^(j/64)} correctly rounded (the table). Outside [-700, 700], and for NaN, it returns
 * {@code StrictMath.exp(x)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class TableExp {
    /** 64 / ln 2. */
    private static final double INV_LN2_64 = 0x1.71547652b82fep+6;
    /** ln2/64 rounded to 32 significant bits: n times it is exact for |n| < 2^21. */
    private static final double LN2_64_HI = 0x1.62e42ffp-7;
    /** ln2/64 - LN2_64_HI, rounded. */
    private static final double LN2_64_LO = -0x1.718432a1b0e26p-41;
    /** 2^(j/64) for j = 0..63, correctly rounded. */
    private static final double[] TWO_TO_J_64 = {
        0x1.0p0, 0x1.02c9a3e778061p+0, 0x1.059b0d3158574p+0, 0x1.0874518759bc8p+0,
        0x1.0b5586cf9890fp+0, 0x1.0e3ec32d3d1a2p+0, 0x1.11301d0125b51p+0, 0x1.1429aaea92de0p+0,
        0x1.172b83c7d517bp+0, 0x1.1a35beb6fcb75p+0, 0x1.1d4873168b9aap+0, 0x1.2063b88628cd6p+0,
        0x1.2387a6e756238p+0, 0x1.26b4565e27cddp+0, 0x1.29e9df51fdee1p+0, 0x1.2d285a6e4030bp+0,
        0x1.306fe0a31b715p+0, 0x1.33c08b26416ffp+0, 0x1.371a7373aa9cbp+0, 0x1.3a7db34e59ff7p+0,
        0x1.3dea64c123422p+0, 0x1.4160a21f72e2ap+0, 0x1.44e086061892dp+0, 0x1.486a2b5c13cd0p+0,
        0x1.4bfdad5362a27p+0, 0x1.4f9b2769d2ca7p+0, 0x1.5342b569d4f82p+0, 0x1.56f4736b527dap+0,
        0x1.5ab07dd485429p+0, 0x1.5e76f15ad2148p+0, 0x1.6247eb03a5585p+0, 0x1.6623882552225p+0,
        0x1.6a09e667f3bcdp+0, 0x1.6dfb23c651a2fp+0, 0x1.71f75e8ec5f74p+0, 0x1.75feb564267c9p+0,
        0x1.7a11473eb0187p+0, 0x1.7e2f336cf4e62p+0, 0x1.82589994cce13p+0, 0x1.868d99b4492edp+0,
        0x1.8ace5422aa0dbp+0, 0x1.8f1ae99157736p+0, 0x1.93737b0cdc5e5p+0, 0x1.97d829fde4e50p+0,
        0x1.9c49182a3f090p+0, 0x1.a0c667b5de565p+0, 0x1.a5503b23e255dp+0, 0x1.a9e6b5579fdbfp+0,
        0x1.ae89f995ad3adp+0, 0x1.b33a2b84f15fbp+0, 0x1.b7f76f2fb5e47p+0, 0x1.bcc1e904bc1d2p+0,
        0x1.c199bdd85529cp+0, 0x1.c67f12e57d14bp+0, 0x1.cb720dcef9069p+0, 0x1.d072d4a07897cp+0,
        0x1.d5818dcfba487p+0, 0x1.da9e603db3285p+0, 0x1.dfc97337b9b5fp+0, 0x1.e502ee78b3ff6p+0,
        0x1.ea4afa2a490dap+0, 0x1.efa1bee615a27p+0, 0x1.f50765b6e4540p+0, 0x1.fa7c1819e90d8p+0,
    };

    private TableExp() {
    }

    /**
     * e raised to {@code x}.
     *
     * @param x the exponent
     * @return {@code exp(x)} within about one ulp; the same bits on every platform
     */
    public static double exp(double x) {
        if (!(x >= -700 && x <= 700)) {
            return StrictMath.exp(x);     // overflow, underflow to subnormals, infinities and NaN
        }
        double nd = Math.rint(x * INV_LN2_64);
        long n = (long) nd;
        double r = (x - nd * LN2_64_HI) - nd * LN2_64_LO;
        double p = r + r * r * (0.5 + r * (0x1.5555555555555p-3 + r * (0x1.5555555555555p-5 + r * 0x1.1111111111111p-7)));
        double t = TWO_TO_J_64[(int) (n & 63)];
        // n >> 6 is in [-1011, 1010], so 2^(n >> 6) is a normal double built from its exponent bits
        double scale = Double.longBitsToDouble(((n >> 6) + 1023) << 52);
        return (t + t * p) * scale;
    }
}
