/**
 * Output of experiments: files written atomically ({@link org.offramp.output.AtomicFiles}),
 * binomial confidence intervals for outcome shares ({@link org.offramp.stats.ConfidenceIntervals})
 * and aligned plain-text tables for the terminal ({@link org.offramp.output.ConsoleTable}).
 * Charts are in {@link org.offramp.output.chart}.
 *
 * <p>This package depends on no engine or model class: callers hand it plain data (labels, counts,
 * shares), so that the model holds no file or chart code and output can be reused for any
 * experiment.
 */
package org.offramp.output;
