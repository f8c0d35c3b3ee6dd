/**
 * Calibration: which parameter values reproduce what was observed.
 *
 * <p>{@link org.offramp.design.calibration.AbcSmc} fits chosen
 * {@link org.offramp.design.calibration.CalibrationParameter}s with uniform priors to
 * {@link org.offramp.design.calibration.Targets} (statistics with their uncertainty, read from a
 * targets file) by approximate Bayesian computation with sequential Monte Carlo, calling any model
 * through the one-method {@link org.offramp.design.calibration.Simulator}. The result, an
 * {@link org.offramp.design.calibration.AbcResult}, is a weighted posterior sample with its
 * per-generation trace. {@link org.offramp.design.calibration.SimulatedMoments} gives instead the
 * best fit of real parameters by the method of simulated moments with Commons Math's CMA-ES, with
 * standard errors. {@link org.offramp.design.calibration.CalibrationTables} and
 * {@link org.offramp.design.calibration.CalibrationCharts} write it as tables and charts.
 *
 * <p>Every draw and simulation seed derives from an explicit master seed, and results are
 * bit-identical for any thread count. See docs/discovery.md.
 */
package org.offramp.design.calibration;
