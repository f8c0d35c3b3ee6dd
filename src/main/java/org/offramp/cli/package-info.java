/**
 * The command-line tool {@code offramp}: run experiment files, replay one run as a story, list
 * scenarios and parameters, and measure the model's speed.
 *
 * <pre>
 * offramp run experiments/baseline.yaml --runs 2000 --out results/try
 * offramp replay --scenario baseline --seed 42
 * offramp params war-prone
 * offramp bench
 * </pre>
 *
 * <p>{@link org.offramp.cli.OfframpCommand} is the entry point. The package depends on the
 * experiment engine, the simulation, scenarios and output, and nothing depends on it; it is the only
 * place that ends the process (with the exit codes listed in {@link org.offramp.cli.OfframpCommand}).
 * See docs/cli.md.
 */
package org.offramp.cli;
