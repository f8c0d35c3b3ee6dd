/**
 * Scenario discovery: which combinations of assumptions lead to an outcome of interest.
 *
 * <p>The input is a {@link org.offramp.design.discovery.DiscoveryTable}: factor columns with
 * declared types and ranges ({@link org.offramp.design.discovery.FactorSpec}) and one outcome
 * column, binary or a share. It can be filled from any design's per-point results or from a runs
 * table with factor columns, for any measure of any model.
 *
 * <ul>
 *   <li>{@link org.offramp.design.discovery.Prim}: the Patient Rule Induction Method with peeling,
 *       pasting, the coverage–density trajectory, box inspection with quasi-p-values, covering and
 *       resampling stability, following the EMA Workbench;</li>
 *   <li>{@link org.offramp.design.discovery.Cart}: a classification tree (Gini) whose leaves read
 *       as rules;</li>
 *   <li>{@link org.offramp.design.discovery.RegionalSensitivity}: Spear and Hornberger's regional
 *       sensitivity analysis, the Kolmogorov–Smirnov distance per factor;</li>
 *   <li>{@link org.offramp.design.discovery.DiscoveryTables} and
 *       {@link org.offramp.design.discovery.DiscoveryCharts}: CSV and Markdown tables, PNG and SVG
 *       charts of the results.</li>
 * </ul>
 *
 * <p>Every algorithm is deterministic: results depend only on the table, the options and, for
 * resampling, an explicit seed. See docs/discovery.md.
 */
package org.offramp.design.discovery;
