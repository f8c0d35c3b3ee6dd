package org.offramp.standoff;

/** The result of the US presidential election inside the horizon. */
public enum ElectionResult {
    /** The run ended before election day. */
    NOT_REACHED,
    /** The incumbent was re-elected. */
    REELECTED,
    /** A new administration takes office, with a posture more open to talks. */
    NEW_ADMINISTRATION
}
