package org.offramp.standoff.sim;

import java.util.ArrayList;
import java.util.List;
import org.offramp.model.Scenario;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.StandoffRecord;
import org.offramp.standoff.decision.DecisionRule;
import org.offramp.standoff.decision.LogitChoice;
import org.offramp.standoff.world.Chronicle;
import org.offramp.standoff.world.World;

/**
 * Drives a {@link World} day by day exactly as {@link WargameState}'s schedule does (begin the day,
 * each actor values its actions and draws one uniform from its choice stream, resolve the day), but
 * keeps the uniforms each actor drew. Tests check that the driven record equals
 * {@link Simulation#run}'s, so what they learn from the uniforms holds for the real schedule.
 */
final class Driver {
    private Driver() {
    }

    /**
     * A driven run.
     *
     * @param record   the run's record
     * @param uniforms for each day played, the choice uniform of each actor, by ordinal
     * @param world    the world at the end of the run
     */
    record Driven(StandoffRecord record, List<double[]> uniforms, World world) {
    }

    static Driven drive(Scenario s, long seed) {
        World w = new World(s, seed, Chronicle.OFF);
        DecisionRule[] rules = Simulation.builtInRules();
        List<double[]> uniforms = new ArrayList<>();
        for (int d = 0; !w.ended(); d++) {
            w.beginDay(d);
            if (w.ended()) {
                break;
            }
            double[] u = new double[Actor.COUNT];
            for (Actor a : Actor.ALL) {
                List<Action> repertoire = Action.of(a);
                double[] utilities = new double[repertoire.size()];
                rules[a.ordinal()].utilities(w.view(a), s, utilities);
                u[a.ordinal()] = w.choiceStream(a).nextDouble();
                int k = LogitChoice.choose(utilities, repertoire.size(), s.get(Params.rationality(a)), u[a.ordinal()],
                        new double[repertoire.size()]);
                w.submit(a, repertoire.get(k));
            }
            uniforms.add(u);
            w.resolveDay();
        }
        return new Driven(w.record(), uniforms, w);
    }

    /** Runs the real simulation and returns its world, for the beliefs and the truth. */
    static World runWorld(Scenario s, long seed) {
        WargameState state = new WargameState(s, seed, Chronicle.OFF, Simulation.builtInRules());
        state.runToEnd();
        return state.world();
    }
}
