package org.offramp.standoff.decision;

import static org.offramp.standoff.decision.Consequences.common;

import org.offramp.model.Scenario;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;

/**
 * The IRGC and its proxies: partly Tehran's instrument, partly autonomous. Every hostile act gains
 * {@code weight.orders x ((1 - autonomy) x orders + autonomy x H)}, where H is the Guard's own
 * perception of Washington's hostility (principal–agent slippage), and loses
 * {@code weight.council} while a Council resolution is in force; drone strikes by the Houthis lose
 * {@code weight.mediation x} the momentum of UN mediation in Yemen. Standing down gains
 * {@code weight.orders x (1 - autonomy) x (1 - orders)}.
 */
final class IrgcRule implements DecisionRule {
    // an array, not the list, so the daily loop allocates no iterator
    private static final Action[] REPERTOIRE = Action.of(Actor.IRGC).toArray(new Action[0]);

    @Override
    public void utilities(ActorView v, Scenario s, double[] u) {
        Actor adv = Actor.WASHINGTON;
        double autonomy = s.get(Params.IRGC_AUTONOMY);
        double wOrders = s.get(Params.IRGC_W_ORDERS);
        double drive = wOrders * ((1 - autonomy) * v.orders() + autonomy * v.hostility(adv));
        double council = v.resolutionInForce() ? s.get(Params.IRGC_W_COUNCIL) : 0;
        int i = 0;
        for (Action a : REPERTOIRE) {
            double x;
            switch (a) {
                case IRGC_HOLD -> x = s.get(Params.propensity(a));
                case MINE_TANKER, ROCKET_ATTACK, MISSILE_SHIPMENT -> x = common(v, s, a, adv) + drive - council;
                case DRONE_STRIKE -> x = common(v, s, a, adv) + drive - council
                        - s.get(Params.IRGC_W_MEDIATION) * v.mediationMomentum();
                case STAND_DOWN -> x = common(v, s, a, adv) + wOrders * (1 - autonomy) * (1 - v.orders());
                default -> throw new IllegalStateException("not the IRGC's action: " + a);
            }
            u[i++] = x;
        }
    }
}
