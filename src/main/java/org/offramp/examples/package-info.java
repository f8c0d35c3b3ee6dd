/**
 * Example models, each a complete wargame on the library's model interface
 * ({@link org.offramp.model.Model}) and its MASON building blocks ({@link org.offramp.sim.DailyState},
 * {@link org.offramp.random.KeyedStreams}), and nothing else of the library: code to copy when
 * writing a model of one's own. {@code docs/your-own-model.md} builds
 * {@link org.offramp.examples.brinkmanship.BrinkmanshipModel} step by step.
 */
package org.offramp.examples;
