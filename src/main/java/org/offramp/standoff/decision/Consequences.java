package org.offramp.standoff.decision;

import org.offramp.model.Scenario;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.Rung;

/**
 * The consequences every actor weighs, as it perceives them ({@code docs/ODD.md} §7.4). For an action
 * {@code a} of actor {@code i} facing adversary {@code j}:
 *
 * <pre>
 * U(a) = propensity(a)
 *      + wPain_i * pain(a) * H_ij                      harm done, scaled by j's perceived hostility
 *      - wCost_i * cost(a) * (1 - R_i)                 own cost, discounted by own resolve
 *      - wRisk_i * risk(rung(a)) * (H_ij + R_ij) / 2   perceived risk of war
 *      + wFace_i * provocation_i * pain(a)             answering a perceived attack (face)
 * </pre>
 *
 * where {@code H_ij} and {@code R_ij} are i's beliefs of j's hostility and resolve, and
 * {@code risk(r) = (max(0, r - 2) / 5)^2} is 0 up to military posturing and 1 at open war. Each
 * actor's rule adds terms of its own.
 */
public final class Consequences {
    private Consequences() {
    }

    /**
     * {@return the escalation risk of acting on a rung: 0 up to rung 2, then quadratic to 1 at rung 7}
     *
     * @param rung the rung the act stands on
     */
    public static double risk(Rung rung) {
        double x = Math.max(0, rung.level() - 2) / 5.0;
        return x * x;
    }

    /**
     * {@return the perceived risk of war of the present ladder, facing {@code adversary}}
     *
     * @param v the deciding actor's view
     * @param adversary the adversary whose beliefs of hostility and resolve scale the risk
     */
    public static double presentRisk(ActorView v, Actor adversary) {
        return risk(v.ladder()) * (v.hostility(adversary) + v.resolve(adversary)) / 2;
    }

    /**
     * The common part of an action's utility; see the class description.
     *
     * @param v the deciding actor's view
     * @param s the scenario, for the propensities and utility weights
     * @param a the action weighed
     * @param adversary the adversary it is aimed at
     * @return the utility: propensity, harm done, own cost, perceived risk of war and face
     */
    public static double common(ActorView v, Scenario s, Action a, Actor adversary) {
        Actor self = v.self();
        double h = v.hostility(adversary);
        double r = v.resolve(adversary);
        double u = s.get(Params.propensity(a));
        u += s.get(Params.painWeight(self)) * a.pain() * h;
        u -= s.get(Params.costWeight(self)) * a.cost() * (1 - v.ownResolve());
        u -= s.get(Params.riskWeight(self)) * risk(a.rung()) * (h + r) / 2;
        u += s.get(Params.faceWeight(self)) * v.provocation() * a.pain();
        return u;
    }

    /**
     * The common utility of an actor with no adversary (the UN): propensity and own cost only.
     *
     * @param v the deciding actor's view
     * @param s the scenario, for the propensity and the cost weight
     * @param a the action weighed
     * @return the utility: propensity minus own cost discounted by own resolve
     */
    public static double neutral(ActorView v, Scenario s, Action a) {
        return s.get(Params.propensity(a)) - s.get(Params.costWeight(v.self())) * a.cost() * (1 - v.ownResolve());
    }
}
