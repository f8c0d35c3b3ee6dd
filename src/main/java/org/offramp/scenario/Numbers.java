package org.offramp.scenario;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The one rule for numbers written by a user, in a YAML file or on the command line: the numbers of
 * the YAML 1.2 core schema, and nothing else.
 *
 * <ul>
 * <li>integers: {@code [-+]?[0-9]+} in decimal, so a leading zero changes nothing ({@code 010} is
 *     ten, not eight as in YAML 1.1); {@code 0o[0-7]+} in octal; {@code 0x[0-9a-fA-F]+} in
 *     hexadecimal (no sign for these two);</li>
 * <li>reals: {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}, e.g. {@code 0.25},
 *     {@code .5}, {@code 1e-3}, {@code 2E6}; and {@code .inf}, {@code -.inf}, {@code .nan} (also
 *     capitalised or upper case), which are numbers but lie inside no allowed range, so every field
 *     refuses them with its range.</li>
 * </ul>
 *
 * <p>Everything else is not a number: {@code 1_000}, {@code 1,000}, {@code 0b101}, {@code -0x10},
 * {@code NaN}, {@code Infinity}, {@code 1d}. A YAML file reads {@code 010} and
 * {@code --set run.horizonDays=010} reads it the same way, so a value means the same wherever it is
 * written. Booleans follow the same schema: {@code true}/{@code false} (also {@code True},
 * {@code TRUE}...), never YAML 1.1's {@code yes}, {@code no}, {@code on}, {@code off}.
 *
 * <p>Stateless; safe to use from several threads.
 */
public final class Numbers {
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern REAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");

    /** How the rule describes an integer, for messages. */
    public static final String INTEGER_FORMS = "2000, 0x7d0 or 0o3720";

    private Numbers() {
    }

    /**
     * The integer a text denotes, or null when it is not an integer literal (a real such as
     * {@code 1e3} is not one: see {@link #whole(String)}).
     *
     * @param text the text as written, without surrounding spaces
     * @return the value, of any size, or null
     * @throws NullPointerException if {@code text} is null
     */
    public static BigInteger integer(String text) {
        Objects.requireNonNull(text, "text");
        if (DECIMAL.matcher(text).matches()) {
            return new BigInteger(text.startsWith("+") ? text.substring(1) : text);
        }
        if (OCTAL.matcher(text).matches()) {
            return new BigInteger(text.substring(2), 8);
        }
        if (HEX.matcher(text).matches()) {
            return new BigInteger(text.substring(2), 16);
        }
        return null;
    }

    /**
     * Whether a text is a real literal of the rule (not an integer), including the infinities and NaN.
     *
     * @param text the text as written
     * @return true for {@code 0.5}, {@code 1e3}, {@code .inf}; false for {@code 5}, {@code 0x5}, {@code abc}
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isReal(String text) {
        Objects.requireNonNull(text, "text");
        return integer(text) == null && (REAL.matcher(text).matches() || INFINITY.matcher(text).matches()
                || NAN.matcher(text).matches());
    }

    /**
     * The value of any number of the rule, integer or real, as the nearest double; null when the text
     * is not a number. {@code .inf} gives an infinity and {@code .nan} NaN, which a range check then
     * refuses.
     *
     * @param text the text as written
     * @return the value, or null
     * @throws NullPointerException if {@code text} is null
     */
    public static Double real(String text) {
        BigInteger i = integer(text);
        if (i != null) {
            return i.doubleValue();
        }
        if (REAL.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        if (INFINITY.matcher(text).matches()) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (NAN.matcher(text).matches()) {
            return Double.NaN;
        }
        return null;
    }

    /**
     * The whole number a text denotes: an integer literal, or a real literal whose exact value is
     * whole ({@code 1e6}, {@code 2.0}); null otherwise ({@code 2.5}, {@code .inf}, {@code abc}).
     * For counts such as runs, where {@code 1e6} is a natural way to write a million.
     *
     * @param text the text as written
     * @return the value, or null
     * @throws NullPointerException if {@code text} is null
     */
    public static BigInteger whole(String text) {
        BigInteger i = integer(text);
        if (i != null) {
            return i;
        }
        if (!REAL.matcher(text).matches()) {
            return null;
        }
        try {
            // Exact: "1e6" is whole, "1.0000000000000001" is not (a double would round it to 1).
            return new BigDecimal(text.startsWith("+") ? text.substring(1) : text).toBigIntegerExact();
        } catch (ArithmeticException fraction) {
            return null;
        }
    }

    /**
     * Whether a text is a boolean of the YAML 1.2 core schema: {@code true}, {@code True},
     * {@code TRUE}, {@code false}, {@code False} or {@code FALSE}.
     *
     * @param text the text as written
     * @return whether it is a boolean
     * @throws NullPointerException if {@code text} is null
     */
    public static boolean isBoolean(String text) {
        return BOOLEAN.matcher(Objects.requireNonNull(text, "text")).matches();
    }

    /** Whether a plain YAML scalar is null: {@code ~}, {@code null}, {@code Null}, {@code NULL} or empty. */
    static boolean isNull(String text) {
        return NULL.matcher(text).matches();
    }
}
