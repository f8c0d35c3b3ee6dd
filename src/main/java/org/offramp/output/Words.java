package org.offramp.output;

import java.util.Locale;
import java.util.Objects;

/**
 * Counted nouns for people: {@code 1 run}, {@code 2 runs}, {@code 10,000 runs}, so that no message
 * says "1 runs" or "1 blocks".
 *
 * <pre>{@code
 * Words.count(1, "run");                 // "1 run"
 * Words.count(10_000, "run");            // "10,000 runs"
 * Words.count(2, "analysis", "analyses");// "2 analyses"
 * }</pre>
 *
 * <p>Stateless and thread-safe; numbers are formatted in {@link Locale#ROOT} with thousands separators.
 */
public final class Words {
    private Words() {
    }

    /**
     * A count and a noun whose plural takes an {@code s}.
     *
     * @param n    the count
     * @param noun the singular noun, e.g. {@code run}
     * @return e.g. {@code "1 run"} or {@code "1,000 runs"}
     */
    public static String count(long n, String noun) {
        Objects.requireNonNull(noun, "noun");
        return count(n, noun, noun + "s");
    }

    /**
     * A count and a noun with its own plural.
     *
     * @param n        the count
     * @param singular the noun for exactly one
     * @param plural   the noun for any other count
     * @return e.g. {@code "1 analysis"} or {@code "2 analyses"}
     */
    public static String count(long n, String singular, String plural) {
        Objects.requireNonNull(singular, "singular");
        Objects.requireNonNull(plural, "plural");
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }

    /**
     * The noun alone, singular or plural by the count: {@code noun(1, "run")} is {@code run}.
     *
     * @param n    the count
     * @param noun the singular noun
     * @return the noun, with an {@code s} unless the count is 1
     */
    public static String noun(long n, String noun) {
        Objects.requireNonNull(noun, "noun");
        return n == 1 ? noun : noun + "s";
    }
}
