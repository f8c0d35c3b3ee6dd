/**
 * A small, stable surface for notebooks (Python through JPype, or any JVM language), for any
 * installed model: in-memory experiments and plain-row tables ({@link org.offramp.notebook.Notebooks}),
 * per-run outcomes and metrics by run index ({@link org.offramp.notebook.RunTable}), the results of
 * the library's comparisons and sweeps on common random numbers ({@code org.offramp.design}) as
 * plain rows ({@link org.offramp.notebook.DesignTables}), the library's charts written to a folder,
 * and classes (such as a model's decision rules) compiled from source
 * ({@link org.offramp.notebook.RuleCompiler}).
 *
 * <p>Everything here is built on the public API of {@code model}, {@code experiment}, {@code design}
 * and {@code output}: it adds no model behaviour, and every number it returns equals what those
 * packages give for the same scenario, runs and master seed. Tables come back as lists of maps with
 * snake_case keys and plain values, so they become data frames without glue code.
 */
package org.offramp.notebook;
