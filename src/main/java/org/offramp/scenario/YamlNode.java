package org.offramp.scenario;

import java.math.BigInteger;
import java.util.List;

/**
 * A YAML value with the line it starts on, so that every later check can say where a bad value
 * is. Made by {@link YamlReader}; immutable.
 */
sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /** The 1-based line where the value starts. */
    int line();

    /** How the value reads in an error message: "a mapping", "a list", "\"abc\"", "7.5". */
    String describe();

    /** One key of a mapping; keys keep their order and duplicates are kept for the schema to refuse. */
    record Entry(String key, int line, YamlNode value) {
    }

    /** A mapping of keys to values, in document order. */
    record Mapping(int line, List<Entry> entries) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A list of values. */
    record Sequence(int line, List<YamlNode> items) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** The kind of a scalar, as YAML resolves it (a quoted "1" is a STRING). */
    enum Kind { STRING, INTEGER, REAL, BOOLEAN, NULL }

    /**
     * A scalar value.
     *
     * @param text    the string for STRING, the written form otherwise
     * @param integer the value of an INTEGER scalar, else null
     * @param real    the value of a REAL or INTEGER scalar, NaN otherwise
     * @param bool    the value of a BOOLEAN scalar, false otherwise
     */
    record Scalar(int line, Kind kind, String text, BigInteger integer, double real, boolean bool)
            implements YamlNode {

        /** Whether the scalar is a number (INTEGER or REAL). */
        boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.REAL;
        }

        @Override
        public String describe() {
            switch (kind) {
                case STRING:
                    return '"' + text.replace("\"", "\\\"") + '"';
                case NULL:
                    return "null (no value)";
                default:
                    return text;
            }
        }
    }
}
