package org.offramp.design.calibration;

import org.offramp.random.Seeds;

/**
 * A small SplitMix64 generator for the sampler's own draws (ancestors, perturbations, prior
 * draws). Gaussian draws use the polar method with {@link StrictMath}, so they are the same on every
 * JVM. Not thread-safe: each task owns its generator.
 */
final class Rng {
    private long state;
    private double spare;
    private boolean hasSpare;

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

    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) * bound >>> 31);
    }

    double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
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
        spare = v * m;
        hasSpare = true;
        return u * m;
    }
}
