/**
 * Streaming aggregates of runs: memory independent of the number of runs, and an associative,
 * bit-exact {@code merge} shared by the local engine and any distributed one.
 */
package org.offramp.experiment.aggregate;
