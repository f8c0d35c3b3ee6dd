package org.offramp.standoff.sim;

import org.offramp.model.Scenario;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.decision.ActorView;
import org.offramp.standoff.decision.DecisionRule;
import org.offramp.standoff.decision.LogitChoice;
import org.offramp.standoff.world.World;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One actor as a MASON agent: each day it reads its {@link ActorView}, values its actions with its
 * {@link DecisionRule} and picks one by the logit rule with one draw from its own choice stream.
 * Its work arrays are allocated once per run.
 */
final class ActorAgent implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final transient World world;
    private final DecisionRule rule;
    private final Scenario scenario;
    private final double beta;
    private final Action[] repertoire;
    private final double[] utilities;
    private final double[] scratch;

    ActorAgent(Actor actor, DecisionRule rule, Scenario scenario, World world) {
        this.actor = actor;
        this.world = world;
        this.rule = rule;
        this.scenario = scenario;
        this.beta = scenario.get(Params.rationality(actor));
        this.repertoire = Action.of(actor).toArray(new Action[0]);
        this.utilities = new double[repertoire.length];
        this.scratch = new double[repertoire.length];
    }

    @Override
    public void step(SimState state) {
        if (world.ended()) {
            return;
        }
        ActorView view = world.view(actor);
        rule.utilities(view, scenario, utilities);
        double u = world.choiceStream(actor).nextDouble();
        int k = LogitChoice.choose(utilities, repertoire.length, beta, u, scratch);
        world.submit(actor, repertoire[k]);
    }
}
