/**
 * Perception for any model with a fixed set of actors numbered 0 to N-1: every actor's beliefs about
 * every other (hostility and resolve, each a mean with a variance), updated from noisy, biased
 * observations by a precision-weighted rule; each actor's provocation and the days its triggers
 * fired; the revealed truth those beliefs aim at; the lenses (bias and noise per ordered pair)
 * through which observations are made; and noisy attribution of deniable acts, which may blame the
 * wrong actor or no one.
 *
 * <p>The package names no model: actors are indices, and randomness comes from the caller's
 * {@link org.offramp.random.RandomStream}s, so that a model keeps its keyed, common-random-number
 * streams.
 */
package org.offramp.perception;
