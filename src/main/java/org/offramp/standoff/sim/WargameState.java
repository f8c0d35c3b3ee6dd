package org.offramp.standoff.sim;

import java.util.ArrayList;
import java.util.List;
import org.offramp.model.Scenario;
import org.offramp.sim.DailyState;
import org.offramp.standoff.Actor;
import org.offramp.standoff.decision.DecisionRule;
import org.offramp.standoff.world.Chronicle;
import org.offramp.standoff.world.World;

/**
 * The MASON simulation state of one standoff run, on the library's {@link DailyState}: each day
 * (one tick) begins (the keyed streams restart, then the calendar and shocks), the six actor agents
 * choose, each from the start-of-day state (so moves are simultaneous and their order does not
 * matter), and the day is resolved. The model draws only from the keyed streams of its
 * {@link World}; the state has no MASON generator.
 *
 * <p>Not thread-safe; one state per run.
 */
public final class WargameState extends DailyState {
    private static final long serialVersionUID = 1L;

    private final transient World world;
    private final transient List<ActorAgent> agents;

    /**
     * Creates the state of one run.
     *
     * @param scenario the parameters
     * @param seed     the run's seed
     * @param story    where the story goes
     * @param rules    the decision rule of each actor, indexed by {@link Actor#ordinal()}
     */
    public WargameState(Scenario scenario, long seed, Chronicle story, DecisionRule[] rules) {
        super(seed);
        if (rules.length != Actor.COUNT) {
            throw new IllegalArgumentException("rules must have one rule per actor (" + Actor.COUNT + "), but had "
                    + rules.length);
        }
        this.world = new World(scenario, streams(), story);
        List<ActorAgent> a = new ArrayList<>();
        double[] scratch = new double[ActorAgent.longestRepertoire()];
        for (Actor actor : Actor.ALL) {
            a.add(new ActorAgent(actor, rules[actor.ordinal()], scenario, world, scratch));
        }
        this.agents = List.copyOf(a);
    }

    /** {@return the run's world} */
    public World world() {
        return world;
    }

    @Override
    protected void beginDay(int day) {
        world.beginDay(day);
    }

    @Override
    protected List<ActorAgent> agents() {
        return agents;
    }

    @Override
    protected void resolveDay() {
        world.resolveDay();
    }

    @Override
    public boolean ended() {
        return world.ended();
    }
}
