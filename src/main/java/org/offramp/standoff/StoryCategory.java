package org.offramp.standoff;

/** The sorts of events a standoff story contains; a {@link org.offramp.model.StoryEvent}'s category is the name. */
public enum StoryCategory {
    /** An actor's act. */
    ACT,
    /** What an observer perceived or whom it blamed. */
    PERCEPTION,
    /** The ladder reached a new rung. */
    LADDER,
    /** Talks, mediation, the Council, a dialogue. */
    DIPLOMACY,
    /** A calendar event or shock: election, succession, unrest, an accident. */
    SHOCK,
    /** The ending of the run. */
    ENDING
}
