package org.offramp.examples.brinkmanship;

/**
 * The two rival states. Their ordinals are their indices in the run's arrays and in the keys of
 * their random streams; the mediator, the third actor, has index {@link #MEDIATOR}.
 */
public enum Side {
    // region sides
    /** The first rival state. */
    BLUE("Blue"),
    /** The second rival state. */
    RED("Red");

    /** The mediator's index in the keys of the random streams, after the two sides. */
    public static final int MEDIATOR = 2;
    // endregion

    private final String label;

    Side(String label) {
        this.label = label;
    }

    /** {@return the side's name in stories: "Blue" or "Red"} */
    public String label() {
        return label;
    }

    /** {@return the rival: the other side} */
    public Side other() {
        return this == BLUE ? RED : BLUE;
    }
}
