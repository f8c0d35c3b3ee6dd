package org.offramp.random;

/**
 * What a random stream is for. Streams are split by purpose and by actor (or by observer and
 * target), so that a change in how often one purpose draws never shifts the draws of another.
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
    SHOCKS
}
