/**
 * Charts of Monte Carlo experiments, written as PNG and SVG with JFreeChart and JFreeSVG.
 *
 * <p>Each chart takes one small immutable record of plain data, checked when it is built:
 * {@link org.offramp.output.chart.OutcomeShares}, {@link org.offramp.output.chart.CumulativeIncidence},
 * {@link org.offramp.output.chart.DayHistogram}, {@link org.offramp.output.chart.ValueHistogram},
 * {@link org.offramp.output.chart.GroupedShares}, {@link org.offramp.output.chart.Differences},
 * {@link org.offramp.output.chart.SeriesWithBands} and {@link org.offramp.output.chart.HeatMap}.
 * {@link org.offramp.output.chart.Charts} turns them into charts and files; a model's endings keep
 * the colours it declares in every chart ({@link org.offramp.output.chart.OutcomeColors}). Nothing
 * here knows a model: labels, colours and counts arrive as data. See {@code docs/charts.md}.
 */
package org.offramp.output.chart;
