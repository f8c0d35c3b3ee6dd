package org.offramp.random;

/**
 * A keyed, counter-based stream of random numbers for one purpose of one actor (or pair of
 * actors) within one run.
 *
 * <p>The stream restarts every simulated day from a state that is a pure function of its key and
 * the day ({@link #startDay(int)}), so the numbers drawn on day {@code d} do not depend on how many
 * were drawn on earlier days. Two runs of different scenarios with the same seed therefore draw
 * the same numbers for the same (purpose, actor, day) even after their histories diverge, which
 * makes comparisons with common random numbers as tight as they can be.
 *
 * <p>Within a day it is SplitMix64 (the algorithm of {@link java.util.SplittableRandom}), whose
 * output passes BigCrush. Gaussian draws use the polar method with {@link StrictMath}, so the
 * numbers are bit-identical on every JVM and processor.
 *
 * <p>Not thread-safe: each run owns its streams.
 */
public final class RandomStream {
    private final long key;
    private long state;
    private double spareGaussian;
    private boolean hasSpare;

    /**
     * Creates the stream for a purpose and one or two actor indices within a run.
     *
     * @param runSeed the run's seed
     * @param purpose what the stream is for
     * @param first   the actor (or observer) index, 0 when the purpose has none
     * @param second  the target index for pairwise purposes, 0 otherwise
     */
    public RandomStream(long runSeed, Purpose purpose, int first, int second) {
        long id = ((long) purpose.ordinal() << 16) | ((long) (first & 0xFF) << 8) | (second & 0xFF);
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

    /** A standard normal draw (polar method, StrictMath). */
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
        double m = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spareGaussian = v * m;
        hasSpare = true;
        return u * m;
    }
}
