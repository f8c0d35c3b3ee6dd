package org.offramp.examples.brinkmanship;

import org.offramp.model.Scenario;
import org.offramp.random.RandomStream;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One rival state as a MASON agent. Each day it reads the other side's rung through noise, keeps an
 * exponentially weighted belief of the other's hostility, and chooses to step up, hold or step down
 * by a logit choice: the larger the hostility it believes the other shows beyond its own rung, the
 * likelier it escalates. It sees the other side only through its belief; its own rung and whether
 * talks are open are public.
 *
 * <p>Draws one Gaussian a day from its observation stream and one uniform from its choice stream,
 * both keyed by its side. Not thread-safe; one per run.
 */
final class Rival implements Steppable {
    private static final long serialVersionUID = 1L;

    private final Side side;
    private final transient RandomStream eyes;
    private final transient RandomStream choice;
    private final double noise;
    private final double memory;
    private final double rationality;
    private final double moveCost;
    private final double hawkishness;
    private final double talksPull;
    /** What this side believes the other's hostility to be, in rungs. */
    private double belief;

    Rival(Side side, Scenario scenario, RandomStream eyes, RandomStream choice) {
        this.side = side;
        this.eyes = eyes;
        this.choice = choice;
        this.noise = scenario.get(CrisisParams.NOISE);
        this.memory = scenario.get(CrisisParams.MEMORY);
        this.rationality = scenario.get(CrisisParams.RATIONALITY);
        this.moveCost = scenario.get(CrisisParams.MOVE_COST);
        this.hawkishness = scenario.get(CrisisParams.hawkishness(side));
        this.talksPull = scenario.get(CrisisParams.TALKS_PULL);
        // Day 0 starts from where things stand: both sides know the crisis's opening rung.
        this.belief = scenario.integer(CrisisParams.START_RUNG);
    }

    /** This side's belief of the other's hostility, in rungs. @return the belief */
    double belief() {
        return belief;
    }

    @Override
    public void step(SimState state) {
        Crisis crisis = (Crisis) state;
        // region perceive
        int truth = crisis.rung(side.other());
        double observed = truth + noise * eyes.nextGaussian();
        belief += memory * (observed - belief);
        // endregion
        // region decide
        int own = crisis.rung(side);
        // The hostility this side believes the other shows beyond its own, plus its taste for escalation.
        double gap = belief - own + hawkishness;
        double up = own < Ladder.TOP ? gap - moveCost : Double.NEGATIVE_INFINITY;
        double down = own > 0 ? -gap - moveCost + (crisis.talksOpen() ? talksPull : 0) : Double.NEGATIVE_INFINITY;
        // Logit choice: P(move) is proportional to exp(rationality * utility), holding is worth 0. The
        // largest utility is subtracted first so that no weight overflows, whatever the parameters.
        double top = Math.max(0, Math.max(up, down));
        double wHold = weight(0 - top);
        double wUp = weight(up - top);
        double wDown = weight(down - top);
        double u = choice.nextDouble() * (wHold + wUp + wDown);
        int step = u < wUp ? 1 : u < wUp + wDown ? -1 : 0;
        crisis.submit(side, step, belief, truth);
        // endregion
    }

    /** exp(rationality * utility) for a utility at most 0; 0 for a move that is not available. */
    private double weight(double utility) {
        return utility == Double.NEGATIVE_INFINITY ? 0 : StrictMath.exp(rationality * utility);
    }
}
