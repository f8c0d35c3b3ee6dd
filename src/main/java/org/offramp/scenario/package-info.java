/**
 * Scenarios: every parameter with unit, range and reason ({@link org.offramp.standoff.Params}), the immutable
 * {@link org.offramp.model.Scenario}, YAML scenario and experiment files with line-accurate errors, and
 * the embedded catalog ({@link org.offramp.scenario.Scenarios}).
 */
package org.offramp.scenario;
