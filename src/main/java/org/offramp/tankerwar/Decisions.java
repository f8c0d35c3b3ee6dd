package org.offramp.tankerwar;

import java.util.Arrays;
import java.util.List;
import org.offramp.model.Scenario;
import org.offramp.random.RandomStream;

/**
 * How each actor values its acts, from its {@link View} alone, and the logit choice among them: the
 * probability of an available act is proportional to {@code exp(U)}, with {@code U = 0} for holding.
 * Utilities are a propensity (calibrated or assumed, see {@link TwParams}) plus terms in the
 * viewer's beliefs and the public facts, so that rates move with provocation, triggers and
 * diplomacy as design §7 describes.
 *
 * <p>Stateless apart from the scenario; thread-safe.
 */
final class Decisions {
    private static final double NO = Double.NEGATIVE_INFINITY;
    private final Scenario s;
    private final double restraint;
    private final double hardliners;

    Decisions(Scenario scenario) {
        this.s = scenario;
        this.restraint = s.get(TwParams.RESTRAINT);
        this.hardliners = s.get(TwParams.HARDLINERS);
    }

    /** The acts of an actor, hold first. */
    static List<Act> repertoire(TwActor actor) {
        return Arrays.stream(Act.values()).filter(a -> a.actor() == actor).toList();
    }

    /**
     * The utility of one act for its actor, or negative infinity when it is not available.
     *
     * @param a the act
     * @param v its actor's view
     * @return the utility
     */
    double utility(Act a, View v) {
        double p = v.provocation();
        return switch (a) {
            case W_HOLD, T_HOLD, I_HOLD, Q_HOLD, G_HOLD, M_HOLD, U_HOLD -> 0;
            // Washington: deployments and sweeping answer the threat it perceives; force needs a trigger or a sighting
            case DEPLOY -> v.ships() >= s.integer(TwParams.MAX_SHIPS) ? NO
                    : -5 + 3 * p + 2 * (v.hostility(TwActor.TEHRAN) - 0.5) + 2 * hardliners;
            case SWEEP -> -4 + 4 * v.mineDensity();
            case ENGAGE -> v.sighting() ? 1 + 3 * p + 2 * hardliners - 3 * restraint : NO;
            case LIMITED_STRIKE -> v.triggerLive()
                    ? s.get(TwParams.STRIKE_BASE) + 4 * p + 2 * hardliners + 2 * (v.hostility(TwActor.TEHRAN) - 0.5)
                    - 3 * restraint : NO;
            case STRIKE_CAMPAIGN -> v.usStrikeRecent() || v.stateTriggerLive()
                    ? s.get(TwParams.STRIKE_BASE) - 2 + 4 * p + 3 * hardliners
                    + 2 * (v.hostility(TwActor.TEHRAN) - 0.5) - 4 * restraint : NO;
            case WIDEN -> v.protectionWidened() ? NO : -8 + 4 * p;
            case PRESS_COUNCIL -> v.accepted() || v.draftPending() || v.draftSettled() || !v.resolutionStands() ? NO
                    : -6 + 2 * v.momentum();
            // Tehran: orders follow its provocation; fire on US forces needs its trigger; acceptance its condition
            case ORDER_NAVAL -> v.navalOrders() || v.accepted() ? NO : -3 + 6 * p;
            case RESTRAIN_NAVAL -> !v.navalOrders() ? NO : v.accepted() ? 5 : -6 + 2 * v.momentum();
            case T_OFFENSIVE -> v.accepted() ? NO : s.get(TwParams.IRAN_OFFENSIVE);
            case RETALIATE -> v.triggerLive() && !v.accepted()
                    ? s.get(TwParams.TEHRAN_RETALIATE) + 4 * p + 2 * (v.hostility(TwActor.WASHINGTON) - 0.5) : NO;
            case ACCEPT -> v.acceptanceAvailable() && !v.accepted() ? 3 : NO;
            case REJECT -> v.answered() || !v.resolutionStands() ? NO : -4;
            // the forces at sea: propensity, Tehran's provocation (blow for blow) and its orders
            case LAY_MINES -> s.get(TwParams.LAY_MINES) + orders(v) + s.get(TwParams.IRGC_RETALIATION) * p / 2;
            case BOAT_ATTACK -> s.get(TwParams.BOAT) + orders(v) + s.get(TwParams.IRGC_RETALIATION) * p;
            case MISSILE -> s.get(TwParams.MISSILE) + orders(v) + s.get(TwParams.IRGC_RETALIATION) * p;
            case HARASS -> s.get(TwParams.HARASS) + orders(v);
            // Iraq: its campaign, sustained by its backers, paused after killing Americans or after Iran accepts
            case AIR_STRIKE -> v.pauseDaysLeft() > 0 || v.accepted() ? NO
                    : s.get(TwParams.IRAQ_AIR) + s.get(TwParams.IRAQ_BACKING) * v.backing();
            case TERMINALS -> v.pauseDaysLeft() > 0 || v.accepted() ? NO
                    : s.get(TwParams.IRAQ_TERMINALS) + s.get(TwParams.IRAQ_BACKING) * v.backing();
            // the Gulf: cooperation grows with the threat; it hedges while cooperation is low
            case FACILITIES -> v.cooperation() >= 1 ? NO : -6 + 3 * p + 2 * (v.hostility(TwActor.TEHRAN) - 0.5);
            case GULF_SWEEP -> -5 + 4 * v.mineDensity() + 2 * v.cooperation();
            case FINANCE_IRAQ -> v.accepted() ? NO : -4;
            case BACKCHANNEL -> -5 + 2 * (1 - v.cooperation());
            case REFER -> v.accepted() ? NO : -6;
            // Moscow: arms Iraq, courts Tehran, shields it from enforcement
            case ARM_IRAQ -> v.accepted() ? NO : -4.5;
            case COURT_TEHRAN -> -5 + 4 * s.get(TwParams.MOSCOW);
            case DELAY_EMBARGO -> v.draftPending() ? -2 + 4 * s.get(TwParams.MOSCOW) : NO;
            case BACK_MEDIATION -> -5 + 2 * v.momentum();
            // the UN: good offices while there is momentum; a follow-up draft when pressed
            case MEDIATE -> v.accepted() || !v.resolutionStands() ? NO : -4 + 2 * v.momentum();
            case CONVENE -> v.accepted() || v.draftPending() || v.draftSettled() || !v.resolutionStands() ? NO
                    : -7 + (v.councilPressed() ? 4 : 0) + 2 * v.momentum();
        };
    }

    private double orders(View v) {
        return v.navalOrders() ? 0 : -s.get(TwParams.SLIPPAGE);
    }

    /**
     * Chooses one act by the logit rule with one uniform draw.
     *
     * @param acts   the actor's repertoire
     * @param v      its view
     * @param stream its choice stream
     * @return the act
     */
    Act choose(List<Act> acts, View v, RandomStream stream) {
        double[] w = new double[acts.size()];
        double total = 0;
        double max = NO;
        for (int i = 0; i < w.length; i++) {
            w[i] = utility(acts.get(i), v);
            max = Math.max(max, w[i]);
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = w[i] == NO ? 0 : StrictMath.exp(w[i] - max);
            total += w[i];
        }
        double u = stream.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            u -= w[i];
            if (u < 0 && w[i] > 0) {
                return acts.get(i);
            }
        }
        // rounding left u at or just above 0: the last available act
        for (int i = w.length - 1; i >= 0; i--) {
            if (w[i] > 0) {
                return acts.get(i);
            }
        }
        return acts.get(0);
    }
}
