package org.offramp.standoff.decision;

import static org.offramp.standoff.decision.Consequences.common;

import org.offramp.model.Scenario;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;

/**
 * Tehran's hard-liners, the Supreme Leader's circle. Beyond the common terms (pain P = 1 - economic
 * health):
 * <ul>
 * <li>Holding gains {@code weight.wait x (1 - perceivedReelection)} before the election: waiting out
 * an administration that may lose.</li>
 * <li>Ordering proxy operations gains {@code weight.confront x P x perceivedReelection x (1 - orders)};
 * restraining them gains {@code weight.restrain x} the present risk of war, plus
 * {@code weight.restrainInTalks} while talks are open.</li>
 * <li>A nuclear step gains {@code weight.nuclear x P}.</li>
 * <li>Direct retaliation is available only after a strike it attributes to Washington (its
 * trigger) and gains {@code weight.retaliate x freshness}.</li>
 * <li>The Leader's refusal binds unless pain and cover are both above their thresholds. Accepting
 * talks needs a standing offer and a refusal that does not bind; it gains {@code weight.talks x (P + cover - H)}, H being Washington's
 * perceived hostility. Rejecting gains {@code weight.refusal} while the refusal binds.</li>
 * </ul>
 */
final class TehranRule implements DecisionRule {
    // an array, not the list, so the daily loop allocates no iterator
    private static final Action[] REPERTOIRE = Action.of(Actor.TEHRAN).toArray(new Action[0]);

    @Override
    public void utilities(ActorView v, Scenario s, double[] u) {
        Actor adv = Actor.WASHINGTON;
        double pain = v.ownPain();
        boolean talks = v.talksOpen();
        // the Leader's refusal binds unless pain and face-saving cover are both high (docs/ODD.md §4.4)
        boolean refusalBinds = v.leaderRefusesTalks() && !(pain >= s.get(Params.TEHRAN_REFUSAL_PAIN)
                && v.cover() >= s.get(Params.TEHRAN_REFUSAL_COVER));
        boolean beforeElection = v.day() < s.integer(Params.ELECTION_DAY);
        double reelection = beforeElection ? s.get(Params.TEHRAN_PERCEIVED_REELECTION) : (v.newAdministration() ? 0 : 1);
        int i = 0;
        for (Action a : REPERTOIRE) {
            double x;
            switch (a) {
                case TEHRAN_HOLD -> x = s.get(Params.propensity(a))
                        + (beforeElection ? s.get(Params.TEHRAN_W_WAIT) * (1 - reelection) : 0);
                case ORDER_PROXY_OPS -> x = talks ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.TEHRAN_W_CONFRONT) * pain * reelection * (1 - v.orders());
                case RESTRAIN_PROXIES -> x = v.orders() <= 0.05 ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.TEHRAN_W_RESTRAIN) * Consequences.presentRisk(v, adv)
                        + (talks ? s.get(Params.TEHRAN_W_RESTRAIN_IN_TALKS) : 0);
                case NUCLEAR_STEP -> x = talks || v.breakoutMonths() <= s.get(Params.BREAKOUT_MIN)
                        ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.TEHRAN_W_NUCLEAR) * pain;
                case THREATEN_SHIPPING -> x = common(v, s, a, adv);
                case DIRECT_RETALIATION -> x = !v.triggered() ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.TEHRAN_W_RETALIATE) * v.triggerFreshness();
                case ACCEPT_TALKS -> {
                    x = talks || !v.offerStanding() || refusalBinds ? Double.NEGATIVE_INFINITY
                            : common(v, s, a, adv) + s.get(Params.TEHRAN_W_TALKS) * (pain + v.cover() - v.hostility(adv));
                }
                case REJECT_TALKS -> x = talks || !v.offerStanding() ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + (refusalBinds ? s.get(Params.TEHRAN_W_REFUSAL) : 0);
                default -> throw new IllegalStateException("not Tehran's action: " + a);
            }
            u[i++] = x;
        }
    }
}
