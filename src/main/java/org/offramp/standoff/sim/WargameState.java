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
 * matter), and the day is resolved. MASON's own generator ({@code random}, seeded with the run's
 * seed) is used by nothing in the model, which draws only from the keyed streams of its
 * {@link World}.
 *
 * <p>Not thread-safe; one state per run.
 */
public final class WargameState extends DailyState {
    private static final long serialVersionUID = 1L;

    private final transient World world;
    private final transient List<ActorAgent> agents;
    /** Writes down the timeline of a replay; null in plain runs, which need none. */
    private transient TimelineRecorder timeline;

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
        for (Actor actor : Actor.ALL) {
            a.add(new ActorAgent(actor, rules[actor.ordinal()], scenario, world));
        }
        this.agents = List.copyOf(a);
    }

    /** The run's world. */
    public World world() {
        return world;
    }

    @Override
    protected void beginDay(int day) {
        world.beginDay(day);
        if (timeline != null && world.ended()) {
            // A shock ended the run as its day began: the day is not resolved, but it is the run's last.
            timeline.afterDay(world);
        }
    }

    @Override
    protected List<ActorAgent> agents() {
        return agents;
    }

    /**
     * Has the run's timeline written down, day by day; call before the run starts. It only reads the
     * world, so the run is the same with it or without.
     *
     * @return the recorder
     */
    TimelineRecorder recordTimeline() {
        timeline = new TimelineRecorder();
        return timeline;
    }

    @Override
    protected void resolveDay() {
        world.resolveDay();
        if (timeline != null) {
            timeline.afterDay(world);
        }
    }

    @Override
    public boolean ended() {
        return world.ended();
    }
}
