package org.offramp.standoff.decision;

import org.offramp.standoff.Actor;
import org.offramp.standoff.Rung;

/**
 * Everything one actor may know when it decides: its own state, its own beliefs about the others,
 * and the public facts of the day. It is the only input of a {@link DecisionRule} besides the
 * scenario and a random number, so decision code cannot read another actor's true hostility,
 * resolve, economy or intent; an architecture test keeps this package from depending on the
 * world's or the simulation's classes.
 *
 * <p>Accessors of another actor's own state are absent by construction. Accessors of the viewer's
 * own actor-specific state (for example {@link #restraint()}, which only Washington has) throw
 * {@link IllegalStateException} when called on another actor's view.
 *
 * <p>A view is valid only during the decision step it was handed to; it is not thread-safe.
 */
public interface ActorView {
    /** {@return the deciding actor} */
    Actor self();

    /** {@return today, in days from 2019-05-17} */
    int day();

    // ---- own beliefs ------------------------------------------------------------------------------

    /**
     * {@return the viewer's belief of {@code other}'s hostility (intent to escalate), on [0, 1]}
     *
     * @param other the actor the belief is about
     */
    double hostility(Actor other);

    /**
     * {@return the standard deviation of the viewer's belief of {@code other}'s hostility}
     *
     * @param other the actor the belief is about
     */
    double hostilitySd(Actor other);

    /**
     * {@return the viewer's belief of {@code other}'s resolve (willingness to bear cost), on [0, 1]}
     *
     * @param other the actor the belief is about
     */
    double resolve(Actor other);

    /**
     * {@return the standard deviation of the viewer's belief of {@code other}'s resolve}
     *
     * @param other the actor the belief is about
     */
    double resolveSd(Actor other);

    /**
     * How provoked the viewer feels, on [0, 1]: a moving average of the day's worst hostile act it
     * attributes to its adversaries (Washington and the Gulf states for Tehran and the IRGC, and the reverse;
     * Washington for Moscow; none for the UN), including incidents it took for attacks.
     *
     * @return the viewer's provocation, 0 (none) to 1
     */
    double provocation();

    /**
     * Whether the viewer's trigger for direct strikes is live: for Washington, a rocket attack that killed
     * Americans or any direct Iranian strike on US forces, attributed to Tehran or the IRGC, or an
     * unintended lethal incident it took for such an attack; for Tehran, a US strike on Iran, or a lethal
     * incident it took for one; within the actor's trigger memory. Always false for the other actors.
     *
     * @return true when the viewer's trigger fired within its memory
     */
    boolean triggered();

    /**
     * Whether the live trigger includes an attack the viewer attributes to the adversary state itself
     * (for Washington: to Tehran, not to a proxy; an incident taken for an attack counts as the
     * state's). This is the "first strike" the punch-in-the-nose doctrine answers disproportionately.
     *
     * @return true when the live trigger was pulled by the adversary state itself
     */
    boolean triggeredByState();

    /**
     * 1 - (days since the trigger fired) / (trigger memory), or 0 when not triggered. Triggers fire in the
     * day's resolution, after the day's decisions, so the first decision that sees a trigger sees
     * {@code 1 - 1/memory}.
     *
     * @return the trigger's freshness, on [0, 1]; 0 when not triggered
     */
    double triggerFreshness();

    // ---- own state ----------------------------------------------------------------------------------

    /** {@return the viewer's own resolve, on [0, 1]} */
    double ownResolve();

    /**
     * {@return the viewer's own pain: for Tehran, 1 - economic health; for the Gulf states, oil disruption; 0
     * otherwise}
     */
    double ownPain();

    /** {@return the President's restraint (Washington only)} */
    double restraint();

    /** {@return the hard-liners' influence (Washington only)} */
    double hardliners();

    /** {@return whether a new US administration has taken over (a public fact)} */
    boolean newAdministration();

    /**
     * {@return whether the restraint gate opened today, so that the hard-liners prevail without a trigger
     * (Washington only)}
     */
    boolean gateOpen();

    /**
     * {@return its openness to talks, (1 - hard-liners) x restraint, +0.5 for a new administration (Washington
     * only)}
     */
    double openness();

    /** {@return whether the Leader refuses talks with the United States (Tehran only)} */
    boolean leaderRefusesTalks();

    /** {@return Tehran's standing orders to the IRGC, 1 = plan strikes, 0 = stand down (for Tehran and the IRGC)} */
    double orders();

    // ---- public facts -----------------------------------------------------------------------------

    /** {@return the rung the ladder stood on at the end of yesterday} */
    Rung ladder();

    /** {@return the sanctions level, on [0, 1]} */
    double sanctions();

    /** {@return US force posture in the Gulf, on [0, 1]} */
    double deployment();

    /** {@return disruption of Gulf shipping and oil, on [0, 1]} */
    double oilDisruption();

    /** {@return Iran's breakout time in months, as reported by inspectors} */
    double breakoutMonths();

    /** {@return whether talks between Washington and Tehran are open} */
    boolean talksOpen();

    /** {@return whether an offer of talks to Tehran stands (from Washington, a UN framework or a dialogue)} */
    boolean offerStanding();

    /** {@return whether Washington's own offer of talks stands} */
    boolean washingtonOfferStanding();

    /** {@return whether a UN off-ramp framework stands} */
    boolean frameworkStanding();

    /** {@return whether a Moscow–Washington dialogue is under way} */
    boolean dialogueActive();

    /** {@return face-saving cover for talks, on [0, 1], from the off-ramps engaged} */
    double cover();

    /** {@return whether attacks stand referred to the Security Council} */
    boolean referralActive();

    /** {@return whether a Council draft awaits a vote} */
    boolean councilVotePending();

    /** {@return whether a Council resolution is in force} */
    boolean resolutionInForce();

    /** {@return UN mediation momentum in Yemen, on [0, 1]} */
    double mediationMomentum();

    /** {@return whether the Gulf states asked Washington for protection within the last month} */
    boolean protectionRequested();

    /** {@return whether a US strike campaign was under way within the ladder's memory} */
    boolean campaignUnderWay();

    /**
     * {@return whether the scenario makes {@code offRamp} available}
     *
     * @param offRamp the off-ramp asked about
     */
    boolean offRampEnabled(OffRamp offRamp);

    /** The off-ramps of the article, each of which a scenario can switch off. */
    enum OffRamp {
        /** The Gulf states refer attacks to the Security Council. */
        COUNCIL_REFERRAL,
        /** The UN envoy mediates in Yemen. */
        UN_MEDIATION,
        /** Moscow and Washington co-sponsor a dialogue. */
        MOSCOW_DIALOGUE,
        /** The UN proposes a framework for talks. */
        UN_FRAMEWORK
    }
}
