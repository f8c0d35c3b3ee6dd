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
 * Its utilities array is allocated once per run; the repertoire is shared by all runs and the
 * logit's work array by the agents of a run, which step one after another.
 */
final class ActorAgent implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Each actor's repertoire as an array, indexed by actor ordinal; never modified. */
    private static final Action[][] REPERTOIRES = repertoires();

    private final Actor actor;
    private final transient World world;
    private final DecisionRule rule;
    private final Scenario scenario;
    private final double beta;
    private final Action[] repertoire;
    private final double[] utilities;
    private final double[] scratch;

    /**
     * @param scratch the logit's work array, at least as long as the actor's repertoire; the agents
     *                of a run may share one
     */
    ActorAgent(Actor actor, DecisionRule rule, Scenario scenario, World world, double[] scratch) {
        this.actor = actor;
        this.world = world;
        this.rule = rule;
        this.scenario = scenario;
        this.beta = scenario.get(Params.rationality(actor));
        this.repertoire = REPERTOIRES[actor.ordinal()];
        this.utilities = new double[repertoire.length];
        this.scratch = scratch;
    }

    private static Action[][] repertoires() {
        Action[][] r = new Action[Actor.COUNT][];
        for (Actor a : Actor.ALL) {
            r[a.ordinal()] = Action.of(a).toArray(new Action[0]);
        }
        return r;
    }

    /** The length of the longest repertoire: what a shared work array needs. */
    static int longestRepertoire() {
        int n = 0;
        for (Action[] r : REPERTOIRES) {
            n = Math.max(n, r.length);
        }
        return n;
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
