package org.offramp.scenario;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The keys of one mapping of a file schema, checked against the keys the schema allows: an unknown
 * key or a key given twice is refused at once. Typed getters refuse values of the wrong kind or
 * out of range, naming the key path, line, value and what is allowed.
 */
final class YamlFields {
    private final String source;
    private final String prefix;
    private final int missingLine;
    private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();

    /**
     * @param prefix  the mapping's own key path followed by a dot ("precision."), or "" for the root
     * @param allowed the keys the schema knows, in the order to list them in messages
     */
    YamlFields(YamlNode.Mapping mapping, String source, String prefix, List<String> allowed) {
        this(mapping, source, prefix, allowed, mapping.line());
    }

    /** @param missingLine the line to blame for a missing key: the mapping's own key, if it has one */
    private YamlFields(YamlNode.Mapping mapping, String source, String prefix, List<String> allowed, int missingLine) {
        this.missingLine = missingLine;
        this.source = source;
        this.prefix = prefix;
        for (YamlNode.Entry e : mapping.entries()) {
            String path = prefix + e.key();
            if (!allowed.contains(e.key())) {
                String list = String.join(", ", allowed);
                throw new ScenarioException(source, e.line(), path, e.key(), list,
                        "unknown key '" + path + "'; allowed: " + list);
            }
            YamlNode.Entry earlier = entries.put(e.key(), e);
            if (earlier != null) {
                throw new ScenarioException(source, e.line(), path, e.value().describe(), "each key once",
                        path + " is given twice (first on line " + earlier.line() + "), here as " + e.value().describe()
                                + "; allowed: each key once");
            }
        }
    }

    /** The value of {@code entry}, a nested mapping, as fields checked against {@code allowed}. */
    YamlFields nested(String key, List<String> allowed) {
        YamlNode.Entry entry = entries.get(key);
        YamlNode node = entry.value();
        if (!(node instanceof YamlNode.Mapping m)) {
            throw ScenarioException.invalid(source, node.line(), prefix + key, node.describe(),
                    "a mapping with the keys " + String.join(", ", allowed));
        }
        return new YamlFields(m, source, prefix + key + ".", allowed, entry.line());
    }

    /** Whether the key is present with a non-null value. */
    boolean has(String key) {
        YamlNode.Entry e = entries.get(key);
        return e != null && !(e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.NULL);
    }

    /** The entry for a key, or null. */
    YamlNode.Entry entry(String key) {
        return entries.get(key);
    }

    /** The value of a key that must be present, else an error at the mapping's first line. */
    YamlNode required(String key, String allowed) {
        if (!has(key)) {
            YamlNode.Entry e = entries.get(key);
            int line = e == null ? missingLine : e.line();
            throw new ScenarioException(source, line, prefix + key, "missing", allowed,
                    prefix + key + " is required, but is missing; allowed: " + allowed);
        }
        return entries.get(key).value();
    }

    /** A string matching {@code pattern}, e.g. a name. */
    String string(String key, Pattern pattern, String allowed) {
        YamlNode node = required(key, allowed);
        if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.STRING
                || !pattern.matcher(s.text()).matches()) {
            throw ScenarioException.invalid(source, node.line(), prefix + key, node.describe(), allowed);
        }
        return s.text();
    }

    /** An optional free text; {@code fallback} when absent. Numbers and booleans are refused. */
    String text(String key, String fallback) {
        if (!has(key)) {
            return fallback;
        }
        YamlNode node = entries.get(key).value();
        if (!(node instanceof YamlNode.Scalar s) || s.kind() != YamlNode.Kind.STRING) {
            throw ScenarioException.invalid(source, node.line(), prefix + key, node.describe(), "a text");
        }
        return s.text();
    }

    /** A whole number in [min, max]; a whole-valued real such as 1e6 is accepted. */
    long integer(String key, long min, long max) {
        String allowed = "a whole number in [" + min + ", " + max + "]";
        YamlNode node = required(key, allowed);
        if (node instanceof YamlNode.Scalar s && s.isNumber()) {
            BigInteger value = s.integer();
            if (value == null && s.real() == Math.rint(s.real()) && Math.abs(s.real()) < 9.0e18) {
                value = BigInteger.valueOf((long) s.real());
            }
            if (value != null && value.compareTo(BigInteger.valueOf(min)) >= 0
                    && value.compareTo(BigInteger.valueOf(max)) <= 0) {
                return value.longValueExact();
            }
        }
        throw ScenarioException.invalid(source, node.line(), prefix + key, node.describe(), allowed);
    }

    /** A whole number written as an integer literal in the 64-bit range (no rounding of reals). */
    long int64(String key) {
        String allowed = "a whole number in [" + Long.MIN_VALUE + ", " + Long.MAX_VALUE + "]";
        YamlNode node = required(key, allowed);
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.INTEGER && s.integer().bitLength() < 64) {
            return s.integer().longValueExact();
        }
        throw ScenarioException.invalid(source, node.line(), prefix + key, node.describe(), allowed);
    }

    /** A real number strictly between {@code min} and {@code max}. */
    double openInterval(String key, double min, double max) {
        String allowed = "a number in (" + Param.formatNumber(min) + ", " + Param.formatNumber(max) + ")";
        YamlNode node = required(key, allowed);
        if (node instanceof YamlNode.Scalar s && s.isNumber() && s.real() > min && s.real() < max) {
            return s.real();
        }
        throw ScenarioException.invalid(source, node.line(), prefix + key, node.describe(), allowed);
    }

    /** A boolean. */
    boolean bool(String key) {
        YamlNode node = required(key, "true or false");
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Kind.BOOLEAN) {
            return s.bool();
        }
        throw ScenarioException.invalid(source, node.line(), prefix + key, node.describe(), "true or false");
    }
}
