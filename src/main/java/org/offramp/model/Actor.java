package org.offramp.model;

import java.util.List;
import java.util.Locale;

/**
 * The six actors of the standoff. Every scenario includes all six; the order of the constants is the
 * order in which they are stepped, stored and reported, and never changes between releases.
 *
 * <p>Each actor has a lower-case {@linkplain #key() key} used in scenario parameter paths, for example
 * {@code perception.noise.washington.tehran}.
 */
public enum Actor {
    /** The US administration's hard-liners, under a war-averse President. */
    WASHINGTON("washington", "Washington"),
    /** The Supreme Leader's circle in Tehran. */
    TEHRAN("tehran", "Tehran"),
    /** The Islamic Revolutionary Guard Corps and its proxies (Iraqi militias, the Houthis). */
    IRGC("irgc", "IRGC and proxies"),
    /** Saudi Arabia and the UAE. */
    GULF("gulf", "Gulf states"),
    /** The UN Secretary-General, Security Council and Yemen envoy. */
    UN("un", "UN"),
    /** The Russian government. */
    MOSCOW("moscow", "Moscow");

    /** All actors in their fixed order; an unmodifiable list. */
    public static final List<Actor> ALL = List.of(values());
    /** The number of actors. */
    public static final int COUNT = ALL.size();

    private final String key;
    private final String label;

    Actor(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The lower-case key used in parameter paths and files. */
    public String key() {
        return key;
    }

    /** A readable name for stories and charts. */
    public String label() {
        return label;
    }

    /**
     * The actor with the given key, ignoring case.
     *
     * @throws IllegalArgumentException naming the key and the allowed keys when there is none
     */
    public static Actor ofKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (Actor a : ALL) {
            if (a.key.equals(k)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown actor '" + key + "'; allowed: " + keys());
    }

    /** The keys of all actors, comma-separated, in order. */
    public static String keys() {
        StringBuilder sb = new StringBuilder();
        for (Actor a : ALL) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(a.key);
        }
        return sb.toString();
    }
}
