/**
 * Charts of Monte Carlo experiments, written as PNG and SVG with JFreeChart and JFreeSVG.
 *
 * <p>Each chart takes one small immutable record of plain data, checked when it is built:
 * {@link org.offramp.output.chart.OutcomeShares}, {@link org.offramp.output.chart.CumulativeIncidence},
 * {@link org.offramp.output.chart.DayHistogram}, {@link org.offramp.output.chart.RungHistogram},
 * {@link org.offramp.output.chart.GroupedShares}, {@link org.offramp.output.chart.Differences},
 * {@link org.offramp.output.chart.SeriesWithBands} and {@link org.offramp.output.chart.HeatMap}.
 * {@link org.offramp.output.chart.Charts} turns them into charts and files; outcomes keep one colour
 * everywhere ({@link org.offramp.output.chart.OutcomeColors}). See {@code docs/charts.md}.
 */
package org.offramp.output.chart;
