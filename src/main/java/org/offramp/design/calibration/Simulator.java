package org.offramp.design.calibration;

/**
 * A model as calibration sees it: parameters and a seed in, statistics out, one per target in the
 * targets' order. It must be a pure function of its arguments (the same parameters and seed give
 * the same statistics), and thread-safe when the calibration runs on several threads.
 *
 * <pre>{@code
 * Simulator sim = (params, seed) -> {
 *     ExperimentResult r = runModel(params[0], params[1], 200, seed); // 200 runs from this seed
 *     return new double[] {r.meanTankerAttacksBy(60), r.shareDirectExchangeBy(365)};
 * };
 * }</pre>
 */
@FunctionalInterface
public interface Simulator {

    /**
     * Simulates once.
     *
     * @param parameters one value per calibrated parameter, in their order (integers and booleans
     *                   as whole numbers); the array is the simulator's to read, not to keep
     * @param seed       the seed of this simulation
     * @return one finite statistic per target, in the targets' order
     */
    double[] simulate(double[] parameters, long seed);
}
