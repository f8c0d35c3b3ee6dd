package org.offramp.standoff.decision;

import static org.offramp.standoff.decision.Consequences.neutral;

import org.offramp.model.Scenario;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.Rung;

/**
 * The UN: the Secretary-General, the Council and the Yemen envoy, with no adversary. Mediation in
 * Yemen gains {@code weight.mediate x (1 - momentum)}; convening the Council (once attacks are
 * referred, no vote pends and no resolution is in force) gains {@code weight.council}; proposing
 * an off-ramp framework gains {@code weight.framework x rung / 7}.
 */
final class UnRule implements DecisionRule {
    // an array, not the list, so the daily loop allocates no iterator
    private static final Action[] REPERTOIRE = Action.of(Actor.UN).toArray(new Action[0]);

    @Override
    public void utilities(ActorView v, Scenario s, double[] u) {
        double tension = v.ladder().level() / (double) (Rung.COUNT - 1);
        int i = 0;
        for (Action a : REPERTOIRE) {
            double x;
            switch (a) {
                case UN_HOLD -> x = s.get(Params.propensity(a));
                case MEDIATE_YEMEN -> x = !v.offRampEnabled(ActorView.OffRamp.UN_MEDIATION) ? Double.NEGATIVE_INFINITY
                        : neutral(v, s, a) + s.get(Params.UN_W_MEDIATE) * (1 - v.mediationMomentum());
                case CONVENE_COUNCIL -> x = !v.referralActive() || v.councilVotePending() || v.resolutionInForce()
                        ? Double.NEGATIVE_INFINITY : neutral(v, s, a) + s.get(Params.UN_W_COUNCIL);
                case PROPOSE_FRAMEWORK -> x = !v.offRampEnabled(ActorView.OffRamp.UN_FRAMEWORK)
                        || v.frameworkStanding() || v.talksOpen() ? Double.NEGATIVE_INFINITY
                        : neutral(v, s, a) + s.get(Params.UN_W_FRAMEWORK) * tension;
                default -> throw new IllegalStateException("not the UN's action: " + a);
            }
            u[i++] = x;
        }
    }
}
