/**
 * How actors decide: {@link org.offramp.standoff.decision.ActorView} is everything an actor may know (its own
 * state, its own beliefs, public facts); each actor's {@link org.offramp.standoff.decision.DecisionRule}
 * values its actions from that view alone, and {@link org.offramp.standoff.decision.LogitChoice} picks one
 * with bounded rationality. This package depends on no class holding true state.
 */
package org.offramp.standoff.decision;
