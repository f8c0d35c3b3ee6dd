/**
 * Reproducible randomness: seed derivation ({@link org.offramp.random.Seeds}) and keyed streams split by
 * purpose and actor that restart every simulated day ({@link org.offramp.random.RandomStream}).
 */
package org.offramp.random;
