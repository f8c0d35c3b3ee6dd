/**
 * A small, stable surface for notebooks (Python through JPype, or any JVM language): in-memory
 * experiments and plain-row tables ({@link org.offramp.notebook.Notebooks}), per-run outcomes by
 * run index ({@link org.offramp.notebook.RunTable}), the results of the library's comparisons and
 * sweeps on common random numbers ({@code org.offramp.experiment.design}) as plain rows
 * ({@link org.offramp.notebook.DesignTables}), the library's charts written to a folder, and
 * decision rules compiled from source ({@link org.offramp.notebook.RuleCompiler}).
 *
 * <p>Everything here is built on the public API of {@code experiment}, {@code sim} and
 * {@code output}: it adds no model behaviour, and every number it returns equals what those
 * packages give for the same scenario, runs and master seed. Tables come back as lists of maps with
 * snake_case keys and plain values, so they become data frames without glue code.
 */
package org.offramp.notebook;
