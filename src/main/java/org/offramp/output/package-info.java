/**
 * Output of experiments for people: aligned plain-text tables for the terminal
 * ({@link org.offramp.output.ConsoleTable}) and charts ({@link org.offramp.output.chart}), written
 * through {@link org.offramp.io.AtomicFiles}.
 *
 * <p>This package depends on no engine or model class: callers hand it plain data (labels, counts,
 * shares, colours), so that a model holds no file or chart code and output serves any model.
 */
package org.offramp.output;
