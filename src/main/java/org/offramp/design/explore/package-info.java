/**
 * Scenario discovery and calibration of the installed models: what connects the model-free methods
 * of {@link org.offramp.design.discovery} and {@link org.offramp.design.calibration} to the models,
 * their scenarios and the experiment files. The commands {@code offramp discover} and
 * {@code offramp calibrate} are its front end.
 *
 * <ul>
 *   <li>Discovery: {@link org.offramp.design.explore.DiscoverySpecLoader} reads a
 *       {@code kind: discover} file (or takes a sweep's or sensitivity analysis's factors) into a
 *       {@link org.offramp.design.explore.DiscoverySpec} with its
 *       {@link org.offramp.design.explore.DiscoveryOptions};
 *       {@link org.offramp.design.explore.DesignRuns} runs a Latin hypercube and keeps every run, one
 *       row per run with the measure's 0 or 1 as its outcome;
 *       {@link org.offramp.design.explore.DiscoveryAnalysis} applies PRIM, covering, resampling
 *       stability and, when asked for, CART and regional sensitivity to that table; and
 *       {@link org.offramp.design.explore.DiscoveryExperiments} does all of it end to end and writes
 *       the results folder.</li>
 *   <li>Results read back: {@link org.offramp.design.explore.RecordedRuns} turns a discovery's or a
 *       sweep's results folder into a discovery table, so that it can be analysed again (another
 *       measure, another box) without running anything.</li>
 *   <li>Calibration: {@link org.offramp.design.explore.CalibrationSpecLoader} reads a
 *       {@code kind: calibrate} file into a {@link org.offramp.design.explore.CalibrationSpec}: the
 *       parameters to fit with their uniform priors and the targets, each a
 *       {@link org.offramp.design.explore.Statistic} of the runs ({@code share(MEASURE)} or
 *       {@code mean(METRIC)}) with an observed value and its standard deviation;
 *       {@link org.offramp.design.explore.ModelSimulator} makes a model a calibration's simulator;
 *       {@link org.offramp.design.explore.CalibrationExperiments} fits by ABC-SMC or simulated
 *       moments, checks the fit and writes the results folder with a scenario file of the fitted
 *       values.</li>
 * </ul>
 *
 * <p>Every file is checked before any run, and an error names file, line, key path, value and what
 * is allowed. Every run's seed derives from the file's master seed, so tables, analyses and fits are
 * the same on any machine and for any thread count. See docs/discovery.md.
 */
package org.offramp.design.explore;
