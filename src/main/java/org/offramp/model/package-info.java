/**
 * The domain vocabulary of the US–Iran standoff model: the six {@link org.offramp.model.Actor}s, their
 * {@link org.offramp.model.Action}s with rung, Goldstein intensity, pain and cost, the escalation
 * {@link org.offramp.model.Rung}s, the {@link org.offramp.model.Outcome}s and their
 * {@link org.offramp.model.Trigger}s, and what a run records ({@link org.offramp.model.RunRecord}) and
 * tells ({@link org.offramp.model.StoryEvent}). All types here are immutable.
 */
package org.offramp.model;
