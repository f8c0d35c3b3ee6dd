package org.offramp.standoff;

/** Who leads Tehran after a succession. */
public enum Successor {
    /** No succession happened in the run. */
    NONE,
    /** A hard-line successor: the refusal to talk and the resistance posture continue. */
    HARDLINE,
    /** A more pragmatic successor: no standing refusal to talk, somewhat lower resolve. */
    PRAGMATIC
}
