/**
 * Charts of calibration and scenario discovery, written as PNG and SVG in the look of
 * {@link org.offramp.output.chart.Charts}.
 *
 * <p>{@link org.offramp.output.chart.discovery.AbcCharts} draws an ABC-SMC calibration: the trace
 * of tolerance, effective sample size and posterior means over generations
 * ({@link org.offramp.output.chart.discovery.AbcTraceData}), and each parameter's weighted posterior
 * over its prior range ({@link org.offramp.output.chart.discovery.PosteriorData}).
 * {@link org.offramp.output.chart.discovery.PrimCharts} draws a PRIM analysis: the coverage–density
 * trade-off of the peeling trajectory ({@link org.offramp.output.chart.discovery.TradeoffData}), the
 * limits of a selected box against the declared ranges
 * ({@link org.offramp.output.chart.discovery.BoxLimitsData}), and a pairs scatter of its restricted
 * factors ({@link org.offramp.output.chart.discovery.PairsData}).
 *
 * <p>As in the parent package, each chart takes one small immutable record of plain data, checked
 * when it is built, and nothing here knows a model or an algorithm: the calibration and discovery
 * packages turn their results into these records. Each {@code xxx} method writes {@code name.png}
 * and {@code name.svg} atomically; rendering is headless and depends only on the data.
 */
package org.offramp.output.chart.discovery;
