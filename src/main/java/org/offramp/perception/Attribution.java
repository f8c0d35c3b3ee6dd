package org.offramp.perception;

import java.util.Objects;
import org.offramp.random.RandomStream;

/**
 * Noisy attribution of an act to its author. An observer names the true author with probability
 * {@code accuracy}; otherwise it blames the act's scapegoat with probability {@code scapegoatShare}
 * (for a proxy's act, the state behind it; for a third party's accident, the observer's adversary),
 * and no one otherwise. The probabilities are therefore exactly
 * {@code P(author) = accuracy}, {@code P(scapegoat) = (1 - accuracy) scapegoatShare} and
 * {@code P(nobody) = (1 - accuracy)(1 - scapegoatShare)}, with the scapegoat's share added to the
 * author's when the two coincide.
 *
 * <pre>{@code
 * int seen = Attribution.attribute(IRGC, 0.6, TEHRAN, 0.5, stream);
 * if (seen == TEHRAN) beliefs.fireStateTrigger(WASHINGTON, day);
 * else if (seen != Attribution.NOBODY) beliefs.fireTrigger(WASHINGTON, day);
 * }</pre>
 *
 * <p>Each call draws exactly two uniform numbers, whatever the outcome, so that attributions made
 * later in a day keep their numbers when an accuracy changes. Stateless; thread-safe.
 */
public final class Attribution {
    /** The result of an attribution that blames no one. */
    public static final int NOBODY = -1;

    private Attribution() {
    }

    /**
     * Whom an observer blames.
     *
     * @param author         the true author's index, at least 0
     * @param accuracy       the probability of naming the author, in [0, 1]
     * @param scapegoat      whom a miss blames, or {@link #NOBODY}
     * @param scapegoatShare the probability that a miss blames the scapegoat, in [0, 1]
     * @param stream         the observer's stream
     * @return the author, the scapegoat, or {@link #NOBODY}
     * @throws IllegalArgumentException if a probability is outside [0, 1] or the author is negative
     */
    public static int attribute(int author, double accuracy, int scapegoat, double scapegoatShare,
                                RandomStream stream) {
        Objects.requireNonNull(stream, "stream");
        if (author < 0) {
            throw new IllegalArgumentException("author must be >= 0, but was " + author);
        }
        if (!(accuracy >= 0 && accuracy <= 1) || !(scapegoatShare >= 0 && scapegoatShare <= 1)) {
            throw new IllegalArgumentException("accuracy and scapegoatShare must be in [0, 1], but were " + accuracy
                    + " and " + scapegoatShare);
        }
        double u = stream.nextDouble();
        double v = stream.nextDouble();
        if (u < accuracy) {
            return author;
        }
        return scapegoat != NOBODY && v < scapegoatShare ? scapegoat : NOBODY;
    }

    /**
     * Whether an attribution blamed someone other than the author.
     *
     * @param author     the true author
     * @param attributed the result of {@link #attribute}
     * @return true for a misattribution to another actor
     */
    public static boolean misattributed(int author, int attributed) {
        return attributed != NOBODY && attributed != author;
    }
}
