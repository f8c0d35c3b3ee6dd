package org.offramp.standoff.decision;

import org.offramp.standoff.Actor;

/** The decision rule of each actor. */
public final class Rules {
    private static final DecisionRule[] RULES = {
        new WashingtonRule(), new TehranRule(), new IrgcRule(), new GulfRule(), new UnRule(), new MoscowRule()
    };

    private Rules() {
    }

    /**
     * {@return the built-in rule of an actor; stateless and shareable}
     *
     * @param actor the deciding actor
     */
    public static DecisionRule of(Actor actor) {
        return RULES[actor.ordinal()];
    }
}
