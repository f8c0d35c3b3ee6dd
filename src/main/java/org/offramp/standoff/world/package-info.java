/**
 * The true state of the standoff and its daily mechanics ({@link org.offramp.standoff.world.World}), the run's
 * random streams, and the story of a run ({@link org.offramp.standoff.world.Chronicle}).
 */
package org.offramp.standoff.world;
