package org.offramp.standoff;

/**
 * The rungs of the escalation ladder ({@code docs/ODD.md} §7.5). The ladder's rung on a day is the highest
 * rung of the acts of the last few days (see {@code ladder.memoryDays}).
 */
public enum Rung {
    /** Active talks between Washington and Tehran. */
    TALKS("active talks"),
    /** Economic pressure and rhetoric: the sanctions regime in force. */
    PRESSURE("economic pressure and rhetoric"),
    /** Military posturing: deployments, missile shipments, threats. */
    POSTURING("military posturing"),
    /** Deniable gray-zone attacks: mines, drones, cyber. */
    GRAY_ZONE("deniable gray-zone attacks"),
    /** Attributed proxy attacks with casualties. */
    PROXY_CASUALTIES("attributed proxy attacks with casualties"),
    /** A limited direct strike and the answer to it. */
    LIMITED_STRIKE("limited direct strike"),
    /** A sustained strike campaign. */
    STRIKE_CAMPAIGN("sustained strike campaign"),
    /** Open war. */
    OPEN_WAR("open war");

    /** The number of rungs. */
    public static final int COUNT = values().length;
    private static final Rung[] BY_LEVEL = values();

    private final String description;

    Rung(String description) {
        this.description = description;
    }

    /** {@return the rung's level, 0 to 7} */
    public int level() {
        return ordinal();
    }

    /** {@return what the rung means, in a few words} */
    public String description() {
        return description;
    }

    /**
     * The rung of a level.
     *
     * @param level the rung's level, 0 (talks) to 7 (open war)
     * @return the rung on that level
     * @throws IllegalArgumentException outside 0..7
     */
    public static Rung of(int level) {
        if (level < 0 || level >= COUNT) {
            throw new IllegalArgumentException("rung level must be in [0, " + (COUNT - 1) + "], but was " + level);
        }
        return BY_LEVEL[level];
    }
}
