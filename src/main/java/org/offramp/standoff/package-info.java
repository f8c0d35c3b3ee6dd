/**
 * The flagship model: the US–Iran gray-zone standoff of May 2019. This package holds its vocabulary
 * (the six {@link org.offramp.standoff.Actor}s, their {@link org.offramp.standoff.Action}s with rung,
 * Goldstein intensity, pain and cost, the escalation {@link org.offramp.standoff.Rung}s, the
 * {@link org.offramp.standoff.Outcome}s and their {@link org.offramp.standoff.Trigger}s), its
 * parameters ({@link org.offramp.standoff.Params}, the registry instance
 * {@link org.offramp.standoff.Params#REGISTRY}), its typed record ({@link org.offramp.standoff.StandoffRecord})
 * and its metric table ({@link org.offramp.standoff.StandoffSchema}), which declares every
 * {@code runs.csv} column. The model itself, as the library's
 * {@link org.offramp.model.Model}, is {@link org.offramp.standoff.sim.StandoffModel}.
 *
 * <p>The standoff sees only the library's model interface ({@code org.offramp.model}) and building
 * blocks ({@code org.offramp.sim}, {@code org.offramp.random}); nothing outside it refers to it but
 * its service registration file.
 */
package org.offramp.standoff;
