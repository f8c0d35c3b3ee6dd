/**
 * Scenarios: every parameter with unit, range and reason ({@link org.offramp.scenario.Params}), the immutable
 * {@link org.offramp.scenario.Scenario}, YAML scenario and experiment files with line-accurate errors, and
 * the embedded catalog ({@link org.offramp.scenario.Scenarios}).
 */
package org.offramp.scenario;
