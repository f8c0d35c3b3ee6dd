/**
 * The true state of the standoff and its daily mechanics: {@link org.offramp.standoff.world.World} orchestrates
 * a day over package-private state holders and one class per mechanic (calendar, effects, observation,
 * ladder, talks, slow variables, endings), with the camps and who blames whom in one place and the
 * actors' views; plus the run's random streams and the story of a run
 * ({@link org.offramp.standoff.world.Chronicle}).
 */
package org.offramp.standoff.world;
