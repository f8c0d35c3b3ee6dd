/**
 * Perception: every actor's beliefs about every other (hostility and resolve, each with uncertainty),
 * updated from noisy, biased, sometimes misattributed observations, and the revealed truth those beliefs
 * aim at.
 */
package org.offramp.standoff.perception;
