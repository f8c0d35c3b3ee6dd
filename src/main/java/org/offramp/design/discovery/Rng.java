package org.offramp.design.discovery;

import org.offramp.random.Seeds;

/**
 * A small SplitMix64 generator for resampling, seeded explicitly so that every draw follows from
 * the caller's seed. Not thread-safe: each task owns its generator.
 */
final class Rng {
    private long state;

    Rng(long seed) {
        this.state = Seeds.mix(seed);
    }

    long nextLong() {
        state += Seeds.GOLDEN;
        return Seeds.mix(state);
    }

    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** A uniform integer in [0, bound), bound &gt; 0 (multiply-shift of 31 random bits). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    /**
     * {@code count} distinct values drawn from {@code values} without replacement (a partial
     * Fisher-Yates shuffle of a copy), in the order drawn.
     */
    int[] sample(int[] values, int count) {
        int[] a = values.clone();
        for (int i = 0; i < count; i++) {
            int j = i + nextInt(a.length - i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return java.util.Arrays.copyOf(a, count);
    }
}
