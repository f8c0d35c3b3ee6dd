package org.offramp.standoff.decision;

import static org.offramp.standoff.decision.Consequences.common;

import org.offramp.model.Scenario;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;

/**
 * Saudi Arabia and the UAE, who bear the damage of gray-zone attacks. Asking Washington for
 * protection gains {@code weight.protection x provocation}; a Council referral (when the off-ramp
 * is enabled, none stands and an attack is felt) gains {@code weight.referral x provocation}; a back
 * channel to Tehran (hedging) gains {@code weight.hedge x} the present risk of war; raising output
 * gains {@code weight.oil x} disruption.
 */
final class GulfRule implements DecisionRule {
    // an array, not the list, so the daily loop allocates no iterator
    private static final Action[] REPERTOIRE = Action.of(Actor.GULF).toArray(new Action[0]);

    @Override
    public void utilities(ActorView v, Scenario s, double[] u) {
        Actor adv = Actor.TEHRAN;
        double provocation = v.provocation();
        int i = 0;
        for (Action a : REPERTOIRE) {
            double x;
            switch (a) {
                case GULF_HOLD -> x = s.get(Params.propensity(a));
                case REQUEST_PROTECTION -> x = common(v, s, a, adv) + s.get(Params.GULF_W_PROTECTION) * provocation;
                case REFER_TO_COUNCIL -> x = !v.offRampEnabled(ActorView.OffRamp.COUNCIL_REFERRAL)
                        || v.referralActive() || provocation < 0.02 ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.GULF_W_REFERRAL) * provocation;
                case BACKCHANNEL_TEHRAN -> x = common(v, s, a, adv)
                        + s.get(Params.GULF_W_HEDGE) * Consequences.presentRisk(v, adv);
                case RAISE_OIL_OUTPUT -> x = common(v, s, a, adv) + s.get(Params.GULF_W_OIL) * v.oilDisruption();
                default -> throw new IllegalStateException("not the Gulf states' action: " + a);
            }
            u[i++] = x;
        }
    }
}
