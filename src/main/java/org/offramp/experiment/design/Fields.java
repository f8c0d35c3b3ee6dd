package org.offramp.experiment.design;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;
import org.offramp.scenario.ScenarioException;

/**
 * Typed access to one YAML mapping of a policy experiment file, refusing unknown and repeated keys
 * and wrong values with the file, line, key path, value and what is allowed. Not thread-safe; one
 * per mapping read.
 */
final class Fields {
    final String source;
    final String prefix;
    final Yaml.Map map;
    private final java.util.Map<String, Yaml.Entry> byKey = new HashMap<>();

    Fields(Yaml.Map map, String source, String prefix, List<String> allowed) {
        this.map = map;
        this.source = source;
        this.prefix = prefix;
        for (Yaml.Entry e : map.entries()) {
            if (!allowed.contains(e.key())) {
                throw new ScenarioException(source, e.line(), path(e.key()), '\'' + e.key() + '\'',
                        String.join(", ", allowed), "unknown key '" + path(e.key()) + "'; allowed: "
                        + String.join(", ", allowed));
            }
            Yaml.Entry first = byKey.putIfAbsent(e.key(), e);
            if (first != null) {
                throw new ScenarioException(source, e.line(), path(e.key()), "a second value", "each key once",
                        path(e.key()) + " is given twice (first on line " + first.line() + "); allowed: each key once");
            }
        }
    }

    String path(String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    boolean has(String key) {
        return byKey.containsKey(key);
    }

    Yaml.Entry entry(String key) {
        return byKey.get(key);
    }

    Yaml.Node required(String key, String allowed) {
        Yaml.Entry e = byKey.get(key);
        if (e == null) {
            throw new ScenarioException(source, map.line(), path(key), "missing", allowed,
                    path(key) + " is required, but is missing; allowed: " + allowed);
        }
        return e.value();
    }

    ScenarioException invalid(Yaml.Node n, String key, String allowed) {
        return ScenarioException.invalid(source, n.line(), path(key), n.describe(), allowed);
    }

    String string(String key, Pattern pattern, String allowed) {
        Yaml.Node n = required(key, allowed);
        if (!(n instanceof Yaml.Scalar s) || s.kind() != Yaml.Kind.STRING || !pattern.matcher(s.text()).matches()) {
            throw invalid(n, key, allowed);
        }
        return s.text();
    }

    String text(String key, String fallback) {
        if (!has(key)) {
            return fallback;
        }
        Yaml.Node n = entry(key).value();
        if (!(n instanceof Yaml.Scalar s) || s.kind() != Yaml.Kind.STRING) {
            throw invalid(n, key, "a text");
        }
        return s.text();
    }

    /** A whole number in [min, max]; a whole-valued real such as 1e3 is accepted. */
    long integer(String key, long min, long max) {
        String allowed = "a whole number in [" + min + ", " + max + "]";
        return integer(required(key, allowed), key, min, max);
    }

    long integer(Yaml.Node n, String key, long min, long max) {
        String allowed = "a whole number in [" + min + ", " + max + "]";
        if (!(n instanceof Yaml.Scalar s) || !s.isNumber()) {
            throw invalid(n, key, allowed);
        }
        BigDecimal d = new BigDecimal(s.text());
        BigInteger i;
        try {
            i = d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw invalid(n, key, allowed);
        }
        if (i.compareTo(BigInteger.valueOf(min)) < 0 || i.compareTo(BigInteger.valueOf(max)) > 0) {
            throw invalid(n, key, allowed);
        }
        return i.longValue();
    }

    /** A 64-bit integer literal (no reals, which could be rounded). */
    long int64(String key) {
        String allowed = "an integer in [-2^63, 2^63 - 1]";
        Yaml.Node n = required(key, allowed);
        if (!(n instanceof Yaml.Scalar s) || s.kind() != Yaml.Kind.INTEGER) {
            throw invalid(n, key, allowed);
        }
        try {
            return new BigInteger(s.text()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw invalid(n, key, allowed);
        }
    }

    double number(Yaml.Node n, String key, double min, double max, boolean openLow, boolean openHigh) {
        String allowed = "a number in " + (openLow ? "(" : "[") + fmt(min) + ", " + fmt(max) + (openHigh ? ")" : "]");
        if (!(n instanceof Yaml.Scalar s) || !s.isNumber()) {
            throw invalid(n, key, allowed);
        }
        double v = Double.parseDouble(s.text());
        if (!(openLow ? v > min : v >= min) || !(openHigh ? v < max : v <= max)) {
            throw invalid(n, key, allowed);
        }
        return v;
    }

    double number(String key, double min, double max) {
        return number(required(key, "a number"), key, min, max, false, false);
    }

    Fields nested(String key, List<String> allowed) {
        Yaml.Node n = required(key, "a mapping with keys " + String.join(", ", allowed));
        if (!(n instanceof Yaml.Map m)) {
            throw invalid(n, key, "a mapping with keys " + String.join(", ", allowed));
        }
        return new Fields(m, source, path(key), allowed);
    }

    List<Yaml.Node> list(String key, String allowed) {
        Yaml.Node n = required(key, allowed);
        if (!(n instanceof Yaml.Seq s) || s.items().isEmpty()) {
            throw invalid(n, key, allowed);
        }
        return s.items();
    }

    List<String> strings(String key, String allowed) {
        List<String> out = new ArrayList<>();
        for (Yaml.Node n : list(key, allowed)) {
            if (!(n instanceof Yaml.Scalar s) || s.kind() != Yaml.Kind.STRING) {
                throw invalid(n, key, allowed);
            }
            out.add(s.text());
        }
        return out;
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
