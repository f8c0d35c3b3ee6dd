/**
 * The true state of the standoff and its daily mechanics ({@link org.offramp.model.world.World}), the run's
 * random streams, and the story of a run ({@link org.offramp.model.world.Chronicle}).
 */
package org.offramp.model.world;
