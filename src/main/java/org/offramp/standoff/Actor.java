package org.offramp.standoff;

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
    WASHINGTON("washington", "Washington", "Washington"),
    /** The Supreme Leader's circle in Tehran. */
    TEHRAN("tehran", "Tehran", "Tehran"),
    /** The Islamic Revolutionary Guard Corps and its proxies (Iraqi militias, the Houthis). */
    IRGC("irgc", "IRGC and proxies", "The IRGC network"),
    /** Saudi Arabia and the UAE. */
    GULF("gulf", "Gulf states", "The Gulf bloc"),
    /** The UN Secretary-General, Security Council and Yemen envoy. */
    UN("un", "UN", "The UN"),
    /** The Russian government. */
    MOSCOW("moscow", "Moscow", "Moscow");

    /** All actors in their fixed order; an unmodifiable list. */
    public static final List<Actor> ALL = List.of(values());
    /** The number of actors. */
    public static final int COUNT = ALL.size();

    private final String key;
    private final String label;
    private final String subject;

    Actor(String key, String label, String subject) {
        this.key = key;
        this.label = label;
        this.subject = subject;
    }

    /** {@return the lower-case key used in parameter paths and files} */
    public String key() {
        return key;
    }

    /** {@return a readable name for tables and charts ("Gulf states")} */
    public String label() {
        return label;
    }

    /**
     * The actor as the grammatical subject of a sentence in a story, taking a singular verb
     * ("The Gulf bloc asks Washington for protection").
     *
     * @return the subject, e.g. "The Gulf bloc"
     */
    public String subject() {
        return subject;
    }

    /**
     * The actor with the given key, ignoring case.
     *
     * @param key the actor's key, e.g. {@code washington}, in any case
     * @return the actor with that key
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

    /** {@return the keys of all actors, comma-separated, in order} */
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
