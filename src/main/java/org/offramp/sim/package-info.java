/**
 * The model on MASON: a {@link org.offramp.sim.WargameState} (a {@code SimState}) schedules the calendar,
 * the six actor agents and the day's resolution; {@link org.offramp.sim.Simulation} is the public entry
 * point for one seeded run, with or without its story.
 */
package org.offramp.sim;
