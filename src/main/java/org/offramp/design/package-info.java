/**
 * Policy designs on common random numbers: comparisons of scenarios with paired differences
 * ({@link org.offramp.design.Comparison}), sweeps over parameters on grid, Latin
 * hypercube and Sobol designs ({@link org.offramp.design.Sweep}), global sensitivity
 * with Sobol indices ({@link org.offramp.design.Sensitivity}), and the experiment files
 * that describe them ({@link org.offramp.design.PolicySpecLoader},
 * {@link org.offramp.design.PolicyExperiments}). Measures are compiled against the model's record
 * schema ({@link org.offramp.design.Measure}), so a design works for any model.
 *
 * <p>Every design runs each of its scenarios with the engine's run seeds
 * {@code Seeds.runSeed(masterSeed, i)}, aggregates integer counts as it streams (memory does not
 * grow with the number of runs) and gives the same results for any thread count. See
 * docs/policy-experiments.md.
 */
package org.offramp.design;
