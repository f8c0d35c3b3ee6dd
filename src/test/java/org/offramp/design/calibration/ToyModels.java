package org.offramp.design.calibration;

import java.util.SplittableRandom;

/** Small stochastic simulators with known parameters, for the calibration tests. */
final class ToyModels {
    private ToyModels() {
    }

    /** Draws per simulation of {@link #poissonBinomial}. */
    static final int DRAWS = 40;

    /**
     * Two statistics from two parameters: the mean of {@value #DRAWS} Poisson(λ) counts and the
     * share of successes in {@value #DRAWS} Bernoulli(p) trials; parameters {λ, p}.
     */
    static double[] poissonBinomial(double[] params, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double lambda = params[0];
        double p = params[1];
        double sum = 0;
        int successes = 0;
        for (int i = 0; i < DRAWS; i++) {
            sum += poisson(rnd, lambda);
            if (rnd.nextDouble() < p) {
                successes++;
            }
        }
        return new double[] {sum / DRAWS, (double) successes / DRAWS};
    }

    /** Knuth's multiplication method, exact for the small means used here. */
    static int poisson(SplittableRandom rnd, double lambda) {
        double limit = Math.exp(-lambda);
        int k = 0;
        double prod = rnd.nextDouble();
        while (prod > limit) {
            k++;
            prod *= rnd.nextDouble();
        }
        return k;
    }

    /**
     * An integer and a boolean parameter {k, flag}: the mean of 30 Poisson(k) counts, and flag plus
     * Gaussian noise of sd 0.2.
     */
    static double[] integerAndFlag(double[] params, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double sum = 0;
        for (int i = 0; i < 30; i++) {
            sum += poisson(rnd, params[0]);
        }
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        return new double[] {sum / 30, params[1] + 0.2 * z};
    }
}
