package org.offramp.standoff.world;

import org.offramp.standoff.Action;
import org.offramp.standoff.Actor;

/**
 * The day being played: its number, the acts the actors submitted for it and its incidents. A state
 * holder of {@link World}; the mechanics read and write its fields. Not thread-safe.
 */
final class Today {
    /** A day long before day 0: the day of events that have not happened. */
    static final int FAR_PAST = -1_000_000;

    /** The current day (-1 before day 0). */
    int day = -1;
    /** Each actor's act of the day, indexed by actor ordinal; null until submitted. */
    final Action[] acts = new Action[Actor.COUNT];
    /** Whether an unintended incident happened today, whether it killed, and whether Americans died. */
    boolean incidentToday;
    boolean incidentLethal;
    boolean incidentUsVictims;
    /** Whether today's proxy rocket attack, or Tehran's direct retaliation, killed Americans. */
    boolean rocketLethalToday;
    boolean retaliationLethalToday;
}
