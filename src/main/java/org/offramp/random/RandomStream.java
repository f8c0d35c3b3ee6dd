package org.offramp.random;

/**
 * A keyed, counter-based stream of random numbers for one purpose of one actor (or pair of
 * actors) within one run, keyed by (purpose code, first index, second index).
 *
 * <p>The stream restarts every simulated day from a state that is a pure function of its key and
 * the day ({@link #startDay(int)}), so the numbers drawn on day {@code d} do not depend on how many
 * were drawn on earlier days. Two runs of different scenarios with the same seed therefore draw
 * the same numbers for the same (purpose, actor, day) even after their histories diverge, which
 * makes comparisons with common random numbers as tight as they can be.
 *
 * <p>Draw {@code n} (from 1) of day {@code d} is a pure function of the stream's key and
 * {@code (d, n)}: {@code mix(mix(key + γ (d + 2)) + γ n)}, with {@code mix} the SplitMix64
 * finalizer and {@code γ} its golden-ratio increment ({@link Seeds}), and the key a pure function
 * of (run seed, purpose, actor, target). Within a day that is SplitMix64 (the algorithm of
 * {@link java.util.SplittableRandom}), whose output passes BigCrush; the object only keeps the
 * day's state and counts the draws. Uniform doubles take the top 53 bits of one draw; a normal takes
 * one draw 98.5% of the time and a few more otherwise ({@link #nextGaussian()}, a ziggurat with
 * strict maths in its rare branches), so the numbers are bit-identical on every JVM and processor.
 *
 * <p>Not thread-safe: each run owns its streams.
 */
public final class RandomStream {
    private final long key;
    private long state;

    /** The largest purpose code. */
    public static final int MAX_PURPOSE = 0xFFFF;
    /** The largest actor (or target) index. */
    public static final int MAX_INDEX = 0xFF;

    /**
     * Creates the stream for a purpose and one or two actor indices within a run. A model numbers
     * its purposes itself (typically the ordinals of an enum of its own, to which it only ever
     * appends, so that existing streams and the runs they drive stay the same).
     *
     * @param runSeed the run's seed
     * @param purpose what the stream is for, a code in [0, {@value #MAX_PURPOSE}]
     * @param first   the actor (or observer) index in [0, {@value #MAX_INDEX}], 0 when the purpose has none
     * @param second  the target index in [0, {@value #MAX_INDEX}] for pairwise purposes, 0 otherwise
     * @throws IllegalArgumentException if a code or an index is out of range
     */
    public RandomStream(long runSeed, int purpose, int first, int second) {
        if (purpose < 0 || purpose > MAX_PURPOSE || first < 0 || first > MAX_INDEX || second < 0 || second > MAX_INDEX) {
            throw new IllegalArgumentException("a stream's key must be a purpose in [0, " + MAX_PURPOSE
                    + "] and indices in [0, " + MAX_INDEX + "], but was (" + purpose + ", " + first + ", " + second + ")");
        }
        long id = ((long) purpose << 16) | ((long) (first & 0xFF) << 8) | (second & 0xFF);
        this.key = Seeds.mix(runSeed ^ Seeds.mix(Seeds.GOLDEN * (id + 1)));
        startDay(-1);
    }

    /**
     * Restarts the stream for a day; every draw of that day follows from (key, day) alone.
     *
     * @param day the day, from 0; a new stream stands at day -1 until its first restart
     */
    public void startDay(int day) {
        state = Seeds.mix(key + Seeds.GOLDEN * ((long) day + 2));
    }

    /** {@return the next 64 random bits} */
    public long nextLong() {
        state += Seeds.GOLDEN;
        return Seeds.mix(state);
    }

    /** {@return a uniform double in [0, 1), with 53 random bits} */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * A Bernoulli draw; uses one draw of the stream.
     *
     * @param p the probability of true; false for p &lt;= 0, true for p &gt;= 1
     * @return true with probability {@code p}
     */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /**
     * A uniform integer below a bound.
     *
     * @param bound the exclusive upper bound, at least 1
     * @return a uniform integer in [0, bound)
     * @throws IllegalArgumentException if bound &lt;= 0
     */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, but was " + bound);
        }
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /**
     * A standard normal draw by the ziggurat method ({@link Ziggurat}). One 64-bit draw makes the
     * normal 98.5% of the time: bits 0-7 pick the layer, bit 8 the sign, bits 11-63 a uniform
     * {@code u}; when {@code u X[i]} falls under the curve for certain it is the result. Otherwise a
     * point in the layer's wedge is accepted if below the curve ({@link TableExp#exp}), a point
     * of the base beyond R becomes a draw from the tail (Marsaglia's method, {@link FdLibm#log}),
     * and a rejected point starts again with the next draw. Every step is strict, so the
     * numbers are the same on every JVM and processor.
     *
     * @return a draw from the normal distribution with mean 0 and standard deviation 1
     */
    public double nextGaussian() {
        while (true) {
            long bits = nextLong();
            int i = (int) bits & 0xFF;
            double u = (bits >>> 11) * 0x1.0p-53;
            // bit 8 moved to the sign bit: the sign without a branch
            long sign = (bits & 0x100L) << 55;
            if (u < Ziggurat.INSIDE[i]) {
                return Double.longBitsToDouble(Double.doubleToRawLongBits(u * Ziggurat.X[i]) ^ sign);
            }
            if (i == 0) {
                return Double.longBitsToDouble(Double.doubleToRawLongBits(tail()) ^ sign);
            }
            double x = u * Ziggurat.X[i];
            double y = Ziggurat.F[i] + nextDouble() * (Ziggurat.F[i + 1] - Ziggurat.F[i]);
            if (y < TableExp.exp(-0.5 * x * x)) {
                return Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ sign);
            }
        }
    }

    /** A draw from the normal's tail beyond {@link Ziggurat#R} (Marsaglia 1964). */
    private double tail() {
        double x;
        double y;
        do {
            // uniforms in (0, 1], so that the logarithms are finite
            x = -FdLibm.log(((nextLong() >>> 11) + 1) * 0x1.0p-53) / Ziggurat.R;
            y = -FdLibm.log(((nextLong() >>> 11) + 1) * 0x1.0p-53);
        } while (y + y < x * x);
        return Ziggurat.R + x;
    }
}
