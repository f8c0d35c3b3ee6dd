/**
 * The standoff on MASON: {@link org.offramp.standoff.sim.WargameState} (the library's
 * {@code DailyState}) steps the calendar, the six actor agents and the day's resolution;
 * {@link org.offramp.standoff.sim.Simulation} runs one seeded run, with or without its story and
 * with the built-in decision rules or others; {@link org.offramp.standoff.sim.StandoffModel} is the
 * standoff as a library {@link org.offramp.model.Model}, the one the service loader finds.
 */
package org.offramp.standoff.sim;
