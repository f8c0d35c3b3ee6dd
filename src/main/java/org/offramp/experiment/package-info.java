/**
 * The experiment engine: many seeded runs of any model for one scenario, aggregated as they stream,
 * driven by the model's record schema (what runs.csv holds and what is aggregated).
 *
 * <pre>{@code
 * ExperimentResult r = Experiment.builder(Scenarios.load("baseline"))
 *         .runs(10_000).masterSeed(42).outputDirectory(Path.of("results/baseline"))
 *         .build()
 *         .run();                       // the scenario's model
 * }</pre>
 *
 * <p>{@link org.offramp.experiment.Experiment} describes an experiment, {@link org.offramp.experiment.ExperimentRunner}
 * runs it (its Javadoc states the guarantees: seed derivation, blocks, bit-identical results, resume,
 * failures), {@link org.offramp.experiment.ExperimentResult} holds the results. Aggregation lives in
 * {@code org.offramp.experiment.aggregate}, confidence intervals in {@code org.offramp.stats}.
 * docs/experiments.md describes {@code runs.csv}, {@code summary.json} and {@code checkpoint.json}.
 */
package org.offramp.experiment;
