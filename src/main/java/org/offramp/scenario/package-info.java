/**
 * Scenario, experiment and policy files for any model: loading with line-accurate errors
 * ({@link org.offramp.scenario.ScenarioLoader}, {@link org.offramp.scenario.ExperimentSpecLoader}), the
 * {@code model:} key (default: the default model), {@code --set} overrides
 * ({@link org.offramp.scenario.Overrides}), the one YAML layer ({@link org.offramp.scenario.YamlReader},
 * {@link org.offramp.scenario.YamlFields}), the one number rule ({@link org.offramp.scenario.Numbers}),
 * the bounds of experiment settings ({@link org.offramp.scenario.Limits}) and the entry point that
 * takes an embedded name or a file ({@link org.offramp.scenario.Scenarios}). The values themselves
 * are {@link org.offramp.model.Scenario}s of a model's {@link org.offramp.model.Parameters}.
 */
package org.offramp.scenario;
