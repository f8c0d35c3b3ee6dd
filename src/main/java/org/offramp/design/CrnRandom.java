package org.offramp.design;

import org.offramp.random.Seeds;

/**
 * Counter-based uniform numbers for the designs' own randomness (Latin hypercube permutations,
 * bootstrap resampling): number {@code j} of a stream is {@code mix(key + golden * (j + 1))}, with
 * the key derived from the master seed and a purpose label. Pure functions of (seed, purpose, j),
 * so a design is the same on every machine; no clock, no global generator.
 *
 * <p>Not thread-safe (it counts); each use makes its own.
 */
final class CrnRandom {
    private final long key;
    private long counter;

    CrnRandom(long masterSeed, long purpose) {
        this.key = Seeds.mix(Seeds.mix(masterSeed) ^ Seeds.mix(Seeds.GOLDEN * (purpose + 1)));
    }

    long nextLong() {
        counter++;
        return Seeds.mix(key + Seeds.GOLDEN * counter);
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound), by Lemire's multiply-shift with rejection (unbiased). */
    int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be > 0, but was " + bound);
        }
        long threshold = (1L << 32) % bound;
        while (true) {
            long r = nextLong() >>> 32;
            long m = r * bound;
            if ((m & 0xFFFFFFFFL) >= threshold) {
                return (int) (m >>> 32);
            }
        }
    }
}
