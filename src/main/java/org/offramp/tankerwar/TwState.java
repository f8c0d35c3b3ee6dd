package org.offramp.tankerwar;

import java.util.ArrayList;
import java.util.List;
import org.offramp.model.Scenario;
import org.offramp.sim.DailyState;
import sim.engine.Steppable;

/**
 * One Tanker War run on MASON: the library's {@link DailyState} steps the calendar, the seven
 * actors (each a {@code Steppable} choosing from its own view of the start-of-day state) and the
 * resolution of the day.
 *
 * <p>Not thread-safe; one state per run.
 */
final class TwState extends DailyState {
    private static final long serialVersionUID = 1L;
    private final transient World world;
    private final transient List<Steppable> agents = new ArrayList<>();

    TwState(Scenario scenario, long seed, boolean tell) {
        super(seed);
        this.world = new World(scenario, streams(), tell);
        for (TwActor a : TwActor.ALL) {
            agents.add(state -> world.choose(a));
        }
    }

    World world() {
        return world;
    }

    @Override
    protected void beginDay(int day) {
        world.beginDay(day);
    }

    @Override
    protected List<Steppable> agents() {
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
