/**
 * The domain vocabulary of the US–Iran standoff model (the flagship model): the six {@link org.offramp.standoff.Actor}s, their
 * {@link org.offramp.standoff.Action}s with rung, Goldstein intensity, pain and cost, the escalation
 * {@link org.offramp.standoff.Rung}s, the {@link org.offramp.standoff.Outcome}s and their
 * {@link org.offramp.standoff.Trigger}s, and what a run records ({@link org.offramp.standoff.StandoffRecord}) and
 * tells ({@link org.offramp.model.StoryEvent}). All types here are immutable.
 */
package org.offramp.standoff;
