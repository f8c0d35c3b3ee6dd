package org.offramp.standoff.sim;

import org.offramp.standoff.Actor;
import org.offramp.standoff.decision.DecisionRule;
import org.offramp.standoff.world.Chronicle;
import org.offramp.standoff.world.World;
import org.offramp.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON simulation state of one run. Its schedule repeats three kinds of steps every day (one
 * tick): ordering 0 begins the day (calendar, shocks), orderings 1 to 6 are the six actor agents
 * (each chooses from the start-of-day state, so moves are simultaneous and the order among them
 * does not matter), ordering 7 resolves the day. Distinct orderings mean MASON never needs to
 * shuffle; MASON's own generator ({@code random}, seeded with the run's seed) is used by nothing in
 * the model, which draws only from the keyed streams of its {@link World}.
 *
 * <p>Not thread-safe; one state per run.
 */
public final class WargameState extends SimState {
    private static final long serialVersionUID = 1L;
    private static final int BEGIN = 0;
    private static final int RESOLVE = Actor.COUNT + 1;

    private final transient Scenario scenario;
    private final transient World world;
    private final transient DecisionRule[] rules;

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
        this.scenario = scenario;
        this.world = new World(scenario, seed, story);
        this.rules = rules.clone();
    }

    /** The run's world. */
    public World world() {
        return world;
    }

    @Override
    public void start() {
        super.start();
        schedule.scheduleRepeating(0.0, BEGIN, (Steppable) state -> {
            if (!world.ended()) {
                world.beginDay((int) Math.round(schedule.getTime()));
            }
        }, 1.0);
        for (Actor a : Actor.ALL) {
            schedule.scheduleRepeating(0.0, 1 + a.ordinal(), new ActorAgent(a, rules[a.ordinal()], scenario), 1.0);
        }
        schedule.scheduleRepeating(0.0, RESOLVE, (Steppable) state -> {
            if (!world.ended()) {
                world.resolveDay();
            }
        }, 1.0);
    }

    /** Steps the schedule day by day until the world's run ends. */
    void runToEnd() {
        start();
        while (!world.ended()) {
            if (!schedule.step(this)) {
                throw new IllegalStateException("the schedule ran dry on day " + world.day());
            }
        }
        finish();
    }
}
