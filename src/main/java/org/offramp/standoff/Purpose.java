package org.offramp.standoff;

/**
 * What a random stream of the standoff is for; a stream's purpose code
 * ({@link org.offramp.random.RandomStream}) is the constant's ordinal. Streams are split by purpose and by actor (or by observer and
 * target), so that a change in how often one purpose draws never shifts the draws of another.
 * A purpose's ordinal is part of its streams' keys: new purposes are appended, never inserted, so
 * that existing streams, and the runs they drive, stay the same.
 */
public enum Purpose {
    /** An actor's choice among its actions (one stream per actor). */
    CHOICE,
    /** Washington's restraint gate (one stream, keyed to Washington). */
    GATE,
    /** Observation noise of one observer watching one target (one stream per ordered pair). */
    PERCEPTION,
    /** Attribution of deniable acts and incidents by one observer (one stream per observer). */
    ATTRIBUTION,
    /** Consequences of acts: casualties, damage (one stream per acting actor). */
    CONSEQUENCE,
    /** Bargaining in talks (one stream per side). */
    TALKS,
    /** Calendar shocks and accidents: succession, election, unrest, incidents (one stream). */
    SHOCKS,
    /**
     * Observation noise of acts and incidents an observer blames on the wrong actor (one stream per
     * observer), kept apart so that a misattribution never shifts a pair's {@link #PERCEPTION} draws.
     */
    MISATTRIBUTION;

    /** {@return the purpose code of this purpose's streams: its ordinal, fixed forever} */
    public int code() {
        return ordinal();
    }
}
