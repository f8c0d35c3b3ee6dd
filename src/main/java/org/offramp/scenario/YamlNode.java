package org.offramp.scenario;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * A YAML value with the line it starts on, so that every later check can say where a bad value
 * is. Made by {@link YamlReader} for scenario, experiment and policy experiment files; immutable.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    /**
     * The line where the value starts.
     *
     * @return the 1-based line
     */
    int line();

    /**
     * How the value reads in an error message: "a mapping", "a list", {@code "abc"} in quotes for a
     * string, a number as written; long texts are cut ({@link ScenarioException#excerpt(String)}).
     *
     * @return the description
     */
    String describe();

    /**
     * One key of a mapping; keys keep their order, and a repeated key is kept for the schema to refuse.
     *
     * @param key   the key's text
     * @param line  the 1-based line of the key
     * @param value the value
     */
    record Entry(String key, int line, YamlNode value) {
        /**
         * Checks the components.
         *
         * @param key   the key's text
         * @param line  the 1-based line of the key
         * @param value the value
         */
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A mapping of keys to values, in document order.
     *
     * @param line    the 1-based line where it starts
     * @param entries the entries, in order
     */
    record Mapping(int line, List<Entry> entries) implements YamlNode {
        /**
         * Copies the entries.
         *
         * @param line    the 1-based line where it starts
         * @param entries the entries, in order
         */
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /**
     * A list of values.
     *
     * @param line  the 1-based line where it starts
     * @param items the items, in order
     */
    record Sequence(int line, List<YamlNode> items) implements YamlNode {
        /**
         * Copies the items.
         *
         * @param line  the 1-based line where it starts
         * @param items the items, in order
         */
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return items.isEmpty() ? "an empty list" : items.size() == 1 ? "a list of 1 item"
                    : "a list of " + items.size() + " items";
        }
    }

    /** The kind of a scalar, as the YAML 1.2 core schema resolves it (a quoted "1" is a STRING). */
    enum Kind {
        /** Text: quoted, a block scalar, or plain text that is no other kind. */
        STRING,
        /** An integer literal of {@link Numbers}. */
        INTEGER,
        /** A real literal of {@link Numbers}, including {@code .inf} and {@code .nan}. */
        REAL,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** No value: {@code null}, {@code ~} or nothing. */
        NULL
    }

    /**
     * A scalar value.
     *
     * @param line    the 1-based line where it starts
     * @param kind    how the core schema resolves it
     * @param text    the string for STRING, the written form otherwise
     * @param integer the value of an INTEGER scalar, else null
     * @param real    the value of a REAL or INTEGER scalar (nearest double), NaN otherwise
     * @param bool    the value of a BOOLEAN scalar, false otherwise
     */
    record Scalar(int line, Kind kind, String text, BigInteger integer, double real, boolean bool)
            implements YamlNode {

        /**
         * Checks the components.
         *
         * @param line    the 1-based line where it starts
         * @param kind    how the core schema resolves it
         * @param text    the string for STRING, the written form otherwise
         * @param integer the value of an INTEGER scalar, else null
         * @param real    the value of a REAL or INTEGER scalar (nearest double), NaN otherwise
         * @param bool    the value of a BOOLEAN scalar, false otherwise
         */
        public Scalar {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }

        /**
         * Whether the scalar is a number.
         *
         * @return whether its kind is INTEGER or REAL
         */
        public boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.REAL;
        }

        /**
         * Whether the scalar is a string.
         *
         * @return whether its kind is STRING
         */
        public boolean isString() {
            return kind == Kind.STRING;
        }

        @Override
        public String describe() {
            switch (kind) {
                case STRING:
                    return ScenarioException.quote(text);
                case NULL:
                    return "null (no value)";
                default:
                    return ScenarioException.excerpt(text);
            }
        }
    }
}
