package org.offramp.standoff;

import java.util.List;

/**
 * How a run ends ({@code docs/ODD.md} §7.9). Every run ends in exactly one outcome.
 */
public enum Outcome {
    /** Sustained direct hostilities between the United States and Iran. */
    WAR,
    /** Talks opened with both sides' consent and an agreement was struck. */
    DEAL,
    /** Iran's regime destabilized: mass unrest, collapse or a disorderly succession. */
    CHAOS,
    /** None of the above by the horizon: the gray zone persists. */
    STALEMATE;

    /** All outcomes in their fixed order; an unmodifiable list. */
    public static final List<Outcome> ALL = List.of(values());
    /** The number of outcomes. */
    public static final int COUNT = ALL.size();
}
