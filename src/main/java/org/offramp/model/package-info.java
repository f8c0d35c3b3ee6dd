/**
 * The model interface (SPI): what a wargame declares so that the library can run, aggregate,
 * compare, chart and tell it without knowing it.
 *
 * <p>A {@link org.offramp.model.Model} has a name, its parameters as a registry instance
 * ({@link org.offramp.model.Parameters} of {@link org.offramp.model.Param}s: unit, default, range,
 * reason), its {@link org.offramp.model.Endings} (outcome categories with labels and colours, the
 * horizon ending, the triggers), its per-run record as a {@link org.offramp.model.RecordSchema} of
 * declared {@link org.offramp.model.Metric}s of a {@link org.offramp.model.MetricKind}, its embedded
 * scenarios ({@link org.offramp.model.ScenarioCatalog}), how to run one seed and how to tell that
 * run as a story ({@link org.offramp.model.Replay} of {@link org.offramp.model.StoryEvent}s).
 * {@link org.offramp.model.Scenario} holds a model's parameter values; the generic
 * {@link org.offramp.model.RunRecord} is what the engines see of a run. Models are found with
 * {@link java.util.ServiceLoader} ({@link org.offramp.model.Models}).
 *
 * <p>This package depends on nothing else of the library.
 */
package org.offramp.model;
