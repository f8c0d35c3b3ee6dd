package org.offramp.scenario;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.offramp.model.Param;

/**
 * The keys of one mapping of a file schema, checked against the keys the schema allows: an unknown
 * key or a key given twice is refused at once. Typed getters refuse values of the wrong kind or
 * out of range with a {@link ScenarioException} naming the source, line, key path, value and what
 * is allowed. A key whose value is null ({@code key:} with nothing after it) counts as absent.
 *
 * <p>Used by every loader of the library's YAML files, so that they all accept the same values
 * ({@link Numbers}) and word their errors alike. Not thread-safe; one instance per mapping read.
 */
public final class YamlFields {
    private final String source;
    private final String prefix;
    private final YamlNode.Mapping mapping;
    private final int missingLine;
    private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();

    /**
     * Checks a mapping's keys.
     *
     * @param mapping the mapping
     * @param source  the file name for messages
     * @param prefix  the mapping's own key path ("precision", "variants[2]"), or "" for the root
     * @param allowed the keys the schema knows, in the order to list them in messages
     * @throws ScenarioException for an unknown key or a key given twice
     */
    public YamlFields(YamlNode.Mapping mapping, String source, String prefix, List<String> allowed) {
        this(mapping, source, prefix, allowed, Objects.requireNonNull(mapping, "mapping").line());
    }

    private YamlFields(YamlNode.Mapping mapping, String source, String prefix, List<String> allowed, int missingLine) {
        this.mapping = mapping;
        this.source = Objects.requireNonNull(source, "source");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.missingLine = missingLine;
        Objects.requireNonNull(allowed, "allowed");
        for (YamlNode.Entry e : mapping.entries()) {
            String path = path(e.key());
            if (!allowed.contains(e.key())) {
                String list = String.join(", ", allowed);
                String shown = ScenarioException.excerpt(path);
                throw new ScenarioException(source, e.line(), path, ScenarioException.excerpt(e.key()), list,
                        "unknown key '" + shown + "'; allowed: " + list);
            }
            YamlNode.Entry earlier = entries.put(e.key(), e);
            if (earlier != null) {
                throw new ScenarioException(source, e.line(), path, e.value().describe(), "each key once",
                        path + " is given twice (first on line " + earlier.line() + "), here as " + e.value().describe()
                                + "; allowed: each key once");
            }
        }
    }

    /**
     * The source named in messages.
     *
     * @return the file name
     */
    public String source() {
        return source;
    }

    /**
     * The mapping these fields read.
     *
     * @return the mapping
     */
    public YamlNode.Mapping mapping() {
        return mapping;
    }

    /**
     * The full key path of one of this mapping's keys.
     *
     * @param key the key
     * @return e.g. "precision.halfWidth", or the key itself at the root
     */
    public String path(String key) {
        return prefix.isEmpty() ? key : key.isEmpty() ? prefix : prefix + "." + key;
    }

    /**
     * Whether a key is present with a value other than null.
     *
     * @param key the key
     * @return whether it has a value
     */
    public boolean has(String key) {
        YamlNode.Entry e = entries.get(key);
        return e != null && !(e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NULL);
    }

    /**
     * The entry of a key.
     *
     * @param key the key
     * @return the entry, or null when the key is absent
     */
    public YamlNode.Entry entry(String key) {
        return entries.get(key);
    }

    /**
     * The value of a key that must be present.
     *
     * @param key     the key
     * @param allowed what the value may be, for the message
     * @return the value
     * @throws ScenarioException at the key's line (or the mapping's) when it is absent or null
     */
    public YamlNode required(String key, String allowed) {
        if (!has(key)) {
            YamlNode.Entry e = entries.get(key);
            int line = e == null ? missingLine : e.line();
            String how = e == null ? "is missing" : "has no value";
            throw new ScenarioException(source, line, path(key), "missing", allowed,
                    path(key) + " is required, but " + how + "; allowed: " + allowed);
        }
        return entries.get(key).value();
    }

    /**
     * The standard refusal: "{@code PATH must be ALLOWED, but was VALUE}" at the node's line.
     *
     * @param node    the bad value
     * @param key     its key in this mapping ("" for the mapping itself)
     * @param allowed a phrase that follows "must be"
     * @return the exception, to throw
     */
    public ScenarioException invalid(YamlNode node, String key, String allowed) {
        return ScenarioException.invalid(source, node.line(), path(key), node.describe(), allowed);
    }

    /**
     * A string matching {@code pattern}, e.g. a name.
     *
     * @param key     the key
     * @param pattern what the whole string must match
     * @param allowed the pattern in words
     * @return the string
     * @throws ScenarioException when absent, not a string or not matching
     */
    public String string(String key, Pattern pattern, String allowed) {
        YamlNode node = required(key, allowed);
        if (!(node instanceof YamlNode.Scalar s) || !s.isString() || !pattern.matcher(s.text()).matches()) {
            throw invalid(node, key, allowed);
        }
        return s.text();
    }

