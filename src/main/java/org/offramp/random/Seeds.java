package org.offramp.random;

/**
 * Seed derivation. Every random number in a run descends from the run's seed through these pure
 * functions, so a run is a function of (scenario, seed) alone.
 *
 * <p>The mixing function is the 64-bit finalizer of SplitMix64 (Steele, Lea and Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014; variant 13 of Stafford's
 * mixers), a bijection on 64-bit values whose outputs for neighbouring inputs are statistically
 * unrelated. That is why run seeds are {@code mix(mix(master) + (i + 1) * golden)} rather than
 * {@code master + i}: with the naive form, run {@code i} of master seed {@code s} is run
 * {@code i - 1} of master seed {@code s + 1}, and neighbouring generator states can correlate.
 */
public final class Seeds {
    /** The 64-bit golden-ratio increment of SplitMix64, an odd constant. */
    public static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /**
     * The SplitMix64 finalizer: a well-mixed bijection of 64-bit values.
     *
     * @param z any 64-bit value
     * @return its mix; distinct inputs give distinct outputs
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * The seed of run {@code index} of an experiment with the given master seed. Pure: the same
     * arguments give the same seed on any thread, machine or engine.
     *
     * @param masterSeed the experiment's master seed; any value
     * @param index      the run's index in the experiment, from 0
     * @return the run's seed
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public static long runSeed(long masterSeed, long index) {
        if (index < 0) {
            throw new IllegalArgumentException("run index must be >= 0, but was " + index);
        }
        return mix(mix(masterSeed) + GOLDEN * (index + 1));
    }
}
