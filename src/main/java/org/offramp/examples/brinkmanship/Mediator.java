package org.offramp.examples.brinkmanship;

import org.offramp.model.Scenario;
import org.offramp.random.RandomStream;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The mediator as a MASON agent: on a day when no talks are open, it offers them with a fixed daily
 * probability; each side answers by its own belief when the day is resolved. Draws one uniform a
 * day from its own stream. Not thread-safe; one per run.
 */
final class Mediator implements Steppable {
    private static final long serialVersionUID = 1L;

    private final transient RandomStream offers;
    private final double probability;

    Mediator(Scenario scenario, RandomStream offers) {
        this.offers = offers;
        this.probability = scenario.get(CrisisParams.OFFER);
    }

    // region mediate
    @Override
    public void step(SimState state) {
        Crisis crisis = (Crisis) state;
        // Drawn every day, talks open or not, so the mediator's draws never depend on the day's state
        // (its stream restarts daily, which already keeps later days aligned across scenarios).
        boolean offer = offers.chance(probability);
        if (offer && !crisis.talksOpen()) {
            crisis.offerTalks();
        }
    }
    // endregion
}
