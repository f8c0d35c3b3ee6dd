/**
 * The model on MASON: a {@link org.offramp.standoff.sim.WargameState} (a {@code SimState}) schedules the calendar,
 * the six actor agents and the day's resolution; {@link org.offramp.standoff.sim.Simulation} is the public entry
 * point for one seeded run, with or without its story.
 */
package org.offramp.standoff.sim;
