package org.offramp.standoff.world;

import org.offramp.standoff.Actor;

/**
 * The camps of the standoff and who blames whom, in one place: the West (Washington, the Gulf
 * states), Iran (Tehran, the IRGC) and Moscow, which sides with Iran against Washington. Used by
 * observation (scapegoats and usual suspects of deniable acts and incidents, whose acts feel like
 * an adversary's, which acts fire whose triggers) and by talks (whose violence wrecks them).
 */
final class Camps {
    private Camps() {
    }

    /** Whether {@code a} belongs to the West (Washington or the Gulf states). */
    static boolean western(Actor a) {
        return a == Actor.WASHINGTON || a == Actor.GULF;
    }

    /** Whether {@code a} belongs to Iran's camp (Tehran or the IRGC). */
    static boolean iranian(Actor a) {
        return a == Actor.TEHRAN || a == Actor.IRGC;
    }

    /** Whether {@code a} is a party whose violence wrecks talks: Washington, Tehran or the IRGC. */
    static boolean belligerent(Actor a) {
        return a == Actor.WASHINGTON || a == Actor.TEHRAN || a == Actor.IRGC;
    }

    /**
     * Whom an observer that misses the author of {@code author}'s deniable act may wrongly blame:
     * the IRGC's acts are laid at Tehran's door and Tehran's at the IRGC's; Washington's covert acts
     * at the Gulf's; nobody is blamed for the others'.
     *
     * @return the scapegoat, or null
     */
    static Actor scapegoat(Actor author) {
        return switch (author) {
            case IRGC -> Actor.TEHRAN;
            case TEHRAN -> Actor.IRGC;
            case WASHINGTON -> Actor.GULF;
            default -> null;
        };
    }

    /**
     * Whom an observer suspects of an unattributed act or an incident: the West suspects Tehran,
     * Iran's camp and Moscow suspect Washington.
     *
     * @return the usual suspect, or null
     */
    static Actor usualSuspect(Actor observer) {
        return switch (observer) {
            case WASHINGTON, GULF -> Actor.TEHRAN;
            case TEHRAN, IRGC, MOSCOW -> Actor.WASHINGTON;
            default -> null;
        };
    }

    /** Whether {@code other}'s hostile acts feel like an adversary's to {@code observer}. */
    static boolean adversaries(Actor observer, Actor other) {
        if (western(observer)) {
            return iranian(other);
        }
        if (iranian(observer)) {
            return western(other);
        }
        return observer == Actor.MOSCOW && other == Actor.WASHINGTON;
    }
}
