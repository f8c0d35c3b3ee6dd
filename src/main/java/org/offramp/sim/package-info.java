/**
 * MASON building blocks for any model: {@link org.offramp.sim.DailyState}, a {@code SimState} whose
 * schedule repeats a day of fixed phases (begin the day, step the agents, resolve the day) and that
 * holds the run's keyed random streams.
 */
package org.offramp.sim;
