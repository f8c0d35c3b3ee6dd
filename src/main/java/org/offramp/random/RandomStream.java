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
 * <p>Within a day it is SplitMix64 (the algorithm of {@link java.util.SplittableRandom}), whose
 * output passes BigCrush. Gaussian draws use the polar method with {@link StrictMath#sqrt} and
 * {@link FdLibm#log} (which returns what {@code StrictMath.log} returns, without its native call),
 * so the numbers are bit-identical on every JVM and processor.
 *
 * <p>Not thread-safe: each run owns its streams.
 */
public final class RandomStream {
    private final long key;
    private long state;
    private double spareGaussian;
    private boolean hasSpare;

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

    /** Restarts the stream for a day; every draw of that day follows from (key, day) alone. */
    public void startDay(int day) {
        state = Seeds.mix(key + Seeds.GOLDEN * ((long) day + 2));
        hasSpare = false;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += Seeds.GOLDEN;
        return Seeds.mix(state);
    }

    /** A uniform double in [0, 1), with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** True with probability {@code p} (false for p &lt;= 0, true for p &gt;= 1). */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /** A uniform integer in [0, bound). @throws IllegalArgumentException if bound &lt;= 0 */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, but was " + bound);
        }
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /** A standard normal draw (polar method, strict maths). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = StrictMath.sqrt(-2 * FdLibm.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }
}
