package org.offramp.tankerwar;

import java.util.List;

/**
 * The seven actors of the Tanker War, in the fixed order in which their acts are applied and
 * observed (design §2.1). Their ordinals are the actor indices of the core perception package.
 */
public enum TwActor {
    /** The Reagan administration and the Navy's Middle East force. */
    WASHINGTON("washington", "Washington"),
    /** Iran's leadership. */
    TEHRAN("tehran", "Tehran"),
    /** Iranian forces at sea: the Revolutionary Guards' boats and the navy's minelayers. */
    IRGC("irgc", "Iranian forces at sea"),
    /** Saddam Hussein's government and air force. */
    IRAQ("iraq", "Iraq"),
    /** Kuwait and Saudi Arabia acting as one. */
    GULF("gulf", "the Gulf states"),
    /** The Soviet government and its Gulf squadron. */
    MOSCOW("moscow", "Moscow"),
    /** The Secretary-General and the Security Council. */
    UN("un", "the UN");

    /** All actors, in order. */
    public static final List<TwActor> ALL = List.of(values());
    /** The number of actors. */
    public static final int COUNT = ALL.size();

    private final String key;
    private final String label;

    TwActor(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** {@return the key scenario files use} */
    public String key() {
        return key;
    }

    /** {@return a readable name} */
    public String label() {
        return label;
    }

    /**
     * The camp an actor belongs to for provocation (design §2.1): 1 for Washington, the Gulf and
     * Iraq, 2 for Tehran and its forces at sea, 0 for Moscow and the UN, which belong to none.
     *
     * @return the camp
     */
    public int camp() {
        return switch (this) {
            case WASHINGTON, GULF, IRAQ -> 1;
            case TEHRAN, IRGC -> 2;
            default -> 0;
        };
    }
}
