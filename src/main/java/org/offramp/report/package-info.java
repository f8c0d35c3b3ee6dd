/**
 * What a reader gets of a finished experiment or policy experiment, built once for every caller:
 * the charts of an experiment ({@link org.offramp.report.ExperimentCharts}, the one chart pipeline of
 * the command line and the notebooks: the same charts under the same file names), the tables of its
 * outcomes, triggers and horizons ({@link org.offramp.report.OutcomeTables}, for the terminal and the
 * report), one run's timeline ({@link org.offramp.report.Timelines}) and the self-contained HTML
 * report of a results folder ({@link org.offramp.report.HtmlReport}).
 *
 * <p>It reads results through the experiment and design packages and draws through
 * {@link org.offramp.output}; it names no model: endings, triggers, colours, metrics, series and the
 * horizon come from the model's declarations.
 */
package org.offramp.report;