    /**
     * An optional free text. Numbers and booleans are refused: a description such as {@code yes}
     * is a string anyway, but {@code 12} is more likely a mistake.
     *
     * @param key      the key
     * @param fallback the value when the key is absent
     * @return the text
     * @throws ScenarioException when present but not a string
     */
    public String text(String key, String fallback) {
        if (!has(key)) {
            return fallback;
        }
        YamlNode node = entries.get(key).value();
        if (!(node instanceof YamlNode.Scalar s) || !s.isString()) {
            throw invalid(node, key, "a text");
        }
        return s.text();
    }

    /**
     * A whole number in [min, max]; a whole-valued real such as {@code 1e6} is accepted
     * ({@link Numbers#whole(String)}).
     *
     * @param key the key
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     * @throws ScenarioException when absent, not a whole number or out of range
     */
    public long integer(String key, long min, long max) {
        return integer(required(key, wholeAllowed(min, max)), key, min, max);
    }

    /**
     * A whole number in [min, max], from a node (e.g. an item of a list).
     *
     * @param node the value
     * @param key  its key, for the message
     * @param min  the smallest allowed value
     * @param max  the largest allowed value
     * @return the value
     * @throws ScenarioException when not a whole number or out of range
     */
    public long integer(YamlNode node, String key, long min, long max) {
        if (node instanceof YamlNode.Scalar s && s.isNumber()) {
            BigInteger value = Numbers.whole(s.text());
            if (value != null && value.compareTo(BigInteger.valueOf(min)) >= 0
                    && value.compareTo(BigInteger.valueOf(max)) <= 0) {
                return value.longValueExact();
            }
        }
        throw invalid(node, key, wholeAllowed(min, max));
    }

    /** "a whole number in [min, max]". */
    static String wholeAllowed(long min, long max) {
        return "a whole number in [" + min + ", " + max + "]";
    }

    /**
     * A 64-bit integer written as an integer literal: a seed, where a real such as {@code 1.5e3}
     * is refused because it could have been rounded.
     *
     * @param key the key
     * @return the value
     * @throws ScenarioException when absent, not an integer literal or outside the 64-bit range
     */
    public long int64(String key) {
        YamlNode node = required(key, Limits.SEED_ALLOWED);
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INTEGER && s.integer().bitLength() < 64) {
            return s.integer().longValueExact();
        }
        throw invalid(node, key, Limits.SEED_ALLOWED);
    }

    /**
     * A real number in a range whose ends may be open or closed.
     *
     * @param node     the value
     * @param key      its key, for the message
     * @param min      the lower end
     * @param max      the upper end
     * @param openLow  whether {@code min} itself is excluded
     * @param openHigh whether {@code max} itself is excluded
     * @return the value
     * @throws ScenarioException when not a number or out of range (NaN and the infinities always are)
     */
    public double number(YamlNode node, String key, double min, double max, boolean openLow, boolean openHigh) {
        String allowed = "a number in " + (openLow ? "(" : "[") + format(min) + ", " + format(max)
                + (openHigh ? ")" : "]");
        if (node instanceof YamlNode.Scalar s && s.isNumber()) {
            double v = s.real();
            if ((openLow ? v > min : v >= min) && (openHigh ? v < max : v <= max)) {
                return v;
            }
        }
        throw invalid(node, key, allowed);
    }

    /**
     * A boolean: {@code true} or {@code false}.
     *
     * @param key the key
     * @return the value
     * @throws ScenarioException when absent or not a boolean (YAML 1.1's {@code yes} is a string)
     */
    public boolean bool(String key) {
        YamlNode node = required(key, "true or false");
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOLEAN) {
            return s.bool();
        }
        throw invalid(node, key, "true or false");
    }

    /**
     * The value of a key, a nested mapping, as fields checked against {@code allowed}.
     *
     * @param key     the key
     * @param allowed the nested mapping's keys
     * @return its fields
     * @throws ScenarioException when absent, not a mapping, or with an unknown or repeated key
     */
    public YamlFields nested(String key, List<String> allowed) {
        String what = "a mapping with the keys " + String.join(", ", allowed);
        YamlNode node = required(key, what);
        if (!(node instanceof YamlNode.Mapping m)) {
            throw invalid(node, key, what);
        }
        return new YamlFields(m, source, path(key), allowed, entries.get(key).line());
    }

    /**
     * A non-empty list.
     *
     * @param key     the key
     * @param allowed what the list must hold, for the message
     * @return its items
     * @throws ScenarioException when absent, not a list or empty
     */
    public List<YamlNode> list(String key, String allowed) {
        YamlNode node = required(key, allowed);
        if (!(node instanceof YamlNode.Sequence s) || s.items().isEmpty()) {
            throw invalid(node, key, allowed);
        }
        return s.items();
    }

    /**
     * A non-empty list of strings.
     *
     * @param key     the key
     * @param allowed what the list must hold, for the message
     * @return the strings
     * @throws ScenarioException when absent, not a list, empty, or with an item that is not a string
     */
    public List<String> strings(String key, String allowed) {
        List<String> out = new ArrayList<>();
        for (YamlNode n : list(key, allowed)) {
            if (!(n instanceof YamlNode.Scalar s) || !s.isString()) {
                throw invalid(n, key, allowed);
            }
            out.add(s.text());
        }
        return out;
    }

    /**
     * A number as messages show it: "540", "0.25".
     *
     * @param v the number
     * @return its text
     */
    public static String format(double v) {
        return Param.formatNumber(v);
    }
}
