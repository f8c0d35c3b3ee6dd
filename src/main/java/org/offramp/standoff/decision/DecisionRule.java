package org.offramp.standoff.decision;

import org.offramp.model.Scenario;

/**
 * How one actor values its actions. Implementations are stateless and thread-safe: everything
 * they need arrives as arguments.
 */
public interface DecisionRule {
    /**
     * Fills {@code utilities[i]} with the utility of the actor's i-th action
     * ({@code Action.of(view.self()).get(i)}), or {@link Double#NEGATIVE_INFINITY} when the action
     * is not available today. The hold (index 0) is always available.
     *
     * @param view      what the actor knows
     * @param scenario  the parameters
     * @param utilities the output, at least as long as the actor's repertoire
     */
    void utilities(ActorView view, Scenario scenario, double[] utilities);
}
