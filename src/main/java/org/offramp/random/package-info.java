/**
 * Reproducible randomness for any model: seed derivation ({@link org.offramp.random.Seeds}) and keyed
 * streams ({@link org.offramp.random.RandomStream}), keyed by a model's own purpose codes and actor
 * indices, that restart every simulated day; a run's streams are held together by
 * {@link org.offramp.random.KeyedStreams}.
 */
package org.offramp.random;
