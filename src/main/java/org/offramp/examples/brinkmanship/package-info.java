/**
 * Brinkmanship at a strait, the example model of {@code docs/your-own-model.md}: two rival states,
 * Blue and Red, climb or descend a six-rung escalation ladder on their noisy reading of each other's
 * hostility, while a mediator offers talks. A run ends in WAR (a side holds the top rung, or an
 * incident between two forces at the brink), in SETTLEMENT (talks open while both sides read the
 * other as calm), or as a STANDOFF at the horizon.
 *
 * <p>The files, in the order the tutorial writes them: {@link org.offramp.examples.brinkmanship.Side}
 * and {@link org.offramp.examples.brinkmanship.Ladder} (the vocabulary),
 * {@link org.offramp.examples.brinkmanship.CrisisParams} (parameters with reasons),
 * {@link org.offramp.examples.brinkmanship.CrisisRecord} and
 * {@link org.offramp.examples.brinkmanship.CrisisSchema} (what a run records, its endings),
 * {@code Crisis} (one run: the MASON state and the day's phases),
 * {@code Rival} and {@code Mediator} (the agents, MASON
 * {@code Steppable}s), and
 * {@link org.offramp.examples.brinkmanship.BrinkmanshipModel} (the model the service loader finds).
 */
package org.offramp.examples.brinkmanship;
