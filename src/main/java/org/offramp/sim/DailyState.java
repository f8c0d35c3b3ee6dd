package org.offramp.sim;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.offramp.random.KeyedStreams;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON simulation state of one run of a model that moves in days of fixed phases: the day
 * begins (the run's keyed random streams restart, then the model's calendar and shocks), every
 * agent acts, and the day is resolved. The phases run as one repeating {@link Sequence}, MASON's
 * way of stepping a fixed order, one tick a day; agents are MASON {@link Steppable}s.
 *
 * <pre>{@code
 * final class MyState extends DailyState {
 *     MyState(long seed) { super(seed); ... streams().stream(CHOICE, i, 0) ... }
 *     protected void beginDay(int day) { ... }
 *     protected List<Steppable> agents() { return agents; }
 *     protected void resolveDay() { ... }
 *     public boolean ended() { return world.ended(); }
 * }
 * new MyState(seed).runToEnd();
 * }</pre>
 *
 * <p>Agents are stepped only while the run has not ended, and in the order {@link #agents()}
 * lists them; a model whose agents move simultaneously (each choosing from the start-of-day state)
 * gets the same run in any order.
 *
 * <p>Models draw only from the keyed {@link #streams()}, whose guarantees (a day's draws follow from
 * the run's seed, the stream's key and the day alone) MASON's own generator could not give. This
 * state therefore has no MASON generator: {@link #random} is null, which spares every run the
 * 2.5 KB of a {@code MersenneTwisterFast} and the 1,249 draws with which {@code SimState.start()}
 * primes it.
 *
 * <p>Not thread-safe; one state per run.
 */
public abstract class DailyState extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient KeyedStreams streams;

    /**
     * Creates the state of the run with this seed.
     *
     * @param seed the run's seed
     */
    protected DailyState(long seed) {
        super((MersenneTwisterFast) null, new Schedule());
        this.streams = new KeyedStreams(seed);
    }

    /** {@return the run's keyed random streams, restarted at the start of every day} */
    public final KeyedStreams streams() {
        return streams;
    }

    /**
     * The first phase of day {@code day}, after the streams have restarted: the calendar and
     * shocks. Not called once the run has ended.
     *
     * @param day the day, from 0
     */
    protected abstract void beginDay(int day);

    /** {@return the agents, in the order they are stepped each day; called once, when the run starts} */
    protected abstract List<? extends Steppable> agents();

    /** The last phase of the day: resolving what the agents did. Not called once the run has ended. */
    protected abstract void resolveDay();

    /** {@return whether the run has ended} */
    public abstract boolean ended();

    /** {@return the day being played: the schedule's time, from 0} */
    public final int day() {
        return (int) Math.round(schedule.getTime());
    }

    @Override
    public void start() {
        // Not super.start(), which would prime the generator this state does not have and stop
        // asynchronous steppables, of which it has none: what remains is to reset the schedule.
        schedule.reset();
        List<Steppable> steps = new ArrayList<>();
        steps.add(state -> {
            if (!ended()) {
                int d = day();
                streams.startDay(d);
                beginDay(d);
            }
        });
        for (Steppable agent : agents()) {
            steps.add(state -> {
                if (!ended()) {
                    agent.step(state);
                }
            });
        }
        steps.add(state -> {
            if (!ended()) {
                resolveDay();
            }
        });
        schedule.scheduleRepeating(0.0, 0, new Sequence(steps.toArray(new Steppable[0])), 1.0);
    }

    /**
     * Starts the run and steps it day by day until it ends.
     *
     * @throws IllegalStateException if the schedule runs dry before the run ends
     */
    public final void runToEnd() {
        start();
        while (!ended()) {
            if (!schedule.step(this)) {
                throw new IllegalStateException("the schedule ran dry on day " + day());
            }
        }
        finish();
    }
}
