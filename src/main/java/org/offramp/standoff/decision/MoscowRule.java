package org.offramp.standoff.decision;

import static org.offramp.standoff.decision.Consequences.common;

import org.offramp.model.Scenario;
import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;
import org.offramp.standoff.Params;
import org.offramp.standoff.Rung;

/**
 * Moscow: influence, a seat at the table, a US tied down. A veto (while a draft awaits its vote)
 * gains {@code weight.veto x alignment}; co-sponsoring a dialogue with Washington (when enabled and
 * none is under way) gains {@code weight.dialogue x rung / 7}; supporting Iran gains
 * {@code weight.support x sanctions}.
 */
final class MoscowRule implements DecisionRule {
    // an array, not the list, so the daily loop allocates no iterator
    private static final Action[] REPERTOIRE = Action.of(Actor.MOSCOW).toArray(new Action[0]);

    @Override
    public void utilities(ActorView v, Scenario s, double[] u) {
        Actor adv = Actor.WASHINGTON;
        double tension = v.ladder().level() / (double) (Rung.COUNT - 1);
        int i = 0;
        for (Action a : REPERTOIRE) {
            double x;
            switch (a) {
                case STAY_ALOOF -> x = s.get(Params.propensity(a));
                case VETO -> x = !v.councilVotePending() ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.MOSCOW_W_VETO) * s.get(Params.MOSCOW_ALIGNMENT);
                case CO_SPONSOR_DIALOGUE -> x = !v.offRampEnabled(ActorView.OffRamp.MOSCOW_DIALOGUE)
                        || v.dialogueActive() || v.talksOpen() ? Double.NEGATIVE_INFINITY
                        : common(v, s, a, adv) + s.get(Params.MOSCOW_W_DIALOGUE) * tension;
                case SUPPORT_IRAN -> x = common(v, s, a, adv) + s.get(Params.MOSCOW_W_SUPPORT) * v.sanctions();
                default -> throw new IllegalStateException("not Moscow's action: " + a);
            }
            u[i++] = x;
        }
    }
}
