package org.offramp.standoff.decision;

import static org.offramp.standoff.decision.Consequences.common;

import org.offramp.model.Scenario;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.Rung;

/**
 * Washington's hard-liners under a war-averse President. Beyond the common terms:
 * <ul>
 * <li>Direct strikes are available only with a trigger (an attack on Americans it attributes to
 * Tehran or the IRGC, within its trigger memory) or on a day the restraint gate opens. Both strike
 * options lose {@code weight.restraint x restraint} unless the gate opened, and gain
 * {@code weight.retaliate x freshness} (1 on a gate day).</li>
 * <li>A strike campaign is available after a trigger only once blows have been exchanged (ladder at
 * rung 5 or more) or, when the trigger is an attack attributed to Tehran itself (not a proxy), where
 * hard-liners seek a disproportionate answer ({@code punchInTheNose > 0}); it then gains
 * {@code weight.punch x punchInTheNose}. A campaign under way gains {@code weight.momentum}.</li>
 * <li>More sanctions gain {@code weight.pressure x (1 - R)}, where R is Tehran's perceived resolve:
 * the rosy lens (a negative resolve bias) makes pressure look more promising.</li>
 * <li>Deploying forces gains {@code weight.deploy x provocation}, plus {@code weight.protectionRequest}
 * after a Gulf request for protection.</li>
 * <li>Offering talks gains {@code weight.talks x (1 - R)} (plus {@code weight.newAdministrationTalks} for a
 * new administration); easing is available in talks or under a new administration. A strike campaign is
 * also available on a gate day once the ladder stands at rung 5 or more.</li>
 * </ul>
 */
final class WashingtonRule implements DecisionRule {
    // an array, not the list, so the daily loop allocates no iterator
    private static final Action[] REPERTOIRE = Action.of(Actor.WASHINGTON).toArray(new Action[0]);

    @Override
    public void utilities(ActorView v, Scenario s, double[] u) {
        Actor adv = Actor.TEHRAN;
        double believedResolve = v.resolve(adv);
        boolean talks = v.talksOpen();
        boolean gate = v.gateOpen();
        boolean strikeable = v.triggered() || gate;
        double restraintPenalty = gate && !v.triggered() ? 0 : s.get(Params.WASHINGTON_W_RESTRAINT) * v.restraint();
        double retaliation = s.get(Params.WASHINGTON_W_RETALIATE) * (v.triggered() ? v.triggerFreshness() : gate ? 1 : 0);
        int i = 0;
        for (Action a : REPERTOIRE) {
            double x;
            switch (a) {
                case WASHINGTON_HOLD -> x = s.get(Params.propensity(a));
                case ADD_SANCTIONS -> x = v.sanctions() >= 1 || talks ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.WASHINGTON_W_PRESSURE) * (1 - believedResolve);
                case DEPLOY_FORCES -> x = v.deployment() >= 1 ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.WASHINGTON_W_DEPLOY)
                        * v.provocation() + (v.protectionRequested() ? s.get(Params.WASHINGTON_W_PROTECTION_REQUEST) : 0);
                case THREATEN_FORCE -> x = common(v, s, a, adv);
                case CYBER_OPERATION -> x = talks ? Double.NEGATIVE_INFINITY : common(v, s, a, adv);
                case LIMITED_STRIKE -> x = !strikeable ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) - restraintPenalty + retaliation;
                case STRIKE_CAMPAIGN -> {
                    boolean escalated = v.ladder().level() >= Rung.LIMITED_STRIKE.level();
                    double punch = v.triggeredByState() ? s.get(Params.WASHINGTON_PUNCH) : 0;
                    boolean available = v.campaignUnderWay() || (strikeable && (escalated || punch > 0));
                    x = !available ? Double.NEGATIVE_INFINITY
                            : common(v, s, a, adv) - restraintPenalty + retaliation
                            + s.get(Params.WASHINGTON_W_PUNCH) * punch
                            + (v.campaignUnderWay() ? s.get(Params.WASHINGTON_W_MOMENTUM) : 0);
                }
                case OFFER_TALKS -> x = talks || v.washingtonOfferStanding() ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.WASHINGTON_W_TALKS)
                        * (1 - believedResolve) + (v.newAdministration() ? s.get(Params.WASHINGTON_W_NEW_ADMIN_TALKS) : 0);
                case EASE_SANCTIONS -> x = !(talks || v.newAdministration()) || v.sanctions() <= 0
                        ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.WASHINGTON_W_TALKS) * (talks ? 1 : 0.5);
                default -> throw new IllegalStateException("not Washington's action: " + a);
            }
            u[i++] = x;
        }
    }
}
