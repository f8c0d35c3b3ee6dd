package org.offramp.scenario;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The bounds of an experiment's settings (runs, threads, confidence level, precision target, seed),
 * declared once and checked the same way by every builder ({@code Experiment}, {@code Comparison},
 * {@code Sweep}, {@code Sensitivity}), both file loaders ({@link ExperimentSpecLoader} and the policy
 * experiment loader) and every command-line flag.
 *
 * <pre>{@code
 * long runs = Limits.runs("runs", 5000);          // returns 5000
 * Limits.threads("--threads", 2000);             // IllegalArgumentException:
 *                                                // --threads must be in [0, 1024] (0 = all cores), but was 2000
 * long seed = Limits.parseSeed("--seed", "0x10"); // 16: numbers follow the one rule of Numbers
 * }</pre>
 *
 * <p>Each check throws an {@link IllegalArgumentException} whose message is
 * "{@code FIELD must be in [a, b], but was V}", with the field named by the caller (a builder's
 * property, a file's key, a flag). Stateless and thread-safe.
 */
public final class Limits {
    /** The most runs of an experiment, of precision mode's cap, and per variant or design point: 2^31 - 1. */
    public static final long MAX_RUNS = Integer.MAX_VALUE;
    /**
     * The most worker threads. A thread per core is the most that helps; the bound only catches
     * typos such as 20000 before thousands of threads are started.
     */
    public static final int MAX_THREADS = 1024;
    /** What a seed may be, in messages. */
    public static final String SEED_ALLOWED = "an integer in [-9223372036854775808, 9223372036854775807],"
            + " written as an integer (" + Numbers.INTEGER_FORMS + "; not a real such as 2e3)";

    private Limits() {
    }

    /**
     * Checks a number of runs.
     *
     * @param field the name for the message ("runs", "--runs", "maxRuns")
     * @param runs  the value
     * @return {@code runs}
     * @throws IllegalArgumentException if it is not in [1, {@value #MAX_RUNS}]
     */
    public static long runs(String field, long runs) {
        Objects.requireNonNull(field, "field");
        if (runs < 1 || runs > MAX_RUNS) {
            throw new IllegalArgumentException(name(field) + " must be in [1, " + MAX_RUNS + "], but was " + runs);
        }
        return runs;
    }

    /**
     * Checks a thread count; 0 means one thread per available core.
     *
     * @param field   the name for the message
     * @param threads the value
     * @return {@code threads}
     * @throws IllegalArgumentException if it is not in [0, {@value #MAX_THREADS}]
     */
    public static int threads(String field, long threads) {
        Objects.requireNonNull(field, "field");
        if (threads < 0 || threads > MAX_THREADS) {
            throw new IllegalArgumentException(name(field) + " must be in [0, " + MAX_THREADS + "] (0 = all cores),"
                    + " but was " + threads);
        }
        return (int) threads;
    }

    /**
     * Checks a two-sided confidence level.
     *
     * @param field the name for the message
     * @param level the value
     * @return {@code level}
     * @throws IllegalArgumentException if it is not in (0, 1) (NaN is not)
     */
    public static double confidenceLevel(String field, double level) {
        Objects.requireNonNull(field, "field");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException(name(field) + " must be in (0, 1), but was " + level);
        }
        return level;
    }

    /**
     * Checks a precision target: the largest half-width of an outcome share's interval.
     *
     * @param field     the name for the message
     * @param halfWidth the value
     * @return {@code halfWidth}
     * @throws IllegalArgumentException if it is not in (0, 0.5) (NaN is not)
     */
    public static double halfWidth(String field, double halfWidth) {
        Objects.requireNonNull(field, "field");
        if (!(halfWidth > 0 && halfWidth < 0.5)) {
            throw new IllegalArgumentException(name(field) + " must be in (0, 0.5), but was " + halfWidth);
        }
        return halfWidth;
    }

    /**
     * Reads a seed written as text (a command-line flag) by the rule of {@link Numbers}: an integer
     * literal of the 64-bit range; a real such as {@code 1e3} is refused, as in a file.
     *
     * @param field the name for the message
     * @param text  the text
     * @return the seed
     * @throws IllegalArgumentException if it is no such integer
     */
    public static long parseSeed(String field, String text) {
        Objects.requireNonNull(field, "field");
        BigInteger i = Numbers.integer(Objects.requireNonNull(text, "text").strip());
        if (i == null || i.bitLength() >= 64) {
            throw new IllegalArgumentException(name(field) + " must be " + SEED_ALLOWED + ", but was "
                    + ScenarioException.quote(text));
        }
        return i.longValue();
    }

    /**
     * Reads a whole number written as text by the rule of {@link Numbers} (an integer literal, or a
     * whole-valued real such as {@code 1e6}), then checks it against [min, max].
     *
     * @param field the name for the message
     * @param text  the text
     * @param min   the smallest allowed value
     * @param max   the largest allowed value
     * @return the value
     * @throws IllegalArgumentException if it is not such a number
     */
    public static long parseWhole(String field, String text, long min, long max) {
        Objects.requireNonNull(field, "field");
        BigInteger i = Numbers.whole(Objects.requireNonNull(text, "text").strip());
        if (i == null || i.compareTo(BigInteger.valueOf(min)) < 0 || i.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException(name(field) + " must be " + YamlFields.wholeAllowed(min, max)
                    + ", but was " + ScenarioException.quote(text));
        }
        return i.longValueExact();
    }

    /**
     * Reads a real number written as text by the rule of {@link Numbers}; the caller checks its range.
     *
     * @param field the name for the message
     * @param text  the text
     * @return the value (possibly infinite or NaN, for {@code .inf} and {@code .nan})
     * @throws IllegalArgumentException if it is not a number
     */
    public static double parseReal(String field, String text) {
        Objects.requireNonNull(field, "field");
        Double d = Numbers.real(Objects.requireNonNull(text, "text").strip());
        if (d == null) {
            throw new IllegalArgumentException(name(field) + " must be a number (e.g. 0.01 or 1e-2), but was "
                    + ScenarioException.quote(text));
        }
        return d;
    }

    private static String name(String field) {
        return Objects.requireNonNull(field, "field");
    }
}
